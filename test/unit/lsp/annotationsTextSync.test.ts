import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { updateNotingChanges } from '../../../server/src/lsp/annotationsTextSync';

// Annotations follow the editor's edits from the offsets updateNotingChanges notes: those must be
// exactly what the document did, for any edit VS Code can send (several changes in one event, each
// relative to the text the one before left; ranges given end first; CRLF line ends; astral
// characters; a change replacing the whole text), and when a malformed edit leaves them unsure they
// must say so rather than be wrong.

const piece = fc.constantFrom('a', 'b', ' ', '\n', '\r\n', '\r', '😀', 'é', 'Co-op', '\u00a0');
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** A change placed by fractions of the text it applies to, so that its range lies within that text. */
const placedChange = fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), to: fc.double({ min: 0, max: 1, noNaN: true }), text, whole: fc.boolean() });
/** Any range at all, as a misbehaving client may send: past the last line, past a line's end. */
const anyPosition = fc.record({ line: fc.nat(8), character: fc.nat(12) });
const anyChange: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: anyPosition, end: anyPosition }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

/** The text the changes make of `before`; each must lie within the text it applies to. */
function applyOffsets(before: string, changes: ReadonlyArray<{ start: number; end: number; text: string }>): string {
  let result = before;
  for (const { start, end, text: inserted } of changes) {
    expect(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= result.length).toBe(true);
    result = result.slice(0, start) + inserted + result.slice(end);
  }
  return result;
}

/** The placed changes as the editor would send them: each range in positions of the text the previous changes left. */
function asEditorChanges(initial: string, placed: ReadonlyArray<{ from: number; to: number; text: string; whole: boolean }>): TextDocumentContentChangeEvent[] {
  const shadow = TextDocument.create('file:///shadow.txt', 'plaintext', 1, initial);
  return placed.map(({ from, to, text: inserted, whole }, i) => {
    const length = shadow.getText().length;
    const change: TextDocumentContentChangeEvent = whole
      ? { text: inserted }
      : { range: { start: shadow.positionAt(Math.round(from * length)), end: shadow.positionAt(Math.round(to * length)) }, text: inserted };
    TextDocument.update(shadow, [change], i + 2);
    return change;
  });
}

describe('updateNotingChanges', () => {
  it('notes every edit within the text, and the offsets, applied in order to the text before, give the text the document holds after', () => {
    fc.assert(
      fc.property(text, fc.array(placedChange, { minLength: 1, maxLength: 4 }), (initial, placed) => {
        const changes = asEditorChanges(initial, placed);
        const expected = TextDocument.update(TextDocument.create('file:///a.txt', 'plaintext', 1, initial), changes, 2).getText();
        const updated = updateNotingChanges(TextDocument.create('file:///a.txt', 'plaintext', 1, initial), changes, 2);
        expect(updated.document.getText()).toBe(expected);
        expect(updated.document.version).toBe(2);
        expect(updated.changes).toBeDefined();
        expect(applyOffsets(initial, updated.changes!)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('for any edit at all, either notes offsets that give the new text or says it could not', () => {
    fc.assert(
      fc.property(text, fc.array(anyChange, { minLength: 1, maxLength: 4 }), (initial, changes) => {
        const expected = TextDocument.update(TextDocument.create('file:///a.txt', 'plaintext', 1, initial), changes, 2).getText();
        const updated = updateNotingChanges(TextDocument.create('file:///a.txt', 'plaintext', 1, initial), changes, 2);
        expect(updated.document.getText()).toBe(expected);
        if (updated.changes) expect(applyOffsets(initial, updated.changes)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('notes each change at the offsets of its range in the text it was made to, a range given end first from its earlier end', () => {
    const updated = updateNotingChanges(
      TextDocument.create('file:///a.txt', 'plaintext', 1, 'one\r\ntwo 😀 three\nfour'),
      [
        { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 6 } }, text: 'smile' },
        { range: { start: { line: 1, character: 0 }, end: { line: 0, character: 3 } }, text: ' ' },
      ],
      2,
    );
    expect(updated.changes).toEqual([
      { start: 9, end: 11, text: 'smile' },
      { start: 3, end: 5, text: ' ' },
    ]);
    expect(updated.document.getText()).toBe('one two smile three\nfour');
  });
});
