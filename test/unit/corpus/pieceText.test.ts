import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFLICT_RULES } from '../../../server/src/engine/claims/rules';
import { PieceText } from '../../../server/src/engine/corpus/pieceText';
import { textEdit } from '../../../server/src/engine/corpus/textEdit';
import { analyseInSections, SectionMemo } from '../../../server/src/engine/sections/sectionedAnalysis';
import { SECTIONED_FROM } from '../../../server/src/engine/sections/sectionStarts';
import { largeDocument } from '../sections/largeDocument';

// A text in pieces reads as the string it stands for, after any edits; and a large document
// analysed from its pieces, with the memo of its previous version, is analysed as its string is.

const alphabet = ['a', 'b', ' ', '\n', '\r', '\r\n', '\n\n', 'ab', '\u00a0', '\u{1F600}', '\ud800', 'policy', 'x'.repeat(5000)];
const chunk = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((parts) => parts.join(''));
const edit = fc.record({ at: fc.nat(), removed: fc.nat({ max: 40_000 }), insert: chunk });
const probe = fc.record({ a: fc.integer({ min: -70_000, max: 70_000 }), b: fc.integer({ min: -70_000, max: 70_000 }), search: fc.constantFrom('\n', '\r', 'ab', 'b\na', '\u{1F600}', 'policy', 'zz', '') });

function expectSameReading(pieces: PieceText, text: string, probes: Array<{ a: number; b: number; search: string }>): void {
  expect(pieces.length).toBe(text.length);
  for (const { a, b, search } of probes) {
    expect(pieces.slice(a, b)).toBe(text.slice(a, b));
    expect(pieces.slice(a)).toBe(text.slice(a));
    expect(pieces.charCodeAt(Math.abs(a))).toEqual(text.charCodeAt(Math.abs(a)));
    expect(pieces.indexOf(search, a)).toBe(text.indexOf(search, a));
    expect(pieces.lastIndexOf(search, a)).toBe(text.lastIndexOf(search, a));
    expect(pieces.lastIndexOf(search)).toBe(text.lastIndexOf(search));
    expect(pieces.includes(search, b)).toBe(text.includes(search, b));
  }
}

describe('a text kept in pieces', () => {
  it('reads as its string after every edit of a random sequence, without joining', () => {
    fc.assert(
      fc.property(fc.array(chunk, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(edit, fc.array(probe, { maxLength: 6 })), { maxLength: 12 }), (parts, edits) => {
        let text = parts.join('').repeat(3);
        let pieces = PieceText.of(text);
        expectSameReading(pieces, text, [{ a: 0, b: text.length, search: '\n' }]);
        for (const [{ at, removed, insert }, probes] of edits) {
          const start = text.length === 0 ? 0 : at % (text.length + 1);
          const end = Math.min(text.length, start + removed);
          const before = pieces;
          const previous = text;
          pieces = pieces.edit(start, end, insert);
          text = text.slice(0, start) + insert + text.slice(end);
          expectSameReading(pieces, text, probes);
          // Two versions differ where their strings do, found piece by piece.
          expect(textEdit(before, pieces)).toEqual({ ...textEdit(previous, text), text: pieces });
          expect(before.toString()).toBe(previous);
        }
        expect(pieces.toString()).toBe(text);
      }),
      { numRuns: 300, seed: 18 },
    );
  });

  it('finds where two texts of different edit histories (pieces cut at different places) first and last differ, as their strings do', () => {
    const firstDifference = (a: string, b: string) => {
      let i = 0;
      while (i < Math.min(a.length, b.length) && a[i] === b[i]) i++;
      return i;
    };
    const commonSuffix = (a: string, b: string, floor: number) => {
      let n = 0;
      while (n < Math.min(a.length, b.length) - floor && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
      return n;
    };
    const history = fc.array(edit, { maxLength: 4 });
    fc.assert(
      fc.property(fc.array(chunk, { minLength: 1, maxLength: 12 }), history, history, fc.nat(), (parts, editsA, editsB, floorRoll) => {
        const start = parts.join('').repeat(3);
        const versions = [editsA, editsB].map((edits) => {
          let text = start;
          let pieces = PieceText.of(text);
          for (const { at, removed, insert } of edits) {
            const from = text.length === 0 ? 0 : at % (text.length + 1);
            const to = Math.min(text.length, from + removed);
            pieces = pieces.edit(from, to, insert);
            text = text.slice(0, from) + insert + text.slice(to);
          }
          return { pieces, text };
        });
        const [a, b] = versions;
        const first = firstDifference(a.text, b.text);
        expect(a.pieces.firstDifference(b.pieces)).toBe(first);
        expect(b.pieces.firstDifference(a.pieces)).toBe(first);
        const floor = floorRoll % (first + 1);
        expect(a.pieces.commonSuffix(b.pieces, floor)).toBe(commonSuffix(a.text, b.text, floor));
        expect(b.pieces.commonSuffix(a.pieces, floor)).toBe(commonSuffix(a.text, b.text, floor));
      }),
      { numRuns: 300, seed: 19 },
    );
  });

  it('gives the analysis of its string to a sectioned analysis with a memo, over random typing', () => {
    let text = largeDocument(7, SECTIONED_FROM + 40_000);
    let pieces = PieceText.of(text);
    const memo = new SectionMemo();
    expect(analyseInSections(pieces, undefined, DEFAULT_CONFLICT_RULES, memo)).toEqual(analyseInSections(text, undefined, DEFAULT_CONFLICT_RULES));
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom('', ' policy', '\n\n', ' 42 staff', 'Published 9 May 2015\n\n', '\u{1F600}'), fc.nat({ max: 30 }), (position, insert, removed) => {
        const at = position % text.length;
        const end = Math.min(text.length, at + removed);
        text = text.slice(0, at) + insert + text.slice(end);
        pieces = pieces.edit(at, end, insert);
        expect(analyseInSections(pieces, undefined, DEFAULT_CONFLICT_RULES, memo)).toEqual(analyseInSections(text, undefined, DEFAULT_CONFLICT_RULES));
      }),
      { numRuns: 12, seed: 5 },
    );
  }, 300_000);
});
