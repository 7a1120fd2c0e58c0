// A quoted "we" attributed after the quote ("“We are a charity,” said X, chief executive of Y") is
// the organisation the speaker's role names, as when the speaker introduces the quote. Every name
// here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { tagEntities, type Names, type RoleSpec } from './tagEntities';

const NAMES: Names = {
  'Marrowby Tutors': 'org:marrowby-tutors',
  'Tessa Hollin': 'person:tessa-hollin',
  'Idris Fane': 'person:idris-fane',
  'Kelder Gazette': 'org:kelder-gazette',
};

const claimsOf = (text: string, roles: RoleSpec[] = []): Claim[] => extractClaims(text, tagEntities(text, NAMES, roles));
const categories = (claims: Claim[]): Array<[string, string]> =>
  claims.filter((c) => c.attribute === 'category' && c.value.kind === 'category').map((c) => [c.subject, c.value.kind === 'category' ? `${c.value.polarity} ${c.value.category}` : '']);

describe('"we" in a quote attributed after it', () => {
  it('reads "“We are a charity,” said NAME, ROLE of ORG" as the organisation of the role', () => {
    const text = '“We are a charity,” said Tessa Hollin, chief executive of Marrowby Tutors.';
    expect(categories(claimsOf(text, [{ title: 'chief executive of Marrowby Tutors', person: 'person:tessa-hollin' }]))).toEqual([['org:marrowby-tutors', 'affirm charity']]);
  });

  it('reads "NAME, ROLE of ORG, said" and "ORG ROLE NAME said" after the quote', () => {
    const apposed = '“We are not a charity,” Tessa Hollin, chief executive of Marrowby Tutors, said.';
    expect(categories(claimsOf(apposed, [{ title: 'chief executive of Marrowby Tutors', person: 'person:tessa-hollin' }]))).toEqual([['org:marrowby-tutors', 'deny charity']]);
    const before = '“We are a co-operative,” Marrowby Tutors director Idris Fane said.';
    expect(categories(claimsOf(before, [{ title: 'Marrowby Tutors director', person: 'person:idris-fane' }]))).toEqual([['org:marrowby-tutors', 'affirm co-operative']]);
  });

  it('leaves "we" alone when the role names no organisation, or the words after the quote are no attribution', () => {
    const noOrganisation = 'Marrowby Tutors won. “We are a charity,” said Tessa Hollin, a parent governor.';
    expect(categories(claimsOf(noOrganisation, [{ title: 'a parent governor', person: 'person:tessa-hollin' }]))).toEqual([]);
    const told = '“We are a charity,” Tessa Hollin told the Kelder Gazette.';
    expect(categories(claimsOf(told))).toEqual([]);
  });
});
