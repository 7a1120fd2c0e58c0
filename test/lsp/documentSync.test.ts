import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../../server/src/engine/corpus';
import type { DocumentAnalysis } from '../../server/src/engine/types';
import { CorpusState } from '../../server/src/lsp/corpusState';
import { DiagnosticsPublisher } from '../../server/src/lsp/diagnosticsPublisher';
import { ReviewStore } from '../../server/src/lsp/reviews';

// Typing: how edits reach the engine and when diagnostics go out. The analyser is a counting
// stand-in so the tests see exactly how often, and on which text, analysis runs.

const DOC = 'file:///w/a.txt';
let analysed: string[];
let sent: PublishDiagnosticsParams[];
let state: CorpusState;
let publisher: DiagnosticsPublisher;

const analyse = (text: string): DocumentAnalysis => {
  analysed.push(text);
  return { entities: [], claims: [] };
};

beforeEach(() => {
  vi.useFakeTimers();
  analysed = [];
  sent = [];
  state = new CorpusState(new Corpus({ analyse }), (error) => {
    throw error;
  });
  const connection = { sendDiagnostics: (params: PublishDiagnosticsParams) => sent.push(params) } as unknown as Connection;
  publisher = new DiagnosticsPublisher(connection, state, new ReviewStore(undefined), () => ({ checkOn: 'type', severity: 'warning' }));
});

afterEach(() => vi.useRealTimers());

function typed(document: TextDocument, text: string): TextDocument {
  const end = document.positionAt(document.getText().length);
  return TextDocument.update(document, [{ range: { start: end, end }, text }], document.version + 1);
}

describe('edits from the editor', () => {
  it('analyse an isolated edit on the next turn of the event loop', () => {
    const opened = TextDocument.create(DOC, 'plaintext', 1, 'Circle');
    state.editorOpened(DOC, DOC, opened);
    state.editorChanged(DOC, typed(opened, ' Health'));
    expect(analysed).toEqual(['Circle']);
    vi.advanceTimersByTime(0);
    expect(analysed).toEqual(['Circle', 'Circle Health']);
  });

  it('analyse a burst of keystrokes once, when it pauses', () => {
    let document = TextDocument.create(DOC, 'plaintext', 1, '');
    state.editorOpened(DOC, DOC, document);
    for (const key of 'NHS Trust') {
      document = typed(document, key);
      state.editorChanged(DOC, document);
      vi.advanceTimersByTime(10);
    }
    // The first key went through at once; the rest were one burst.
    vi.advanceTimersByTime(100);
    expect(analysed).toEqual(['', 'N', 'NHS Trust']);
  });

  it('ignore the content event that repeats what didOpen brought', () => {
    const opened = TextDocument.create(DOC, 'plaintext', 1, 'Circle');
    state.editorOpened(DOC, DOC, opened);
    state.editorChanged(DOC, opened);
    vi.advanceTimersByTime(100);
    expect(analysed).toEqual(['Circle']);
  });

  it('are applied before anything reads the document', () => {
    const opened = TextDocument.create(DOC, 'plaintext', 1, 'Circle');
    state.editorOpened(DOC, DOC, opened);
    state.editorChanged(DOC, typed(opened, ' Health'));
    expect(state.snapshot(DOC)?.text).toBe('Circle Health');
    expect(state.snapshot(DOC)?.version).toBe(2);
  });
});

describe('publishing diagnostics', () => {
  it('never publishes a result for a version the editor has moved past', () => {
    const opened = TextDocument.create(DOC, 'plaintext', 1, 'Circle');
    state.editorOpened(DOC, DOC, opened);
    state.editorChanged(DOC, typed(opened, ' Health'));
    expect(publisher.publish(DOC)).toBeUndefined();
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(publisher.publish(DOC)).toBe(0);
    expect(sent).toEqual([{ uri: DOC, version: 2, diagnostics: [] }]);
  });

  it('clears a closed document that showed diagnostics only once, and ignores one that showed none', () => {
    publisher.clear(DOC);
    expect(sent).toEqual([]);
  });
});
