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
