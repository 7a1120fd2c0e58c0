// Numeric conflicts: figures for one subject and attribute whose ranges (value, qualifier and
// stated precision; see numbers.ts) do not meet. "more than 550" and "770" agree; "about 650"
// and "770" do not. Figures in different units are never compared.

import type { SourcedClaim } from '../../types';
import type { ConflictRules } from '../rules';
import { disjointIntervalClaims, type ConflictWork } from './buckets';
import type { FoundConflict } from './found';

export function numericConflicts(claims: readonly SourcedClaim[], rules: ConflictRules, work?: ConflictWork): FoundConflict[] {
  const byUnit = new Map<string, SourcedClaim[]>();
  for (const c of claims) {
    if (c.claim.value.kind !== 'number') continue;
    const list = byUnit.get(c.claim.value.unit);
    if (list) list.push(c);
    else byUnit.set(c.claim.value.unit, [c]);
  }
  const involved: SourcedClaim[] = [];
  for (const figures of byUnit.values()) {
    involved.push(...disjointIntervalClaims(figures, (claim) => (claim.value.kind === 'number' ? claim.value : undefined), rules, work));
  }
  return involved.length ? [{ kind: 'numeric', claims: involved }] : [];
}
