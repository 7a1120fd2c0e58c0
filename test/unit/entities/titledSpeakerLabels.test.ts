// A transcript's label may give the speaker's title before the name, in capitals like the rest
// ("CLLR SANDRA MOYO:", "DR AMARA OSEI:"). The name after the title is the speaker; the title is
// neither part of the name nor a body's acronym. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

const phoneIn = (label: string, named: string): string =>
  [
    `PRESENTER: With me is the cabinet member for leisure, ${named}. Good morning.`,
    '',
    `${label}: Morning.`,
    '',
    'PRESENTER: Is the pool closing?',
    '',
    `${label}: Not this year.`,
  ].join('\n');

describe('speaker labels with a title in capitals', () => {
  it('reads the name after the title as the person the story names, and no acronym', () => {
    const text = phoneIn('CLLR MARGARET ELLWOOD', 'Councillor Margaret Ellwood');
    const people = entitiesOf(text, 'person');
    expect(people.map((p) => p.text)).toEqual(['Margaret Ellwood', 'MARGARET ELLWOOD', 'MARGARET ELLWOOD']);
    expect(new Set(people.map((p) => p.canonical)).size).toBe(1);
    expect(textsOf(text, 'organisation')).toEqual([]);
  });

  it('reads a doctor’s label with a two-word name the same way', () => {
    expect(textsOf(phoneIn('DR HELEN OKORO', 'Dr Helen Okoro'), 'person')).toEqual(['Helen Okoro', 'HELEN OKORO', 'HELEN OKORO']);
  });

  it('leaves a heading in capitals that opens with a title-like word alone', () => {
    expect(textsOf('SIR WALTER SCOTT ROAD: closed for works.\n\nThe road reopens in May.', 'person')).toEqual([]);
  });
});
