import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognisePercentages } from '../../../server/src/engine/entities/percentage';
import { tokenize } from '../../../server/src/engine/text/tokens';

// With the tokens, the per-cent signs and words are looked for only near "%" and "cent"; the
// percentages must be those a scan of every position finds.

const PIECES = [
  '%', ' %', 'per cent', 'PER-CENT', 'Per\u00a0Cent', 'percent', 'percentage', 'recent', 'cents', 'centre', 'per', 'cent',
  '_', 'x', '3', '49.9', '1,000', 'ten', 'twenty-five', ' ', ' ', '\u00a0', '-', '.', 'over ', 'around ', 'é', '’',
];

describe('percentages found near their anchors', () => {
  it('are the percentages a scan of every position finds, on text built from awkward pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(recognisePercentages(text, tokenize(text))).toEqual(recognisePercentages(text));
      }),
      { numRuns: 4000 },
    );
  });

  it('include signs and words, and leave out words that only contain "cent"', () => {
    const text = 'About 49.9% of staff, ten per cent of managers and 5 PER-CENT of the rest; 6 recent hires, 7 cents.';
    const found = recognisePercentages(text, tokenize(text)).map((e) => e.text);
    expect(found).toEqual(recognisePercentages(text).map((e) => e.text));
    expect(found).toEqual(['About 49.9%', 'ten per cent', '5 PER-CENT']);
  });
});
