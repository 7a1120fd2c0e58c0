import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

// Invented bodies: a district council, an academy trust, a caterer, a leisure operator.
const claimsOf = (text: string) => analyse(text).claims;
const fees = (text: string): Array<[string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute === 'money:management-fee' && c.value.kind === 'number')
    .map((c) => [c.subjectName, c.value.kind === 'number' ? c.value.value : NaN]);

describe('the fee a body pays an operator to run a service, keyed on the payer', () => {
  it('reads "X pays Y an operating fee of £N" and "Y will receive a service fee of £N from X" as X’s fee', () => {
    expect(fees('Kelby Academy Trust pays Ashgrove Catering Ltd an operating fee of £800,000 a year.')).toEqual([['Kelby Academy Trust', 800000]]);
    expect(fees('Ashgrove Catering Ltd will receive a service fee of £650,000 a year from Kelby Academy Trust.')).toEqual([['Kelby Academy Trust', 650000]]);
  });

  it('gives "approve a management fee of £N" in the paying body’s own report to that body', () => {
    expect(fees('Marlow Vale District Council\nCabinet report\n\nCabinet is recommended to:\n(b) approve a management fee of £1.35 million in 2026/27;')).toEqual([
      ['Marlow Vale District Council', 1.35e6],
    ]);
  });

  it('flags the council’s report against the trade press for the same first year', () => {
    const report = claimsOf('Marlow Vale District Council\nCabinet report\n\nCabinet is recommended to approve a management fee of £1.35 million in 2026/27.');
    const press = claimsOf('Brookside Leisure Trust has taken over three pools from Marlow Vale District Council.\n\nThe council will pay a management fee of £2.1 million a year for the first five years.');
    expect(conflictsAmongSources([{ doc: 'report', claims: report }, { doc: 'press', claims: press }]).map((c) => c.attribute)).toEqual(['money:management-fee']);
  });

  it('does not read a fee supposed, a member’s annual fee, or a fee in a newspaper’s own voice', () => {
    expect(fees('Kelby Academy Trust could pay a management fee of £1m.')).toEqual([]);
    expect(fees('Kelby Academy Trust members pay an annual fee of £20.')).toEqual([]);
    expect(fees('Coastline Courier\n\nCabinet agreed a management fee of £1.35 million.')).toEqual([]);
  });
});
