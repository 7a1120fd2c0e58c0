// Publicly owned, said through the public owner: "NHS-owned", "government-owned", "owned by the
// state", "in public hands" are one category with "publicly owned", so a source calling a body
// NHS-owned meets one calling it staff-owned (the controlling owner is one or the other). Every
// name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = { 'Orbey Estates Services': 'org:orbey-estates-services', OES: 'org:orbey-estates-services', 'Ladle Bakeries': 'org:ladle-bakeries' };

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const categories = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'category' && c.value.kind === 'category' && c.value.polarity === 'affirm')
    .map((c) => (c.value.kind === 'category' ? c.value.category : ''));
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

const PUBLIC = [
  'Orbey Estates Services is NHS-owned and will stay so.',
  'OES, a government-owned company, runs the estates.',
  'Orbey Estates Services is owned by the state.',
  'Orbey Estates Services remains in public hands.',
];

describe('publicly owned, said through the owner', () => {
  it('reads NHS-owned, government-owned, owned by the state and in public hands as publicly owned', () => {
    for (const text of PUBLIC) expect(categories(text), text).toContain('publicly-owned');
  });

  it('meets a staff-owned description of the same body, not of another', () => {
    for (const text of PUBLIC) expect(conflictsAmong(text, 'Orbey Estates Services is a staff-owned business.').map((c) => c.kind), text).toEqual(['categorical']);
    expect(conflictsAmong(PUBLIC[0]!, 'Ladle Bakeries is a staff-owned business.')).toEqual([]);
  });
});
