import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import type { Claim, Conflict, SourcedClaim } from '../../../server/src/engine/types';

/** One source's claims, as the corpus index would hold them under the source's name. */
export interface ClaimSource {
  doc: string;
  claims: readonly Claim[];
}

/** The conflicts among sources' claims, grouped by key (subject and attribute) as the corpus index groups them. */
export function conflictsAmongSources(sources: readonly ClaimSource[]): Conflict[] {
  const byKey = new Map<string, SourcedClaim[]>();
  for (const { doc, claims } of sources) {
    for (const claim of claims) {
      const key = `${claim.subject}|${claim.attribute}`;
      byKey.set(key, [...(byKey.get(key) ?? []), { doc, claim }]);
    }
  }
  return [...byKey.values()].flatMap((claims) => detectConflicts(claims));
}
