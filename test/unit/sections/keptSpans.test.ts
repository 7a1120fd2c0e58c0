import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFLICT_RULES } from '../../../server/src/engine/claims/rules';
import { identicalEnds } from '../../../server/src/engine/corpus/identicalEnds';
import { textEdit } from '../../../server/src/engine/corpus/textEdit';
import { equalMoved, KeptSpans } from '../../../server/src/engine/sections/keptSpans';
import { analyseInSections, SectionMemo } from '../../../server/src/engine/sections/sectionedAnalysis';
import { SECTIONED_FROM, sectionStarts } from '../../../server/src/engine/sections/sectionStarts';
import type { Claim, Entity } from '../../../server/src/engine/types';
import { largeDocument } from './largeDocument';

const money = (start: number, extra: Partial<Entity> = {}): Entity => ({
  start,
  end: start + 8,
  text: 'over £5m',
  type: 'money',
  core: { start: start + 5, end: start + 8, text: '£5m' },
  value: { kind: 'money', amount: 5_000_000, currency: 'GBP', qualifier: 'over' },
  ...extra,
});

describe('an old entity or claim equal to a fresh one once moved by the edit', () => {
  it('is equal when every field is, offsets (its own and its core\u2019s) moved by the edit', () => {
    expect(equalMoved(money(10), money(10), 0)).toBe(true);
    expect(equalMoved(money(10), money(13), 3)).toBe(true);
    expect(equalMoved(money(10), { ...money(13), core: { start: 18, end: 22, text: '£5m' } }, 3)).toBe(false);
  });

  it('differs in any other field, nested ones included, compared exactly', () => {
    expect(equalMoved(money(10), money(10, { value: { kind: 'money', amount: 5_000_001, currency: 'GBP', qualifier: 'over' } }), 0)).toBe(false);
    expect(equalMoved(money(10), money(10, { text: 'over £6m' }), 0)).toBe(false);
    expect(equalMoved(money(10), money(10, { canonical: 'x' }), 0)).toBe(false);
    // Offsets nested anywhere but in the core are not moved.
    const withSpan = (start: number) => ({ start, end: start + 2, text: 'ab', inner: { start: 1, end: 2 } });
    expect(equalMoved(withSpan(0), withSpan(4), 4)).toBe(true);
    expect(equalMoved(withSpan(0), { ...withSpan(4), inner: { start: 5, end: 6 } }, 4)).toBe(false);
  });

  it('differs when its keys come in another order or one is present but undefined (a reader or JSON could tell them apart)', () => {
    const { start, end, text, ...rest } = money(10);
    expect(equalMoved(money(10), { text, start, end, ...rest }, 0)).toBe(false);
    expect(equalMoved(money(10), { ...money(10), person: undefined }, 0)).toBe(false);
  });

  it('is taken from before the edit as it stands, from after it moved by the length change, and never when the edit overlaps it, each once', () => {
    const edit = { start: 100, oldEnd: 104, newEnd: 110, oldLength: 500, lineDelta: 0, text: '' };
    const before = money(80);
    const across = money(98);
    const after = money(120);
    const kept = new KeptSpans([[before, across], [after]], edit);
    expect(kept.take(money(80))).toEqual({ span: before, by: 0 });
    expect(kept.take(money(80))).toBeUndefined();
    expect(kept.take(money(126))).toEqual({ span: after, by: 6 });
    expect(kept.take(money(98))).toBeUndefined();
    expect(kept.take(money(104))).toBeUndefined();
  });
});

describe('a keystroke in a large document analysed in sections', () => {
  it('keeps the old objects of the section it re-analyses where they come out equal, so the two analyses differ only near the edit', () => {
    const text = largeDocument(11, SECTIONED_FROM + 60_000);
    const memo = new SectionMemo();
    const first = analyseInSections(text, undefined, DEFAULT_CONFLICT_RULES, memo);
    const starts = sectionStarts(text);
    // A word typed in the middle of the second section.
    const at = text.indexOf(' ', Math.floor((starts[1] + starts[2]) / 2));
    const entitiesBefore = [...first.entities];
    const claimsBefore = first.claims.map((claim) => ({ claim, start: claim.start }));
    const edited = `${text.slice(0, at)} policy${text.slice(at)}`;
    const second = analyseInSections(edited, undefined, DEFAULT_CONFLICT_RULES, memo);
    expect(second).toEqual(analyseInSections(edited, undefined, DEFAULT_CONFLICT_RULES));
    const { head, tail } = identicalEnds(entitiesBefore, second.entities);
    const inSection = second.entities.filter((entity) => entity.start >= starts[1] && entity.end <= starts[2] + 7).length;
    expect(inSection).toBeGreaterThan(20);
    // Fewer than a tenth of the section's entities are new objects.
    expect(second.entities.length - head - tail).toBeLessThan(inSection / 10);
    // A claim kept after the edit was moved, and is named as moved to the corpus.
    const edit = textEdit(text, edited);
    const movedKept = claimsBefore.filter(({ claim, start }) => start >= edit.oldEnd && start < starts[2] && second.claims.includes(claim));
    for (const { claim, start } of movedKept) {
      expect(claim.start).toBe(start + 7);
      expect(memo.movedInPlace!.claims.has(claim)).toBe(true);
    }
  });

  it('moves the objects it kept back when the analysis throws, leaving the previous analysis as it was', () => {
    const text = largeDocument(11, SECTIONED_FROM + 60_000);
    let failing = false;
    const rules = new Proxy(DEFAULT_CONFLICT_RULES, {
      get(target, property, receiver) {
        if (failing) throw new Error('rules unavailable');
        return Reflect.get(target, property, receiver);
      },
    });
    const memo = new SectionMemo();
    const first = analyseInSections(text, undefined, rules, memo);
    const snapshot: Array<Entity | Claim> = JSON.parse(JSON.stringify([...first.entities, ...first.claims]));
    const starts = sectionStarts(text);
    const at = text.indexOf(' ', Math.floor((starts[1] + starts[2]) / 2));
    failing = true;
    expect(() => analyseInSections(`${text.slice(0, at)} policy${text.slice(at)}`, undefined, rules, memo)).toThrow('rules unavailable');
    expect(JSON.parse(JSON.stringify([...first.entities, ...first.claims]))).toEqual(snapshot);
  });
});
