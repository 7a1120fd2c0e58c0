// A date that a verb of another event governs ("started as a Saturday assistant at the Central
// Library in 1989") is that event's, however many words stand between the verb and "in": a title
// given in the same sentence ("Its chair, Jo Wren, started as ...") is not dated by it, nor is a
// figure. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Jo Wren': 'person:jo-wren', 'Read Kelby': 'org:read-kelby' };
const ROLES = [{ title: 'chair', person: 'person:jo-wren', office: 'office:chair@org:read-kelby' }];
const roleTime = (text: string): Array<string | undefined> =>
  extractClaims(text, tagEntities(text, NAMES, ROLES), '2015-03-10')
    .filter((c) => c.attribute === 'role')
    .map((c) => c.time);

describe('a date of another event in the sentence', () => {
  it('does not date a title, near or far from the verb', () => {
    expect(roleTime('Read Kelby is thriving. Its chair, Jo Wren, started as a Saturday assistant at the Central Library in 1989.')).toEqual(['2015-03-10']);
    expect(roleTime('Read Kelby is thriving. Its chair, Jo Wren, joined in 1989.')).toEqual(['2015-03-10']);
    expect(roleTime('Read Kelby is thriving. Its chair, Jo Wren, was first elected to the board of the old library trust in 1989.')).toEqual(['2015-03-10']);
  });

  it('still dates a title by a date that is the sentence’s own', () => {
    expect(roleTime('Read Kelby is thriving. In 2012 its chair, Jo Wren, said so.')).toEqual(['2012']);
  });
});

describe('a closing or founding told of a noun the body owns or names, not of the body', () => {
  const dated = (text: string): string[] =>
    extractClaims(text, tagEntities(text, { 'Tollby Community Energy': 'org:tollby-energy', 'Ridge Mill Ltd': 'org:ridge-mill' }))
      .filter((c) => /^date:(?:dissolved|founded|started)/.test(c.attribute))
      .map((c) => `${c.subject} ${c.attribute}`);
  it('reads no closing of the body for its offer, consultation or appeal that closed', () => {
    for (const text of [
      "Tollby Community Energy's share offer closed on 1 February 2025.",
      'Tollby Community Energy’s public consultation closed on 30 November 2024.',
      'Tollby Community Energy bought the mill on 10 March 2025, three weeks after the offer closed.',
      'Tollby Community Energy said the appeal closed in 2024.',
    ]) expect(dated(text), text).toEqual([]);
  });
  it('still reads the body’s own closing', () => {
    expect(dated('Ridge Mill Ltd closed on 1 February 2025.')).toEqual(['org:ridge-mill date:dissolved']);
    expect(dated('The board said Ridge Mill Ltd closed in 2019.')).toEqual(['org:ridge-mill date:dissolved']);
  });
});
