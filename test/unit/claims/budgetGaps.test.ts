// A council's budget gap, however it is called: "faced a forecast in-year gap of £46.2 million",
// "faces a funding gap of £12m", "X's budget gap for 2024/25 is £12m", "is forecasting a shortfall
// of £9m" are one measure, money:budget-gap, so sources that disagree about one year's gap meet.
// A pay gap is not a budget gap. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { SourcedClaim } from '../../../server/src/engine/types';
import { attributeLabel } from '../../../server/src/lsp/labels';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Harlow Borough Council': 'org:harlow-borough-council' };
const gaps = (text: string): Array<[string, number]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('money:'))
    .map((c) => [c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('a budget gap', () => {
  it('reads a gap or shortfall faced, forecast or stated as one measure', () => {
    expect(gaps('The report warned that Harlow Borough Council faced a forecast in-year gap of £46.2 million for 2023/24.')).toEqual([['money:budget-gap', 46_200_000]]);
    expect(gaps('Harlow Borough Council faces a funding gap of £12m in 2024/25.')).toEqual([['money:budget-gap', 12_000_000]]);
    expect(gaps("Harlow Borough Council's budget gap for 2024/25 is £12m.")).toEqual([['money:budget-gap', 12_000_000]]);
    expect(gaps('Harlow Borough Council is forecasting a shortfall of £9m.')).toEqual([['money:budget-gap', 9_000_000]]);
  });

  it('reads nothing for a gap or deficit only supposed or denied', () => {
    expect(gaps('Harlow Borough Council could face a budget gap of £20m if the grant is cut.')).toEqual([]);
    expect(gaps('Harlow Borough Council may face a funding gap of £20m.')).toEqual([]);
    expect(gaps('Harlow Borough Council might still run a deficit of £4m.')).toEqual([]);
    expect(gaps('Harlow Borough Council does not face a shortfall of £9m, officers said.')).toEqual([]);
    expect(gaps("Harlow Borough Council doesn't face a shortfall of £9m.")).toEqual([]);
    // a gap the council says it will face is a forecast, and read
    expect(gaps('Harlow Borough Council said it would face a budget gap of £20m.')).toEqual([['money:budget-gap', 20_000_000]]);
  });

  it('keeps a pay gap and a budget apart', () => {
    expect(gaps('Harlow Borough Council has a pay gap of £3,000.')).toEqual([]);
    expect(gaps("Harlow Borough Council's budget was £120m.")).toEqual([['money:budget', 120_000_000]]);
  });

  it('flags two sources that give one year\'s gap differently, and reads well', () => {
    const sourced = (doc: string, text: string): SourcedClaim[] => extractClaims(text, tagEntities(text, NAMES)).map((claim) => ({ doc, claim }));
    const conflicts = detectConflicts([
      ...sourced('a.txt', 'Harlow Borough Council faced a forecast in-year gap of £46.2 million for 2023/24.'),
      ...sourced('b.txt', 'Harlow Borough Council faces a budget gap of about £29 million in 2023/24.'),
    ]);
    expect(conflicts.map((c) => [c.kind, c.attribute])).toEqual([['numeric', 'money:budget-gap']]);
    expect(attributeLabel('money:budget-gap')).toBe('budget gap');
  });
});
