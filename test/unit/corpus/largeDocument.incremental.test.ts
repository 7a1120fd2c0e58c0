import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTIONED_FROM } from '../../../server/src/engine/sections/sectionStarts';
import { largeDocument } from '../sections/largeDocument';
import { applyEdit, editArbitrary, editorSession, expectSameAsFresh } from './editorSession';

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
    const session = editorSession({ [BIG]: bigText }, 'pull', seedTexts);
    expect(bigText.length).toBeGreaterThanOrEqual(SECTIONED_FROM);
    expect(session.state.engine.conflictsForDoc(BIG).some((conflict) => conflict.claims.some((s) => s.doc !== BIG))).toBe(true);
  });

  for (const mode of ['push', 'pull'] as const) {
    it(`after every edit of a random sequence, equals a full re-analysis, with diagnostics ${mode}ed`, () => {
      fc.assert(
        fc.property(fc.array(editArbitrary(1), { minLength: 4, maxLength: 10 }), (edits) => {
          const session = editorSession({ [BIG]: bigText }, mode, seedTexts);
          for (const edit of edits) {
            applyEdit(session, edit);
            if (edit.flush) expectSameAsFresh(session);
          }
          expectSameAsFresh(session);
        }),
        { numRuns: 5, seed: 4242, endOnFailure: true },
      );
    }, 240_000);
  }
});
