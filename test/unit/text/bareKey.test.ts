import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareKeyOf, tokenize, type Token } from '../../../server/src/engine/text/tokens';

// A word form's key without its possessive, worked out from the form alone, is what the token's key
// says: cut at the token's bareEnd when it has a possessive, whole otherwise (lower-casing may
// lengthen a key: "İ" → "i̇"). The name passes ask it once per form instead of once per token.

function tokenBareKey(token: Token): string {
  return token.bareEnd < token.end ? token.key.slice(0, token.bareEnd - token.start) : token.key;
}

const PIECES = ['council', 'Council', 'COUNCIL', '’s', "'s", "'S", '’', "'", 's', 'ǅ', 'İ', 'é', 'x', '-', ' ', ' ', '.', 'it', 'Bob', '\u00a0'];

describe('a word form’s key without its possessive', () => {
  it('is the token’s key cut where the token’s possessive starts', () => {
    for (const token of tokenize('Council’s the council\'s plans, COUNCIL\'S it\'s as’s İstanbul’s İ s’s')) {
      expect(bareKeyOf(token.form)).toBe(tokenBareKey(token));
    }
    expect(tokenize('the council’s plans').map((token) => bareKeyOf(token.form))).toEqual(['the', 'council', 'plans']);
  });

  it('agrees with the token’s cut key on text built from awkward pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => {
        for (const token of tokenize(pieces.join(''))) expect(bareKeyOf(token.form)).toBe(tokenBareKey(token));
      }),
    );
  });
});
