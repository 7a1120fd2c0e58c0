import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyShapeFilter } from '../../../server/src/engine/text/keyShapeFilter';
import { Shape, tokenize } from '../../../server/src/engine/text/tokens';

// The filter rules words out by the first letter and length of their lexicon key; for a lower-case
// word it reads both off the text. Whatever the word (non-ASCII letters, title-case digraphs that
// lower-case to another letter, curly apostrophes, digits, marks), the text must give the answer
// the key gives, or the pass using it would skip a word that is a candidate.

const PIECES = ['care', 'ca', 'c', 'carers', 'cáre', 'été', 'ǅemal', 'ǈa', 'ß', 'ǆ', 'x2', 'o’neill', "don't", 'a-b', 'a&e', 'é', 'ı', '’s', 'Care', 'NHS', ' ', ',', '\n'];
const KEYS = ['care', 'ca', 'été', 'ǆemal', 'ǉa', 'ß', "o'neill", "don't", 'x2', 'a-b', 'ı', 'z'];

describe('the key shape filter', () => {
  it('says of every lower-case word, from its text, what it says of the word’s key', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.subarray(KEYS), (pieces, keys) => {
        const filter = new KeyShapeFilter(keys);
        const text = pieces.join('');
        for (const token of tokenize(text)) {
          if (token.shape !== Shape.Lower) continue;
          expect(filter.mayHoldLowerCaseWord(text, token)).toBe(filter.mayHold(token.key));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('lets through every key it was made from, and rules out words of another first letter or length', () => {
    const filter = new KeyShapeFilter(['care', 'été']);
    expect(filter.mayHold('care')).toBe(true);
    expect(filter.mayHold('été')).toBe(true);
    // Same first letter and length as "care": the filter cannot tell, the set look-up will.
    expect(filter.mayHold('cart')).toBe(true);
    expect(filter.mayHold('cares')).toBe(false);
    expect(filter.mayHold('bare')).toBe(false);
    // Any first code unit outside a-z shares one slot.
    expect(filter.mayHold('ûté')).toBe(true);
    expect(filter.mayHold('')).toBe(false);
  });
});
