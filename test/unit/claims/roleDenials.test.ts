// A title a source says a person does not hold ("is not the council leader", "was never chair")
// is a denied role: it meets the same post affirmed elsewhere as a conflict, and says nothing of
// other posts. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { describeValue } from '../../../server/src/engine/claims/conflicts/values';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names, type RoleSpec } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = { 'Wenna Castell': 'person:wenna-castell', 'Lowmoor Council': 'org:lowmoor-council' };
const role = (title: string): RoleSpec => ({ title, person: 'person:wenna-castell' });

const claimsOf = (text: string, roles: RoleSpec[]): Claim[] => extractClaims(text, tagEntities(text, NAMES, roles));
const roleValues = (claims: Claim[]): string[] => claims.filter((c) => c.attribute === 'role').map((c) => describeValue(c.value));

const conflictsAmong = (...docs: Array<[string, string, RoleSpec[]]>): Conflict[] =>
  conflictsAmongSources(docs.map(([doc, text, roles]) => ({ doc, claims: claimsOf(text, roles) })));

describe('a title denied', () => {
  it('reads "is not the", "is no longer", "was never" and ", who is not" before a title as a denial of it', () => {
    expect(roleValues(claimsOf('Wenna Castell is not the council leader.', [role('council leader')]))).toEqual(['NOT council leader']);
    expect(roleValues(claimsOf('Wenna Castell is no longer council leader.', [role('council leader')]))).toEqual(['NOT council leader']);
    expect(roleValues(claimsOf('Wenna Castell was never chair.', [role('chair')]))).toEqual(['NOT chair']);
    expect(roleValues(claimsOf('Wenna Castell, who is not chief executive of Lowmoor Council, spoke.', [role('chief executive of Lowmoor Council')]))).toEqual([
      'NOT chief executive of Lowmoor Council',
    ]);
  });

  it('keeps a title that a negation does not stand right before ("not only chair but also treasurer")', () => {
    expect(roleValues(claimsOf('Wenna Castell is not only chair but also treasurer.', [role('chair')]))).toEqual(['chair']);
    expect(roleValues(claimsOf('Wenna Castell, council leader, said no.', [role('council leader')]))).toEqual(['council leader']);
  });

  it('flags a post affirmed in one source and denied in another, but not a denial of another post', () => {
    const denied = conflictsAmong(
      ['a.txt', 'Council leader Wenna Castell opened the meeting.', [role('Council leader')]],
      ['b.txt', 'Wenna Castell is not the council leader.', [role('council leader')]],
    );
    expect(denied.map((c) => [c.kind, c.subject])).toEqual([['role', 'person:wenna-castell']]);
    const other = conflictsAmong(
      ['a.txt', 'Deputy leader Wenna Castell opened the meeting.', [role('Deputy leader')]],
      ['b.txt', 'Wenna Castell is not the council leader.', [role('council leader')]],
    );
    expect(other).toEqual([]);
  });
});
