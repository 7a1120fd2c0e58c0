import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDifference, textEdit } from '../../../server/src/engine/corpus/textEdit';

// Every keystroke in a large document is located by comparing its new text with the old one
// (textEdit.ts compares in stretches that grow and shrink): checked here against a comparison
// one character at a time, at every scale, and at the stretches' edges.

function naiveFirstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function naiveCommonSuffix(a: string, b: string, floor: number): number {
  let n = 0;
  while (n < Math.min(a.length, b.length) - floor && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Offsets near multiples of the compared stretches (256 doubled), where an off-by-one would hide. */
const nearStretchEdge = fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: -2, max: 2 })).map(([power, times, nudge]) => 256 * 2 ** power * times + nudge);

describe('finding where a keystroke changed a long text', () => {
  it('finds the same first difference, edit start and ends as a character-by-character comparison', () => {
    const base = Array.from({ length: 300_000 }, (_, i) => 'ab c\n'[(i * 7919) % 5]).join('');
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: base.length }), nearStretchEdge),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('', 'x', 'ab', 'a', '\n', 'c'.repeat(600)),
        fc.integer({ min: 1_000, max: base.length }),
        (position, removed, insert, length) => {
          const old = base.slice(0, length);
          const at = Math.max(0, Math.min(position, old.length));
          const edited = old.slice(0, at) + insert + old.slice(Math.min(old.length, at + removed));
          const start = naiveFirstDifference(old, edited);
          expect(firstDifference(old, edited)).toBe(start);
          const suffix = naiveCommonSuffix(old, edited, start);
          expect(textEdit(old, edited)).toMatchObject({ start, oldEnd: old.length - suffix, newEnd: edited.length - suffix });
        },
      ),
      { numRuns: 400, seed: 23 },
    );
  });

  it('finds no difference between equal texts, and the shorter length when one begins the other', () => {
    const text = 'policy '.repeat(50_000);
    expect(firstDifference(text, `${text}`)).toBe(text.length);
    expect(firstDifference(text, `${text} more`)).toBe(text.length);
    expect(firstDifference(`${text} more`, text)).toBe(text.length);
    expect(textEdit(text, `${text}`)).toMatchObject({ start: text.length, oldEnd: text.length, newEnd: text.length });
  });
});
