import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../../../server/src/engine/corpus';
import { DEFAULT_CONFLICT_RULES } from '../../../server/src/engine/claims/rules';
import { CorpusState } from '../../../server/src/lsp/corpusState';
import { wordingByDigest, wordingByScan, wordingCounts, type WordingContext } from '../../../server/src/lsp/conflictWording';
import type { Conflict, SourcedClaim } from '../../../server/src/engine/types';
import { conflictDiagnostics } from '../../../server/src/lsp/diagnostics';
import { useCategoryNames } from '../../../server/src/lsp/labels';
import { ReviewStore } from '../../../server/src/lsp/reviews';

// A value's words are kept from one report of a document to the next and taken again when the
// places and sentences they were read from read the same. Whatever the typing in the document and
// the changes to the others, every report must equal the one a corpus that never kept anything
// makes from the same texts: same diagnostics, same order, same words, same links.

const A = 'file:///corpus/a.txt';
const B = 'file:///corpus/b.txt';
const C = 'file:///corpus/c.txt';
const TEXTS: Record<string, string> = {
  [A]: [
    'Published 4 March 2011',
    '',
    'Circle Health is an employee-owned co-operative, said Ali Parsa.',
    'Circle Health has 650 staff.',
    'Later that year Circle Health has 680 staff.',
    '',
    'Circle Health is not an employee-owned co-operative.',
    'Circle Health has 650 staff, and Circle Health has 700 staff.',
    'Northgate Trust has 120 staff.',
    '',
  ].join('\n'),
  [B]: 'Published 4 March 2011\n\nCircle Health is not an employee-owned co-operative \u2013 it has 770 staff, Ed Mayo said.\nNorthgate Trust has 95 staff.\n',
  [C]: 'Circle Health has 700 staff, the annual report says.\nNorthgate Trust has 120 staff.\n',
};

const reviews = new ReviewStore(undefined);
const reportOf = (state: CorpusState, doc: string) => conflictDiagnostics(state, reviews, doc, 'warning');

function corpusOf(texts: Record<string, string>): CorpusState {
  const state = new CorpusState(new Corpus(), (error) => {
    throw error;
  });
  for (const [doc, text] of Object.entries(texts)) state.putDiskText(doc, text, 'index');
  return state;
}

let scratchRuns = 0;

/**
 * The report of A made by a corpus that never kept anything: the same texts under a directory of
 * their own (what is kept from report to report is kept per document), told back in A's directory.
 */
function fromScratch(texts: Record<string, string>) {
  const directory = `file:///scratch-${++scratchRuns}/`;
  const moved = Object.fromEntries(Object.entries(texts).map(([doc, text]) => [doc.replace('file:///corpus/', directory), text]));
  const report = reportOf(corpusOf(moved), A.replace('file:///corpus/', directory));
  return JSON.parse(JSON.stringify(report).replaceAll(directory, 'file:///corpus/')) as unknown;
}

/** An edit: typing in the open document A, or a new disk text for B or C. */
const edit = fc.record({
  doc: fc.constantFrom(A, A, A, B, C),
  at: fc.nat({ max: 10_000 }),
  deleteLength: fc.nat({ max: 6 }),
  insert: fc.constantFrom('\n', '\n\n', ' ', ' policy', '7', '6', '', ' Circle Health has 650 staff.', '\ud83d\ude00'),
});

afterEach(() => useCategoryNames(DEFAULT_CONFLICT_RULES));

