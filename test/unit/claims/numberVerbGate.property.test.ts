import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../../server/src/engine/claims/index';
import { mayHoldNumberVerb, NUMBER_THEN_FIGURE } from '../../../server/src/engine/claims/figures/numberVerb';
import { tokenize } from '../../../server/src/engine/text/tokens';

// The "staff number 52" reading runs only where the text says " number " and "number (about) N":
// both are tested where the census finds "number", not searched for over the whole text. It must
// answer what the two whole-text searches answer, whatever stands around the word: other letters
// ("numbered", "Number"), a hyphen, no-break spaces, line breaks, a lone surrogate before it.

const PIECES = ['number', 'Number', 'numbers', 'numbered', 'renumber', 'a', 'its', 'staff', 'about', 'more', 'than', '52', '1,200', ' ', '  ', '\u00a0', '\r\n', '\n', '-', '.', ',', '’s', 'é', '𝐀', '\ud835', 'of'];

describe('the number reading’s gate', () => {
  it('holds where " number " and a figure after "number" are found in the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        const expected = text.includes(' number ') && NUMBER_THEN_FIGURE.test(text);
        expect(mayHoldNumberVerb({ text, tokens: tokenize(text) })).toBe(expected);
        expect(mayHoldNumberVerb({ text })).toBe(expected);
      }),
      { numRuns: 4000 },
    );
  });

  it('holds for "staff now number 52" and not for "a number of its 40 staff"', () => {
    const holds = (text: string): boolean => mayHoldNumberVerb({ text, tokens: tokenize(text) });
    expect(holds('Its staff now number about 52.')).toBe(true);
    expect(holds('A number of its 40 staff left.')).toBe(false);
    expect(holds('Its staff now number\u00a052, a number we know.')).toBe(true);
  });
});
