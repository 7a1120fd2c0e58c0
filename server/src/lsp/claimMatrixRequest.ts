import type { Claim } from '../engine/types';
import type { ClaimMatrixCell, ClaimMatrixParams, ClaimMatrixResult, ClaimMatrixRow } from '../protocol';
import type { CorpusState } from './corpusState';
import { attributeLabel, claimValueLabel } from './labels';
import { corpusNames } from './names';
import { documentKey, fileNameOf } from './uris';

// policyLens/claimMatrix: who says what. One row per subject and attribute that two or more sources
// speak about (or that is in a conflict), one column per source, each cell that source's value(s).
// A cell is marked as disagreeing when its claims take part in a conflict on that row. Rows and
// sources can be bounded, keeping first what the researcher is looking at (ClaimMatrixParams).

interface RowBuilder {
  subject: string;
  subjectName: string;
  attribute: string;
  claimsByDoc: Map<string, Claim[]>;
  /** "doc@start" of each claim of the row in a conflict. */
  disputed?: Set<string>;
  /** Which rows a bounded answer keeps first (priorityOf). */
  priority: number;
}

export function claimMatrixRequest(state: CorpusState, params: ClaimMatrixParams = {}): ClaimMatrixResult {
  state.flushAll();
  const nameOf = corpusNames(state);
  const focus = typeof params.document === 'string' && params.document ? documentKey(params.document) : undefined;
  const rows = new Map<string, RowBuilder>();
  for (const doc of state.documents()) {
    for (const claim of state.engine.get(doc)?.analysis.claims ?? []) {
      const key = rowKey(claim.subject, claim.attribute);
      let row = rows.get(key);
      if (!row) {
        row = { subject: claim.subject, subjectName: claim.subjectName, attribute: claim.attribute, claimsByDoc: new Map(), priority: 3 };
        rows.set(key, row);
      }
      const claims = row.claimsByDoc.get(doc);
      if (claims) claims.push(claim);
      else row.claimsByDoc.set(doc, [claim]);
    }
  }
  for (const conflict of state.engine.conflicts()) {
    const row = rows.get(rowKey(conflict.subject, conflict.attribute));
    if (!row) continue;
    row.disputed ??= new Set();
    for (const { doc, claim } of conflict.claims) row.disputed.add(`${doc}@${claim.start}`);
  }

  const shown = [...rows.values()].filter((row) => row.claimsByDoc.size >= 2 || row.disputed);
  for (const row of shown) row.priority = priorityOf(row, params.focus, focus);
  const chosenRows = mostTelling(shown, params.maxRows, (a, b) => a.priority - b.priority || b.claimsByDoc.size - a.claimsByDoc.size);
  const sources = chosenSources(chosenRows, focus, params.maxSources);

  const result: ClaimMatrixRow[] = [];
  for (const row of chosenRows) {
    const cells: Record<string, ClaimMatrixCell> = {};
    for (const [doc, claims] of row.claimsByDoc) {
      const lines = sources.chosen.has(doc) ? state.linesOf(doc) : undefined;
      if (!lines) continue;
      const uri = state.clientUri(doc);
      cells[uri] = {
        valueLabel: [...new Set(claims.map((claim) => claimValueLabel(claim.value)))].join(' / '),
        claims: claims.map((claim) => ({ uri, range: lines.range(claim.start, claim.end), text: claim.text })),
        disagrees: disagrees(row, doc, claims),
      };
    }
    result.push({
      subject: row.subject,
      subjectName: row.subjectName,
      attribute: row.attribute,
      attributeLabel: attributeLabel(row.attribute, nameOf),
      cells,
    });
  }

  result.sort((a, b) => a.subjectName.localeCompare(b.subjectName) || a.attribute.localeCompare(b.attribute));
  const omitted = { rows: shown.length - chosenRows.length, sources: sources.all - sources.chosen.size };
  return {
    ...(omitted.rows > 0 || omitted.sources > 0 ? { omitted } : {}),
    sources: [...sources.chosen].sort().map((doc) => ({ uri: state.clientUri(doc), label: fileNameOf(doc) })),
    rows: result,
  };
}

/** 0: the focus row; 1: the focus subject's other rows, or a row the document speaks about; 2: disputed; 3: the rest. */
function priorityOf(row: RowBuilder, focus: ClaimMatrixParams['focus'], document: string | undefined): number {
  if (typeof focus?.subject === 'string' && row.subject === focus.subject) return focus.attribute === undefined || row.attribute === focus.attribute ? 0 : 1;
  if (document !== undefined && row.claimsByDoc.has(document)) return 1;
  return row.disputed ? 2 : 3;
}

function disagrees(row: RowBuilder, doc: string, claims: readonly Claim[]): boolean {
  return row.disputed !== undefined && claims.some((claim) => row.disputed!.has(`${doc}@${claim.start}`));
}

/** All the items, or the first `limit` of them by `order`, kept in their own order. */
function mostTelling<T>(items: readonly T[], limit: number | undefined, order: (a: T, b: T) => number): T[] {
  if (typeof limit !== 'number' || !Number.isFinite(limit) || items.length <= limit) return [...items];
  const kept = new Set([...items].sort(order).slice(0, Math.max(0, limit)));
  return items.filter((item) => kept.has(item));
}

/** The sources of the chosen rows, bounded: the document first, then those speaking on the most important rows, then those that disagree most and say most. */
function chosenSources(rows: readonly RowBuilder[], document: string | undefined, limit: number | undefined): { chosen: Set<string>; all: number } {
  const weight = new Map<string, { priority: number; disagreeing: number; cells: number }>();
  for (const row of rows) {
    for (const [doc, claims] of row.claimsByDoc) {
      const entry = weight.get(doc) ?? { priority: 3, disagreeing: 0, cells: 0 };
      entry.priority = Math.min(entry.priority, doc === document ? -1 : row.priority);
      entry.cells++;
      if (disagrees(row, doc, claims)) entry.disagreeing++;
      weight.set(doc, entry);
    }
  }
  const docs = [...weight.keys()];
  const chosen = mostTelling(docs, limit, (a, b) => {
    const wa = weight.get(a)!;
    const wb = weight.get(b)!;
    return wa.priority - wb.priority || wb.disagreeing - wa.disagreeing || wb.cells - wa.cells || (a < b ? -1 : a > b ? 1 : 0);
  });
  return { chosen: new Set(chosen), all: docs.length };
}

function rowKey(subject: string, attribute: string): string {
  return `${subject}\u0000${attribute}`;
}
