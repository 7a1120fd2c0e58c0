// A change in a body's measure is keyed by the measure's noun; a generic measure noun (numbers,
// costs, prices, rates, levels) is only half the name of what is measured: "staff costs" and
// "energy costs", "customer numbers" and "staff numbers" are different measures of one company, and
// two sources that speak of each in one month must not conflict. The noun before the generic head
// joins the key; an adjective of how it is measured ("average", "total") does not.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Fellgate Energy': 'org:fellgate-energy', 'Holm Library Trust': 'org:holm-library-trust' };

const changes = (text: string): Array<[string, string, number]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('change:') && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('a generic measure noun keeps the noun that says what it measures', () => {
  it('keys "staff costs", "customer numbers", "food prices" by both words', () => {
    expect(changes('Fellgate Energy’s staff costs rose by 6% in April 2025.')).toEqual([['org:fellgate-energy', 'change:staff cost in 2025-04', 6]]);
    expect(changes('Fellgate Energy’s customer numbers fell by 4 per cent in April 2025.')).toEqual([['org:fellgate-energy', 'change:customer number in 2025-04', -4]]);
    expect(changes('Fellgate Energy raised its heat prices by 10% in April 2025.')).toEqual([['org:fellgate-energy', 'change:heat price in 2025-04', 10]]);
    expect(changes('Loan numbers at Holm Library Trust doubled in March 2024.')).toEqual([['org:holm-library-trust', 'change:loan number in 2024-03', 100]]);
  });

  it('drops an adjective of how the measure is taken, so paraphrases still meet', () => {
    expect(changes('Fellgate Energy’s average prices rose by 6% in April 2025.')).toEqual([['org:fellgate-energy', 'change:price in 2025-04', 6]]);
    expect(changes('Fellgate Energy raised its prices by 6% in April 2025.')).toEqual([['org:fellgate-energy', 'change:price in 2025-04', 6]]);
  });

  it('flags no conflict between two measures of one company in one month (the whole engine)', () => {
    const a = 'Press release, 3 June 2025\n\nFellgate Energy Ltd published its annual review. Fellgate Energy’s energy costs rose by 41% in April 2025. Fellgate Energy’s customer numbers rose by 4% in April 2025.\n';
    const b = 'Tarnside Gazette, 5 June 2025\n\nFellgate Energy Ltd has faced criticism. Fellgate Energy’s staff costs rose by 6% in April 2025. Fellgate Energy’s staff numbers rose by 9% in April 2025.\n';
    expect(conflictsAmongSources([
      { doc: 'a.txt', claims: analyse(a).claims },
      { doc: 'b.txt', claims: analyse(b).claims },
    ])).toEqual([]);
  });
});
