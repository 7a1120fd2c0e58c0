import type { Conflict, Entity, SourcedClaim } from '../../engine/types';
import { LineIndex, type LineColumn } from '../lineIndex';
import { describeClaimValue } from './describeValue';

// What `check` found, in the shape every output format (text, json, sarif) reads, and the wording
// of a conflict shared by them so the terminal and a SARIF viewer say the same thing.

export interface CheckedDocument {
  file: string;
  text: string;
  entities: readonly Entity[];
  /** The document's own date, when it gives one (ISO). */
  documentDate?: string;
}

export interface ReportedConflict {
  conflict: Conflict;
  reviewed: boolean;
  /** The conflict's claims in reading order: document order, then offset. The first is where it is reported. */
  claims: LocatedClaim[];
}

export interface LocatedClaim extends SourcedClaim {
  startPosition: LineColumn;
  endPosition: LineColumn;
}

export interface CheckReport {
  documents: CheckedDocument[];
  conflicts: ReportedConflict[];
}

export function buildCheckReport(
  documents: CheckedDocument[],
  conflicts: readonly Conflict[],
  reviewed: ReadonlySet<string>,
): CheckReport {
  const order = new Map(documents.map((doc, index) => [doc.file, index]));
  const indexes = new Map<string, LineIndex>();
  const lineIndexOf = (file: string) => {
    let index = indexes.get(file);
    if (!index) {
      index = new LineIndex(documents[order.get(file) ?? -1]?.text ?? '');
      indexes.set(file, index);
    }
    return index;
  };
  const rank = (claim: SourcedClaim) => order.get(claim.doc) ?? Number.MAX_SAFE_INTEGER;

  const reported = conflicts.map((conflict) => {
    const claims = [...conflict.claims]
      .sort((a, b) => rank(a) - rank(b) || a.claim.start - b.claim.start || a.claim.end - b.claim.end)
      .map((sourced) => ({
        ...sourced,
        startPosition: lineIndexOf(sourced.doc).at(sourced.claim.start),
        endPosition: lineIndexOf(sourced.doc).at(sourced.claim.end),
      }));
    return { conflict, reviewed: reviewed.has(conflict.id), claims };
  });
  reported.sort((a, b) => {
    const [x, y] = [a.claims[0], b.claims[0]];
    if (!x || !y) return 0;
    return rank(x) - rank(y) || x.claim.start - y.claim.start;
  });
  return { documents, conflicts: reported };
}

export function formatLocation(claim: LocatedClaim): string {
  return `${claim.doc}:${claim.startPosition.line}:${claim.startPosition.column}`;
}

/** "Circle: this says employee-owned co-operative; another source says NOT employee-owned co-operative (b.txt:40:1, dated 2010-10-29)". */
export function conflictMessage(reported: ReportedConflict, documentDateOf: (file: string) => string | undefined): string {
  const [primary, ...others] = reported.claims;
  if (!primary) return `${reported.conflict.subjectName}: conflicting claims`;
  const own = describeClaimValue(primary.claim.value);
  const opposing = others.filter((other) => describeClaimValue(other.claim.value) !== own);
  const shown = opposing.length > 0 ? opposing : others;

  const sayings = shown.map((other) => {
    const speaker = other.doc === primary.doc ? 'another passage' : 'another source';
    const date = documentDateOf(other.doc);
    const where = `${formatLocation(other)}${date ? `, dated ${date}` : ''}`;
    return `${speaker} says ${describeClaimValue(other.claim.value)} (${where})`;
  });
  return `${topic(reported.conflict)}: this says ${own}; ${sayings.join('; ')}`;
}

/** The subject, plus the attribute when it is not obvious from the values (categories and roles are). */
function topic(conflict: Conflict): string {
  const attribute = conflict.attribute;
  if (attribute === 'category' || attribute === 'role') return conflict.subjectName;
  const [head, ...qualifiers] = attribute.split(':');
  const words = head.replace(/-/g, ' ') + (qualifiers.length ? ` (${qualifiers.join(', ').replace(/-/g, ' ')})` : '');
  return `${conflict.subjectName}, ${words}`;
}

/** A claim's clause on one line, cut to a readable length. */
export function claimExcerpt(text: string, limit = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}
