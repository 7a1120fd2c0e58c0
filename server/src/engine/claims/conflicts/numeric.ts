// Numeric conflicts: figures for one subject and attribute whose ranges (value, qualifier and
// stated precision; see numbers.ts) do not meet. "more than 550" and "770" agree; "about 650"
// and "770" do not. Figures in different units are never compared.

import type { SourcedClaim } from '../../types';
import type { Interval } from '../numbers';
import type { ConflictRules } from '../rules';
import { disjointIntervalClaims, type ConflictWork } from './buckets';
import type { FoundConflict } from './found';

/**
 * An exact figure stands for the values that round to it, which stop short of its upper edge: "3"
 * is 2.5 up to but not 3.5, so "three nominees" and "four nominees" share no value, as "770" and
 * "780" share none. The edge is taken off both ends (a hair of the width), so that neighbours on one
 * step of precision never meet at their common edge.
 */
export function roundedRange(value: { low?: number; high?: number; qualifier?: string }): Interval {
  if (value.qualifier !== undefined || value.low === undefined || value.high === undefined || value.high <= value.low) return value;
  const hair = (value.high - value.low) * 1e-6;
  return { low: value.low + hair, high: value.high - hair };
}

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
    involved.push(...disjointIntervalClaims(figures, (claim) => (claim.value.kind === 'number' ? roundedRange(claim.value) : undefined), rules, work));
  }
  return involved.length ? [{ kind: 'numeric', claims: involved }] : [];
}
