import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../../../server/src/engine/corpus';
import { DEFAULT_CONFLICT_RULES } from '../../../server/src/engine/claims/rules';
import { CorpusState } from '../../../server/src/lsp/corpusState';
import { conflictDiagnostics, relatedCounts } from '../../../server/src/lsp/diagnostics';
import { useCategoryNames } from '../../../server/src/lsp/labels';
import { ReviewStore } from '../../../server/src/lsp/reviews';

// A diagnostic's related entries (where the opposing claim is, and its words) are kept from one
// report to the next for the claims of closed documents. Whatever happens to those documents, a
// report must equal the one worked out from scratch, by a corpus that has never kept anything.

const A = 'file:///corpus/a.txt';
const B = 'file:///corpus/b.txt';
const C = 'file:///corpus/c.txt';
const TEXTS: Record<string, string> = {
  [A]: 'Published 4 March 2011\n\nCircle Health is an employee-owned co-operative, said Ali Parsa.\nIt has 650 staff.\n',
  [B]: 'Published 4 March 2011 \ud83d\ude00\n\nCircle Health is not an employee-owned co-operative \u2013 it has 770 staff, Ed Mayo said.\n',
  [C]: 'Circle Health has 700 staff, the annual report says.\n',
};

function corpusOf(texts: Record<string, string>): CorpusState {
  const state = new CorpusState(new Corpus(), (error) => {
    throw error;
  });
  for (const [doc, text] of Object.entries(texts)) state.putDiskText(doc, text, 'index');
  return state;
}

const reportOf = (state: CorpusState, doc: string) => conflictDiagnostics(state, new ReviewStore(undefined), doc, 'warning');

/** A's report from a corpus made afresh from the same texts: nothing kept. */
const fromScratch = (texts: Record<string, string>) => reportOf(corpusOf(texts), A);

afterEach(() => useCategoryNames(DEFAULT_CONFLICT_RULES));

describe('related entries kept between reports', () => {
  it('are taken again for a report whose sources did not change, which comes out the same', () => {
    const state = corpusOf(TEXTS);
    const first = reportOf(state, A);
    expect(first.flatMap((diagnostic) => diagnostic.relatedInformation ?? []).length).toBeGreaterThan(1);
    const made = relatedCounts.made;
    expect(reportOf(state, A)).toEqual(first);
    expect(relatedCounts.made).toBe(made);
  });

  it('are made again when the other document changes, so that places and quotes follow its text', () => {
    const state = corpusOf(TEXTS);
    reportOf(state, A);
    const changed = { ...TEXTS, [B]: `A preface of two lines.\n\n${TEXTS[B].replace('Ed Mayo said', 'said Ed Mayo, who\nleads Co-operatives UK')}` };
    state.putDiskText(B, changed[B], 'disk');
    expect(reportOf(state, A)).toEqual(fromScratch(changed));
  });

  it('name the other document by the URI the editor opened it under', () => {
    const state = corpusOf(TEXTS);
    reportOf(state, A);
    const spelled = 'file:///corpus/B%20copy/../b.txt';
    state.editorOpened(B, spelled, TextDocument.create(spelled, 'plaintext', 1, TEXTS[B]));
    const uris = reportOf(state, A).flatMap((diagnostic) => (diagnostic.relatedInformation ?? []).map((info) => info.location.uri));
    expect(uris).toContain(spelled);
    expect(uris).not.toContain(B);
  });

  it('say the other claim\u2019s value in the words of the rules in force', () => {
    const state = corpusOf(TEXTS);
    const before = reportOf(state, A);
    const renamed = { ...DEFAULT_CONFLICT_RULES, categories: DEFAULT_CONFLICT_RULES.categories.map((category) => ({ ...category, name: `${category.name} (renamed)` })) };
    useCategoryNames(renamed);
    const after = reportOf(state, A);
    expect(after).not.toEqual(before);
    expect(after.flatMap((diagnostic) => (diagnostic.relatedInformation ?? []).map((info) => info.message)).join('\n')).toContain('(renamed)');
    expect(after).toEqual(fromScratch(TEXTS));
  });

  it('after every change of a random sequence to the other documents, give the report worked out from scratch', () => {
    const fragments = [' not', '\n', '\n\n', ' 650 staff', ' 770', ' Circle Health', ' is an employee-owned co-operative.', '\ud83d\ude00', 'x', ''];
    const change = fc.record({ doc: fc.constantFrom(B, C), at: fc.nat({ max: 10_000 }), deleteLength: fc.nat({ max: 12 }), insert: fc.constantFrom(...fragments) });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 12 }), (changes) => {
        const texts = { ...TEXTS };
        const state = corpusOf(texts);
        reportOf(state, A);
        for (const { doc, at, deleteLength, insert } of changes) {
          const text = texts[doc];
          const start = at % (text.length + 1);
          texts[doc] = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + deleteLength));
          state.putDiskText(doc, texts[doc], 'disk');
          expect(reportOf(state, A)).toEqual(fromScratch(texts));
        }
      }),
      { numRuns: 60, seed: 23 },
    );
  });
});
