import { describe, expect, it } from 'vitest';
import { anchorAll } from '../../../server/src/engine/annotations/anchoring';
import { applyTextChanges, type TextChange } from '../../../server/src/engine/annotations/incremental';
import { annotate } from './helpers';

const TEXT = 'The King\u2019s Fund met Circle Health on Monday. Mayo spoke for Co-operatives UK.';

function apply(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

function setup() {
  const records = [annotate(TEXT, 'The King\u2019s Fund'), annotate(TEXT, 'Circle Health'), annotate(TEXT, 'Co-operatives UK')];
  return { records, live: anchorAll(records, TEXT) };
}

describe('shifting annotations on an editor change (the typing fast path)', () => {
  it('shifts annotations after an insertion and re-checks none of them', () => {
    const { live } = setup();
    const change = { start: 0, end: 0, text: 'Note: ' };
    const next = apply(TEXT, change);
    const result = applyTextChanges(live, [change], next);
    expect(result.rechecked).toEqual([]);
    for (const { anchor, record } of result.annotations) {
      expect(anchor.status === 'orphan' ? undefined : next.slice(anchor.start, anchor.end)).toBe(record.quote.exact);
    }
  });

  it('leaves annotations before the edit alone and treats typing right after a span as outside it', () => {
    const { live } = setup();
    const end = TEXT.indexOf('Circle Health') + 'Circle Health'.length;
    const change = { start: end, end, text: 'care' };
    const next = apply(TEXT, change);
    const result = applyTextChanges(live, [change], next);
    expect(result.rechecked).toEqual([]);
    const circle = result.annotations[1].anchor;
    expect(circle.status !== 'orphan' && next.slice(circle.start, circle.end)).toBe('Circle Health');
  });

  it('re-anchors only the annotation an edit touches', () => {
    const { live, records } = setup();
    const at = TEXT.indexOf('Health');
    const change = { start: at, end: at + 'Health'.length, text: 'Healthcare' };
    const next = apply(TEXT, change);
    const result = applyTextChanges(live, [change], next);
    expect(result.rechecked).toEqual([records[1].id]);
    const circle = result.annotations[1].anchor;
    expect(circle.status).toBe('fuzzy');
    expect(circle.status !== 'orphan' && next.slice(circle.start, circle.end)).toBe('Circle Healthcare');
  });

  it('applies several changes in order, each in the coordinates left by the previous one', () => {
    const { live } = setup();
    const first = { start: 0, end: 0, text: 'AAA ' };
    const afterFirst = apply(TEXT, first);
    const mayo = afterFirst.indexOf('Mayo');
    const second = { start: mayo, end: mayo + 4, text: 'Ed Mayo' };
    const next = apply(afterFirst, second);
    const result = applyTextChanges(live, [first, second], next);
    for (const { anchor, record } of result.annotations) {
      expect(anchor.status === 'orphan' ? undefined : next.slice(anchor.start, anchor.end)).toBe(record.quote.exact);
    }
  });

  it('orphans an annotation whose span was deleted, and brings it back when the deletion is undone', () => {
    const { live } = setup();
    const at = TEXT.indexOf(' Mayo spoke');
    const deletion = { start: at, end: TEXT.length, text: '' };
    const shortened = apply(TEXT, deletion);
    const afterDelete = applyTextChanges(live, [deletion], shortened);
    expect(afterDelete.annotations.find((a) => a.record.quote.exact === 'Co-operatives UK')?.anchor.status).toBe('orphan');

    const undo = { start: at, end: at, text: TEXT.slice(at) };
    const restored = applyTextChanges(afterDelete.annotations, [undo], TEXT);
    const coops = restored.annotations.find((a) => a.record.quote.exact === 'Co-operatives UK')!.anchor;
    expect(coops.status === 'orphan' ? undefined : TEXT.slice(coops.start, coops.end)).toBe('Co-operatives UK');
  });
});
