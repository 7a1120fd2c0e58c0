import type { Conflict, Entity, SourcedClaim } from '../../engine/types';
import { LineIndex, type LineColumn } from '../lineIndex';
import { claimSentence } from '../../lsp/claimSentences';
import { claimValueLabel, formatDate, type NameOf } from '../../lsp/labels';

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

/**
 * The name a canonical id inside an attribute ("owned-share:org:x") is shown by: the first of its
 * mentions in the checked documents, as the editor shows it (lsp/names.ts).
 */
export function documentNames(report: CheckReport): NameOf {
  const names = new Map<string, string>();
  for (const doc of report.documents) {
    for (const entity of doc.entities) {
      if (entity.canonical && !names.has(entity.canonical)) names.set(entity.canonical, entity.canonicalName ?? entity.text);
    }
  }
  return (canonical) => names.get(canonical);
}

export function formatLocation(claim: LocatedClaim): string {
  return `${claim.doc}:${claim.startPosition.line}:${claim.startPosition.column}`;
}

/** How many differing statements a message spells out before "and N more". */
const MESSAGE_STATEMENTS = 3;

/**
 * What this claim says and what the others say instead, in the editor's words (lsp/labels):
 * "Circle is an employee-owned co-operative, but another source says Circle is NOT an
 * employee-owned co-operative (b.txt:40:1, dated 29 October 2010)". Claims saying the same thing
 * are listed together.
 */
export function conflictMessage(reported: ReportedConflict, documentDateOf: (file: string) => string | undefined, nameOf?: NameOf): string {
  const { conflict } = reported;
  const [primary, ...others] = reported.claims;
  if (!primary) return `Sources disagree about ${conflict.subjectName}`;
  const own = claimValueLabel(primary.claim.value);
  const differing = others.filter((other) => claimValueLabel(other.claim.value) !== own);
  const opposing = differing.length > 0 ? differing : others;

  const bySentence = new Map<string, LocatedClaim[]>();
  for (const other of opposing) {
    const sentence = claimSentence(conflict.subjectName, conflict.attribute, other.claim.value, nameOf);
    bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), other]);
  }
  const statements = [...bySentence].slice(0, MESSAGE_STATEMENTS).map(([sentence, claims]) => {
    const when = claims[0].claim.time ?? documentDateOf(claims[0].doc);
    // A place in the same document is given by line: the full locations follow as related lines.
    const places = claims.map((claim) => (claim.doc === primary.doc ? `line ${claim.startPosition.line}` : formatLocation(claim)));
    return `${sentence} (${places.join('; ')}${when ? `, dated ${formatDate(when)}` : ''})`;
  });
  const more = bySentence.size > MESSAGE_STATEMENTS ? `; and ${bySentence.size - MESSAGE_STATEMENTS} more` : '';

  const elsewhere = opposing.some((other) => other.doc !== primary.doc);
  const lead = !elsewhere ? 'this document also says' : opposing.length === 1 ? 'another source says' : 'other sources say';
  const here = claimSentence(conflict.subjectName, conflict.attribute, primary.claim.value, nameOf);
  return `${here}, but ${lead} ${statements.join('; ')}${more}`;
}

/** A claim's clause on one line, cut to a readable length. */
export function claimExcerpt(text: string, limit = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}
