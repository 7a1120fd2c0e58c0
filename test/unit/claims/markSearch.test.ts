import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MarkSearch } from '../../../server/src/engine/claims/markSearch';

describe('searching a text for the next of a few marks', () => {
  it('finds each mark in order from any growing position, and -1 past the last', () => {
    const text = 'One. Two!\nThree? Four';
    const search = new MarkSearch(text, ['.', '!', '?', '\n']);
    expect(search.firstFrom(0)).toBe(3);
    expect(search.firstFrom(4)).toBe(8);
    expect(search.firstFrom(9)).toBe(9);
    expect(search.firstFrom(10)).toBe(15);
    expect(search.firstFrom(16)).toBe(-1);
    expect(search.firstFrom(30)).toBe(-1);
  });

  it('gives what a character-class search gives, on any text and any growing positions', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '.', '!', '?', '\n', '“', '’') }), fc.array(fc.nat(40), { maxLength: 8 }), (text, steps) => {
        const search = new MarkSearch(text, ['.', '!', '?', '\n']);
        let from = 0;
        for (const step of steps) {
          from += step;
          const pattern = /[.!?\n]/g;
          pattern.lastIndex = from;
          const expected = pattern.exec(text)?.index ?? -1;
          expect(search.firstFrom(from)).toBe(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
