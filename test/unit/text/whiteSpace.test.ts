import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhiteSpace, isSingleSpacedAscii } from '../../../server/src/engine/text/whiteSpace';

// Collapsing white space skips the replacement for plain ASCII phrases with single spaces; the
// answer must be the replacement's for any string.

const PIECES = ['royal', 'Harbour', 'infirmary', ' ', '  ', '\u00a0', '\t', '\n', '\r\n', '\u2009', '\u3000', '\u000b', '\f', '\u0085', 'é', '’', '-'];

describe('collapsing white space', () => {
  it('leaves a single-spaced ASCII phrase as it is and collapses any other white space', () => {
    expect(collapseWhiteSpace('royal harbour infirmary')).toBe('royal harbour infirmary');
    expect(collapseWhiteSpace('royal  harbour\u00a0infirmary\n')).toBe('royal harbour infirmary ');
    expect(isSingleSpacedAscii('royal harbour')).toBe(true);
    expect(isSingleSpacedAscii('royal\tharbour')).toBe(false);
    expect(isSingleSpacedAscii('café')).toBe(false);
  });

  it('is what the replacement gives, for any string', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(collapseWhiteSpace(text)).toBe(text.replace(/[\s\u00a0]+/g, ' '));
      }),
      { numRuns: 1000 },
    );
  });
});
