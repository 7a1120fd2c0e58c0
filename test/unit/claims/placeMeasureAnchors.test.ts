import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimsBothWays } from './claimsBothWays';

// Given the tokens, the place statistics ("In Tower Hamlets women have life expectancy of 54.1
// years") are looked for only at an "in" that ends a word; the claims must be those a scan of
// every position finds.

const PIECES = [
  'In', 'in', 'IN', 'x-in', '_in', 'éin', 'inn', ' ', ' ', '\u00a0', '\u2003', '\n', 'Łódź', 'ōsaka', ',', '.', '-',
  'Tower Hamlets', 'Camden', 'Ōsaka', 'women', 'older men', 'have', 'has', 'had', 'a', 'the', 'life expectancy',
  'average wait', 'of', '54.1', '1,200', 'years', 'months', 'per cent', '%', 'people',
];

describe('place statistics found from the tokens', () => {
  it('are those a scan of every position finds, on text built from statistic pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const { scanned, fromTokens } = claimsBothWays(pieces.join(' '));
        expect(fromTokens).toEqual(scanned);
      }),
      { numRuns: 1500 },
    );
  });

  it('include a statistic opened by an "in" glued behind a hyphen, and one whose place starts beyond ASCII', () => {
    const text =
      'Figures: x-in Tower Hamlets women have life expectancy of 54.1 years. In Camden men have a life expectancy of 80 years. ' +
      'In\u00a0Ōsaka women have a life expectancy of 87 years.';
    const { scanned, fromTokens } = claimsBothWays(text);
    expect(fromTokens).toEqual(scanned);
    expect(fromTokens.filter((c) => c.attribute === 'life expectancy').map((c) => c.subject)).toEqual(['topic:tower hamlet women', 'topic:camden men', 'topic:ōsaka women']);
  });
});
