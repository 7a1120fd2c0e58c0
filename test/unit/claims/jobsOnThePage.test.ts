import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

// Jobs that go in a sentence naming no body are the jobs of the body the page is about: the one it
// names most (twice at least), not its author, a news outlet or a union. Invented bodies: a bus
// company, a college, a brewery.
const claimsOf = (text: string) => analyse(text).claims;
const cuts = (text: string): Array<[string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute === 'count:job-cut' && c.value.kind === 'number')
    .map((c) => [c.subjectName, c.value.kind === 'number' ? c.value.value : NaN]);

describe('jobs lost in a sentence that names no body', () => {
  it('reads them as the jobs of the body the page is about', () => {
    expect(cuts('Redway Buses Ltd is closing its Holm Road depot. Redway Buses Ltd said the routes would move.\n\nThe closure means 35 drivers’ jobs will go across the network.')).toEqual([
      ['Redway Buses Ltd', 35],
    ]);
    expect(cuts('PRESENTER: Marden College is cutting courses. What does Marden College say?\n\nPRINCIPAL: About 20 teaching posts go, and we are offering redeployment.')).toEqual([
      ['Marden College', 20],
    ]);
    expect(cuts('Tolley Brewery will shut its bottling line. Tolley Brewery blamed energy costs. The plan means 60 job losses by the summer.')).toEqual([['Tolley Brewery', 60]]);
  });

  it('flags two pages that count the page body’s lost jobs differently', () => {
    const a = claimsOf('Redway Buses Ltd is closing its Holm Road depot. Redway Buses Ltd said the routes would move.\n\nThe closure means 35 drivers’ jobs will go.');
    const b = claimsOf('Redway Buses Ltd confirmed the depot closure. Redway Buses Ltd managers met staff. About 12 driving posts go.');
    expect(conflictsAmongSources([{ doc: 'a', claims: a }, { doc: 'b', claims: b }]).map((c) => c.attribute)).toEqual(['count:job-cut']);
  });

  it('does not give the page body jobs only feared, asked about, a union’s, or on a page about no one body', () => {
    expect(cuts('Tolley Brewery will shut its bottling line. Tolley Brewery blamed energy costs. Staff fear 60 jobs will go.')).toEqual([]);
    expect(cuts('Tolley Brewery will shut its bottling line. Tolley Brewery blamed energy costs. Will 60 jobs go?')).toEqual([]);
    expect(cuts('Unite the Union met members. Unite the Union is balloting. The union says 60 jobs will go.')).toEqual([]);
    expect(cuts('Tolley Brewery will shut its bottling line. The plan means 60 job losses.')).toEqual([]);
  });
});
