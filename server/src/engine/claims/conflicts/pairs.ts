// The shared gate of every conflict check: claims are compared pairwise only when the times they
// speak of are compatible, and a conflict holds every claim that disagrees with another.

import type { Claim, SourcedClaim } from '../../types';
import type { ConflictRules } from '../rules';
import { timesCompatible } from '../time';

export function toleranceFor(claim: Claim, rules: ConflictRules): number {
  return rules.time.toleranceYears[claim.value.kind] ?? 1;
}

/** Every claim of `left` × `right` that disagrees with some claim on the other side at a comparable time. */
export function disagreeingClaims(
  left: readonly SourcedClaim[],
  right: readonly SourcedClaim[],
  disagree: (a: Claim, b: Claim) => boolean,
  rules: ConflictRules,
): SourcedClaim[] {
  const involved = new Set<SourcedClaim>();
  for (const a of left) {
    for (const b of right) {
      if (a === b) continue;
      const tolerance = Math.min(toleranceFor(a.claim, rules), toleranceFor(b.claim, rules));
      if (!timesCompatible(a.claim.time, b.claim.time, tolerance)) continue;
      if (!disagree(a.claim, b.claim)) continue;
      involved.add(a);
      involved.add(b);
    }
  }
  return [...involved];
}
