import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

// A count of jobs to go affirms that there are job losses, so it meets a denial of any ("there
// will be no job losses"). Invented bodies.
const claimsOf = (text: string) => analyse(text).claims;
const conflictKinds = (a: string, b: string): string[] =>
  conflictsAmongSources([
    { doc: 'a', claims: claimsOf(a) },
    { doc: 'b', claims: claimsOf(b) },
  ]).map((c) => `${c.kind} ${c.attribute}`);

describe('jobs counted as going are job losses', () => {
  it('sets a count of jobs cut against a denial of any job losses, however the cut is worded', () => {
    const denial = 'Marden College said there would be no job losses.';
    for (const cut of ['Marden College will cut 40 posts.', 'Marden College confirmed that about 25 teaching roles will go.', 'Marden College will shed 12 jobs in the autumn.']) {
      expect(conflictKinds(denial, cut), cut).toContain('negation exists:job-loss');
    }
  });

  it('leaves a cut already made, and a count of no jobs, apart from the denial', () => {
    const denial = 'Marden College said there would be no job losses.';
    expect(conflictKinds(denial, 'Marden College axed 30 posts.')).not.toContain('negation exists:job-loss');
    expect(claimsOf('Marden College axed 30 posts.').filter((c) => c.attribute === 'exists:job-loss')).toEqual([]);
  });

  it('keeps two bodies apart', () => {
    expect(conflictKinds('Marden College said there would be no job losses.', 'Tolley Brewery will cut 40 posts.')).toEqual([]);
  });
});
