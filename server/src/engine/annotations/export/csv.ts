// One row per annotation, for spreadsheets and data frames.
//
// Columns: document, start, end, text, type, canonical, author, created, note, then
// assessment, status and id. Offsets are UTF-16 code units, end-exclusive (JavaScript string
// indices, as everywhere in Policy Lens); an orphan has empty offsets and its stored quote.
// Quoting follows RFC 4180 (CRLF rows, fields with a comma, quote or line break in double
// quotes, quotes doubled). A text cell starting with = + - @, a tab or a carriage return gets a
// leading apostrophe so a spreadsheet shows it instead of running it as a formula (OWASP's
// advice on CSV injection).

import { isAnchored } from '../anchoring';
import { assessmentOf, canonicalLinkOf, noteOf, tagOf, type AnnotationRecord } from '../model';
import type { ExportDocument } from './document';

export const CSV_COLUMNS = [
  'document', 'start', 'end', 'text', 'type', 'canonical', 'author', 'created', 'note', 'assessment', 'status', 'id',
] as const;

export function exportCsv(documents: readonly ExportDocument[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const document of documents) {
    const ordered = [...document.annotations].sort(
      (a, b) => startOf(a.anchor) - startOf(b.anchor) || a.record.id.localeCompare(b.record.id),
    );
    for (const { record, anchor } of ordered) {
      const anchored = isAnchored(anchor);
      rows.push([
        safeText(document.path),
        anchored ? String(anchor.start) : '',
        anchored ? String(anchor.end) : '',
        safeText(anchored ? document.text.slice(anchor.start, anchor.end) : record.quote.exact),
        safeText(typeOf(record)),
        safeText(canonicalLinkOf(record)?.canonical ?? ''),
        safeText(record.creator),
        safeText(record.created),
        safeText(noteOf(record) ?? ''),
        safeText(assessmentOf(record) ?? ''),
        anchor.status,
        safeText(record.id),
      ]);
    }
  }
  return rows.map((row) => row.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

function startOf(anchor: ExportDocument['annotations'][number]['anchor']): number {
  return isAnchored(anchor) ? anchor.start : Number.MAX_SAFE_INTEGER;
}

/** The entity type, "not-an-entity", or what the annotation is when it tags nothing. */
function typeOf(record: AnnotationRecord): string {
  const tag = tagOf(record);
  if (tag) return tag;
  if (canonicalLinkOf(record)) return 'link';
  if (assessmentOf(record)) return 'assessment';
  return 'note';
}

/** Neutralises spreadsheet formulas; the apostrophe is how spreadsheets mark literal text. */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting. */
export function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
