import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SECTION, MIN_SECTION, sectionStarts } from '../../../server/src/engine/sections/sectionStarts';
import { largeDocument } from './largeDocument';

function sizes(text: string, starts: number[]): number[] {
  return starts.map((start, i) => (i + 1 < starts.length ? starts[i + 1] : text.length) - start);
}

describe('where a large document is cut into sections', () => {
  it('leaves a document shorter than the largest section whole', () => {
    expect(sectionStarts('A short note.\n\nAnother paragraph.')).toEqual([0]);
    expect(sectionStarts('x'.repeat(MAX_SECTION))).toEqual([0]);
  });

  it('cuts at paragraph starts, no section shorter than the minimum (but the last) and none longer than the maximum', () => {
    const text = largeDocument(1, 400_000);
    const starts = sectionStarts(text);
    expect(starts.length).toBeGreaterThan(400_000 / MAX_SECTION);
    for (const start of starts.slice(1)) expect(text.slice(start - 2, start)).toMatch(/\n\s*\n$|\n\n$/);
    const lengths = sizes(text, starts);
    for (const length of lengths) expect(length).toBeLessThanOrEqual(MAX_SECTION);
    for (const length of lengths.slice(0, -1)) expect(length).toBeGreaterThan(MIN_SECTION);
  });

  it('never cuts through a span that must stay together (an annotation)', () => {
    const text = largeDocument(2, 300_000);
    const free = sectionStarts(text);
    const keep = free.slice(1).map((cut) => ({ start: cut - 5, end: cut + 5 }));
    const starts = sectionStarts(text, keep);
    for (const start of starts) for (const span of keep) expect(start > span.start && start < span.end).toBe(false);
  });

  it('cuts a text without line breaks at spaces, and one without spaces never between the halves of a surrogate pair', () => {
    const words = 'word '.repeat(60_000);
    for (const start of sectionStarts(words).slice(1)) expect(words[start - 1]).toBe(' ');
    const astral = '\u{1F600}'.repeat(100_000);
    const starts = sectionStarts(astral);
    expect(starts.length).toBeGreaterThan(1);
    for (const start of starts) expect(start % 2).toBe(0);
  });

  it('moves only the cuts near an edit: the others stay where they were (shifted by the edit)', () => {
    const text = largeDocument(3, 500_000);
    const before = sectionStarts(text);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.constantFrom('', ' policy', '\n\n', 'Circle Health said 12 staff.'), fc.integer({ min: 0, max: 40 }), (at, insert, removed) => {
        const edited = text.slice(0, at) + insert + text.slice(at + removed);
        const delta = insert.length - removed;
        const after = new Set(sectionStarts(edited));
        const kept = before.filter((cut) => (cut < at - MAX_SECTION ? after.has(cut) : cut > at + removed && after.has(cut + delta)));
        // Cuts more than two sections before the edit cannot move; after it, all but a few must come back.
        expect(before.filter((cut) => cut < at - MAX_SECTION).every((cut) => after.has(cut))).toBe(true);
        expect(before.length - kept.length).toBeLessThanOrEqual(6);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('gives the same cuts when told an earlier version\u2019s cuts as when searching afresh', () => {
    const text = largeDocument(4, 500_000);
    const before = sectionStarts(text);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.constantFrom('', ' policy', '\n\n', 'x'.repeat(70_000)), fc.integer({ min: 0, max: 40 }), (at, insert, removed) => {
        const edited = text.slice(0, at) + insert + text.slice(at + removed);
        expect(sectionStarts(edited, [], { starts: before, unchangedUpTo: at })).toEqual(sectionStarts(edited));
      }),
      { numRuns: 60, seed: 9 },
    );
  });
  it('gives the same cuts when told an earlier version\u2019s cuts and where the text after the edit is the same, over random edits', () => {
    const text = largeDocument(4, 500_000);
    const before = sectionStarts(text);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.constantFrom('', ' policy', '\n\n', 'x'.repeat(70_000), '\n\nA new paragraph.\n\n'), fc.integer({ min: 0, max: 40_000 }), (at, insert, removed) => {
        const end = Math.min(text.length, at + removed);
        const edited = text.slice(0, at) + insert + text.slice(end);
        const known = { starts: before, unchangedUpTo: at, sameAfter: { oldEnd: end, newEnd: at + insert.length } };
        expect(sectionStarts(edited, [], known)).toEqual(sectionStarts(edited));
      }),
      { numRuns: 80, seed: 11 },
    );
  });

  it('takes the earlier version\u2019s cuts after an edit, moved by it, once a cut falls where one of them fell', () => {
    const text = largeDocument(5, 500_000);
    const before = sectionStarts(text);
    const at = before[2] + 100;
    const edited = `${text.slice(0, at)} policy${text.slice(at)}`;
    // Earlier cuts far past the edit, made up: taken as they are (moved), so they were not searched for again.
    const madeUp = [...before.slice(0, 5), ...before.slice(5).map((cut) => cut + 1)];
    const starts = sectionStarts(edited, [], { starts: madeUp, unchangedUpTo: at, sameAfter: { oldEnd: at, newEnd: at + 7 } });
    expect(starts.slice(5)).toEqual(madeUp.slice(5).map((cut) => cut + 7));
    expect(sectionStarts(edited).slice(5)).toEqual(before.slice(5).map((cut) => cut + 7));
  });

  it('searches again after an edit when a span to keep together reaches past the edit (spans are not moved with the text)', () => {
    const text = largeDocument(5, 500_000);
    const before = sectionStarts(text);
    const at = before[2] + 100;
    const edited = `${text.slice(0, at)} policy${text.slice(at)}`;
    const madeUp = [...before.slice(0, 5), ...before.slice(5).map((cut) => cut + 1)];
    const spans = [{ start: before[6] - 5, end: before[6] + 5 }];
    const starts = sectionStarts(edited, spans, { starts: madeUp, unchangedUpTo: at, sameAfter: { oldEnd: at, newEnd: at + 7 } });
    expect(starts).toEqual(sectionStarts(edited, spans));
  });
});
