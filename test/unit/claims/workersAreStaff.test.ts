import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

// Invented bodies (a shipyard, a bus company, a hospital trust, a bakery), read by the whole
// engine, since the test tagger counts no workers.
const claimsOf = (text: string) => analyse(text).claims;
const counts = (text: string): Array<[string, string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('count:') && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('a body’s workers are its staff', () => {
  it('reads "all N workers at X" and "the N workers of X" as X’s staff', () => {
    expect(counts('The deal secures the jobs of all 1,340 workers at Orrin Marine Ltd.')).toEqual([['org:orrin-marine', 'count:staff', 1340]]);
    expect(counts('The 420 workers of Fenby Buses Ltd have been told their pensions are safe.')).toEqual([['org:fenby-buses', 'count:staff', 420]]);
  });

  it('keeps a trade’s workers apart from the whole staff', () => {
    expect(counts('Saltmarsh Hospitals NHS Trust has 300 care workers at its two hospitals.').map(([, attribute]) => attribute)).not.toContain('count:staff');
  });

  it('does not count those who took part in a strike or a vote as the workforce', () => {
    expect(counts('About 400 workers at Hobart Bakeries Ltd walked out on Monday.')).toEqual([]);
    expect(counts('Some 1,200 staff at Fenby Buses Ltd voted to strike.')).toEqual([]);
  });

  it('flags "all N workers at X" against "about M people now work at X"', () => {
    const release = claimsOf('The rescue secures the jobs of all 1,340 workers at Orrin Marine Ltd.');
    const report = claimsOf('About 950 people now work at Orrin Marine Ltd, down from more than 1,400.');
    expect(conflictsAmongSources([{ doc: 'release', claims: release }, { doc: 'report', claims: report }]).some((c) => c.attribute === 'count:staff')).toBe(true);
  });
});
