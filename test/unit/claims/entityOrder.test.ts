import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { findDocumentDate } from '../../../server/src/engine/entities/documentDate';
import { recogniseEntities } from '../../../server/src/engine/entities/index';

// The claims put the entities in reading order (by start, the longer first) before use, and skip
// the sort when they come in that order already, as the recognisers hand them over.

const TEXT =
  'Acme Holdings Ltd, a social enterprise, employs 340 staff. Its chief executive, Jo Bell, said the company ' +
  'is 51% owned by its employees. In 2014 Brightwater Trust had 1,200 volunteers and an income of £2.3m.';

describe('entities handed to the claims', () => {
  it('give the same claims in any order as in reading order', () => {
    const entities = recogniseEntities(TEXT);
    const date = findDocumentDate(TEXT, entities);
    const inOrder = extractClaims(TEXT, entities, date);
    expect(inOrder.length).toBeGreaterThan(3);
    expect(extractClaims(TEXT, [...entities].reverse(), date)).toEqual(inOrder);
    const shuffled = entities.map((e, i) => ({ e, k: (i * 7919) % entities.length })).sort((a, b) => a.k - b.k).map(({ e }) => e);
    expect(extractClaims(TEXT, shuffled, date)).toEqual(inOrder);
  });

  it('are not reordered in the caller\'s list', () => {
    const entities = recogniseEntities(TEXT).reverse();
    const before = [...entities];
    extractClaims(TEXT, entities);
    expect(entities).toEqual(before);
  });
});
