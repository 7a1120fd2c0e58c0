// CoNLL-style BIO export of entities, for training other tools: one token per line
// (`token<TAB>label`), a blank line between sentences, and a `-DOCSTART-` line before each
// document. The entities are the engine's, corrected by the researcher's annotations: a
// manual tag replaces any engine entity it overlaps, "not an entity" removes any engine entity
// it overlaps. BIO cannot nest, so where entities overlap the manual one wins, then the
// longer one.

import type { Entity, EntityOverride, EntityType } from '../../types';
import { toEntityOverrides } from '../overrides';
import type { ExportDocument } from './document';
import { sentences, splitAtBoundaries, tokenise } from './tokens';

export const CONLL_LABEL: Record<EntityType, string> = {
  organisation: 'ORG',
  person: 'PER',
  role: 'ROLE',
  percentage: 'PERCENT',
  money: 'MONEY',
  quantity: 'QUANTITY',
  date: 'DATE',
};

interface LabelledSpan {
  start: number;
  end: number;
  type: EntityType;
  manual: boolean;
}

export function exportConll(documents: readonly ExportDocument[]): string {
  const out: string[] = [];
  for (const document of documents) {
    out.push('-DOCSTART-\tO', '');
    const spans = entitySpans(document.entities ?? [], toEntityOverrides(document.annotations));
    const boundaries = new Set(spans.flatMap((s) => [s.start, s.end]));
    const tokens = splitAtBoundaries(tokenise(document.text), document.text, boundaries);
    let spanIndex = 0;
    for (const sentence of sentences(tokens, document.text)) {
      for (const token of sentence) {
        while (spanIndex < spans.length && spans[spanIndex].end <= token.start) spanIndex++;
        const span = spans[spanIndex];
        const inside = span && span.start <= token.start && token.end <= span.end;
        const label = inside ? `${token.start === span.start ? 'B' : 'I'}-${CONLL_LABEL[span.type]}` : 'O';
        out.push(`${token.text}\t${label}`);
      }
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}

/** Engine entities with the researcher's corrections applied; non-overlapping, in text order. */
export function entitySpans(entities: readonly Entity[], overrides: readonly EntityOverride[]): LabelledSpan[] {
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const manual: LabelledSpan[] = [];
  for (const o of overrides) if (o.action === 'tag') manual.push({ start: o.start, end: o.end, type: o.type, manual: true });
  const engine = entities
    .filter((e) => !overrides.some((o) => overlaps(o, e)))
    .map((e) => ({ start: e.start, end: e.end, type: e.type, manual: e.origin === 'annotation' }));
  const candidates = [...manual, ...engine].sort(
    (a, b) => Number(b.manual) - Number(a.manual) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const chosen: LabelledSpan[] = [];
  for (const span of candidates) if (!chosen.some((c) => overlaps(c, span))) chosen.push(span);
  return chosen.sort((a, b) => a.start - b.start);
}
