import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineMap } from '../../../server/src/lsp/positions';
import { checkProperty, FUZZ_RUNS, lineHeavyText, policyText } from './arbitraries';

// The server converts engine offsets to LSP positions in one place (lsp/positions.ts). The editor
// side of that conversion is vscode-languageserver-textdocument, so the two must agree on every
// offset of every text: CRLF, lone CR, mixed endings, astral characters and lone surrogates included.

const anyText = fc.oneof(lineHeavyText(), policyText(20));
const textAndOffset = anyText.chain((text) => fc.tuple(fc.constant(text), fc.integer({ min: -3, max: text.length + 3 })));

const insideCrlf = (text: string, offset: number) => offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;

describe.each(FUZZ_RUNS)('LSP positions and engine offsets ($label)', (run) => {
  it('agree with the editor’s own conversion for every offset, clamped at both ends', () => {
    checkProperty(
      fc.property(textAndOffset, ([text, offset]) => {
        const lines = new LineMap(text);
        const document = TextDocument.create('file:///fuzz.txt', 'plaintext', 1, text);
        expect(lines.positionAt(offset)).toEqual(document.positionAt(offset));
        expect(lines.lineCount).toBe(document.lineCount);
      }),
      run,
      15_000,
    );
  });

  it('round-trip: an offset becomes a position and comes back unchanged (except between CR and LF, which is not a place)', () => {
    checkProperty(
      fc.property(textAndOffset, ([text, raw]) => {
        const offset = Math.max(0, Math.min(raw, text.length));
        const lines = new LineMap(text);
        const back = lines.offsetAt(lines.positionAt(offset));
        if (insideCrlf(text, offset)) expect(back).toBe(offset - 1);
        else expect(back).toBe(offset);
      }),
      run,
      15_000,
    );
  });

  it('turn any position, even out of range or negative, into an offset inside the text that the editor agrees with', () => {
    const position = fc.record({ line: fc.integer({ min: -2, max: 40 }), character: fc.integer({ min: -2, max: 200 }) });
    checkProperty(
      fc.property(anyText, position, (text, at) => {
        const offset = new LineMap(text).offsetAt(at);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(text.length);
        if (at.line >= 0 && at.character >= 0) {
          expect(offset).toBe(TextDocument.create('file:///fuzz.txt', 'plaintext', 1, text).offsetAt(at));
        }
      }),
      run,
      10_000,
    );
  });
});
