import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CancellationToken, type Connection, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../../../server/src/engine/corpus';
import { CorpusState } from '../../../server/src/lsp/corpusState';
import { conflictDiagnostics, DiagnosticsPublisher } from '../../../server/src/lsp/diagnostics';
import { ReviewStore } from '../../../server/src/lsp/reviews';

// The guard that lets the fast path exist: after every edit of a long random sequence, typed into
// open documents as the editor sends it (incremental content changes, sometimes several before the
// analysis runs), the incrementally maintained corpus (entities, claims, conflicts) and the
// diagnostics last published for every document are exactly what a corpus built afresh from the
// final texts gives. Republishing only the documents a delta names is thereby shown to be enough.

const DOCS: Record<string, string> = {
  'file:///w/a.txt':
    'Published 3 March 2011\n\nCircle Health is an employee-owned co-operative, said Ali Parsa, chief executive of Circle Health.\n\nThe King\u2019s Fund said 770 staff work at Hinchingbrooke Hospital.',
  'file:///w/b.txt':
    'Published 4 March 2011\n\nCircle Health is not an employee-owned co-operative. Ali Parsa, managing director of Circle Health, disagreed.\n\nAbout 650 staff work at Hinchingbrooke Hospital, according to the King\u2019s Fund.',
  'file:///w/c.txt':
    'Published 5 March 2011\n\nMutuals UK said 49.9% of Circle Health is owned by its employees.\u00a0The Cabinet Office gave \u00a310 million to Mutuals UK in 2011.\n\nMr Parsa said over 60 per cent of staff agreed.',
};
const KEYS = Object.keys(DOCS);

/** What editors insert: words and names that make and unmake claims, numbers, line and paragraph breaks, astral characters. */
const FRAGMENTS = [
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

interface Edit {
  doc: number;
  /** Where: taken modulo the text's length plus one, so the edit lands inside whatever text the sequence has made. */
  at: number;
  deleteLength: number;
  insert: string;
  /** Analyse now, or let the edit join the next ones (a burst analysed once). */
  flush: boolean;
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  doc: fc.nat({ max: KEYS.length - 1 }),
  at: fc.nat({ max: 1_000_000 }),
  deleteLength: fc.oneof(fc.constant(0), fc.nat({ max: 12 }), fc.nat({ max: 80 })),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constant(''), fc.string({ maxLength: 4 })),
  flush: fc.boolean(),
});

/**
 * An editor session over the three documents. With `pull`, the client pulls diagnostics (LSP 3.17)
 * and `published` holds what it shows after its latest pull of each document.
 */
function incrementalSession(mode: 'push' | 'pull' = 'push') {
  const published = new Map<string, Diagnostic[]>();
  const connection = {
    sendDiagnostics: (params: PublishDiagnosticsParams) => published.set(params.uri, params.diagnostics),
    languages: { diagnostics: { refresh: () => Promise.resolve() } },
  } as unknown as Connection;
  const state = new CorpusState(new Corpus(), (error) => {
    throw error;
  });
  const reviews = new ReviewStore(undefined);
  const publisher = new DiagnosticsPublisher(connection, state, reviews, () => ({ checkOn: 'type', severity: 'warning' }), { pull: mode === 'pull' });
  // As the session does once ready: the changed documents and those whose conflicts changed, and
  // for a pulling client, the documents typed into, which it pulls by itself.
  state.onChange((change) => {
    const ownEdits = change.cause === 'typing' || change.cause === 'open' ? change.docs : [];
    publisher.corpusChanged(new Set([...change.docs, ...change.conflictDocs]), change.cause === 'typing', ownEdits, change.conflictDocs);
  });
  const resultIds = new Map<string, string | undefined>();
  /** The client pulls every document, sending the result id it holds, and shows what comes back. */
  const pullAll = () => {
    for (const key of KEYS) {
      const report = publisher.pull(key, resultIds.get(key), true, CancellationToken.None);
      if (report.kind === 'full') {
        published.set(key, report.items);
        resultIds.set(key, report.resultId);
      }
    }
  };
  const documents = new Map<string, TextDocument>();
  for (const key of KEYS) {
    const document = TextDocument.create(key, 'plaintext', 1, DOCS[key]);
    documents.set(key, document);
    if (mode === 'pull') publisher.editorOpened(key);
    state.editorOpened(key, key, document);
  }
  return { state, published, documents, reviews, pullAll: mode === 'pull' ? pullAll : () => undefined };
}

function apply(session: ReturnType<typeof incrementalSession>, edit: Edit): void {
  const key = KEYS[edit.doc];
  const document = session.documents.get(key)!;
  const text = document.getText();
  const start = edit.at % (text.length + 1);
  const end = Math.min(text.length, start + edit.deleteLength);
  const range = { start: document.positionAt(start), end: document.positionAt(end) };
  const next = TextDocument.update(document, [{ range, text: edit.insert }], document.version + 1);
  session.documents.set(key, next);
  session.state.editorChanged(key, next);
  if (edit.flush) session.state.flushAll();
}

/** A corpus built in one go from the texts, as a full re-analysis would build it. */
function fresh(texts: Map<string, string>) {
  const state = new CorpusState(new Corpus(), (error) => {
    throw error;
  });
  for (const [key, text] of texts) state.putDiskText(key, text, 'index');
  return state;
}

function expectSameAsFresh(session: ReturnType<typeof incrementalSession>): void {
  session.state.flushAll();
  session.pullAll();
  const texts = new Map([...session.documents].map(([key, document]) => [key, document.getText()]));
  const full = fresh(texts);
  for (const key of KEYS) {
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

describe('incremental analysis of typing', () => {
  it('starts from diagnostics equal to a full analysis, with conflicts to keep in step', () => {
    const session = incrementalSession();
    expectSameAsFresh(session);
    expect(session.state.engine.conflicts().length).toBeGreaterThan(0);
  });

  it('after every edit of a long random sequence, equals a full re-analysis of the texts: entities, claims, conflicts and published diagnostics', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 10, maxLength: 40 }), (edits) => {
        const session = incrementalSession();
        for (const edit of edits) {
          apply(session, edit);
          if (edit.flush) expectSameAsFresh(session);
        }
        expectSameAsFresh(session);
      }),
      { numRuns: 100, endOnFailure: true, markInterruptAsFailure: true, interruptAfterTimeLimit: 60_000 },
    );
  }, 240_000);

  it('after every edit of a long random sequence, a pulling client shows what a full re-analysis gives', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 10, maxLength: 40 }), (edits) => {
        const session = incrementalSession('pull');
        for (const edit of edits) {
          apply(session, edit);
          if (edit.flush) expectSameAsFresh(session);
        }
        expectSameAsFresh(session);
      }),
      { numRuns: 60, endOnFailure: true, markInterruptAsFailure: true, interruptAfterTimeLimit: 60_000 },
    );
  }, 240_000);

  it('keeps the conflicts of a key whose claims only moved, with the claims at their new places', () => {
    const session = incrementalSession();
    const before = session.state.engine.conflicts();
    apply(session, { doc: 1, at: 0, deleteLength: 0, insert: 'Draft\n\n', flush: true });
    const after = session.state.engine.conflicts();
    expect(after.map((conflict) => conflict.id)).toEqual(before.map((conflict) => conflict.id));
    const moved = after.flatMap((conflict) => conflict.claims).find((sourced) => sourced.doc === KEYS[1])!;
    expect(session.documents.get(KEYS[1])!.getText().slice(moved.claim.start, moved.claim.end)).toBe(moved.claim.text);
    expectSameAsFresh(session);
  });
});