describe('words kept between reports of a document', () => {
  it('give, after every edit of a random sequence, the report a corpus that never kept anything makes', () => {
    const before = { ...wordingCounts };
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 15 }), (edits) => {
        const texts = { ...TEXTS };
        const state = corpusOf(texts);
        let document = TextDocument.create(A, 'plaintext', 1, texts[A]);
        state.editorOpened(A, A, document);
        reportOf(state, A);
        for (const { doc, at, deleteLength, insert } of edits) {
          const text = texts[doc];
          const start = at % (text.length + 1);
          const end = Math.min(text.length, start + deleteLength);
          texts[doc] = text.slice(0, start) + insert + text.slice(end);
          if (doc === A) {
            const range = { start: document.positionAt(start), end: document.positionAt(end) };
            document = TextDocument.update(document, [{ range, text: insert }], document.version + 1);
            state.editorChanged(A, document);
            state.applyPendingEdit(A);
          } else {
            state.putDiskText(doc, texts[doc], 'disk');
          }
          expect(reportOf(state, A)).toEqual(fromScratch(texts));
        }
      }),
      { numRuns: 80, seed: 28 },
    );
    // Both ways were taken: words kept, and words made again because a place or sentence changed.
    expect(wordingCounts.kept - before.kept).toBeGreaterThan(100);
    expect(wordingCounts.made - before.made).toBeGreaterThan(100);
  });

  it('are taken again by a report whose document only moved its claims within their lines', () => {
    const state = corpusOf(TEXTS);
    let document = TextDocument.create(A, 'plaintext', 1, TEXTS[A]);
    state.editorOpened(A, A, document);
    reportOf(state, A);
    const at = TEXTS[A].indexOf('Circle Health has 650');
    document = TextDocument.update(document, [{ range: { start: document.positionAt(at), end: document.positionAt(at) }, text: 'Indeed ' }], 2);
    state.editorChanged(A, document);
    state.applyPendingEdit(A);
    const made = wordingCounts.made;
    const kept = wordingCounts.kept;
    const report = reportOf(state, A);
    expect(wordingCounts.kept).toBeGreaterThan(kept);
    expect(wordingCounts.made).toBe(made);
    const text = TEXTS[A].slice(0, at) + 'Indeed ' + TEXTS[A].slice(at);
    expect(report).toEqual(fromScratch({ ...TEXTS, [A]: text }));
  });

  it('are made again when a line above the claims they name is added', () => {
    const state = corpusOf(TEXTS);
    let document = TextDocument.create(A, 'plaintext', 1, TEXTS[A]);
    state.editorOpened(A, A, document);
    const first = reportOf(state, A);
    expect(first.some((diagnostic) => /line \d+ of this document/.test(String(diagnostic.message)))).toBe(true);
    document = TextDocument.update(document, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }], 2);
    state.editorChanged(A, document);
    state.applyPendingEdit(A);
    const report = reportOf(state, A);
    expect(report.map((diagnostic) => diagnostic.message)).not.toEqual(first.map((diagnostic) => diagnostic.message));
    expect(report).toEqual(fromScratch({ ...TEXTS, [A]: `Published 4 March 2011\n\n${TEXTS[A].slice('Published 4 March 2011\n'.length)}` }));
  });

  it('are made again when the statements they quote read differently (new names for categories)', () => {
    const state = corpusOf(TEXTS);
    state.editorOpened(A, A, TextDocument.create(A, 'plaintext', 1, TEXTS[A]));
    const before = reportOf(state, A);
    const renamed = { ...DEFAULT_CONFLICT_RULES, categories: DEFAULT_CONFLICT_RULES.categories.map((category) => ({ ...category, name: `${category.name} (renamed)` })) };
    useCategoryNames(renamed);
    const after = reportOf(state, A);
    expect(after.map((diagnostic) => diagnostic.message).join('\n')).toContain('(renamed)');
    expect(after).not.toEqual(before);
    expect(after).toEqual(fromScratch(TEXTS));
  });

  it('are made again when the sentences they were made of read differently: a new name for an organisation or a subject', () => {
    const claimOf = (doc: string, value: number, start: number): SourcedClaim => ({
      doc,
      claim: { start, end: start + 4, text: 'x', subject: 'org:circle', subjectName: 'Circle', attribute: 'owned-share:org:northgate', value: { kind: 'number', value, unit: '%' } },
    });
    const claims = [claimOf(A, 49, 10), claimOf(B, 51, 20), claimOf(C, 60, 30)];
    const conflictNamed = (subjectName: string): Conflict => ({ id: 'renamed-sentences', kind: 'numeric', subject: 'org:circle', subjectName, attribute: 'owned-share:org:northgate', claims });
    const contextNaming = (name: string | undefined): WordingContext => ({
      doc: A,
      nameOf: (id) => (id === 'org:northgate' ? name : undefined),
      place: (sourced) => sourced.doc,
      maxLinked: 8,
      sentences: new Map(),
    });
    const steps: Array<[string, string | undefined]> = [['Circle', undefined], ['Circle', 'Northgate Trust'], ['Circle', 'Northgate Trust'], ['Circle Health', 'Northgate Trust']];
    const kept = wordingCounts.kept;
    const words: string[] = [];
    for (const [subjectName, name] of steps) {
      const conflict = conflictNamed(subjectName);
      const digested = wordingByDigest(conflict, claims[0], contextNaming(name));
      expect(digested).toEqual(wordingByScan(conflict, claims[0], contextNaming(name)));
      words.push(digested!.message);
    }
    expect(new Set(words).size).toBe(3);
    // Only the step that changed nothing took the words kept.
    expect(wordingCounts.kept - kept).toBe(1);
  });
});

