// Conflict detection for one (subject, attribute) key. Every check sees only claims of one
// subject and one attribute, which is the gate that keeps "£10m for one fund" and "£10m for
// another" apart; the time gate and the near-linear grouping are in buckets.ts.

import type { Conflict, SourcedClaim } from '../../types';
import { DEFAULT_CONFLICT_RULES, type ConflictRules } from '../rules';
import type { ConflictWork } from './buckets';
import { categoryConflicts } from './category';
import { dateConflicts } from './date';
import { conflictFingerprint } from './fingerprint';
import type { FoundConflict } from './found';
import { numericConflicts } from './numeric';
import { roleConflicts } from './role';
import { valueKey } from './values';

const CHECKS: ReadonlyArray<(claims: readonly SourcedClaim[], rules: ConflictRules, work?: ConflictWork) => FoundConflict[]> = [
  categoryConflicts,
  numericConflicts,
  roleConflicts,
  dateConflicts,
];

const byPlace = (a: SourcedClaim, b: SourcedClaim): number =>
  a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.claim.start - b.claim.start || a.claim.end - b.claim.end;

/**
 * The conflicts among claims that share one subject and one attribute. `work`, when given,
 * counts the comparisons made (see buckets.ts): near-linear in the number of claims.
 */
export function detectConflicts(
  claims: readonly SourcedClaim[],
  rules: ConflictRules = DEFAULT_CONFLICT_RULES,
  work?: ConflictWork,
): Conflict[] {
  if (claims.length < 2) return [];
  const { subject, subjectName, attribute } = claims[0].claim;
  const conflicts: Conflict[] = [];
  const seen = new Set<string>();
  for (const check of CHECKS) {
    for (const found of check(claims, rules, work)) {
      const sorted = [...found.claims].sort(byPlace);
      const id = conflictFingerprint(subject, attribute, found.kind, sorted.map((c) => valueKey(c.claim.value)));
      // Two exclusion rules over the same claims make one conflict, not two.
      if (seen.has(id)) continue;
      seen.add(id);
      conflicts.push({
        id,
        kind: found.kind,
        subject,
        subjectName,
        attribute,
        claims: sorted,
      });
    }
  }
  return conflicts;
}

export type { ConflictWork } from './buckets';
export { conflictFingerprint } from './fingerprint';
export { categoryName, describeValue, valueKey } from './values';
