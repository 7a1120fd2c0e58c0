// Sums paid over time, read as totals. A sum "between 2017 and 2022" is everything paid over the
// period, and a run of sums ("£20m in 2019 and a further £18m in 2022") adds up to at least their
// total by the last year: both are money:total-paid-by:<payer>, dated by the last year, so they meet
// each other and never one year's payment. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Tolworth Heat Ltd': 'org:tolworth-heat', 'Tolworth Heat': 'org:tolworth-heat', 'Marbury City Council': 'org:marbury-city-council' };
const sums = (text: string): Array<[string, string, number, string | undefined, string | undefined]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('money:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN, c.value.kind === 'number' ? c.value.qualifier : undefined, c.time]);

describe('sums paid over time', () => {
  it('reads a sum over a period as the total up to its last year', () => {
    expect(sums('Marbury City Council lent Tolworth Heat £24.5 million between 2017 and 2022.')).toEqual([
      ['org:tolworth-heat', 'money:total-paid-by:local-authority', 24_500_000, undefined, '2022'],
    ]);
    expect(sums('The council lent Tolworth Heat £24.5m from 2017 to 2022, most of it unsecured.')).toEqual([
      ['org:tolworth-heat', 'money:total-paid-by:local-authority', 24_500_000, undefined, '2022'],
    ]);
  });

  it('reads a run of further sums as each one and as at least their total by the last', () => {
    expect(sums('Marbury City Council lent Tolworth Heat £20 million in 2019 and a further £18 million in 2022.')).toEqual([
      ['org:tolworth-heat', 'money:paid-by:local-authority', 20_000_000, undefined, '2019'],
      ['org:tolworth-heat', 'money:total-paid-by:local-authority', 38_000_000, 'at least', '2022'],
      ['org:tolworth-heat', 'money:paid-by:local-authority', 18_000_000, undefined, '2022'],
    ]);
    expect(sums('The council paid Tolworth Heat £2m in 2019, and another £1.5m in 2020.').map((c) => [c[1], c[2], c[3]])).toEqual([
      ['money:paid-by:local-authority', 2_000_000, undefined],
      ['money:total-paid-by:local-authority', 3_500_000, 'at least'],
      ['money:paid-by:local-authority', 1_500_000, undefined],
    ]);
  });

  it('leaves a single year’s payment and two sums that are not a run as they are', () => {
    expect(sums('Marbury City Council lent Tolworth Heat £20 million in 2019.').map((c) => c[1])).toEqual(['money:paid-by:local-authority']);
    expect(sums('Marbury City Council lent Tolworth Heat £20 million in 2019; its reserves were £18 million.').map((c) => c[1])).toEqual(['money:paid-by:local-authority', 'money:reserves']);
  });

  it('flags a total that the run of sums exceeds, and not one year’s payment beside a total', () => {
    const source = (doc: string, text: string) => ({ doc, claims: extractClaims(text, tagEntities(text, NAMES)) });
    const run = source('a.txt', 'Marbury City Council lent Tolworth Heat £20 million in 2019 and a further £18 million in 2022.');
    expect(conflictsAmongSources([run, source('b.txt', 'The council lent Tolworth Heat £24.5 million between 2017 and 2022.')]).map((c) => c.attribute)).toEqual([
      'money:total-paid-by:local-authority',
    ]);
    expect(conflictsAmongSources([run, source('b.txt', 'The council lent Tolworth Heat £40 million between 2017 and 2022.')])).toEqual([]);
    expect(conflictsAmongSources([source('a.txt', 'Marbury City Council lent Tolworth Heat £20 million in 2022.'), source('b.txt', 'The council lent Tolworth Heat £24.5 million between 2017 and 2022.')])).toEqual([]);
  });
});
