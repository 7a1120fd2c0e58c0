import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as detection from '../../../server/src/engine/claims/conflicts/index';
import { DEFAULT_CONFLICT_RULES } from '../../../server/src/engine/claims/rules';
import { ClaimClassCounts } from '../../../server/src/engine/corpus/claimClasses';
import { ClaimIndex, claimKey } from '../../../server/src/engine/corpus/claimIndex';
import type { Claim, ClaimValue, DocumentAnalysis } from '../../../server/src/engine/types';

// The claim index keeps each key's conflicts by delta: claims that only moved are moved inside the
// conflicts, and a changed claim whose key keeps the same claim classes is swapped in and out of
// them, without checking the key afresh (claimIndex.ts, claimClasses.ts). These properties hold the
// index, after every change of a random sequence, to one built afresh from the same claims (every
// conflict: ids, members, order) and the delta it reports to the documents whose conflicts a reader
// sees change. The claims are made up, over few subjects, values and times, so that documents share
// keys, values change, claims come and go, and conflicts form and dissolve all the time.

vi.mock('../../../server/src/engine/claims/conflicts/index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../server/src/engine/claims/conflicts/index')>();
  return { ...original, detectConflicts: vi.fn(original.detectConflicts) };
});

const DOCS = ['file:///w/a.txt', 'file:///w/b.txt', 'file:///w/c.txt', 'file:///w/d.txt', 'file:///w/e.txt'];

const VALUES: ClaimValue[] = [
  { kind: 'category', category: 'employee-owned', polarity: 'affirm' },
  { kind: 'category', category: 'employee-owned', polarity: 'deny' },
  { kind: 'category', category: 'co-operative', polarity: 'affirm' },
  { kind: 'category', category: 'co-operative', polarity: 'deny' },
  { kind: 'category', category: 'investor-majority-owned', polarity: 'affirm' },
  { kind: 'category', category: 'employee-owned', polarity: 'affirm', hedged: true },
  { kind: 'number', value: 650, unit: 'staff', low: 650, high: 650 },
  { kind: 'number', value: 650, unit: 'staff', qualifier: 'around', low: 600, high: 700 },
  { kind: 'number', value: 770, unit: 'staff', low: 770, high: 770 },
  { kind: 'number', value: 550, unit: 'staff', qualifier: 'over', low: 550 },
  { kind: 'role', title: 'Health Secretary', office: 'office:health-secretary' },
  { kind: 'role', title: 'Chancellor', office: 'office:chancellor-of-the-exchequer' },
  { kind: 'date', iso: '2010', precision: 'year' },
  { kind: 'date', iso: '2010-11-17', precision: 'day' },
  { kind: 'date', iso: '2011', precision: 'year' },
];

const ATTRIBUTE: Record<ClaimValue['kind'], string> = { category: 'category', number: 'count:staff', role: 'role', date: 'date:founded' };

/** Times the conflict checks bucket differently, including a financial year of two years' span. */
const TIMES = [undefined, '2010', '2011', '2011-03', '2014', '2012/2013', '2012/2014'];

/** A subject's claims mostly name it alike; some sources name it otherwise. */
const SUBJECTS = [
  { subject: 'org:circle', names: ['Circle', 'Circle Health'] },
  { subject: 'person:parsa', names: ['Ali Parsa'] },
];

interface ClaimSpec {
  subject: number;
  name: number;
  value: number;
  time: number;
  start: number;
  length: number;
}

const claimSpec = fc.record({
  subject: fc.nat(SUBJECTS.length - 1),
  name: fc.nat(1),
  value: fc.nat(VALUES.length - 1),
  time: fc.nat(TIMES.length - 1),
  start: fc.nat(60),
  length: fc.integer({ min: 1, max: 4 }),
});

function makeClaim(spec: ClaimSpec): Claim {
  const { subject, names } = SUBJECTS[spec.subject];
  const value = VALUES[spec.value];
  const time = TIMES[spec.time];
  return {
    start: spec.start,
    end: spec.start + spec.length,
    text: `claim ${spec.value} at ${spec.start}`,
    subject,
    subjectName: names[spec.name % names.length],
    attribute: ATTRIBUTE[value.kind],
    // A copy: an analysis makes new value objects, and the index must compare them by content.
    value: { ...value },
    ...(time === undefined ? {} : { time }),
  };
}

