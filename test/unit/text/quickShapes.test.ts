import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Shape, shapeOf, tokenize } from '../../../server/src/engine/text/tokens';

// The tokenizer gives a word of a first character and then plain lower-case ASCII letters its shape
// and its end without a possessive straight from what it scanned ("circle", "Circle"), without
// reading the word's form: both must be what the word's text alone says.

/** The end of the word without a final "'s" or "’s" (either case of s), for words of three or more characters. */
function possessiveFreeEnd(text: string, start: number, end: number): number {
  return end - start >= 3 && /['’][sS]$/.test(text.slice(start, end)) ? end - 2 : end;
}

const PIECES = ['circle', 'Circle', 'CIRCLE', 'c', 'C', 'Ab', 'iPhone', '3rd', '3SC', 'GPs', 'McDonald', 'é', 'É', '’s', "'s", 'S', '-', ' ', ' ', '.', 'x', 'Z'];

describe('shapes and possessive ends the tokenizer reads off plain words', () => {
  it('are those of the word’s text alone', () => {
    const text = 'Circle circle C c Ab A Z z Circle’s circle\'s CIRCLE GPs iPhone 3rd McDonald Éric éric';
    for (const token of tokenize(text).filter((t) => t.shape !== Shape.Punct)) {
      expect(token.shape, token.text).toBe(shapeOf(token.text));
      expect(token.bareEnd, token.text).toBe(possessiveFreeEnd(text, token.start, token.end));
    }
  });

  it('agree with the word’s text alone on text built from awkward pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        for (const token of tokenize(text)) {
          if (token.shape === Shape.Punct) continue;
          expect(token.shape).toBe(shapeOf(token.text));
          expect(token.bareEnd).toBe(possessiveFreeEnd(text, token.start, token.end));
        }
      }),
      { numRuns: 500 },
    );
  });
});
