import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

describe('people', () => {
  it('keeps honorifics outside the span and does not make them roles', () => {
    const text = 'In his remarks Dr Michael Dixon agreed with Professor Anwen Treharne.';
    expect(textsOf(text, 'person')).toEqual(['Michael Dixon', 'Anwen Treharne']);
    expect(textsOf(text, 'role')).toEqual([]);
  });

  it('finds people by a known given name, and unknown names by context', () => {
    expect(textsOf('Sarah Pemberton met them. The report by Laird Quennell was praised, said Oluwaseun Adeyemi.', 'person')).toEqual([
      'Sarah Pemberton',
      'Laird Quennell',
      'Oluwaseun Adeyemi',
    ]);
  });

  it('links surname-only and forename-only back-references to the full name', () => {
    const people = entitiesOf('Ed Mayo spoke first. Later Mr Mayo said more, and Ed agreed. Mayo left.', 'person');
    expect(people.map((p) => p.text)).toEqual(['Ed Mayo', 'Mayo', 'Ed', 'Mayo']);
    expect(new Set(people.map((p) => p.canonical))).toEqual(new Set(['person:ed-mayo']));
  });

  it('does not link a given name to someone named far earlier', () => {
    const filler = ' Nothing else happened that day.'.repeat(80);
    const people = entitiesOf(`David Cameron spoke.${filler} David is also talking tonight.`, 'person');
    expect(people.map((p) => p.canonical)).toEqual(['person:david-cameron', 'person:david']);
  });

  it('keeps commenters’ names as written and gives them a normalised identity', () => {
    const [commenter] = entitiesOf('Nice.\n\npaul massey\n\nComment date\n17 November 2010', 'person');
    expect(commenter).toMatchObject({ text: 'paul massey', canonical: 'person:paul-massey', canonicalName: 'Paul Massey' });
  });

  it('does not take a company named after a person for a person', () => {
    expect(textsOf('Businesses such as John Lewis show the way.', 'person')).toEqual([]);
  });
});

describe('people: stacked titles, knights, bylines and comment threads', () => {
  it('leaves every stacked honorific outside the name', () => {
    expect(textsOf('Professor Sir Tim Hale and Dr Dame Ann Orr spoke.', 'person')).toEqual(['Tim Hale', 'Ann Orr']);
  });

  it('links a knight called by his given name to the full name, even a given name that is also a word', () => {
    const people = entitiesOf('The chair, Mark Bramley, spoke. Later Sir Mark agreed.', 'person');
    expect(people.map((p) => p.text)).toEqual(['Mark Bramley', 'Mark']);
    expect(people[1]!.canonical).toBe(people[0]!.canonical);
  });

  it('reads a byline after a capitalised "By"', () => {
    expect(textsOf('3 May 2014 | By Daniel Frost\n\nThe council met.', 'person')).toEqual(['Daniel Frost']);
  });

  it('reads an initial and a surname alone on a line, and a handle addressing a commenter', () => {
    expect(textsOf('Great piece.\n\nR Mistry\n\nComment date\n@dave holt the council is right.', 'person')).toEqual(['R Mistry', 'dave holt']);
  });

  it('does not let a pair found only by a verb of speech lend its last word to other mentions', () => {
    const text = 'Patient group Lakeside Harlow welcomed the move. The people of Harlow agreed.';
    expect(entitiesOf(text, 'person').filter((p) => p.text === 'Harlow')).toEqual([]);
  });
});

describe('a given name that is also a word, opening a sentence', () => {
  it('is read as the full name the document has already given', () => {
    const text = 'Cllr Will Garside opened the meeting. Will Garside said the budget was tight.';
    expect(entitiesOf(text, 'person').map((entity) => entity.text)).toEqual(['Will Garside', 'Will Garside']);
  });

  it('is left alone when no such person is named elsewhere', () => {
    expect(entitiesOf('Will Garside be enough? Nobody knows.', 'person').map((entity) => entity.text)).toEqual([]);
  });
});

describe('handles addressed with @', () => {
  it('takes a handle glued by underscores whole, not just the given name in it', () => {
    expect(entitiesOf('Thanks @ruth_b2 for the link. I agree with @colin_d_m.', 'person').map((entity) => entity.text)).toEqual(['ruth_b2', 'colin_d_m']);
  });
});

describe('people: letters after a name, and names repeated', () => {
  it('reads a capitalised pair before "MP" or "QC" as a person, whatever the given name', () => {
    expect(textsOf('Members\nZubair Hulme MP (Labour, Eastfold)\nThe case was put by Tobias Gorse QC.', 'person')).toEqual(['Zubair Hulme', 'Tobias Gorse']);
  });

  it('does not take a seat named before "MP" after an article for a person', () => {
    expect(textsOf('The Eastfold Vale MP disagreed, and their Hollins North MP agreed.', 'person')).toEqual([]);
  });

  it('finds a name a cue revealed again where it stands without a cue', () => {
    expect(textsOf('Zubair Hulme MP spoke first.\n\nMembers present: Alice Voss, Zubair Hulme', 'person')).toEqual(['Zubair Hulme', 'Alice Voss', 'Zubair Hulme']);
  });

  it('does not take a repeated name inside a longer capitalised run', () => {
    expect(textsOf('Zubair Hulme MP spoke first. The Zubair Hulme Foundation agreed.', 'person')).toEqual(['Zubair Hulme']);
  });
});