/** One change to one document's claims, as a new analysis of it would make them. */
type Change =
  | { kind: 'shift'; from: number; by: number }
  | { kind: 'revalue'; index: number; value: number }
  | { kind: 'retime'; index: number; time: number }
  | { kind: 'add'; claim: ClaimSpec }
  | { kind: 'drop'; index: number }
  | { kind: 'renew' }
  | { kind: 'replace'; claims: ClaimSpec[] }
  | { kind: 'remove' };

const change: fc.Arbitrary<{ doc: number; change: Change; deferred: boolean }> = fc.record({
  doc: fc.nat(DOCS.length - 1),
  deferred: fc.nat(3).map((roll) => roll === 0),
  change: fc.oneof(
    fc.record({ kind: fc.constant('shift' as const), from: fc.nat(60), by: fc.integer({ min: -3, max: 8 }) }),
    fc.record({ kind: fc.constant('revalue' as const), index: fc.nat(), value: fc.nat(VALUES.length - 1) }),
    fc.record({ kind: fc.constant('retime' as const), index: fc.nat(), time: fc.nat(TIMES.length - 1) }),
    fc.record({ kind: fc.constant('add' as const), claim: claimSpec }),
    fc.record({ kind: fc.constant('drop' as const), index: fc.nat() }),
    fc.record({ kind: fc.constant('renew' as const) }),
    fc.record({ kind: fc.constant('replace' as const), claims: fc.array(claimSpec, { maxLength: 6 }) }),
    fc.record({ kind: fc.constant('remove' as const) }),
  ),
});

/** An analysis lists its claims by place (ties in the order it found them). */
const inPlaceOrder = (claims: Claim[]): Claim[] => claims.sort((a, b) => a.start - b.start || a.end - b.end);

function changed(claims: readonly Claim[], edit: Change): Claim[] | undefined {
  const after = changedClaims(claims, edit);
  return after && inPlaceOrder(after);
}

function changedClaims(claims: readonly Claim[], edit: Change): Claim[] | undefined {
  const pick = (index: number) => index % claims.length;
  switch (edit.kind) {
    case 'shift':
      // Everything from `from` on moves (as typing moves what follows the cursor), as new objects.
      return claims.map((claim) => (claim.start >= edit.from ? { ...claim, start: Math.max(0, claim.start + edit.by), end: Math.max(0, claim.start + edit.by) + claim.end - claim.start } : claim));
    case 'revalue':
      if (claims.length === 0) return [...claims];
      return claims.map((claim, i) => {
        if (i !== pick(edit.index)) return claim;
        const value = VALUES[edit.value];
        // Under the attribute of its kind, as the extractor files it.
        return { ...claim, value: { ...value }, attribute: ATTRIBUTE[value.kind] };
      });
    case 'retime':
      if (claims.length === 0) return [...claims];
      return claims.map((claim, i) => {
        if (i !== pick(edit.index)) return claim;
        const { time: _dropped, ...rest } = claim;
        const time = TIMES[edit.time];
        return time === undefined ? rest : { ...rest, time };
      });
    case 'add':
      return [...claims, makeClaim(edit.claim)];
    case 'drop':
      return claims.filter((_, i) => claims.length === 0 || i !== pick(edit.index));
    case 'renew':
      return claims.map((claim) => ({ ...claim, value: { ...claim.value } }));
    case 'replace':
      return edit.claims.map(makeClaim);
    case 'remove':
      return undefined;
  }
}

const analysis = (claims: Claim[]): DocumentAnalysis => ({ entities: [], claims, documentDate: '2011-01-01' });

/** An index of the documents, filled one by one, or with its checks deferred as a corpus is first filled. */
function freshIndex(docs: ReadonlyMap<string, Claim[]>, deferred = false): ClaimIndex {
  const index = new ClaimIndex(DEFAULT_CONFLICT_RULES);
  if (deferred) index.defer();
  for (const [doc, claims] of docs) index.update(doc, undefined, analysis(claims));
  if (deferred) index.resume();
  return index;
}

/** What a reader of a document's diagnostics sees of its conflicts, in no particular order. */
function seenBy(index: ClaimIndex, doc: string): string {
  return index
    .conflictsForDoc(doc)
    .map((conflict) => JSON.stringify(conflict))
    .sort()
    .join('\n');
}

