import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

const thread = (body: string, writer = 'brenda_k'): string =>
  `Tarnby Herald › News › Ferry sale agreed\n\nComments (2)\n\n${writer}\nComment date: 2 May 2016 09:10\n${body}\nLike (3)   Reply\n\nsam.tillotson\nComment date: 2 May 2016 10:02\nAgreed.\nLike (1)   Reply\n`;

describe('names in a thread of reader comments', () => {
  it('reads a commenter’s user name with a full stop in it as the writer', () => {
    expect(textsOf(thread('Fine by me.'), 'person')).toContain('sam.tillotson');
  });

  it('reads a lower-case full name before a copula and a title as a person holding that title', () => {
    const text = thread('And colin ashworth is deputy leader, not leader, since May.');
    const people = entitiesOf(text, 'person').filter((entity) => entity.text === 'colin ashworth');
    expect(people.map((entity) => entity.canonicalName)).toEqual(['Colin Ashworth']);
    expect(textsOf(text, 'role')).toEqual(['deputy leader']);
  });

  it('reads a lower-case full name in apposition to a title after a body’s possessive', () => {
    const text = thread("Now gareth ollerton, axby's chief exec, says nothing has changed.");
    expect(textsOf(text, 'person')).toContain('gareth ollerton');
    expect(textsOf(text, 'role')).toEqual(['chief exec']);
  });

  it('leaves a lower-case given name and a word alone without a title after them', () => {
    expect(textsOf(thread('And colin ashworth is wrong about the ferry.'), 'person')).not.toContain('colin ashworth');
  });

  it('calls the paper the thread hangs under by the last word of its title', () => {
    const found = entitiesOf(thread('the Herald got that wrong again.'), 'organisation').map((entity) => [entity.text, entity.canonical]);
    expect(found).toContainEqual(['Herald', 'org:tarnby-herald']);
  });

  it('reads a lower-case listed union before a noun for its officers as the union', () => {
    const found = entitiesOf(thread('Speaking as a unison rep at the port: nobody asked us.'), 'organisation').map((entity) => [entity.text, entity.canonical]);
    expect(found).toContainEqual(['unison', 'org:unison']);
  });

  it('reads a body’s one-word short form typed in lower case after a preposition as that body', () => {
    const text = thread('Selling to Orwell Harbour Partners is madness. ✈️ Orwell will strip it. nobody from orwell has met the union.');
    const found = entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
    expect(found).toContainEqual(['Orwell', 'org:orwell-harbour']);
    expect(found).toContainEqual(['orwell', 'org:orwell-harbour']);
  });

  it('reads such a word after a reader’s emoji or a verb of owning as that body too', () => {
    const text = thread('Selling to Orwell Harbour Partners is madness. Orwell will strip it. 🚢 orwell has no ferries. who owns orwell anyway?');
    expect(textsOf(text, 'organisation').filter((name) => name === 'orwell')).toHaveLength(2);
  });

  it('leaves such a word alone as the first word of a compound ("beacon hill", "harbour wall")', () => {
    const text = thread('Beacon Harbour Partners bought it. Beacon will strip it. you can see it from beacon hill. and beacon point is lovely. sold to beacon for nothing.');
    const found = entitiesOf(text, 'organisation').filter((entity) => entity.text === 'beacon');
    expect(found.map((entity) => text.slice(entity.end, entity.end + 4))).toEqual([' for']);
  });

  it('leaves such a word alone after an article or a noun', () => {
    const text = thread('Parkin Harbour Partners bought it. Parkin will strip it. the car parkin is a disgrace.');
    expect(textsOf(text, 'organisation')).not.toContain('parkin');
  });

  it('reads a lower-case full name before a leader’s title named after the council', () => {
    expect(textsOf(thread('And ruth amble is council leader, not deputy.'), 'role')).toEqual(['council leader']);
  });

  it('calls the paper by its last word after "the" and a reader’s emoji', () => {
    expect(textsOf(thread('The 👍 Herald got it wrong.'), 'organisation')).toContain('Herald');
  });

  it('does not take the town a local paper is named after for the paper', () => {
    expect(textsOf(thread('Most Tarnby residents want the ferry kept.'), 'organisation')).not.toContain('Tarnby');
  });
});

describe('comment pages that stamp each comment with a date and a time only', () => {
  const page = [
    'Harwick Post › News › Bus depot to close',
    '',
    'Comments (3)',
    '',
    'fenby_fran',
    '21 March 2025 19:02',
    'Waited an hour for the 42 again.',
    'Like (3)   Reply',
    '',
    'OldDriver',
    'Sat 22 March 2025 at 7.45am',
    '@fenby_fran same here.',
    'Like (1)   Reply',
    '',
    'night_owl_2',
    'Sunday, 23 March 2025, 21:15',
    'Nothing will change.',
  ].join('\n');

  it('reads the handle above each date-and-time stamp, and its @-mention, as the writer', () => {
    expect(textsOf(page, 'person')).toEqual(['fenby_fran', 'OldDriver', 'fenby_fran', 'night_owl_2']);
  });

  it('does not read the line above a plain dateline (a date with no time) as a writer', () => {
    const release = 'Press release\nHarwick Trains to be sold\nThursday 17 October 2024\n\nThe council said today that Harwick Trains would be sold.';
    expect(textsOf(release, 'person')).toEqual([]);
  });
});
