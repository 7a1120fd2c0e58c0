import fc from 'fast-check';
import { expect } from 'vitest';
import { CancellationToken, type Connection, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver';
import { Corpus } from '../../../server/src/engine/corpus';
import { CorpusState } from '../../../server/src/lsp/corpusState';
import { conflictDiagnostics } from '../../../server/src/lsp/diagnostics';
import { DiagnosticsPublisher } from '../../../server/src/lsp/diagnosticsPublisher';
import { PieceDocument } from '../../../server/src/lsp/pieceDocument';
import { ReviewStore } from '../../../server/src/lsp/reviews';

// An editor typing into open documents the way VS Code sends it (incremental content changes,
// sometimes several before the analysis runs), against the server's corpus and diagnostics
// publisher; and the check that everything the incremental path maintains equals a corpus built
// afresh from the final texts. Shared by the property tests of incremental analysis.

/** Three sources that disagree about one company (its form, a post, a count): the corpus the typing property tests edit. */
export const THREE_SOURCES: Readonly<Record<string, string>> = {
  'file:///w/a.txt':
    'Published 3 March 2011\n\nCircle Health is an employee-owned co-operative, said Ali Parsa, chief executive of Circle Health.\n\nThe King\u2019s Fund said 770 staff work at Hinchingbrooke Hospital.',
  'file:///w/b.txt':
    'Published 4 March 2011\n\nCircle Health is not an employee-owned co-operative. Ali Parsa, managing director of Circle Health, disagreed.\n\nAbout 650 staff work at Hinchingbrooke Hospital, according to the King\u2019s Fund.',
  'file:///w/c.txt':
    'Published 5 March 2011\n\nMutuals UK said 49.9% of Circle Health is owned by its employees.\u00a0The Cabinet Office gave \u00a310 million to Mutuals UK in 2011.\n\nMr Parsa said over 60 per cent of staff agreed.',
};

/** One keystroke-sized edit. `at` is taken modulo the text's length plus one, so it always lands inside the text. */
export interface Edit {
  doc: number;
  at: number;
  deleteLength: number;
  insert: string;
  /** Analyse now, or let the edit join the next ones (a burst analysed once). */
  flush: boolean;
}

/** What editors insert: words and names that make and unmake claims, numbers, line and paragraph breaks, astral characters. */
export const FRAGMENTS = [
  ' not',
  ' is an employee-owned co-operative.',
  ' Circle Health',
  'Ali Parsa',
  ' Parsa',
  'Ed Mayo, Secretary General of Co-operatives UK,',
  ' 650 staff',
  ' 770',
  '49.9%',
  ' \u00a310 million',
  ' in 2012',
  '\n',
  '\n\n',
  ' ',
  'x',
  '\ud835\udcb3',
  '\ud83d\ude00',
  '\u201cquoted\u201d',
];

/** Random edits over `docCount` open documents. */
export function editArbitrary(docCount: number): fc.Arbitrary<Edit> {
  return fc.record({
    doc: fc.nat({ max: docCount - 1 }),
    at: fc.nat({ max: 1_000_000 }),
    deleteLength: fc.oneof(fc.constant(0), fc.nat({ max: 12 }), fc.nat({ max: 80 })),
    insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constant(''), fc.string({ maxLength: 4 })),
    flush: fc.boolean(),
  });
}

export type EditorSession = ReturnType<typeof editorSession>;

/**
 * Opens `docs` (key → text) in an editor session. With `pull`, the client pulls diagnostics
 * (LSP 3.17) and `published` holds what it shows after its latest pull of each document; with
 * `push`, what the server last published. `diskDocs` are in the corpus without being open.
 */
