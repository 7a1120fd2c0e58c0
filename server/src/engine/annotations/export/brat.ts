// Export to brat standoff: a `.ann` file beside each `.txt`.
//   T lines: one per annotation span, typed by its entity tag (Organisation, Person, …),
//            `Not_an_entity`, or `Annotation` when it has no tag.
//   N lines: canonical links, `N1\tReference T1 PolicyLens:org:kings-fund\tThe King's Fund`.
//   # lines: notes, `#1\tAnnotatorNotes T1\tnote` (line breaks escaped as \n).
//   A lines: claim assessments, `A1\tAssessment T1 disputed`; `A2\tEngine T7` marks an engine
//            entity, included only on request and skipped by the importer.
// A span across a line break is written as fragments (`T1\tOrganisation 0 5;6 11\tThe Fund`),
// as brat requires. Orphans have no place in the text and are listed as skipped.

import { isAnchored } from '../anchoring';
import { createOffsetConverter, type OffsetConverter } from '../offsets';
import type { AnnotationBody } from '../model';
import {
  BRAT_ASSESSMENT,
  BRAT_DATABASE,
  BRAT_ENGINE,
  BRAT_NOT_AN_ENTITY,
  BRAT_TYPE_OF,
  BRAT_UNTYPED,
  escapeBratText,
} from './bratTypes';
import type { ExportDocument, ExportedFile } from './document';

export interface BratExport {
  ann: string;
  /** Annotations not written: orphans, and annotations with nothing brat can hold. */
  skipped: Array<{ id: string; reason: string }>;
}

export interface BratOptions {
  /** Also write the engine's entities (marked with the Engine attribute). */
  includeEngineEntities?: boolean;
}

export function exportBrat(document: ExportDocument, options: BratOptions = {}): BratExport {
  const converter = createOffsetConverter(document.text);
  const lines: string[] = [];
  const skipped: BratExport['skipped'] = [];
  const counters = { T: 0, N: 0, '#': 0, A: 0 };
  const next = (kind: keyof typeof counters) => `${kind}${++counters[kind]}`;

  const ordered = [...document.annotations].sort((a, b) =>
    isAnchored(a.anchor) && isAnchored(b.anchor) ? a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end : 0,
  );
  for (const { record, anchor } of ordered) {
    if (!isAnchored(anchor)) {
      skipped.push({ id: record.id, reason: `orphan (${anchor.reason}): no place in the text` });
      continue;
    }
    const brat = record.bodies.filter((b) => b.kind !== 'other');
    if (brat.length === 0) {
      skipped.push({ id: record.id, reason: 'no body brat can hold' });
      continue;
    }
    const t = next('T');
    lines.push(textBoundLine(t, typeOf(brat), document.text, anchor.start, anchor.end, converter));
    for (const body of brat) {
      if (body.kind === 'canonical-link') {
        lines.push(`${next('N')}\tReference ${t} ${BRAT_DATABASE}:${body.canonical}\t${escapeBratText(body.label ?? '')}`);
      } else if (body.kind === 'note') {
        lines.push(`${next('#')}\tAnnotatorNotes ${t}\t${escapeBratText(body.text)}`);
      } else if (body.kind === 'assessment') {
        lines.push(`${next('A')}\t${BRAT_ASSESSMENT} ${t} ${body.value}`);
      }
    }
  }
  if (options.includeEngineEntities) {
    for (const entity of document.entities ?? []) {
      if (entity.origin === 'annotation') continue; // already written from the annotation itself
      const t = next('T');
      lines.push(textBoundLine(t, BRAT_TYPE_OF[entity.type], document.text, entity.start, entity.end, converter));
      lines.push(`${next('A')}\t${BRAT_ENGINE} ${t}`);
      if (entity.canonical) {
        lines.push(`${next('N')}\tReference ${t} ${BRAT_DATABASE}:${entity.canonical}\t${escapeBratText(entity.canonicalName ?? '')}`);
      }
    }
  }
  return { ann: lines.length > 0 ? `${lines.join('\n')}\n` : '', skipped };
}

function typeOf(bodies: readonly AnnotationBody[]): string {
  for (const body of bodies) {
    if (body.kind === 'entity-tag') return BRAT_TYPE_OF[body.entityType];
    if (body.kind === 'not-an-entity') return BRAT_NOT_AN_ENTITY;
  }
  return BRAT_UNTYPED;
}

/** A T line, its span split into fragments at line breaks, offsets in code points. */
function textBoundLine(id: string, type: string, text: string, start: number, end: number, converter: OffsetConverter): string {
  const fragments: Array<[number, number]> = [];
  let fragmentStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > fragmentStart) fragments.push([fragmentStart, i]);
      fragmentStart = i + 1;
    }
  }
  if (fragments.length === 0) fragments.push([start, end]);
  const offsets = fragments.map(([s, e]) => `${converter.toCodePoint(s)} ${converter.toCodePoint(e)}`).join(';');
  const covered = fragments.map(([s, e]) => text.slice(s, e)).join(' ');
  return `${id}\t${type} ${offsets}\t${covered}`;
}

/**
 * The files for one document: its `.ann`, and a `.txt` copy of the text when the document is
 * not a `.txt` itself (brat pairs `name.txt` with `name.ann`).
 */
export function bratFiles(document: ExportDocument, options: BratOptions = {}): { files: ExportedFile[]; skipped: BratExport['skipped'] } {
  const { ann, skipped } = exportBrat(document, options);
  const base = document.path.endsWith('.txt') ? document.path.slice(0, -4) : document.path;
  const files: ExportedFile[] = [{ path: `${base}.ann`, content: ann }];
  if (!document.path.endsWith('.txt')) files.push({ path: `${base}.txt`, content: document.text });
  return { files, skipped };
}
