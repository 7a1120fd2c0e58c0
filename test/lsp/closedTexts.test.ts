import { describe, expect, it } from 'vitest';
import type { Hover, Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../../server/src/engine/corpus';
import { CorpusState } from '../../server/src/lsp/corpusState';
import { conflictDiagnostics } from '../../server/src/lsp/diagnostics';
import { hover } from '../../server/src/lsp/hover';
import { excerpt } from '../../server/src/lsp/markdown';
import { references } from '../../server/src/lsp/navigation';
import { ReviewStore } from '../../server/src/lsp/reviews';

// A document the editor opens is kept as the string typed into; closed again, as UTF-8 outside
// the heap. Nothing the server answers may tell the two apart: not a hover (which quotes other
// documents), not a diagnostic (which quotes the conflicting source), not a location.

const A = 'file:///corpus/a.txt';
const B = 'file:///corpus/b.txt';
const TEXTS: Record<string, string> = {
  [A]: '\u201cCircle Health is an employee-owned co-operative,\u201d said Ali\u00a0Parsa on 4 March 2011.\r\nIt has 650 staff.\r\n',
  [B]: 'Published 9 May 2012\n\nCircle Health \ud83d\ude00 is not an employee-owned co-operative \u2013 it has 770 staff, Ed Mayo said.\n',
};

function diskCorpus(): CorpusState {
  const state = new CorpusState(new Corpus(), (error) => {
    throw error;
  });
  for (const [doc, text] of Object.entries(TEXTS)) state.putDiskText(doc, text, 'index');
  return state;
}

function at(doc: string, words: string): Position {
  return TextDocument.create(doc, 'plaintext', 0, TEXTS[doc]).positionAt(TEXTS[doc].indexOf(words) + 1);
}

function markdownOf(answer: Hover | null): string {
  return (answer?.contents as { value: string } | undefined)?.value ?? '';
}

/** Everything the server would answer about the two documents. */
function answers(state: CorpusState) {
  const reviews = new ReviewStore(undefined);
  return {
    hovers: [hover(state, A, at(A, 'Circle Health')), hover(state, B, at(B, 'Circle Health')), hover(state, B, at(B, 'is not an'))].map(markdownOf),
    diagnostics: [conflictDiagnostics(state, reviews, A, 'warning'), conflictDiagnostics(state, reviews, B, 'warning')],
    references: references(state, A, at(A, 'Circle Health'), true),
    lines: [state.linesOf(A)!.range(0, TEXTS[A].length), state.linesOf(B)!.range(0, TEXTS[B].length)],
  };
}

describe('opening and closing a document', () => {
  it('switches how its text is kept without changing any hover, diagnostic or location', () => {
    const state = diskCorpus();
    const closedBefore = answers(state);
    expect(state.engine.heldAsString(B)).toBe(false);
    expect(closedBefore.diagnostics[0].length).toBeGreaterThan(0);
    expect(closedBefore.diagnostics[1].length).toBeGreaterThan(0);
    expect(closedBefore.hovers[0]).toContain('Other mentions');

    state.editorOpened(B, B, TextDocument.create(B, 'plaintext', 1, TEXTS[B]));
    expect(state.engine.heldAsString(B)).toBe(true);
    expect(answers(state)).toEqual(closedBefore);

    state.editorClosed(B);
    state.putDiskText(B, TEXTS[B], 'close');
    expect(state.engine.heldAsString(B)).toBe(false);
    expect(state.snapshot(B)!.text).toBe(TEXTS[B]);
    expect(answers(state)).toEqual(closedBefore);
  });

  it('quotes another document around a mention exactly as an excerpt of its whole text would', () => {
    const state = diskCorpus();
    const text = TEXTS[B];
    for (let start = 0; start < text.length; start += 5) {
      for (const context of [0, 3, 40]) {
        const end = Math.min(text.length, start + 7);
        const around = state.textAround(B, start, end, context)!;
        expect(excerpt(around.text, around.start, around.end, context)).toBe(excerpt(text, start, end, context));
      }
    }
  });
});
