import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceDocument } from '../../../server/src/lsp/pieceDocument';

// The server's documents keep their text in pieces; to the editor's protocol they are the library's
// TextDocument: the same text, positions, offsets, lines and ranges after any incremental change.

const words = fc.constantFrom('', 'a', ' policy', '\n', '\r\n', '\r', '\n\n', '\u{1F600}', 'Line one\r\nLine two', 'x'.repeat(20_000));
const position = fc.record({ line: fc.integer({ min: -1, max: 60 }), character: fc.integer({ min: -1, max: 25_000 }) });
const change = fc.oneof(
  fc.record({ range: fc.record({ start: position, end: position }), text: words }),
  fc.record({ text: fc.array(words, { maxLength: 8 }).map((parts) => parts.join('')) }),
);

describe('a document in pieces', () => {
  it('reads as the library document after every change of a random sequence', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 15 }), fc.array(position, { maxLength: 5 }), (parts, changes, probes) => {
        const initial = parts.join('');
        const library = TextDocument.create('file:///a.txt', 'plaintext', 1, initial);
        const pieces = new PieceDocument('file:///a.txt', 'plaintext', 1, initial);
        let version = 1;
        for (const given of changes) {
          version++;
          // An editor's ranges name lines of the document as the batch's earlier changes left it (the
          // library leaves holes in its line offsets for lines past the end), so the library takes
          // the batch one change at a time to know its lines, and the pieces take it whole.
          const batch = [];
          for (const change of given) {
            const inside = (p: { line: number; character: number }) => ({ ...p, line: Math.min(p.line, library.lineCount - 1) });
            const sent = 'range' in change ? { ...change, range: { start: inside(change.range.start), end: inside(change.range.end) } } : change;
            TextDocument.update(library, [sent], version);
            batch.push(sent);
          }
          pieces.update(batch, version);
          expect(pieces.getText()).toBe(library.getText());
          expect(pieces.version).toBe(version);
          expect(pieces.lineCount).toBe(library.lineCount);
          for (const probe of probes) {
            expect(pieces.offsetAt(probe)).toBe(library.offsetAt(probe));
            const offset = Math.abs(probe.character) * 3;
            expect(pieces.positionAt(offset)).toEqual(library.positionAt(offset));
            const range = { start: probe, end: pieces.positionAt(offset) };
            expect(pieces.getText(range)).toBe(library.getText(range));
            expect(pieces.getLineRange(probe.line)).toEqual(library.getLineRange(probe.line));
            expect(pieces.getEOLCharacters(probe.line)).toBe(library.getEOLCharacters(probe.line));
          }
        }
      }),
      { numRuns: 200, seed: 18 },
    );
  });
});
