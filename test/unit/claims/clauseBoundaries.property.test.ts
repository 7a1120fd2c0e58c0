import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundaryScanner, isBoundary } from '../../../server/src/engine/claims/clauseBoundaries';

// The mood words' clauses end at boundaries found by a scanner that remembers its last scan. Asked
// in any order, over any text, it must answer as a fresh scan from the word would.

const PIECES = ['a', 'word', ' ', ',', ', ', ',5', ';', ':', '(', ')', '—', '–', ' - ', '-', '\u00a0', '.', '4'];

function firstByScan(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (isBoundary(text, i)) return i;
  return limit;
}

function lastByScan(text: string, before: number, floor: number): number {
  for (let i = before - 1; i > floor; i--) if (isBoundary(text, i)) return i;
  return -1;
}

const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));
const asks = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 25 });

describe('the clause boundary scanner', () => {
  it('finds the first boundary from a word as a fresh scan does', () => {
    fc.assert(
      fc.property(texts, asks, (text, questions) => {
        const scanner = new BoundaryScanner(text);
        const n = text.length + 1;
        for (const [a, b, c] of questions) {
          // limits from a few sentence ends, so that the scanner's memory is often reused
          const limit = [text.length, (b % n), Math.floor(text.length / 2)][c % 3]!;
          const from = a % n;
          expect(scanner.firstFrom(from, limit)).toBe(firstByScan(text, from, limit));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the last boundary before a word as a fresh scan does', () => {
    fc.assert(
      fc.property(texts, asks, (text, questions) => {
        const scanner = new BoundaryScanner(text);
        const n = text.length + 1;
        for (const [a, b, c] of questions) {
          const floor = [0, b % n, Math.floor(text.length / 2)][c % 3]!;
          const before = a % n;
          expect(scanner.lastBefore(before, floor)).toBe(lastByScan(text, before, floor));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the last boundary before words in text order as a fresh scan does', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 25 }), (text, offsets) => {
        const scanner = new BoundaryScanner(text);
        const n = text.length + 1;
        for (const at of offsets.map((o) => o % n).sort((x, y) => x - y)) {
          expect(scanner.lastBefore(at, 0)).toBe(lastByScan(text, at, 0));
          expect(scanner.firstFrom(at, text.length)).toBe(firstByScan(text, at, text.length));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
