import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit as apply, editArbitrary, editorSession, expectSameAsFresh, THREE_SOURCES } from './editorSession';

// The guard that lets the fast path exist: after every edit of a long random sequence, typed into
// open documents as the editor sends it (incremental content changes, sometimes several before the
// analysis runs), the incrementally maintained corpus (entities, claims, conflicts) and the
// diagnostics last published for every document are exactly what a corpus built afresh from the
// final texts gives. Republishing only the documents a delta names is thereby shown to be enough.

const DOCS = THREE_SOURCES;
const KEYS = Object.keys(DOCS);

describe('incremental analysis of typing', () => {
  it('starts from diagnostics equal to a full analysis, with conflicts to keep in step', async () => {
    const session = editorSession(DOCS);
    await expectSameAsFresh(session);
    expect(session.state.engine.conflicts().length).toBeGreaterThan(0);
  });

  for (const mode of ['push', 'pull'] as const) {
    it(`after every edit of a long random sequence, equals a full re-analysis of the texts: entities, claims, conflicts and the diagnostics ${mode}ed`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(editArbitrary(KEYS.length), { minLength: 10, maxLength: 40 }), async (edits) => {
          const session = editorSession(DOCS, mode);
          for (const edit of edits) {
            apply(session, edit);
            if (edit.flush) await expectSameAsFresh(session);
          }
          await expectSameAsFresh(session);
        }),
        { numRuns: mode === 'push' ? 100 : 60, endOnFailure: true, markInterruptAsFailure: true, interruptAfterTimeLimit: 60_000 },
      );
    }, 240_000);
  }

  it('keeps the conflicts of a key whose claims only moved, with the claims at their new places', async () => {
    const session = editorSession(DOCS);
    const before = session.state.engine.conflicts();
    apply(session, { doc: 1, at: 0, deleteLength: 0, insert: 'Draft\n\n', flush: true });
    const after = session.state.engine.conflicts();
    expect(after.map((conflict) => conflict.id)).toEqual(before.map((conflict) => conflict.id));
    const moved = after.flatMap((conflict) => conflict.claims).find((sourced) => sourced.doc === KEYS[1])!;
    expect(session.documents.get(KEYS[1])!.getText().slice(moved.claim.start, moved.claim.end)).toBe(moved.claim.text);
    await expectSameAsFresh(session);
  });
});
