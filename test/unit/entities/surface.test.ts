import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseSurface } from '../../../server/src/engine/entities/canonical';

// A name's surface for canonical look-ups: runs of white space become one space and curly
// apostrophes straight ones. Plain ASCII names with single spaces skip the replacements; the
// answer must be what the replacements give, for any string.

function plainly(raw: string): string {
  return raw.replace(/[\s\u00a0]+/g, ' ').replace(/\u2019/g, "'");
}

const PIECES = ['Circle', 'Health', 'King’s', "King's", 'Fund', ' ', '  ', '\u00a0', '\t', '\n', '\r\n', '\u2009', '\u3000', '\u000b', '\f', 'é', '&', '-', 'x'];

describe('the surface of a name', () => {
  it('keeps a plain name as it is, and normalises spaces and apostrophes', () => {
    expect(normaliseSurface('Circle Health Partnership')).toBe('Circle Health Partnership');
    expect(normaliseSurface('King’s  Fund')).toBe("King's Fund");
    expect(normaliseSurface('Age\u00a0UK\nDorset')).toBe('Age UK Dorset');
    expect(normaliseSurface('Age\tUK')).toBe('Age UK');
  });

  it('is what the replacements give, for any string', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 12 }), (pieces) => {
        const raw = pieces.join('');
        expect(normaliseSurface(raw)).toBe(plainly(raw));
      }),
      { numRuns: 1000 },
    );
  });
});
