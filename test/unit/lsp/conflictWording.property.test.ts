import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimValue, Conflict, SourcedClaim } from '../../../server/src/engine/types';
import { wordingByDigest, wordingByScan, type WordingContext } from '../../../server/src/lsp/conflictWording';

// The digest is a shortcut: wherever it applies, its words and links must be exactly those of
// reading every opposing claim.

const VALUES: ClaimValue[] = [
  { kind: 'category', category: 'charity', polarity: 'affirm' },
  { kind: 'category', category: 'charity', polarity: 'deny' },
  { kind: 'category', category: 'charity', polarity: 'affirm', hedged: true },
  { kind: 'number', value: 650, unit: 'staff' },
  { kind: 'number', value: 770, unit: 'staff' },
  { kind: 'number', value: 770, unit: 'staff', qualifier: 'over' },
];
const DOCS = ['file:///w/this.txt', 'file:///w/a.txt', 'file:///w/b.txt', 'file:///w/c.txt'];

const sourcedClaim = fc.record({ doc: fc.integer({ min: 0, max: 3 }), value: fc.integer({ min: 0, max: VALUES.length - 1 }), start: fc.integer({ min: 0, max: 12 }) });

function conflictOf(drawn: Array<{ doc: number; value: number; start: number }>): Conflict {
  const claims: SourcedClaim[] = drawn.map(({ doc, value, start }) => ({
    doc: DOCS[doc],
    claim: { start: start * 10, end: start * 10 + 5, text: 'x', subject: 'org:northgate', subjectName: 'Northgate', attribute: 'category', value: VALUES[value] },
  }));
  return { id: 'c', kind: 'categorical', subject: 'org:northgate', subjectName: 'Northgate', attribute: 'category', claims };
}

function context(maxLinked: number): WordingContext {
  return {
    doc: DOCS[0],
    nameOf: () => undefined,
    place: (claim) => (claim.doc === DOCS[0] ? `line ${claim.claim.start / 10 + 1} of this document` : `${claim.doc.slice(8)}, dated 3 May 2011`),
    maxLinked,
    sentences: new Map(),
  };
}

describe('wording a conflict diagnostic from its digest', () => {
  it('says and links exactly what reading every opposing claim does, wherever it applies', () => {
    let applied = 0;
    fc.assert(
      fc.property(fc.array(sourcedClaim, { minLength: 2, maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (drawn, maxLinked) => {
        const conflict = conflictOf(drawn);
        for (const here of conflict.claims) {
          if (here.doc !== DOCS[0]) continue;
          const digested = wordingByDigest(conflict, here, context(maxLinked));
          if (!digested) continue;
          applied++;
          expect(digested).toEqual(wordingByScan(conflict, here, context(maxLinked)));
        }
      }),
      { numRuns: 400, seed: 11 },
    );
    expect(applied).toBeGreaterThan(500);
  });

  it('stands aside when no claim has another value, or another claim shares this one\u2019s place', () => {
    const same = conflictOf([
      { doc: 0, value: 0, start: 1 },
      { doc: 1, value: 0, start: 2 },
    ]);
    expect(wordingByDigest(same, same.claims[0], context(8))).toBeUndefined();
    const crowded = conflictOf([
      { doc: 0, value: 0, start: 1 },
      { doc: 0, value: 1, start: 1 },
      { doc: 1, value: 1, start: 2 },
    ]);
    expect(wordingByDigest(crowded, crowded.claims[0], context(8))).toBeUndefined();
  });
});
