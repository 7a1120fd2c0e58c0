import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { tagEntities, type Names, type RoleSpec } from './tagEntities';

// Invented bodies and people, in none of the evaluation sets.
const NAMES: Names = {
  'Quillon Tutoring': 'org:quillon-tutoring',
  'Brackwater Gazette': 'org:brackwater-gazette',
  'Orla Penhale': 'person:orla-penhale',
  'Dev Maskell': 'person:dev-maskell',
};

const claimsOf = (text: string, roles: RoleSpec[] = []): Claim[] => extractClaims(text, tagEntities(text, NAMES, roles));
const categories = (claims: Claim[]): Array<[string, string]> =>
  claims
    .filter((c) => c.attribute === 'category' && c.value.kind === 'category')
    .map((c) => [c.subject, c.value.kind === 'category' ? `${c.value.polarity} ${c.value.category}` : '']);

describe('"we" inside a quote introduced by a speaker with an organisation in the role', () => {
  it('reads "We are a charity" as the organisation the speaker\'s role names, across a paragraph break', () => {
    const text = 'Orla Penhale, chief executive of Quillon Tutoring, said:\n\n“We are a charity, and every pound goes on teaching.”';
    const roles = [{ title: 'chief executive of Quillon Tutoring', person: 'person:orla-penhale' }];
    expect(categories(claimsOf(text, roles))).toEqual([['org:quillon-tutoring', 'affirm charity']]);
  });

  it('reads a role before a title and the name: "Quillon Tutoring director Professor Dev Maskell said:"', () => {
    for (const title of ['Professor', 'Dr', 'Dr.', 'Dame']) {
      const text = `Quillon Tutoring director ${title} Dev Maskell said: “We are not a charity.”`;
      const roles = [{ title: 'Quillon Tutoring director', person: 'person:dev-maskell' }];
      expect(categories(claimsOf(text, roles)), title).toEqual([['org:quillon-tutoring', 'deny charity']]);
    }
  });

  it('also reads a role before the name: "Quillon Tutoring director Dev Maskell said,"', () => {
    const text = 'Quillon Tutoring director Dev Maskell said, “We are not a charity.”';
    const roles = [{ title: 'Quillon Tutoring director', person: 'person:dev-maskell' }];
    expect(categories(claimsOf(text, roles))).toEqual([['org:quillon-tutoring', 'deny charity']]);
  });

  it('leaves "we" alone when the role names no organisation, or no speech verb introduces the quote', () => {
    const noOrganisation = 'Quillon Tutoring won the bid. Orla Penhale, a parent governor, said: “We are a charity.”';
    expect(categories(claimsOf(noOrganisation, [{ title: 'a parent governor', person: 'person:orla-penhale' }]))).toEqual([]);
    const noVerb = 'Orla Penhale, chief executive of Quillon Tutoring, in the Brackwater Gazette: “We are a charity.”';
    expect(categories(claimsOf(noVerb, [{ title: 'chief executive of Quillon Tutoring', person: 'person:orla-penhale' }]))).toEqual([]);
  });
});
