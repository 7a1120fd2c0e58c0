import { describe, expect, it } from 'vitest';
import { reattachAnnotation } from '../../../server/src/engine/annotations/create';
import { AnnotationIndex } from '../../../server/src/engine/annotations/live';
import { annotate, at } from './helpers';

const A = 'Co-ops UK welcomed the report. Ed Mayo said the Health Secretary had listened.';
const B = 'In a speech, Co-ops UK set out its case.';

function index() {
  const links = annotate(A, 'Co-ops UK', [
    { kind: 'entity-tag', entityType: 'organisation' },
    { kind: 'canonical-link', canonical: 'org:co-operatives-uk', label: 'Co-operatives UK' },
  ], { source: 'a.txt' });
  const suppress = annotate(A, 'Health Secretary', [{ kind: 'not-an-entity' }], { source: 'a.txt' });
  const idx = new AnnotationIndex();
  idx.setDocument('a.txt', A, [links, suppress]);
  idx.setDocument('b.txt', B, []);
  return { idx, links, suppress };
}

describe('the live annotation index the server and CLI hold', () => {
  it('gives each document its own overrides and the whole corpus the aliases', () => {
    const { idx } = index();
    expect(idx.overrides('a.txt').map((o) => o.action)).toEqual(['tag', 'suppress']);
    expect(idx.overrides('b.txt')).toEqual([]);
    expect(idx.aliases()).toEqual([
      { surface: 'Co-ops UK', canonical: 'org:co-operatives-uk', canonicalName: 'Co-operatives UK', type: 'organisation' },
    ]);
  });

  it('finds the annotations covering an offset', () => {
    const { idx, suppress } = index();
    expect(idx.at('a.txt', A.indexOf('Secretary')).map((l) => l.record.id)).toEqual([suppress.id]);
    expect(idx.at('a.txt', A.indexOf('report'))).toEqual([]);
  });

  it('keeps anchors current through edits and saves selectors that describe the new text', () => {
    const { idx, suppress } = index();
    const change = { start: 0, end: 0, text: 'Today, ' };
    const next = change.text + A;
    idx.applyChanges('a.txt', [change], next);
    const saved = idx.recordsToSave('a.txt').find((r) => r.id === suppress.id)!;
    expect(saved.position.start).toBe(next.indexOf('Health Secretary'));
    expect(saved.quote.prefix.endsWith('said the ')).toBe(true);
    expect(idx.overrides('a.txt')[1]).toMatchObject({ action: 'suppress', start: next.indexOf('Health Secretary') });
  });

  it('lists orphans and lets the researcher re-attach one', () => {
    const { idx, suppress } = index();
    const rewritten = A.replace('the Health Secretary', 'the minister');
    idx.setText('a.txt', rewritten);
    expect(idx.orphans('a.txt').map((o) => o.record.id)).toEqual([suppress.id]);
    const start = rewritten.indexOf('minister');
    const reattached = reattachAnnotation(suppress, rewritten, start, start + 8, { now: at('2024-09-01T00:00:00Z') });
    expect(reattached).toMatchObject({ id: suppress.id, created: suppress.created, modified: '2024-09-01T00:00:00.000Z', bodies: suppress.bodies });
    idx.setRecords('a.txt', idx.live('a.txt').map((l) => (l.record.id === suppress.id ? reattached : l.record)));
    expect(idx.orphans('a.txt')).toEqual([]);
    expect(idx.overrides('a.txt')[1]).toEqual({ action: 'suppress', start, end: start + 8 });
  });

  it('forgets aliases from a document that is removed', () => {
    const { idx } = index();
    idx.removeDocument('a.txt');
    expect(idx.aliases()).toEqual([]);
  });
});
