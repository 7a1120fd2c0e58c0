import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../server/src/engine/corpus/documentAnalysis';
import { SECTIONED_FROM } from '../../../server/src/engine/sections/sectionStarts';
import { largeDocument } from '../sections/largeDocument';
import { applyEdit, editArbitrary, editorSession, expectSameAsFresh, openInEditor } from './editorSession';

// The incremental guard for a document large enough to be analysed in sections: typing into it
// re-analyses only the sections an edit reaches and moves the rest, and the corpus, its conflicts
// with the other sources and what the client shows must still equal a full re-analysis.

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const seedTexts = Object.fromEntries(
  readdirSync(SEEDS)
    .sort()
    .map((name) => [`file:///seeds/${name}`, readFileSync(join(SEEDS, name), 'utf8')]),
);
const BIG = 'file:///w/archive.txt';
const bigText = largeDocument(11, SECTIONED_FROM + 40_000);

describe('incremental analysis of typing in a large document', () => {
  it('is analysed in sections and shares conflicts with the other sources', () => {
    const session = editorSession({ [BIG]: bigText, ...seedTexts }, 'pull');
    expect(bigText.length).toBeGreaterThanOrEqual(SECTIONED_FROM);
    expect(session.state.engine.conflictsForDoc(BIG).some((conflict) => conflict.claims.some((s) => s.doc !== BIG))).toBe(true);
  });

  it('names the document as changed when a line added in a section without claims moves the claims of every section below, and not when a word is', async () => {
    // Opening sections of plain prose: typing there re-analyses a section with no claim at all, so
    // only the sections pushed along (their claims moved in place) can say what changed.
    const prose = 'The committee met in the morning and talked at length about the weather.\n\n'.repeat(900);
    const session = editorSession({ [BIG]: prose + bigText, ...seedTexts }, 'pull');
    await expectSameAsFresh(session);
    expect(session.state.engine.get(BIG)!.analysis.claims.every((claim) => claim.start > 20_000)).toBe(true);
    let changedConflicts = new Set<string>();
    session.state.onChange((change) => (changedConflicts = change.conflictDocs));
    applyEdit(session, { doc: 0, at: 100, deleteLength: 0, insert: '\n', flush: true });
    expect(changedConflicts.has(BIG)).toBe(true);
    await expectSameAsFresh(session);
    // A word typed there moves no claim to another line or column: nothing to tell anyone.
    applyEdit(session, { doc: 0, at: 100, deleteLength: 0, insert: ' very', flush: true });
    expect(changedConflicts).toEqual(new Set());
    await expectSameAsFresh(session);
  });

  it('opens an indexed large document without analysing it again, and types into it as into one analysed here', async () => {
    const session = editorSession({ ...seedTexts }, 'pull');
    // Indexed as an indexing worker does it: analysed elsewhere, with the corpus's options and rules.
    const job = session.state.diskAnalysisJob(BIG, bigText)!;
    const indexed = JSON.parse(JSON.stringify(analyseDocument(bigText, job.setup!.options, job.setup!.rules)));
    session.state.putAnalysedDiskText(job, indexed, 'index');
    openInEditor(session, BIG, bigText);
    // The index's analysis stands (the very object), taken apart into sections for the edits to come.
    expect(session.state.engine.get(BIG)!.analysis).toBe(indexed);
    for (const edit of [
      { doc: session.keys.indexOf(BIG), at: 120_000, deleteLength: 0, insert: ' 42 staff', flush: true },
      { doc: session.keys.indexOf(BIG), at: 5_000, deleteLength: 3, insert: '\n', flush: true },
      { doc: session.keys.indexOf(BIG), at: 250_000, deleteLength: 0, insert: ' Circle Health is a social enterprise.', flush: true },
    ]) {
      applyEdit(session, edit);
      await expectSameAsFresh(session);
    }
    // The sections the edits did not reach are still the index's objects.
    expect(session.state.engine.get(BIG)!.analysis.entities.at(-1)).toBe(indexed.entities.at(-1));
  });

  for (const mode of ['push', 'pull'] as const) {
    it(`after every edit of a random sequence, equals a full re-analysis, with diagnostics ${mode}ed${mode === 'pull' ? ', its claim keys prepared for typing on opening' : ''}`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(editArbitrary(1), { minLength: 4, maxLength: 10 }), async (edits) => {
          // The seeds are open too: their diagnostics link to this document's claims by line and
          // column, so they must be told whenever typing here moves one anew.
          // Pulled, the document was indexed from disk before it was opened; pushed, it was not.
          const session = editorSession({ [BIG]: bigText, ...seedTexts }, mode, mode === 'pull' ? { [BIG]: bigText } : {});
          // As the server does between requests once the document is open (in 1 ms slices here).
          if (mode === 'pull') await session.state.prepareForTyping(BIG, () => new Promise((resolve) => setImmediate(resolve)), () => undefined, 1);
          for (const edit of edits) {
            applyEdit(session, edit);
            if (edit.flush) await expectSameAsFresh(session);
          }
          await expectSameAsFresh(session);
        }),
        { numRuns: 5, seed: 4242, endOnFailure: true },
      );
    }, 240_000);
  }
});
