import type { Claim } from '../engine/types';
import type { ClaimMatrixCell, ClaimMatrixResult, ClaimMatrixRow } from '../protocol';
import type { CorpusState } from './corpusState';
import { attributeLabel, claimValueLabel } from './labels';
import { corpusNames } from './names';
import { fileNameOf } from './uris';

// policyLens/claimMatrix: who says what. One row per subject and attribute that two or more sources
// speak about (or that is in a conflict), one column per source, each cell that source's value(s).
// A cell is marked as disagreeing when its claims take part in a conflict on that row.

interface RowBuilder {
  subject: string;
  subjectName: string;
  attribute: string;
  claimsByDoc: Map<string, Claim[]>;
}

export function claimMatrixRequest(state: CorpusState): ClaimMatrixResult {
  state.flushAll();
  const nameOf = corpusNames(state);
  const rows = new Map<string, RowBuilder>();
  for (const doc of state.documents()) {
    for (const claim of state.engine.get(doc)?.analysis.claims ?? []) {
      const key = rowKey(claim.subject, claim.attribute);
      let row = rows.get(key);
      if (!row) {
        row = { subject: claim.subject, subjectName: claim.subjectName, attribute: claim.attribute, claimsByDoc: new Map() };
        rows.set(key, row);
      }
      const claims = row.claimsByDoc.get(doc);
      if (claims) claims.push(claim);
      else row.claimsByDoc.set(doc, [claim]);
    }
  }

  /** Per row, the "doc@start" of every claim in a conflict. */
  const disputed = new Map<string, Set<string>>();
  for (const conflict of state.engine.conflicts()) {
    const key = rowKey(conflict.subject, conflict.attribute);
    const claims = disputed.get(key) ?? new Set<string>();
    for (const { doc, claim } of conflict.claims) claims.add(`${doc}@${claim.start}`);
    disputed.set(key, claims);
  }

  const sources = new Set<string>();
  const result: ClaimMatrixRow[] = [];
  for (const [key, row] of rows) {
    const inConflict = disputed.get(key);
    if (row.claimsByDoc.size < 2 && !inConflict) continue;
    const cells: Record<string, ClaimMatrixCell> = {};
    for (const [doc, claims] of row.claimsByDoc) {
      const lines = state.linesOf(doc);
      if (!lines) continue;
      const uri = state.clientUri(doc);
      sources.add(doc);
      cells[uri] = {
        valueLabel: [...new Set(claims.map((claim) => claimValueLabel(claim.value)))].join(' / '),
        claims: claims.map((claim) => ({ uri, range: lines.range(claim.start, claim.end), text: claim.text })),
        disagrees: claims.some((claim) => inConflict?.has(`${doc}@${claim.start}`) ?? false),
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
  return {
    sources: [...sources].sort().map((doc) => ({ uri: state.clientUri(doc), label: fileNameOf(doc) })),
    rows: result,
  };
}

function rowKey(subject: string, attribute: string): string {
  return `${subject}\u0000${attribute}`;
}
