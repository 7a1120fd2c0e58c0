import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeMemo } from '../../../server/src/engine/text/rangeMemo';

describe('a memo of a function of a word, read from a range of a text', () => {
  it('gives the function of the range’s exact characters, even when words share a slot', () => {
    // Two slots: most words collide, so a slot kept for one word is met by many others.
    const upper = rangeMemo((word) => `${word.toUpperCase()}:${word.length}`, 1);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'B', 'é', '\u00a0', '\ud835\udc00', '\ud835'), maxLength: 12 }),
        fc.nat(12),
        fc.nat(12),
        (text, from, to) => {
          const start = Math.min(from, to, text.length);
          const end = Math.min(Math.max(from, to), text.length);
          const word = text.slice(start, end);
          expect(upper(text, start, end)).toBe(`${word.toUpperCase()}:${word.length}`);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('works a repeated word out once, however many texts it is read from', () => {
    let calls = 0;
    const length = rangeMemo((word) => {
      calls++;
      return word.length;
    });
    expect(length('the charities', 4, 13)).toBe(9);
    expect(length('charities, said', 0, 9)).toBe(9);
    expect(length('many charities', 5, 14)).toBe(9);
    expect(calls).toBe(1);
  });
});
