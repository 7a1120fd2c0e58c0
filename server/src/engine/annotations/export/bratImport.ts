// Import of brat standoff back into annotations: the inverse of brat.ts. Round-trips without
// loss the fields brat holds (span, entity type or "not an entity", canonical link and its
// label, notes, assessment); brat has no place for the author, the dates or the id, so the
// importer supplies those. Lines it cannot use (relations, events, spans that do not match the
// text, unknown types) are reported, never silently dropped.

import { createAnnotation } from '../create';
import type { AnnotationBody, AnnotationRecord, RecordFactoryOptions } from '../model';
import { isAssessment } from '../model';
import { createOffsetConverter } from '../offsets';
import {
  BRAT_ASSESSMENT,
  BRAT_DATABASE,
  BRAT_ENGINE,
  BRAT_NOT_AN_ENTITY,
  BRAT_UNTYPED,
  entityTypeOfBrat,
  unescapeBratText,
} from './bratTypes';

export interface BratImportInput {
  /** Workspace-relative path of the document the .ann belongs to. */
  source: string;
  text: string;
  ann: string;
  creator: string;
}

export interface BratImportResult {
  records: AnnotationRecord[];
  /** "line 4: …" for every line not imported. */
  problems: string[];
}

interface PendingSpan {
  line: number;
  start: number;
  end: number;
  bodies: AnnotationBody[];
  engine: boolean;
}

export function importBrat(input: BratImportInput, options: RecordFactoryOptions = {}): BratImportResult {
  const converter = createOffsetConverter(input.text);
  const spans = new Map<string, PendingSpan>();
  const problems: string[] = [];
  const lines = input.ann.split(/\r?\n/);
  const later: Array<{ line: number; text: string }> = [];

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    if (!raw.startsWith('T')) {
      later.push({ line, text: raw }); // attachments refer to T lines, which may come later
      return;
    }
    const [id, spec, ...coveredParts] = raw.split('\t');
    const covered = coveredParts.length > 0 ? coveredParts.join('\t') : undefined;
    const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(spec ?? '');
    if (!id || !match || covered === undefined) {
      problems.push(`line ${line}: not a valid text-bound annotation`);
      return;
    }
    const [, type, offsets] = match;
    const fragments = offsets.split(';').map((pair) => pair.split(' ').map((n) => converter.toUtf16(Number(n))) as [number, number]);
    const found = fragments.map(([s, e]) => input.text.slice(s, e)).join(' ');
    if (fragments.some(([s, e]) => e < s || e > input.text.length) || found !== covered) {
      problems.push(`line ${line}: ${id} says "${covered}" but the text there is "${found}"`);
      return;
    }
    // Fragments of one span cut at line breaks join back into one span; others cannot.
    const start = fragments[0][0];
    const end = fragments[fragments.length - 1][1];
    for (let i = 1; i < fragments.length; i++) {
      if (input.text.slice(fragments[i - 1][1], fragments[i][0]).trim() !== '') {
        problems.push(`line ${line}: ${id} is discontinuous; Policy Lens annotates one continuous span`);
        return;
      }
    }
    const bodies: AnnotationBody[] = [];
    if (type === BRAT_NOT_AN_ENTITY) bodies.push({ kind: 'not-an-entity' });
    else if (type !== BRAT_UNTYPED) {
      const entityType = entityTypeOfBrat(type);
      if (!entityType) {
        problems.push(`line ${line}: ${id} has type ${type}, which Policy Lens does not annotate`);
        return;
      }
      bodies.push({ kind: 'entity-tag', entityType });
    }
    spans.set(id, { line, start, end, bodies, engine: false });
  });

  for (const { line, text } of later) {
    const problem = attach(text, spans);
    if (problem) problems.push(`line ${line}: ${problem}`);
  }

  const records: AnnotationRecord[] = [];
  for (const [id, span] of spans) {
    if (span.engine) continue;
    if (span.bodies.length === 0) {
      problems.push(`line ${span.line}: ${id} carries no type, link, note or assessment`);
      continue;
    }
    records.push(
      createAnnotation(
        { source: input.source, text: input.text, start: span.start, end: span.end, bodies: span.bodies, creator: input.creator },
        options,
      ),
    );
  }
  return { records, problems };
}

/** Adds an N, # or A line to its T; returns a problem sentence when it cannot. */
function attach(line: string, spans: Map<string, PendingSpan>): string | undefined {
  const [id, spec = '', rest = ''] = line.split('\t');
  const kind = id[0];
  if (kind === 'N') {
    const match = /^Reference (T\S+) ([^:\s]+):(\S+)$/.exec(spec);
    const span = match && spans.get(match[1]);
    if (!match || !span) return `${id} is not a reference to a known text-bound annotation`;
    const canonical = match[2] === BRAT_DATABASE ? match[3] : `${match[2]}:${match[3]}`;
    const label = unescapeBratText(rest);
    span.bodies.push(label === '' ? { kind: 'canonical-link', canonical } : { kind: 'canonical-link', canonical, label });
    return undefined;
  }
  if (kind === '#') {
    const match = /^AnnotatorNotes (T\S+)$/.exec(spec);
    const span = match && spans.get(match[1]);
    if (!match || !span) return `${id} is not a note on a known text-bound annotation`;
    span.bodies.push({ kind: 'note', text: unescapeBratText(rest) });
    return undefined;
  }
  if (kind === 'A' || kind === 'M') {
    const [name, target, value] = spec.split(' ');
    const span = spans.get(target ?? '');
    if (!span) return `${id} refers to an unknown annotation`;
    if (name === BRAT_ENGINE) {
      span.engine = true;
      return undefined;
    }
    if (name === BRAT_ASSESSMENT && value !== undefined && isAssessment(value)) {
      span.bodies.push({ kind: 'assessment', value });
      return undefined;
    }
    return `${id}: attribute ${name} is not one Policy Lens holds`;
  }
  if (kind === 'R' || kind === 'E' || kind === '*') return `${id}: relations and events are not imported`;
  return `unrecognised line "${line.slice(0, 40)}"`;
}

/**
 * The imported annotations that are not already in the store: same document, same quote and
 * position, same bodies. Importing the same .ann twice adds nothing the second time.
 */
export function newImports(existing: readonly AnnotationRecord[], imported: readonly AnnotationRecord[]): AnnotationRecord[] {
  const signature = (r: AnnotationRecord) =>
    JSON.stringify([r.source, r.quote.exact, r.position.start, r.position.end, r.bodies]);
  const known = new Set(existing.map(signature));
  return imported.filter((r) => !known.has(signature(r)));
}
