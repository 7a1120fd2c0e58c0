import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimValue, Conflict, SourcedClaim } from '../../../server/src/engine/types';
import { claimsOfDocument, digestCounts, wordingByDigest, wordingByScan, type WordingContext } from '../../../server/src/lsp/conflictWording';

// A conflict's digest is kept from one publication to the next and, when the conflict comes back
// renewed with re-made claims of the same values, re-made from its earlier shape instead of from
// scratch. Whatever the renewals, the words and links must stay exactly those of reading every
// opposing claim of the conflict as it is now.

const VALUES: ClaimValue[] = [
  { kind: 'category', category: 'charity', polarity: 'affirm' },
  { kind: 'category', category: 'charity', polarity: 'deny' },
  { kind: 'number', value: 650, unit: 'staff' },
  { kind: 'number', value: 770, unit: 'staff' },
  { kind: 'number', value: 770, unit: 'staff', qualifier: 'over' },
];
const DOCS = ['file:///w/this.txt', 'file:///w/a.txt', 'file:///w/b.txt'];

function claimAt(doc: number, value: number, start: number): SourcedClaim {
  // A fresh value object each time, as a new analysis makes: equal labels, never the same object.
  const claim: Claim = { start, end: start + 5, text: 'x', subject: 'org:northgate', subjectName: 'Northgate', attribute: 'category', value: { ...VALUES[value] } };
  return { doc: DOCS[doc], claim };
}

