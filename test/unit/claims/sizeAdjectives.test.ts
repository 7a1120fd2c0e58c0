import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

// Invented bodies on several topics: care, schools, hospices, business, leisure, music. Read by the
// whole engine, since the test tagger has no compound adjectives.
const claimsOf = (text: string) => analyse(text).claims;
const counts = (text: string): Array<[string, string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('count:') && c.value.kind === 'number')
    .map((c) => [c.subjectName, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('a count written as a compound adjective of a body', () => {
  it('reads "the N-bed X" and "the N-pupil X" as X’s beds and pupils', () => {
    expect(counts('Parents have launched a petition to save the 18-bed Greyfriars Respite Centre.')).toEqual([['Greyfriars Respite Centre', 'count:beds', 18]]);
    expect(counts('The 1,200-pupil Kelby Academy has a new head.')).toEqual([['Kelby Academy', 'count:pupil', 1200]]);
  });

  it('reads an apposition, "X, a N-bed hospice," and "X, a N-strong business," (a business’s people are its staff)', () => {
    expect(counts('Ridgeway Hospice Ltd, a 40-bed hospice, will close a ward.')).toEqual([['Ridgeway Hospice Ltd', 'count:beds', 40]]);
    expect(counts('Larkspur Brewery Ltd, a 75-strong business, has won a national award.')).toEqual([['Larkspur Brewery Ltd', 'count:staff', 75]]);
  });

  it('flags the adjective against the count told plainly', () => {
    const a = claimsOf('Greyfriars Respite Centre has 12 beds.');
    const b = claimsOf('Parents have launched a petition to save the 18-bed Greyfriars Respite Centre.');
    expect(conflictsAmongSources([{ doc: 'a', claims: a }, { doc: 'b', claims: b }]).map((c) => c.attribute)).toEqual(['count:beds']);
  });

  it('does not read spans of time, units, a choir’s voices, or a size of no named body', () => {
    expect(counts('Wenlow District Council signed a 10-year contract with the 24-hour Kelby Leisure Trust.')).toEqual([]);
    expect(counts('Kelby Leisure Trust runs a 50-metre pool.')).toEqual([]);
    expect(counts('Kelby Choir Ltd, a 60-strong choir, sang at the festival.')).toEqual([]);
    expect(counts('The council will open a 40-bed ward next year.')).toEqual([]);
  });
});
