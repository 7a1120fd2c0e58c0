import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shownAlike, textEdit } from '../../../server/src/engine/corpus/textEdit';
import type { Claim } from '../../../server/src/engine/types';

// Other documents show a claim by its line and column and by its words, with "…" where the text
// goes on. shownAlike may say "alike" only when all of that is the same.

function lineAndColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return [line, offset - (before.lastIndexOf('\n') + 1)];
}

function shown(text: string, start: number, end: number): string {
  return JSON.stringify([lineAndColumn(text, start), lineAndColumn(text, end), start > 0, end < text.length, text.slice(start, end)]);
}

function claimAt(start: number, end: number, text: string): Claim {
  return { start, end, text: text.slice(start, end), subject: 's', subjectName: 'S', attribute: 'a', value: { kind: 'role', title: 't' } };
}

const piece = fc.constantFrom('a', 'b c', '\n', '\n\n', 'Circle', ' ', 'x\ny');

describe('whether an edit changes how a claim is shown elsewhere', () => {
  it('says "the same" only when the line, column, words and surrounding ellipses are all the same', () => {
    let same = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 3, maxLength: 30 }), fc.nat(), fc.nat(), fc.nat(), fc.array(piece, { maxLength: 3 }), (pieces, a, b, c, inserted) => {
        const oldText = pieces.join('');
        const at = a % (oldText.length + 1);
        const removed = Math.min(b % 4, oldText.length - at);
        const insert = inserted.join('');
        const newText = oldText.slice(0, at) + insert + oldText.slice(at + removed);
        const edit = textEdit(oldText, newText);
        // A claim of the old text that the edit did not touch, at its new place.
        const start = c % (oldText.length + 1);
        const end = Math.min(oldText.length, start + 1 + (c % 5));
        if (!(end <= at || start >= at + removed) || end <= start) return;
        const shift = start >= at + removed && !(start === at && removed === 0 && end <= at) ? insert.length - removed : 0;
        const before = claimAt(start, end, oldText);
        const after = claimAt(start + shift, end + shift, newText);
        if (after.text !== before.text) return;
        if (shownAlike(before, after, edit)) {
          same++;
          expect(shown(newText, after.start, after.end)).toBe(shown(oldText, before.start, before.end));
        }
      }),
      { numRuns: 3000, seed: 5 },
    );
    expect(same).toBeGreaterThan(300);
  });

  it('finds the one stretch that changed', () => {
    expect(textEdit('one two three', 'one 2 three')).toMatchObject({ start: 4, oldEnd: 7, newEnd: 5, lineDelta: 0 });
    expect(textEdit('a\nb', 'a\n\nb')).toMatchObject({ start: 2, oldEnd: 2, newEnd: 3, lineDelta: 1 });
  });

  it('tells a claim after typing on another line apart from one on the typed line or below a new line break', () => {
    const before = 'Intro words.\nCircle is a charity.';
    const claim = (text: string) => claimAt(text.indexOf('Circle'), text.indexOf('Circle') + 6, text);
    const alike = (after: string) => shownAlike(claim(before), claim(after), textEdit(before, after));
    expect(alike('Intro more words.\nCircle is a charity.')).toBe(true);
    expect(alike('Intro words.\nSo Circle is a charity.')).toBe(false);
    expect(alike('Intro\nwords.\nCircle is a charity.')).toBe(false);
    expect(alike('Intro words.\nCircle is a charity. More.')).toBe(true);
  });
});
