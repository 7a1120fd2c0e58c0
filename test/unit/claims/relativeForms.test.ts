// A category told as an adjective in a relative clause ("X, which has been fully nationalised",
// "X, which is not publicly owned") is the name's, even when the name is a preposition's object
// ("the rescue of X, which …"), and meets the same category said another way. Every name here is
// invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Caldwick Shipbuilders': 'org:caldwick',
  'Pelham Bakeries': 'org:pelham',
  'Orbury Water': 'org:orbury-water',
  Halberg: 'org:halberg',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const categories = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'category' && c.value.kind === 'category')
    .map((c) => `${c.subject} ${c.value.kind === 'category' ? `${c.value.polarity === 'deny' ? 'NOT ' : ''}${c.value.category}` : ''}`);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('a category as an adjective in a relative clause', () => {
  it('reads it for the name before the comma, affirmed or denied', () => {
    for (const [text, fact] of [
      ['Unions welcomed the rescue of Caldwick Shipbuilders, which has been fully nationalised two months after its parent failed.', 'org:caldwick publicly-owned'],
      ['Unions welcomed the rescue of Caldwick Shipbuilders, which is now publicly owned.', 'org:caldwick publicly-owned'],
      ['Pelham Bakeries, which is employee-owned, has 40 shops.', 'org:pelham employee-owned'],
      ['The sale of Orbury Water, which is not publicly owned, was approved.', 'org:orbury-water NOT publicly-owned'],
    ]) {
      expect(categories(text), text).toContain(fact);
    }
  });

  it('meets a denial of the category from another source', () => {
    const found = conflictsAmong('GMB welcomed the rescue of Caldwick Shipbuilders, which has been fully nationalised.', 'The state does not own a single share in Caldwick Shipbuilders.');
    expect(found.some((c) => c.kind === 'negation' && c.subject === 'org:caldwick')).toBe(true);
  });

  it('leaves a clause that only names an owner, or words outside the vocabulary, alone', () => {
    expect(categories('Caldwick Shipbuilders, which is owned by Halberg, builds ferries.')).not.toContain('org:caldwick publicly-owned');
    expect(categories('Caldwick Shipbuilders, which is charity-backed, builds ferries.')).toEqual([]);
  });
});
