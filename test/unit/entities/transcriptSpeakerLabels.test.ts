// Transcripts (radio, podcasts, hearings, recorded meetings) label each turn with the speaker's
// name in capitals and a colon, at the start of the line or after its timestamp. Such a label is a
// person when the text also names that person in ordinary case, or when it opens with a given name
// and recurs; its identity is the name in ordinary case. Headings in capitals with a colon are
// not people. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

describe('speaker labels in capitals', () => {
  it('reads a radio interview’s labels as the people the story names', () => {
    const text = [
      'Hospital car park charges to go, says trust',
      'Ruth Kellaway, Wyvern Radio health correspondent',
      '',
      'Mandla Oduya said the patients’ panel had asked for it for years.',
      '',
      'RUTH KELLAWAY: When do the charges end?',
      'MANDLA ODUYA: In April, for every patient.',
      'RUTH KELLAWAY: And for staff?',
      'MANDLA ODUYA: Staff too.',
    ].join('\n');
    const people = entitiesOf(text, 'person');
    expect(people.map((p) => p.text)).toEqual(['Ruth Kellaway', 'Mandla Oduya', 'RUTH KELLAWAY', 'MANDLA ODUYA', 'RUTH KELLAWAY', 'MANDLA ODUYA']);
    expect(people.filter((p) => p.text === p.text.toUpperCase()).map((p) => p.canonicalName)).toEqual(['Ruth Kellaway', 'Mandla Oduya', 'Ruth Kellaway', 'Mandla Oduya']);
    expect(new Set(people.map((p) => p.canonical)).size).toBe(2);
  });

  it('reads labels after a timestamp, in a podcast’s or a hearing’s transcript', () => {
    const podcast = [
      'Episode 12: the new timetable',
      '',
      '[00:00:05] PRIYA DESHMUKH: Welcome back. Today, the bus timetable.',
      '[00:01:12] OWEN TREMAYNE: Thanks for having me.',
      '[00:02:40] PRIYA DESHMUKH: So what changes on Monday?',
      '[00:02:51] OWEN TREMAYNE: Every route into the town centre.',
    ].join('\n');
    expect(textsOf(podcast, 'person')).toEqual(['PRIYA DESHMUKH', 'OWEN TREMAYNE', 'PRIYA DESHMUKH', 'OWEN TREMAYNE']);
    const hearing = [
      'Tenancy tribunal, recording transcript',
      '(10:02) GARETH LLEWELYN: The landlord did not reply to the notice.',
      '(10:04) SIOBHAN CARRICK: We replied by email on the Friday.',
      '(10:05) GARETH LLEWELYN: Not to my client.',
      '(10:07) SIOBHAN CARRICK: Then the email went astray.',
    ].join('\n');
    expect(textsOf(hearing, 'person')).toEqual(['GARETH LLEWELYN', 'SIOBHAN CARRICK', 'GARETH LLEWELYN', 'SIOBHAN CARRICK']);
  });

  it('reads a label whose surname is not a known word when the text names the person elsewhere', () => {
    const text = 'The school’s head, Tunde Okonkwo-Hale, was interviewed.\n\nTUNDE OKONKWO-HALE: We have 40 new places.';
    expect(textsOf(text, 'person')).toContain('TUNDE OKONKWO-HALE');
  });

  it('takes no person from headings in capitals with a colon', () => {
    for (const text of [
      'KEY FACTS: 14 schools, 1.2 MW installed, 700 members.',
      'NOTES TO EDITORS: The charity was founded in 1998.',
      'PRESS RELEASE: Lido to reopen in May',
      'BREAKING NEWS: Station car park closed\nBREAKING NEWS: Bridge shut',
      'SHARE OFFER: closes 31 July\n\nHOW TO APPLY: online or by post',
    ]) {
      expect(textsOf(text, 'person')).toEqual([]);
    }
  });

  it('takes no person from a label seen once that the text names nowhere else', () => {
    expect(textsOf('Recorded at the depot.\n\nMORAG DUNBAR: The buses are old.', 'person')).toEqual([]);
  });

  it('takes no person from capitals inside a line of prose', () => {
    expect(textsOf('The report from RUTH KELLAWAY: a summary follows.\nRUTH KELLAWAY sent it on Monday.', 'person')).toEqual([]);
  });
});
