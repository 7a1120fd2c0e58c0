// A text that names a university ("University of X", "X University", "X Metropolitan University")
// calls it by its town: a lone X is that university, unless it stands as the place (after a
// preposition of place, before a noun of place, a postcode or another capitalised word, inside a
// hyphened word). Two universities read as one joined name are split when the text names the
// first one's university. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

const organisations = (text: string): Array<[string, string | undefined]> => entitiesOf(text, 'organisation').map((e) => [e.text, e.canonical]);

describe('a university called by its town', () => {
  it('reads the lone town as the university in a news story, a headline and a committee’s questions', () => {
    const news = 'Fenmore to absorb struggling Brackwater\n\nThe University of Brackwater is to be taken over by Fenmore Metropolitan University. Fenmore, by contrast, teaches 20,000 students. Fenmore’s vice-chancellor said nobody at Brackwater would lose out.';
    const found = organisations(news);
    expect(found.filter(([text]) => text === 'Fenmore' || text === 'Fenmore’s' || text === 'Brackwater').length).toBe(5);
    expect(new Set(found.filter(([text]) => text.startsWith('Fenmore')).map(([, id]) => id)).size).toBe(1);
    expect(new Set(found.filter(([text]) => text.includes('Brackwater')).map(([, id]) => id)).size).toBe(1);
  });

  it('reads a town before "University" as that university too', () => {
    const text = 'Staff at Kilnsey University were told on Monday. Kilnsey has cut 90 posts since 2023.';
    expect(organisations(text).map(([text]) => text)).toEqual(['Kilnsey University', 'Kilnsey']);
  });

  it('splits two universities read as one joined name when the first one’s university is named', () => {
    const text = 'Witnesses: Jo Marr, University of Brackwater.\n\nBrackwater and Fenmore Metropolitan University will become a single legal entity.';
    expect(textsOf(text, 'organisation')).toEqual(['University of Brackwater', 'Brackwater', 'Fenmore Metropolitan University']);
  });

  it('keeps a joint name whole when the first town names no university of its own', () => {
    const text = 'Tarrow and Fenmore Metropolitan University has 30,000 students.';
    expect(textsOf(text, 'organisation')).not.toContain('Tarrow');
  });

  it('leaves the town a place where the text uses it as one', () => {
    const text = [
      'The University of Brackwater has 6,000 students.',
      'Rents in Brackwater have risen.',
      'The Brackwater campus will stay open.',
      'University of Brackwater, Quay Road, Brackwater BW1 4QX',
      'A Brackwater-based charity runs the food bank.',
      'Brackwater Borough Council approved the plan.',
      'Most of the people of Brackwater work in the port.',
    ].join('\n');
    expect(textsOf(text, 'organisation').filter((name) => name === 'Brackwater')).toEqual([]);
  });

  it('makes no university of a town in a text that names none', () => {
    expect(textsOf('Brackwater has a new bypass. Brackwater’s high street is busy.', 'organisation')).toEqual([]);
  });
});
