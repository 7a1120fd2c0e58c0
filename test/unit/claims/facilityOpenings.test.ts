// A facility known by its kind and its place ("the customs site at Tarn Quay") is one subject in
// every source that names it alike, and the day it opened is its date:opened, however the opening is
// told ("went live", "opened", "opened its doors", "became operational"). A body's own facility, a
// plan to open, and a place as wide as a city are left alone. Every name is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { claimSentence } from '../../../server/src/lsp/claimSentences';
import { conflictsAmongSources } from './conflictsAmong';

const openings = (text: string): Array<[string, string]> =>
  analyse(text)
    .claims.filter((c) => c.attribute === 'date:opened')
    .map((c) => [c.subject, c.value.kind === 'date' ? c.value.iso : '']);

const SITE = 'thing:customs-site-at-tarn-quay';

describe('one facility opening, told in several ways', () => {
  it.each([
    ['press release', 'The customs site at Tarn Quay went live on 1 October 2024, and the first ship cleared the same week.'],
    ['blog', 'Holm Ports runs the customs site at Tarn Quay, which opened on 1 October 2024.'],
    ['news', 'A new customs site at Tarn Quay opened its doors on 1 October 2024.'],
    ['minutes', 'Members noted that the customs site at Tarn Quay became operational on 1 October 2024.'],
  ])('%s', (_genre, text) => {
    expect(openings(text)).toEqual([[SITE, '2024-10-01']]);
  });

  it('names the facility by its kind alone, not by a verb or word before its article', () => {
    for (const text of [
      'The council claimed the customs site at Tarn Quay opened on 1 October 2024.',
      'Residents say that a customs site at Tarn Quay became operational on 1 October 2024.',
      'Officers confirmed the new customs site at Tarn Quay went live on 1 October 2024.',
    ]) {
      expect(openings(text), text).toEqual([[SITE, '2024-10-01']]);
    }
    for (const text of ['The council claimed the depot at Holm Road opened in 2012.', 'Nobody disputes that the depot at Holm Road opened in 2012.', 'Officers confirmed the depot at Holm Road went live in 2012.']) {
      expect(openings(text), text).toEqual([['thing:depot-at-holm-road', '2012']]);
    }
  });

  it('sets two opening days of one facility against each other', () => {
    const a = analyse('The customs site at Tarn Quay went live on 1 October 2024.');
    const b = analyse('Holm Ports runs the customs site at Tarn Quay, which opened on 1 December 2024.');
    expect(conflictsAmongSources([{ doc: 'a', claims: a.claims }, { doc: 'b', claims: b.claims }])).toHaveLength(1);
  });

  it('reads well in a diagnostic', () => {
    expect(claimSentence('customs site at Tarn Quay', 'date:opened', { kind: 'date', iso: '2024-10-01', precision: 'day' })).toBe('customs site at Tarn Quay was opened on 1 October 2024');
  });
});

describe('openings that are not one facility\'s', () => {
  it.each([
    'Its depot at Holm Road opened in 2012.',
    'Holm Ports’ depot at Holm Road opened in 2012.',
    'The depot at Holm Road is due to open on 1 May 2026.',
    'The office in London opened on 3 May 2019.',
    // a condition, said with "if" or by inversion
    'If the depot at Holm Road opened in 2026, the bins would be collected on time.',
    'Had the depot at Holm Road opened in March 2024, nothing would have changed.',
    'Even had the depot at Holm Road opened in March 2024, nothing would have changed.',
  ])('%s', (text) => {
    expect(openings(text)).toEqual([]);
  });

  it('keeps two facilities at one place apart', () => {
    const a = analyse('The customs site at Tarn Quay went live on 1 October 2024.');
    const b = analyse('The freight depot at Tarn Quay opened on 1 December 2024.');
    expect(conflictsAmongSources([{ doc: 'a', claims: a.claims }, { doc: 'b', claims: b.claims }])).toEqual([]);
  });
});