/** What typing and the corpus do to a conflict between two publications of the document. */
type Change =
  | { kind: 'remake'; at: number; shift: number }
  | { kind: 'revalue'; at: number; value: number }
  | { kind: 'insert'; at: number; doc: number; value: number; start: number }
  | { kind: 'remove'; at: number }
  | { kind: 'renew' };

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('remake' as const), at: fc.nat(), shift: fc.integer({ min: -2, max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('revalue' as const), at: fc.nat(), value: fc.nat({ max: VALUES.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), doc: fc.nat({ max: 2 }), value: fc.nat({ max: VALUES.length - 1 }), start: fc.nat({ max: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'renew' as const }) },
);

function applied(claims: readonly SourcedClaim[], step: Change): SourcedClaim[] {
  const next = [...claims];
  const at = (index: number) => index % Math.max(1, next.length);
  switch (step.kind) {
    case 'remake': {
      // The same claim, analysed again: a new object with the same value, perhaps elsewhere on its line.
      const old = next[at(step.at)];
      next[at(step.at)] = { doc: old.doc, claim: { ...old.claim, value: { ...old.claim.value }, start: Math.max(0, old.claim.start + step.shift * 10) } };
      break;
    }
    case 'revalue': {
      const old = next[at(step.at)];
      next[at(step.at)] = claimAt(DOCS.indexOf(old.doc), step.value, old.claim.start);
      break;
    }
    case 'insert':
      next.splice(at(step.at), 0, claimAt(step.doc, step.value, step.start * 10));
      break;
    case 'remove':
      if (next.length > 2) next.splice(at(step.at), 1);
      break;
    case 'renew':
      break;
  }
  return next;
}

function context(): WordingContext {
  return {
    doc: DOCS[0],
    nameOf: () => undefined,
    place: (sourced) => (sourced.doc === DOCS[0] ? `line ${Math.floor(sourced.claim.start / 10) + 1} of this document` : `${sourced.doc.slice(8)}, dated 3 May 2011`),
    maxLinked: 4,
    sentences: new Map(),
  };
}

/** The document's claims, and the words of every one the digest words: as the scan finds and words them. */
function expectDigestAgreesWithScan(conflict: Conflict): number {
  // The document's own claims, as the diagnostics read them from the digest.
  expect(claimsOfDocument(conflict, DOCS[0])).toEqual(conflict.claims.filter((sourced) => sourced.doc === DOCS[0]));
  let compared = 0;
  for (const here of conflict.claims) {
    if (here.doc !== DOCS[0]) continue;
    const digested = wordingByDigest(conflict, here, context());
    if (!digested) continue;
    compared++;
    expect(digested).toEqual(wordingByScan(conflict, here, context()));
  }
  return compared;
}

let runs = 0;
const initial = fc.array(fc.record({ doc: fc.nat({ max: 2 }), value: fc.nat({ max: VALUES.length - 1 }), start: fc.nat({ max: 8 }) }), { minLength: 3, maxLength: 30 });

describe('re-making a conflict digest from its earlier shape', () => {
  it('words every renewal of a conflict exactly as reading all its opposing claims does', () => {
    const before = { ...digestCounts };
    let compared = 0;
    fc.assert(
      fc.property(initial, fc.array(change, { minLength: 1, maxLength: 12 }), (drawn, changes) => {
        // One conflict id per run: the digest kept for it is only ever that of its earlier renewals.
        const id = `renewed-${++runs}`;
        let claims = drawn.map(({ doc, value, start }) => claimAt(doc, value, start * 10));
        const conflictOf = (list: SourcedClaim[]): Conflict => ({ id, kind: 'categorical', subject: 'org:northgate', subjectName: 'Northgate', attribute: 'category', claims: list });
        compared += expectDigestAgreesWithScan(conflictOf(claims));
        for (const step of changes) {
          claims = applied(claims, step);
          compared += expectDigestAgreesWithScan(conflictOf(claims));
        }
      }),
      { numRuns: 300, seed: 23 },
    );
    expect(compared).toBeGreaterThan(1000);
    // The shortcut under test is taken, and so is the way from scratch.
    expect(digestCounts.reshaped - before.reshaped).toBeGreaterThan(200);
    expect(digestCounts.made - before.made).toBeGreaterThan(200);
  });

  it('notices a claim that moved onto the place of another of the document, and stands aside for both', () => {
    const id = 'crowding';
    const conflictOf = (list: SourcedClaim[]): Conflict => ({ id, kind: 'categorical', subject: 'org:northgate', subjectName: 'Northgate', attribute: 'category', claims: list });
    const apart = [claimAt(0, 0, 10), claimAt(0, 0, 20), claimAt(1, 1, 10)];
    expect(wordingByDigest(conflictOf(apart), apart[1], context())).toBeDefined();
    const reshaped = digestCounts.reshaped;
    // The second claim, analysed again, now starts where the first does: same values, same documents.
    const together = [apart[0], { doc: apart[1].doc, claim: { ...apart[1].claim, value: { ...apart[1].claim.value }, start: 10 } }, apart[2]];
    expect(wordingByDigest(conflictOf(together), together[1], context())).toBeUndefined();
    expect(wordingByDigest(conflictOf(together), together[0], context())).toBeUndefined();
    expect(digestCounts.reshaped).toBe(reshaped + 1);
  });
});

describe('one value table per conflict, whichever document is published', () => {
  it('words every document’s claims as the scan does, grouping the conflict’s claims by value once for all of them', () => {
    fc.assert(
      fc.property(initial, (drawn) => {
        const claims = drawn.map(({ doc, value, start }) => claimAt(doc, value, start * 10));
        const conflict: Conflict = { id: `table-${runs++}`, kind: 'categorical', subject: 'org:northgate', subjectName: 'Northgate', attribute: 'category', claims };
        const made = digestCounts.made;
        for (const doc of DOCS) {
          const published = { ...context(), doc, place: (sourced: SourcedClaim) => (sourced.doc === doc ? `line ${sourced.claim.start} of this document` : sourced.doc) };
          expect(claimsOfDocument(conflict, doc)).toEqual(claims.filter((sourced) => sourced.doc === doc));
          for (const here of claims) {
            if (here.doc !== doc) continue;
            const digested = wordingByDigest(conflict, here, published);
            if (digested) expect(digested).toEqual(wordingByScan(conflict, here, published));
          }
        }
        expect(digestCounts.made - made).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
