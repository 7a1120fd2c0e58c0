import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

// The day a named place or body opened (date:opened) or reopened (date:reopened): the verb right
// after its name, its date right after the verb. Invented places.
const openings = (text: string): Array<[string, string, string]> =>
  analyse(text)
    .claims.filter((c) => /^date:(?:re)?opened$/.test(c.attribute))
    .map((c): [string, string, string] => [c.subjectName, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

describe('the day a named place opened', () => {
  it('reads a plain verb, an aside, a relative clause, "first" and "its doors"', () => {
    expect(openings('Corvey Skate Park opened in May 2021.')).toEqual([['Corvey Skate Park', 'date:opened', '2021-05']]);
    expect(openings('Corvey Skate Park, opened in September 2020, is the largest in the county.')).toEqual([['Corvey Skate Park', 'date:opened', '2020-09']]);
    expect(openings('The Bellhouse Theatre first opened in 2010.')).toEqual([['Bellhouse Theatre', 'date:opened', '2010']]);
    expect(openings('Kelby Library, which opened its doors in 1978, is to close.')).toEqual([['Kelby Library', 'date:opened', '1978']]);
    expect(openings('Kelby Library, run by Tarn Council, opened in 1978.')).toEqual([['Kelby Library', 'date:opened', '1978']]);
  });

  it('keeps a reopening apart from the first opening', () => {
    expect(openings('Kelby Library reopened on 3 March 2025 after a refit.')).toEqual([['Kelby Library', 'date:reopened', '2025-03-03']]);
  });

  it('flags two sources giving one place different opening days, not an opening and a reopening', () => {
    const source = (text: string) => analyse(text).claims;
    const opened = conflictsAmongSources([
      { doc: 'a', claims: source('Corvey Skate Park opened in May 2021.') },
      { doc: 'b', claims: source('Corvey Skate Park, opened in September 2020, is the largest in the county.') },
    ]);
    expect(opened.map((c) => c.attribute)).toEqual(['date:opened']);
    const reopened = conflictsAmongSources([
      { doc: 'a', claims: source('Kelby Library first opened in 1978.') },
      { doc: 'b', claims: source('Kelby Library reopened in 2025 after a refit.') },
    ]);
    expect(reopened.filter((c) => /opened/.test(c.attribute))).toEqual([]);
  });

  it('does not read what the body opened, a denial, a condition or a question', () => {
    expect(openings('Tarn Leisure Trust opened the Corvey Skate Park in May 2021.')).toEqual([]);
    expect(openings('Tarn Council opened talks on 3 May 2024.')).toEqual([]);
    expect(openings('The café at Kelby Library opened in 2020.')).toEqual([]);
    expect(openings('Kelby Library has not opened on Sundays since 2019.')).toEqual([]);
    expect(openings('If Kelby Library opened on 3 May 2025 it would be busy.')).toEqual([]);
    expect(openings('Kelby Library opened in 1978?')).toEqual([]);
  });
});
