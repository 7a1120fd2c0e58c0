import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRAILING_INTENSIFIER_CHECK } from '../../../server/src/engine/claims/extractors/classification';
import { claimsBothWays } from './claimsBothWays';

// A label's trailing intensifier ("not a charity at all", "in any real sense of the word") is
// looked for only when the label's last word is one an intensifier ends with: the precheck must
// say yes wherever the pattern matches, or the intensifier would be kept as part of the label.

const { TRAILING_INTENSIFIER, mayEndInIntensifier } = TRAILING_INTENSIFIER_CHECK;

const PIECES = [
  'a charity', ' ', '  ', '\u00a0', '\t', 'at', 'AT', 'all', 'ALL', 'ball', 'any', 'more', 'anymore', 'longer', 'whatsoever', 'either',
  'in', 'the', 'any', 'real', 'sense', 'way', 'of', 'word', 'Term', 'as', 'such', 'Such', 'x', 'é', ',', '.',
];

describe('the precheck for a trailing intensifier', () => {
  it('says yes wherever the pattern matches the end of a label, on labels built from its words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.nat(6), (pieces, cut) => {
        const text = pieces.join('');
        const start = Math.min(cut, text.length);
        const end = text.length;
        if (TRAILING_INTENSIFIER.test(text.slice(Math.max(start, end - 45), end))) expect(mayEndInIntensifier(text, start, end)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('says no for a label that ends in another word', () => {
    expect(mayEndInIntensifier('not a charity', 0, 13)).toBe(false);
    expect(mayEndInIntensifier('not a ball', 0, 10)).toBe(false);
    expect(mayEndInIntensifier('not a charity at ALL', 0, 20)).toBe(true);
  });

  it('leaves the intensifier out of a denied label', () => {
    const { fromTokens } = claimsBothWays('Acme Holdings Ltd is not a charity in any real sense of the word, its critics say.');
    expect(fromTokens.filter((c) => c.attribute === 'category').map((c) => [c.text, c.value.kind === 'category' ? c.value.polarity : ''])).toEqual([
      ['Acme Holdings Ltd is not a charity', 'deny'],
    ]);
  });
});
