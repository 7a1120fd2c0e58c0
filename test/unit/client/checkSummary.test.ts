import { describe, expect, it } from 'vitest';
import { summariseCheck } from '../../../client/src/commands/checkSummary';

describe('Check Claims summary', () => {
  it('reports documents, entities, claims and open conflicts, and where the conflicts are', () => {
    expect(summariseCheck({ documents: 5, entities: 192, claims: 38, conflicts: 5, reviewed: 0, documentsWithConflicts: 2 })).toBe(
      'Policy Lens checked 5 documents: 192 entities, 38 claims, 5 open conflicts between sources in 2 documents.',
    );
  });

  it('mentions reviewed conflicts it left out, and uses singular words for one', () => {
    expect(summariseCheck({ documents: 1, entities: 1, claims: 1, conflicts: 1, reviewed: 2, documentsWithConflicts: 1 })).toBe(
      'Policy Lens checked 1 document: 1 entity, 1 claim, 1 open conflict between sources in 1 document (2 more already reviewed).',
    );
  });

  it('says plainly when nothing conflicts', () => {
    expect(summariseCheck({ documents: 3, entities: 40, claims: 0, conflicts: 0, reviewed: 0, documentsWithConflicts: 0 })).toBe(
      'Policy Lens checked 3 documents: 40 entities, 0 claims, 0 open conflicts between sources.',
    );
  });
});
