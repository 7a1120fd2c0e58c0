import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

// Jobs lost are one kind of fact: a number of jobs (posts, roles), perhaps named by whose they are
// ("41 nurses’ posts", "15 editorial roles"), and a verb of their loss, told in the future or the
// present ("will go", "go", "are being cut"). The body is the clause's, or the one the jobs are
// "at" or "across". Invented bodies: a hospital trust, a bus company, a college, a charity, a zoo.
const claimsOf = (text: string) => analyse(text).claims;
const cuts = (text: string): Array<[string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute === 'count:job-cut' && c.value.kind === 'number')
    .map((c) => [c.subjectName, c.value.kind === 'number' ? c.value.value : NaN]);

describe('jobs lost: a number of jobs and a verb of their loss', () => {
  it('reads the jobs of a kind of worker, in the future and the present', () => {
    expect(cuts('Harwell Hospital Trust said 41 nurses’ posts will go.')).toEqual([['Harwell Hospital Trust', 41]]);
    expect(cuts('PRESENTER: And the jobs?\nDIRECTOR (Redway Buses Ltd): About 15 engineering roles go.')).toEqual([['Redway Buses Ltd', 15]]);
    expect(cuts('Under the plan 60 teaching posts are being cut at Marden College.')).toEqual([['Marden College', 60]]);
    expect(cuts('Castlemoor Zoo is closing its aquarium, and 12 keepers’ jobs will go.')).toEqual([['Castlemoor Zoo', 12]]);
    expect(cuts('The merger means 30 admin jobs will go across Ferris Housing Group.')).toEqual([['Ferris Housing Group', 30]]);
    expect(cuts('• Shelter Point Charity: 25 support roles are to be cut')).toEqual([['Shelter Point Charity', 25]]);
  });

  it('flags two sources that disagree on how many of the body’s jobs go', () => {
    const a = claimsOf('Harwell Hospital Trust said 41 nurses’ posts will go.');
    const b = claimsOf('Harwell Hospital Trust confirmed that about 15 nursing posts go.');
    expect(conflictsAmongSources([{ doc: 'a', claims: a }, { doc: 'b', claims: b }]).map((c) => c.attribute)).toEqual(['count:job-cut']);
  });

  it('does not read jobs kept, made, only feared or supposed, or a union’s count of its members', () => {
    expect(cuts('Harwell Hospital Trust said no nurses’ posts will go.')).toEqual([]);
    expect(cuts('Marden College said 60 new teaching posts are being created.')).toEqual([]);
    expect(cuts('If the grant is refused, 60 teaching posts could go at Marden College.')).toEqual([]);
    expect(cuts('Unison, which represents 40 of Castlemoor Zoo’s staff, objected.')).toEqual([]);
    expect(claimsOf('Unison, which represents 40 of Castlemoor Zoo’s staff, objected.').filter((c) => c.attribute.startsWith('count:'))).toEqual([]);
  });
});
