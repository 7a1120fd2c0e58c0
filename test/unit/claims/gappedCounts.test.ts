import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

// A count told for several bodies in one clause says the verb and the noun once: "A has 400
// pupils, B 320 and C 150". Each later body and its figure is the same kind of fact as the first,
// keyed alike. Invented bodies: schools, libraries, bus companies, housing associations, surgeries.
const claimsOf = (text: string) => analyse(text).claims;
const counts = (text: string): Array<[string, string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('count:') && c.value.kind === 'number')
    .map((c) => [c.subjectName, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('counts of several bodies with the verb and noun said once', () => {
  it('gives each later body and figure the first one’s count', () => {
    expect(counts('Redway Buses Ltd runs 40 buses, Kelby Coaches Ltd 25 and Orwin Travel Ltd 12.')).toEqual([
      ['Redway Buses Ltd', 'count:vehicles', 40],
      ['Kelby Coaches Ltd', 'count:vehicles', 25],
      ['Orwin Travel Ltd', 'count:vehicles', 12],
    ]);
    expect(counts('Tarnside Housing Association owns 4,200 homes; Holt Valley Housing Trust about 2,900.')).toEqual([
      ['Tarnside Housing Association', 'count:homes', 4200],
      ['Holt Valley Housing Trust', 'count:homes', 2900],
    ]);
    expect(counts('Between them the practices care for 20,000 patients: Ashgrove Surgery has 9,000 registered patients, Orchard Lane Surgery 7,000 and Kelby Health Centre 4,000.').slice(-2)).toEqual([
      ['Orchard Lane Surgery', counts('Ashgrove Surgery has 9,000 registered patients.')[0]![1], 7000],
      ['Kelby Health Centre', counts('Ashgrove Surgery has 9,000 registered patients.')[0]![1], 4000],
    ]);
  });

  it('flags a gapped count against another source’s count of the same body', () => {
    const a = claimsOf('Redway Buses Ltd runs 40 buses, Kelby Coaches Ltd 25 and Orwin Travel Ltd 12.');
    const b = claimsOf('Kelby Coaches Ltd runs 31 buses.');
    expect(conflictsAmongSources([{ doc: 'a', claims: a }, { doc: 'b', claims: b }]).map((c) => c.attribute)).toEqual(['count:vehicles']);
  });

  it('does not read a body and a figure that start another clause, a year, a sum or a share', () => {
    expect(counts('Redway Buses Ltd runs 40 buses, and Kelby Coaches Ltd 2019 accounts show a loss.').map((c) => c[0])).toEqual(['Redway Buses Ltd']);
    expect(counts('Redway Buses Ltd runs 40 buses, Kelby Coaches Ltd £25,000 of debt.').map((c) => c[0])).toEqual(['Redway Buses Ltd']);
    expect(counts('Redway Buses Ltd runs 40 buses, Kelby Coaches Ltd 25% of the routes.').map((c) => c[0])).toEqual(['Redway Buses Ltd']);
    expect(counts('Redway Buses Ltd runs 40 buses, Kelby Coaches Ltd 25 trams.').map((c) => c[0])).toEqual(['Redway Buses Ltd']);
  });
});
