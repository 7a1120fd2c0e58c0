import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareKey, keysWrittenInLowerCase } from '../../../server/src/engine/entities/lowerCaseUses';
import { NameScan } from '../../../server/src/engine/entities/nameScan';
import { Shape, tokenize } from '../../../server/src/engine/text/tokens';

// Which of a few keys a text writes as a lower-case word: the short-form recognisers ask it of the
// first words of a text's longer names. The answer must be that of reading every lower-case token.

function written(text: string, keys: string[]): string[] {
  return [...keysWrittenInLowerCase(new NameScan(text, tokenize(text)), new Set(keys))].sort();
}

/** The plain reading: every lower-case token's key without a possessive. */
function byEveryToken(text: string, keys: string[]): string[] {
  const tokens = tokenize(text);
  const found = new Set<string>();
  for (const token of tokens) if (token.shape === Shape.Lower && keys.includes(bareKey(token))) found.add(bareKey(token));
  return [...found].sort();
}

describe('keys a text writes in lower case', () => {
  it('finds a word written in lower case, possessive or not, and not one only capitalised or inside a longer word', () => {
    const text = 'Care Quality Commission said care’s cost rose; Kelmoor Homes and Ashgrove Trust met careers advisers and kelmoor-based staff.';
    expect(written(text, ['care', 'kelmoor', 'ashgrove', 'homes'])).toEqual(['care']);
  });

  it('finds keys with an apostrophe or a letter beyond ASCII, as the lower-case tokens key them', () => {
    expect(written("The o’neill family, the o'brien twins and the café team.", ['o’neill', "o'brien", 'café', 'cafe'])).toEqual(['café', "o'brien", 'o’neill']);
  });

  it('agrees with reading every lower-case token, on text built from awkward pieces', () => {
    const pieces = ['care', 'Care', 'careers', "care's", 'care’s', 'co-op', 'Co-op', 'co-ops', 'kelmoor', 'KELMOOR', 'o’neill', "o'neill", 'é', 'x', '-', '’', "'", ' ', ' ', '\n', '.', '3', 'style'];
    const keys = ['care', 'co-op', 'kelmoor', "o'neill", 'o’neill', 'x', 'style'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), fc.subarray(keys), (chosen, asked) => {
        const text = chosen.join('');
        expect(written(text, asked)).toEqual(byEveryToken(text, asked));
      }),
      { numRuns: 3000 },
    );
  });
});
