import type { Conflict } from '../engine/types';
import type { ClaimInfo, ConflictInfo, ConflictsParams, ConflictsResult } from '../protocol';
import type { CorpusState } from './corpusState';
import { attributeLabel, claimValueLabel, type NameOf } from './labels';
import type { ReviewStore } from './reviews';
import { corpusNames } from './names';
import { documentKey, fileNameOf } from './uris';

// policyLens/conflicts, for the Conflicts view: every conflict with its claims per source, whether
// it has been reviewed, optionally only those touching one document. Reviewed conflicts are left
// out unless asked for.

export function conflictsRequest(state: CorpusState, reviews: ReviewStore, params: ConflictsParams | undefined): ConflictsResult {
  state.flushAll();
  const conflicts = params?.uri ? state.engine.conflictsForDoc(documentKey(params.uri)) : state.engine.conflicts();
  const result: ConflictInfo[] = [];
  const nameOf = corpusNames(state);
  for (const conflict of conflicts) {
    const reviewed = reviews.isReviewed(conflict.id);
    if (reviewed && !params?.includeReviewed) continue;
    result.push(conflictInfo(state, conflict, reviewed, nameOf, params?.claimsPerConflict));
  }
  return { conflicts: result.sort((a, b) => a.subjectName.localeCompare(b.subjectName) || a.attribute.localeCompare(b.attribute)) };
}

export function conflictInfo(state: CorpusState, conflict: Conflict, reviewed: boolean, nameOf: NameOf, claimsPerConflict = Infinity): ConflictInfo {
  const labels = conflict.claims.map(({ claim }) => claimValueLabel(claim.value));
  const claims: ClaimInfo[] = [];
  for (const index of listedClaims(labels, claimsPerConflict)) {
    const { doc, claim } = conflict.claims[index]!;
    const lines = state.linesOf(doc);
    if (!lines) continue;
    claims.push({
      uri: state.clientUri(doc),
      range: lines.range(claim.start, claim.end),
      text: claim.text,
      valueLabel: labels[index]!,
      documentLabel: fileNameOf(doc),
    });
  }
  return {
    id: conflict.id,
    kind: conflict.kind,
    subject: conflict.subject,
    subjectName: conflict.subjectName,
    attribute: conflict.attribute,
    attributeLabel: attributeLabel(conflict.attribute, nameOf),
    reviewed,
    claims,
    claimCount: conflict.claims.length,
    sourceCount: new Set(conflict.claims.map(({ doc }) => doc)).size,
    valueCount: new Set(labels).size,
  };
}

/** Which claims to list, in their order: every value's first claim, then the others, up to the limit. */
function listedClaims(labels: readonly string[], limit: number): number[] {
  if (labels.length <= limit) return labels.map((_, index) => index);
  const chosen = new Set<number>();
  const seen = new Set<string>();
  labels.forEach((label, index) => {
    if (chosen.size < limit && !seen.has(label)) {
      seen.add(label);
      chosen.add(index);
    }
  });
  for (let index = 0; index < labels.length && chosen.size < limit; index++) chosen.add(index);
  return [...chosen].sort((a, b) => a - b);
}

/** The distinct values of a conflict in words, as stored with a review. */
export function conflictValues(conflict: Conflict): string[] {
  return [...new Set(conflict.claims.map(({ claim }) => claimValueLabel(claim.value)))].sort();
}
