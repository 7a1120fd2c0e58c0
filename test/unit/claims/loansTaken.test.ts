import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

// Invented bodies: a crematorium company, a rowing club, a housing co-operative, a council.
const claimsOf = (text: string) => analyse(text).claims;
const borrowed = (text: string): Array<[string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute === 'money:borrowed' && c.value.kind === 'number')
    .map((c) => [c.subjectName, c.value.kind === 'number' ? c.value.value : NaN]);

describe('a loan taken out is money borrowed, however the sentence turns', () => {
  it('reads "X took out / has secured a £N (bank) loan" as X’s borrowing', () => {
    expect(borrowed('Kelby Rowing Club took out a £45,000 loan in 2023.')).toEqual([['Kelby Rowing Club', 45000]]);
    expect(borrowed('Ashgrove Housing Co-operative has secured a £1.2m bank loan for new homes.')).toEqual([['Ashgrove Housing Co-operative', 1.2e6]]);
  });

  it('reads the passive "a £N loan was taken out by X"', () => {
    expect(borrowed('A £2.4m loan was taken out by Pembury Crematorium Ltd to replace its cremators.')).toEqual([['Pembury Crematorium Ltd', 2.4e6]]);
  });

  it('flags the passive against "X borrowed £N" for the same loan', () => {
    const a = claimsOf('A £2.4m loan was taken out by Pembury Crematorium Ltd to replace its cremators.');
    const b = claimsOf('Pembury Crematorium Ltd borrowed £3 million to replace its cremators.');
    expect(conflictsAmongSources([{ doc: 'a', claims: a }, { doc: 'b', claims: b }]).map((c) => c.attribute)).toEqual(['money:borrowed']);
  });

  it('does not read a loan hoped for, a facility (a limit), or a loan given to another body', () => {
    expect(borrowed('Ashgrove Housing Co-operative hopes to take out a £1.2m loan.')).toEqual([]);
    expect(borrowed('Carrow District Council took out a £500,000 loan facility.')).toEqual([]);
    expect(borrowed('Carrow District Council gave a £50,000 loan to Kelby Rowing Club.')).toEqual([]);
  });
});
