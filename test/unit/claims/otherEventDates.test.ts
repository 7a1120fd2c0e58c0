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
