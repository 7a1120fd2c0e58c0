import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renewalOf, runsSince } from '../../../server/src/engine/corpus/conflictRenewals';
import type { SourcedClaim } from '../../../server/src/engine/types';
import { applyEdit, editArbitrary, editorSession, type EditorSession, THREE_SOURCES } from './editorSession';

// The claim index notes, for a conflict it renewed by moving or swapping one document's claims,
// which run of its claim list is new (conflictRenewals.ts); the diagnostics then compare that run
// alone with the list they last read. The record must be true: outside the run, the very entries
// of the list it was made from; inside it, claims of that document only.

const DOCS = THREE_SOURCES;
const KEYS = Object.keys(DOCS);

/** Checks every conflict's renewal record; returns how many there were. */
function checkRecords(session: EditorSession, earlier: Map<string, readonly SourcedClaim[]>): number {
  let checked = 0;
  for (const conflict of session.state.engine.conflicts()) {
    const renewal = renewalOf(conflict.claims);
    const from = renewal?.from.deref();
    if (renewal && from) {
      checked++;
      const { at, removed, added, doc } = renewal;
      expect(conflict.claims.length).toBe(from.length - removed + added);
      for (let i = 0; i < at; i++) expect(conflict.claims[i]).toBe(from[i]);
      for (let i = at + added; i < conflict.claims.length; i++) expect(conflict.claims[i]).toBe(from[i - added + removed]);
      for (let i = at; i < at + added; i++) expect(conflict.claims[i].doc).toBe(doc);
      for (let i = at; i < at + removed; i++) expect(from[i].doc).toBe(doc);
    }
    // Runs found back to a list read earlier hold every entry that differs from it.
    const before = earlier.get(conflict.id);
    for (const doc of KEYS) {
      const runs = before ? runsSince(conflict.claims, before, doc) : undefined;
      if (!runs || !before) continue;
      if (runs.length > 0) runsFound++;
      expect(conflict.claims.length).toBe(before.length);
      const inRun = (i: number) => runs.some(([start, end]) => i >= start && i < end);
      for (let i = 0; i < before.length; i++) if (!inRun(i)) expect(conflict.claims[i]).toBe(before[i]);
    }
  }
  return checked;
}

let runsFound = 0;

describe('the record of a conflict renewed by typing', () => {
  it('names the one run of the document\u2019s claims that changed, over random typing', () => {
    let records = 0;
    fc.assert(
      fc.property(fc.array(editArbitrary(KEYS.length), { minLength: 5, maxLength: 30 }), (edits) => {
        const session = editorSession(DOCS);
        const earlier = new Map<string, readonly SourcedClaim[]>();
        edits.forEach((edit, i) => {
          applyEdit(session, edit);
          session.state.flushAll();
          records += checkRecords(session, earlier);
          // Lists read now and then, as reports read them: some records lead back over several renewals.
          if (i % 3 === 0) for (const conflict of session.state.engine.conflicts()) earlier.set(conflict.id, conflict.claims);
        });
      }),
      { numRuns: 60 },
    );
    expect(records).toBeGreaterThan(0);
    expect(runsFound).toBeGreaterThan(0);
  }, 120_000);
});
