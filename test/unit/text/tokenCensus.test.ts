import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinCensus, tokensHolding } from '../../../server/src/engine/text/tokenCensus';
import { FormTest, KeyList, tokenize, type Token } from '../../../server/src/engine/text/tokens';

// The token census walks a text's tokens once for every list that joined it; each list's answer
// must be what testing every token for that list says, whichever list asks first, for lists that
// joined before or after the census of those tokens was taken, and for lists that never joined.

function plainly(tokens: readonly Token[], list: KeyList | FormTest): number[] {
  const indexes: number[] = [];
  tokens.forEach((token, i) => {
    if (list.holds(token)) indexes.push(i);
  });
  return indexes;
}

const PIECES = ['firm', 'Firms', 'charity', 'NHS', 'nhs', 'bbc', '2010', 'five', '£', '%', 'the', 'of', '’s', ' ', '\n', ',', 'é', 'x'];

describe('the token census', () => {
  const nouns = new KeyList(new Set(['firm', 'firms', 'charity']));
  const acronyms = new KeyList(new Set(['nhs', 'bbc']));
  const numbers = new FormTest((text) => /\d|five/.test(text));
  const signs = new FormTest((text) => text === '£' || text === '%');
  for (const list of [nouns, acronyms, numbers, signs]) joinCensus(list);

  it('finds for each list the tokens that testing every token finds, whichever list asks first', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.nat(3), (pieces, first) => {
        const tokens = tokenize(pieces.join(''));
        const order = [nouns, acronyms, numbers, signs];
        order.unshift(...order.splice(first, 1));
        for (const list of order) expect(tokensHolding(tokens, list)).toEqual(plainly(tokens, list));
      }),
      { numRuns: 500 },
    );
  });

  it('gives each list its tokens in increasing order, punctuation included', () => {
    // 0 The 1 firm 2 , 3 the 4 NHS 5 and 6 the 7 bbc 8 : 9 five 10 charities 11 , 12 one 13 charity 14 , 15 £ 16 5 17 and 18 7 19 % 20 .
    const tokens = tokenize('The firm, the NHS and the bbc: five charities, one charity, £5 and 7%.');
    expect(tokensHolding(tokens, nouns)).toEqual([1, 13]);
    expect(tokensHolding(tokens, acronyms)).toEqual([4, 7]);
    expect(tokensHolding(tokens, numbers)).toEqual([9, 16, 18]);
    expect(tokensHolding(tokens, signs)).toEqual([15, 19]);
  });

  it('answers a list that joined after the census of these tokens was taken, and one that never joined', () => {
    const tokens = tokenize('A charity in Camden and a firm in Harbury.');
    expect(tokensHolding(tokens, nouns)).toEqual([1, 6]);
    const places = new KeyList(new Set(['camden', 'harbury']));
    joinCensus(places);
    expect(tokensHolding(tokens, places)).toEqual([3, 8]);
    const articles = new KeyList(new Set(['a']));
    expect(tokensHolding(tokens, articles)).toEqual([0, 5]);
    expect(tokensHolding(tokens, nouns)).toEqual([1, 6]);
  });
});
