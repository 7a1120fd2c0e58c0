// Shapes the Conflicts view: subject → conflict (kind, values) → the claims, one per source.

import type { ClaimInfo, ConflictInfo, ConflictsResult } from '../../../server/src/protocol';
import { IdAllocator, compareLocations, plural, rangeKey, type NodeModel } from './nodeModel';

export const CONFLICT_OPEN = 'conflict.open';
export const CONFLICT_REVIEWED = 'conflict.reviewed';

/** The distinct values the sources give, in the order the view lists the sources. */
export function distinctValues(conflict: ConflictInfo): string[] {
  return [...new Set(sortedClaims(conflict).map((claim) => claim.valueLabel))];
}

function sortedClaims(conflict: ConflictInfo): ClaimInfo[] {
  return [...conflict.claims].sort(compareLocations);
}

/** The attribute in words when the server gives them ("share owned by employees"), else its key. */
function attributeLabelOf(conflict: ConflictInfo): string {
  return conflict.attributeLabel || conflict.attribute;
}

function claimNode(conflict: ConflictInfo, claim: ClaimInfo, ids: IdAllocator): NodeModel {
  return {
    id: ids.take(`claim:${conflict.id}:${rangeKey(claim)}`),
    // The conflict's label already sets the values side by side; here each claim says its value
    // and where it is, so several claims from one source stay distinguishable.
    label: claim.valueLabel,
    description: `${claim.documentLabel}:${claim.range.start.line + 1}`,
    tooltip: `${claim.documentLabel}, line ${claim.range.start.line + 1}: "${claim.text}"`,
    contextValue: 'claim',
    icon: 'quote',
    location: { uri: claim.uri, range: claim.range },
    refs: { conflictId: conflict.id, subject: conflict.subject, attribute: conflict.attribute },
  };
}

/** How many values a conflict's label sets side by side; a corpus-wide conflict can have hundreds. */
const VALUES_IN_LABEL = 4;

function conflictLabel(conflict: ConflictInfo): string {
  const values = distinctValues(conflict);
  const valueCount = Math.max(conflict.valueCount ?? values.length, values.length);
  if (valueCount <= VALUES_IN_LABEL) return values.join(' ≠ ');
  return `${values.slice(0, VALUES_IN_LABEL).join(' ≠ ')} ≠ … (${valueCount.toLocaleString('en-GB')} values)`;
}

/** Stands for the claims a bounded answer left out: the claim matrix lists every source. */
function moreClaimsNode(conflict: ConflictInfo, ids: IdAllocator): NodeModel {
  const left = conflict.claimCount - conflict.claims.length;
  return {
    id: ids.take(`more-claims:${conflict.id}`),
    label: `… ${plural(left, 'more claim')}`,
    tooltip: `Only ${conflict.claims.length} of ${conflict.claimCount} claims are listed here, one per value first. Show Claim Matrix sets every source side by side.`,
    contextValue: 'moreClaims',
    icon: 'ellipsis',
    refs: { conflictId: conflict.id, subject: conflict.subject, attribute: conflict.attribute },
  };
}

function conflictNode(conflict: ConflictInfo, ids: IdAllocator): NodeModel {
  const sources = conflict.sourceCount ?? new Set(conflict.claims.map((claim) => claim.uri)).size;
  const claims = sortedClaims(conflict).map((claim) => claimNode(conflict, claim, ids));
  if ((conflict.claimCount ?? 0) > conflict.claims.length) claims.push(moreClaimsNode(conflict, ids));
  return {
    id: ids.take(`conflict:${conflict.id}`),
    label: conflictLabel(conflict),
    description: [conflict.kind, attributeLabelOf(conflict), conflict.reviewed ? 'reviewed' : undefined]
      .filter(Boolean)
      .join(' · '),
    tooltip: `${conflict.subjectName}, ${attributeLabelOf(conflict)}: ${conflict.kind} conflict between ${plural(sources, 'source')}` +
      (conflict.reviewed ? ' (reviewed)' : ''),
    contextValue: conflict.reviewed ? CONFLICT_REVIEWED : CONFLICT_OPEN,
    icon: conflict.reviewed ? 'pass' : 'warning',
    expanded: true,
    refs: { conflictId: conflict.id, subject: conflict.subject, attribute: conflict.attribute },
    children: claims,
  };
}

export function shapeConflictTree(result: ConflictsResult, options: { showReviewed: boolean }): NodeModel[] {
  const ids = new IdAllocator();
  const visible = result.conflicts.filter((conflict) => options.showReviewed || !conflict.reviewed);
  const bySubject = new Map<string, ConflictInfo[]>();
  for (const conflict of visible) {
    const group = bySubject.get(conflict.subject) ?? [];
    group.push(conflict);
    bySubject.set(conflict.subject, group);
  }
  return [...bySubject.entries()]
    .map(([subject, conflicts]) => ({ subject, conflicts, name: conflicts[0].subjectName }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ subject, conflicts, name }) => {
      const open = conflicts.filter((conflict) => !conflict.reviewed).length;
      return {
        id: ids.take(`subject:${subject}`),
        label: name,
        description: open === conflicts.length ? plural(open, 'conflict') : `${open} open of ${conflicts.length}`,
        contextValue: 'conflictSubject',
        icon: open > 0 ? 'warning' : 'pass',
        expanded: true,
        refs: { subject },
        children: [...conflicts]
          .sort((a, b) => a.attribute.localeCompare(b.attribute) || a.id.localeCompare(b.id))
          .map((conflict) => conflictNode(conflict, ids)),
      };
    });
}
