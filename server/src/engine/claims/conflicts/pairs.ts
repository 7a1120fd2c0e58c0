// The shared gate of every conflict check: claims are compared pairwise only when the times they
// speak of are compatible, and a conflict holds every claim that disagrees with another.

import type { Claim, SourcedClaim } from '../../types';
import type { ConflictRules } from '../rules';
import { timesCompatible, yearRange } from '../time';

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

/**
 * The same as disagreeingClaims when every left claim disagrees with every right claim (one
 * category affirmed and denied), in time linear in the claims: claims are bucketed by the years
 * they speak of, and two buckets within the tolerance put all their claims in the conflict. This
 * keeps a widely discussed subject (thousands of sources on "the NHS") cheap to re-check.
 */
export function opposedClaims(left: readonly SourcedClaim[], right: readonly SourcedClaim[], rules: ConflictRules): SourcedClaim[] {
  const bucket = (claims: readonly SourcedClaim[]): Map<string, SourcedClaim[]> => {
    const map = new Map<string, SourcedClaim[]>();
    for (const c of claims) {
      const range = c.claim.time ? yearRange(c.claim.time) : undefined;
      const key = range ? `${range[0]}/${range[1]}/${toleranceFor(c.claim, rules)}` : '';
      const list = map.get(key);
      if (list) list.push(c);
      else map.set(key, [c]);
    }
    return map;
  };
  const timeOf = (list: SourcedClaim[]): string | undefined => list[0].claim.time;
  const lefts = bucket(left);
  const rights = bucket(right);
  const involved = new Set<SourcedClaim>();
  for (const a of lefts.values()) {
    for (const b of rights.values()) {
      const tolerance = Math.min(toleranceFor(a[0].claim, rules), toleranceFor(b[0].claim, rules));
      if (!timesCompatible(timeOf(a), timeOf(b), tolerance)) continue;
      for (const c of a) involved.add(c);
      for (const c of b) involved.add(c);
    }
  }
  return [...involved];
}