function expectSameAsFresh(index: ClaimIndex, docs: ReadonlyMap<string, Claim[]>): void {
  const fresh = freshIndex(docs);
  expect(index.conflicts()).toEqual(fresh.conflicts());
  for (const doc of DOCS) expect(index.conflictsForDoc(doc)).toEqual(fresh.conflictsForDoc(doc));
  for (const { subject } of SUBJECTS) {
    for (const attribute of Object.values(ATTRIBUTE)) {
      expect(index.claimsFor(subject, attribute)).toEqual(fresh.claimsFor(subject, attribute));
      expect(index.distinctValuesOf(subject, attribute)).toBe(fresh.distinctValuesOf(subject, attribute));
    }
  }
}

/** How many times a key was checked afresh, on its documents' claims (not on one claim per class). */
function checksAfresh(from: number): number {
  return vi.mocked(detection.detectConflicts).mock.calls.slice(from).filter(([claims]) => claims.some((sourced) => DOCS.includes(sourced.doc))).length;
}

/**
 * Applies one change, checking the delta it reports and the index it leaves. `checks` counts the
 * keys the change itself checked afresh (the index built to compare with checks its own).
 */
function applyChange(index: ClaimIndex, docs: Map<string, Claim[]>, step: { doc: number; change: Change; deferred?: boolean }): { checks: number } {
  const doc = DOCS[step.doc];
  const before = docs.get(doc);
  const after = changed(before ?? [], step.change);
  const seenBefore = new Map(DOCS.map((d) => [d, seenBy(index, d)]));
  const calls = vi.mocked(detection.detectConflicts).mock.calls.length;
  // A change made while checks are deferred (as when the corpus is filled again) is checked on resuming.
  if (step.deferred) index.defer();
  const delta = index.update(doc, before && analysis(before), after && analysis(after));
  if (step.deferred) for (const other of index.resume().docsWithChangedConflicts) delta.docsWithChangedConflicts.add(other);
  const checks = checksAfresh(calls);
  if (after) docs.set(doc, after);
  else docs.delete(doc);
  const seenAnew = DOCS.filter((d) => seenBy(index, d) !== seenBefore.get(d));
  expect([...delta.docsWithChangedConflicts].sort()).toEqual(seenAnew);
  expectSameAsFresh(index, docs);
  return { checks };
}

const startingDocs = fc.array(fc.array(claimSpec, { maxLength: 8 }), { minLength: DOCS.length, maxLength: DOCS.length });