export function editorSession(docs: Record<string, string>, mode: 'push' | 'pull' = 'push', diskDocs: Record<string, string> = {}) {
  const keys = Object.keys(docs);
  const published = new Map<string, Diagnostic[]>();
  const connection = {
    sendDiagnostics: (params: PublishDiagnosticsParams) => published.set(params.uri, params.diagnostics),
    languages: {
      diagnostics: {
        refresh: () => {
          refreshRequested = true;
          return Promise.resolve();
        },
      },
    },
  } as unknown as Connection;
  let refreshRequested = false;
  /** Documents the client pulls at its next pull without being asked: those it opened or changed. */
  const changed = new Set(keys);
  const state = new CorpusState(new Corpus(), (error) => {
    throw error;
  });
  const reviews = new ReviewStore(undefined);
  const publisher = new DiagnosticsPublisher(connection, state, reviews, () => ({ checkOn: 'type', severity: 'warning' }), { pull: mode === 'pull' });
  // As the session does once ready.
  state.onChange((change) => publisher.corpusChanged(change));
  for (const [key, text] of Object.entries(diskDocs)) state.putDiskText(key, text, 'index');
  const resultIds = new Map<string, string | undefined>();
  /**
   * The client pulls the documents it changed, and every open document once the server has asked
   * it to (workspace/diagnostic/refresh, sent on the next turn of the event loop), sending the
   * result id it holds; it shows what comes back. It never pulls others on its own, so a refresh
   * the server forgets to ask for leaves a stale set, and the comparison with a fresh corpus fails.
   */
  const pullAll = async () => {
    if (mode !== 'pull') return;
    await new Promise((resolve) => setImmediate(resolve));
    const everything = refreshRequested;
    refreshRequested = false;
    for (const key of keys) {
      if (!everything && !changed.has(key)) continue;
      const report = publisher.pull(key, resultIds.get(key), true, CancellationToken.None);
      if (report.kind === 'full') {
        published.set(key, report.items);
        resultIds.set(key, report.resultId);
      }
    }
    changed.clear();
  };
  // The server's own documents, which keep their text in pieces (pieceDocument.ts).
  const documents = new Map<string, PieceDocument>();
  const session = { keys, state, published, documents, reviews, pullAll, diskDocs, changed, publisher, mode };
  for (const key of keys) openInEditor(session, key, docs[key], false);
  return session;
}

/** The editor opens a document (`listed`: one more document the session types into and checks). */
export function openInEditor(
  session: { keys: string[]; state: CorpusState; documents: Map<string, PieceDocument>; changed: Set<string>; publisher: DiagnosticsPublisher; mode: 'push' | 'pull' },
  key: string,
  text: string,
  listed = true,
): void {
  const document = new PieceDocument(key, 'plaintext', 1, text);
  if (listed) session.keys.push(key);
  session.documents.set(key, document);
  session.changed.add(key);
  if (session.mode === 'pull') session.publisher.editorOpened(key);
  session.state.editorOpened(key, key, document);
}

export function applyEdit(session: EditorSession, edit: Edit): void {
  const key = session.keys[edit.doc % session.keys.length];
  const document = session.documents.get(key)!;
  const text = document.getText();
  const start = edit.at % (text.length + 1);
  const end = Math.min(text.length, start + edit.deleteLength);
  const range = { start: document.positionAt(start), end: document.positionAt(end) };
  document.update([{ range, text: edit.insert }], document.version + 1);
  const next = document;
  session.documents.set(key, next);
  session.changed.add(key);
  session.state.editorChanged(key, next);
  if (edit.flush) session.state.flushAll();
}

/** A corpus built in one go from the texts, as a full re-analysis would build it. */
function fresh(texts: Map<string, string>): CorpusState {
  const state = new CorpusState(new Corpus(), (error) => {
    throw error;
  });
  for (const [key, text] of texts) state.putDiskText(key, text, 'index');
  return state;
}

/** Entities, claims, conflicts and the diagnostics the client shows all equal a fresh corpus's. */
export async function expectSameAsFresh(session: EditorSession): Promise<void> {
  session.state.flushAll();
  await session.pullAll();
  const texts = new Map([...Object.entries(session.diskDocs), ...[...session.documents].map(([key, document]) => [key, document.getText()] as const)]);
  const full = fresh(texts);
  for (const key of session.keys) {
    const incremental = session.state.engine.get(key)!;
    const rebuilt = full.engine.get(key)!;
    expect(incremental.text).toBe(rebuilt.text);
    expect(incremental.analysis).toEqual(rebuilt.analysis);
    expect(session.state.engine.conflictsForDoc(key)).toEqual(full.engine.conflictsForDoc(key));
    const expected = conflictDiagnostics(full, session.reviews, key, 'warning');
    expect(session.published.get(key) ?? []).toEqual(expected);
  }
  expect(session.state.engine.conflicts()).toEqual(full.engine.conflicts());
}