describe('people: the writer named above a comment’s details', () => {
  const thread = [
    'Have your say',
    '',
    'rowan_q',
    'Comment date: 2 June 2015 09:10',
    'The Otterley Trust should answer this.',
    '',
    'DrK_Brackenfield',
    'Comment date: 2 June 2015 10:00',
    '@rowan_q agreed. Brackenfield needs a new surgery.',
    '',
    'T. Wilmot',
    'Comment date: 2 June 2015 11:30',
    '@T. Wilmot seconded.',
    '',
    'hilary pruitt (unison)',
    'Comment date: 3 June 2015 08:00',
    'We have written to them.',
    '',
    'ted',
    'Comment date: 3 June 2015 08:05',
    'Brackenfield Watcher',
    'Comment date: 3 June 2015 09:00',
    'Nothing will change.',
  ].join('\n');

  it('reads handles, initials, lower-case names and pen names as written, and the handles that address them', () => {
    expect(textsOf(thread, 'person')).toEqual([
      'rowan_q',
      'DrK_Brackenfield',
      'rowan_q',
      'T. Wilmot',
      'T. Wilmot',
      'hilary pruitt',
      'ted',
      'Brackenfield Watcher',
    ]);
  });

  it('reads the body a writer gives in brackets after their name', () => {
    expect(textsOf(thread, 'organisation')).toContain('unison');
  });

  it('does not let a handle lend its parts to other mentions', () => {
    expect(textsOf(thread, 'person')).not.toContain('Brackenfield');
  });

  it('does not take a heading or a sentence above a comment’s details for a name', () => {
    const text = 'Latest News Update\nComment date: 2 June 2015\nThe trust agreed.\nComment date: 3 June 2015\n';
    expect(textsOf(text, 'person')).toEqual([]);
  });
});

describe('people: a writer signing their own comment', () => {
  const thread = [
    'Will Pruitt',
    'Comment date: 3 June 2015 08:00',
    'We will look at it. – Will (cabinet member, housing)',
    '',
    'rowan_q',
    'Comment date: 3 June 2015 09:00',
    'Thanks. The Bill will not help – Will is wrong.',
  ].join('\n');

  it('reads the given name after a dash in the writer’s own comment as the writer, with the title in brackets', () => {
    const people = entitiesOf(thread, 'person');
    expect(people.map((p) => [p.text, p.canonical])).toEqual([
      ['Will Pruitt', 'person:will-pruitt'],
      ['Will', 'person:will-pruitt'],
      ['rowan_q', 'person:rowan-q'],
    ]);
    expect(textsOf(thread, 'role')).toEqual(['cabinet member, housing']);
  });
});

describe('people: a commenter’s given name in lower case', () => {
  const thread = [
    'Readers’ comments',
    '',
    'fenwick_reader',
    'Comment date: 3 June 2015 08:00',
    'We are not lawyers and hugo is right to say so. Also this will help.',
    '',
    'Hugo Larkspur',
    'Comment date: 3 June 2015 09:10',
    'Thank you for the support.',
  ].join('\n');

  it('refers to the one writer on the page with that given name, before a verb, even before their comment', () => {
    const hugo = entitiesOf(thread, 'person').find((p) => p.text === 'hugo');
    expect(hugo).toMatchObject({ canonical: 'person:hugo-larkspur' });
  });

  it('leaves a lower-case given name that is also a word, and one that no verb follows', () => {
    const other = thread.replace('hugo is right', 'ask hugo about it').replace('Thank you', 'Will Ashby\nComment date: 4 June 2015\nThank you');
    expect(textsOf(other, 'person')).not.toContain('hugo');
    expect(textsOf(thread.replace('Hugo Larkspur', 'Will Larkspur').replace('hugo is', 'will is'), 'person')).not.toContain('will');
  });
});

describe('people: things named like people', () => {
  it('does not read a given name after an article as a person ("the Summer Reading Challenge")', () => {
    expect(textsOf('It funds the Summer Reading Challenge in Dunmere.', 'person')).toEqual([]);
  });

  it('does not read a publication, scheme or plan after a verb of speech as a person', () => {
    expect(textsOf('Castellan told Probation Monthly that it would.', 'person')).toEqual([]);
  });

  it('does not read a body followed by ", which" as a person, whatever verb stands before it', () => {
    expect(textsOf('Chief executive Harriet Vole said Lantern Fields, which is a charity, would act.', 'person')).toEqual(['Harriet Vole']);
  });
});