describe('the claim index kept by delta', () => {
  it('after every change of a random sequence, equals an index built afresh, and its delta names exactly the documents whose conflicts read differently', () => {
    fc.assert(
      fc.property(startingDocs, fc.boolean(), fc.array(change, { minLength: 1, maxLength: 30 }), (start, deferred, steps) => {
        const docs = new Map(DOCS.map((doc, i) => [doc, inPlaceOrder(start[i].map(makeClaim))]));
        const index = freshIndex(docs, deferred);
        for (const step of steps) applyChange(index, docs, step);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same conflicts and deltas when a document\u2019s keys were prepared for typing beforehand (in slices of any size), over random changes', () => {
    const keysOf = (claims: readonly Claim[] = []) => [...new Set(claims.map((claim) => claimKey(claim.subject, claim.attribute)))];
    fc.assert(
      fc.property(
        startingDocs,
        fc.boolean(),
        fc.array(fc.record({ step: change, prepare: fc.option(fc.record({ doc: fc.nat(DOCS.length - 1), slice: fc.integer({ min: 1, max: 4 }) })) }), { minLength: 1, maxLength: 30 }),
        (start, deferred, steps) => {
          const docs = new Map(DOCS.map((doc, i) => [doc, inPlaceOrder(start[i].map(makeClaim))]));
          const index = freshIndex(docs, deferred);
          for (const { step, prepare } of steps) {
            if (prepare) {
              // As the server does between requests: a few keys a slice, until all are done.
              const keys = keysOf(docs.get(DOCS[prepare.doc]));
              let left = 0;
              for (let at = 0; at < keys.length; ) {
                left = prepare.slice;
                const next = index.prepareKeys(keys, at, () => --left <= 0);
                expect(next).toBeGreaterThan(at);
                at = next;
              }
            }
            applyChange(index, docs, step);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts the classes of a prepared key beforehand, so that the first change to it counts only the changed claims', () => {
    const docs = new Map(DOCS.map((doc, i) => [doc, [makeClaim({ subject: 0, name: 0, value: i % 2 === 0 ? 6 : 8, time: 1, start: 4, length: 3 })]]));
    const index = freshIndex(docs, true);
    const track = vi.spyOn(ClaimClassCounts.prototype, 'track');
    try {
      expect(index.prepareKeys([claimKey('org:circle', 'count:staff'), claimKey('org:nobody', 'count:staff')])).toBe(2);
      expect(track).toHaveBeenCalledTimes(1);
      const before = docs.get(DOCS[0])!;
      index.update(DOCS[0], analysis(before), analysis(changed(before, { kind: 'revalue', index: 0, value: 8 })!));
      expect(track).toHaveBeenCalledTimes(1);
      expect(index.conflictsOfKey('org:circle', 'count:staff')[0].claims.map((s) => s.doc)).toEqual(DOCS);
    } finally {
      track.mockRestore();
    }
  });

  it('forms and dissolves conflicts in keys many documents share, keeping every conflict in step', () => {
    // Every document says the same to begin with; the changes then keep landing on the one key.
    const shared: ClaimSpec[] = [
      { subject: 0, name: 0, value: 0, time: 1, start: 5, length: 2 },
      { subject: 0, name: 0, value: 6, time: 1, start: 10, length: 2 },
    ];
    const onSharedKeys = fc.record({
      doc: fc.nat(DOCS.length - 1),
      change: fc.oneof(
        fc.record({ kind: fc.constant('revalue' as const), index: fc.nat(), value: fc.constantFrom(0, 1, 2, 3, 4, 6, 7, 8, 9) }),
        fc.record({ kind: fc.constant('retime' as const), index: fc.nat(), time: fc.nat(TIMES.length - 1) }),
        fc.record({ kind: fc.constant('shift' as const), from: fc.nat(12), by: fc.integer({ min: -2, max: 6 }) }),
        fc.record({ kind: fc.constant('add' as const), claim: claimSpec.map((spec) => ({ ...spec, subject: 0 })) }),
        fc.record({ kind: fc.constant('drop' as const), index: fc.nat() }),
      ),
    });
    fc.assert(
      fc.property(fc.boolean(), fc.array(onSharedKeys, { minLength: 1, maxLength: 40 }), (deferred, steps) => {
        const docs = new Map(DOCS.map((doc) => [doc, shared.map(makeClaim)]));
        const index = freshIndex(docs, deferred);
        for (const step of steps) applyChange(index, docs, step);
      }),
      { numRuns: 300 },
    );
  });

  it('swaps a changed claim into the conflicts of a key without checking the key afresh, when the key keeps its classes of claim', () => {
    const docs = new Map(DOCS.map((doc, i) => [doc, [makeClaim({ subject: 0, name: 0, value: i % 2 === 0 ? 6 : 8, time: 1, start: 4, length: 3 })]]));
    // Filled as a corpus is, with checks deferred: the classes are counted from the first change on.
    const index = freshIndex(docs, true);
    expect(index.conflictsOfKey('org:circle', 'count:staff')).toHaveLength(1);
    // Document a said 650 and now says 770, which others say too: no class came or went.
    expect(applyChange(index, docs, { doc: 0, change: { kind: 'revalue', index: 0, value: 8 } }).checks).toBe(0);
    expect(index.conflictsOfKey('org:circle', 'count:staff')[0].claims.map((s) => s.doc)).toEqual(DOCS);
  });

  it('moves claims inside the conflicts of a key without checking the key afresh', () => {
    const docs = new Map(DOCS.map((doc, i) => [doc, [makeClaim({ subject: 0, name: 0, value: i % 2 === 0 ? 6 : 8, time: 1, start: 4, length: 3 })]]));
    const index = freshIndex(docs);
    expect(applyChange(index, docs, { doc: 2, change: { kind: 'shift', from: 0, by: 5 } }).checks).toBe(0);
    const moved = index.conflictsOfKey('org:circle', 'count:staff')[0].claims.find((s) => s.doc === DOCS[2])!;
    expect(moved.claim.start).toBe(9);
  });

  it('settles a key from one claim per class when a value new to it arrives that joins no conflict', () => {
    const docs = new Map(DOCS.map((doc, i) => [doc, [makeClaim({ subject: 0, name: 0, value: i % 2 === 0 ? 6 : 8, time: 1, start: 4, length: 3 })]]));
    const index = freshIndex(docs);
    const before = index.conflictsOfKey('org:circle', 'count:staff');
    // "More than 550" meets both 650 and 770.
    const { checks } = applyChange(index, docs, { doc: 4, change: { kind: 'add', claim: { subject: 0, name: 0, value: 9, time: 1, start: 20, length: 3 } } });
    expect(checks).toBe(0);
    expect(index.conflictsOfKey('org:circle', 'count:staff')).toEqual(before);
  });

  describe('where the order of a conflict turns on the other claims, checks afresh and so keeps it', () => {
    /** Claims about Circle, at no particular time; `value` indexes VALUES. */
    const at = (value: number, start: number, length = 3): ClaimSpec => ({ subject: 0, name: 0, value, time: 0, start, length });
    const run = (start: ClaimSpec[][], step: { doc: number; change: Change }) => {
      const docs = new Map(DOCS.map((doc, i) => [doc, inPlaceOrder((start[i] ?? []).map(makeClaim))]));
      const index = freshIndex(docs);
      applyChange(index, docs, step);
      return index;
    };

    it('negation conflicts come in the order their categories are first affirmed, which the first document can turn round', () => {
      // a affirms employee-owned, then co-operative; b and c deny both, c affirms both too.
      const index = run([[at(0, 5), at(2, 10)], [at(1, 5), at(3, 10)], [at(0, 20), at(2, 30), at(1, 40), at(3, 50)]], {
        doc: 0,
        change: { kind: 'replace', claims: [at(2, 5), at(0, 10)] },
      });
      expect(index.conflictsOfKey('org:circle', 'category').filter((c) => c.kind === 'negation').map((c) => c.claims[0].claim.value)).toEqual([
        VALUES[2],
        VALUES[0],
      ]);
    });

    it("one document's titles at one place are in the order the titles first appear among all the key's claims", () => {
      // c gives two titles at one place; a, first in document order, comes to name one of them.
      const index = run([[], [], [at(11, 5), at(10, 5)], [at(11, 1)]], { doc: 0, change: { kind: 'replace', claims: [at(10, 1)] } });
      const titles = index.conflictsOfKey('org:circle', 'role')[0].claims.filter((s) => s.doc === DOCS[2]).map((s) => s.claim.value);
      expect(titles).toEqual([VALUES[10], VALUES[11]]);
    });

    it("a document's own claims of two classes at one place are in the order the check meets them, not its list's", () => {
      // Employee-owned and investor-majority-owned exclude each other: the check meets the first first.
      const index = run([[], [at(0, 5)], [at(4, 5)]], { doc: 0, change: { kind: 'replace', claims: [at(4, 5), at(0, 5)] } });
      const categorical = index.conflictsOfKey('org:circle', 'category').find((c) => c.kind === 'categorical')!;
      expect(categorical.claims.filter((s) => s.doc === DOCS[0]).map((s) => s.claim.value)).toEqual([VALUES[0], VALUES[4]]);
    });
  });

  it('counts the classes of a key changed while checks were deferred afresh, so that a value coming back is seen to', () => {
    const figure = (value: number): ClaimSpec => ({ subject: 0, name: 0, value, time: 1, start: 4, length: 3 });
    const docs = new Map(DOCS.map((doc, i) => [doc, i === 0 ? [] : [makeClaim(figure(6))]]));
    const index = freshIndex(docs);
    applyChange(index, docs, { doc: 0, change: { kind: 'add', claim: figure(8) } });
    expect(index.conflictsOfKey('org:circle', 'count:staff')).toHaveLength(1);
    applyChange(index, docs, { doc: 0, change: { kind: 'drop', index: 0 }, deferred: true });
    expect(index.conflictsOfKey('org:circle', 'count:staff')).toHaveLength(0);
    applyChange(index, docs, { doc: 0, change: { kind: 'add', claim: figure(8) } });
    expect(index.conflictsOfKey('org:circle', 'count:staff')).toHaveLength(1);
  });

  it('checks a key afresh when a value new to it arrives, and the conflict takes it in', () => {
    const docs = new Map(DOCS.map((doc, i) => [doc, [makeClaim({ subject: 0, name: 0, value: i % 2 === 0 ? 6 : 8, time: 1, start: 4, length: 3 })]]));
    const index = freshIndex(docs);
    const before = index.conflictsOfKey('org:circle', 'count:staff')[0].id;
    // "About 650" meets 650 but not 770: the conflict now holds three values.
    expect(applyChange(index, docs, { doc: 4, change: { kind: 'revalue', index: 0, value: 7 } }).checks).toBe(1);
    expect(index.conflictsOfKey('org:circle', 'count:staff')[0].id).not.toBe(before);
  });
});
