import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docsOfChangedConflicts } from '../../../server/src/engine/corpus/conflictChange';
import type { Claim, Conflict } from '../../../server/src/engine/types';

const claim = (start: number, value: number, text = `${value} staff`): Claim => ({
  start,
  end: start + text.length,
  text,
  subject: 'org:acme',
  subjectName: 'Acme',
  attribute: 'count:staff',
  value: { kind: 'number', value, unit: 'staff' },
});

const conflict = (id: string, claims: Array<[string, Claim]>): Conflict => ({
  id,
  kind: 'numeric',
  subject: 'org:acme',
  subjectName: 'Acme',
  attribute: 'count:staff',
  claims: claims.map(([doc, c]) => ({ doc, claim: c })),
});

function changed(before: Conflict[], after: Conflict[]): string[] {
  const docs = new Set<string>();
  docsOfChangedConflicts(before, after, docs);
  return [...docs].sort();
}

/** The rule this replaces: conflicts compared by their whole serialisation. */
function changedBySerialisation(before: Conflict[], after: Conflict[]): string[] {
  const docs = new Set<string>();
  const a = new Map(before.map((c) => [JSON.stringify(c), c]));
  const b = new Map(after.map((c) => [JSON.stringify(c), c]));
  for (const [signature, c] of a) if (!b.has(signature)) for (const s of c.claims) docs.add(s.doc);
  for (const [signature, c] of b) if (!a.has(signature)) for (const s of c.claims) docs.add(s.doc);
  return [...docs].sort();
}

describe('Which documents a re-checked key changes', () => {
  it('names none when the conflicts are equal, even as copies', () => {
    const before = [conflict('k1', [['a', claim(0, 10)], ['b', claim(5, 20)]])];
    const after = [conflict('k1', [['a', claim(0, 10)], ['b', claim(5, 20)]])];
    expect(changed(before, after)).toEqual([]);
  });

  it('names every document of a conflict whose claim moved, changed words or changed value', () => {
    const before = [conflict('k1', [['a', claim(0, 10)], ['b', claim(5, 20)]])];
    expect(changed(before, [conflict('k1', [['a', claim(1, 10)], ['b', claim(5, 20)]])])).toEqual(['a', 'b']);
    expect(changed(before, [conflict('k1', [['a', claim(0, 10, '10 people')], ['b', claim(5, 20)]])])).toEqual(['a', 'b']);
    expect(changed(before, [conflict('k1', [['a', claim(0, 11, '10 staff')], ['b', claim(5, 20)]])])).toEqual(['a', 'b']);
  });

  it('names the documents of conflicts that came or went, and no others', () => {
    const kept = conflict('k1', [['a', claim(0, 10)], ['b', claim(5, 20)]]);
    const gone = conflict('k2', [['c', claim(0, 10)], ['d', claim(5, 20)]]);
    const come = conflict('k3', [['e', claim(0, 10)], ['f', claim(5, 20)]]);
    expect(changed([kept, gone], [kept, come])).toEqual(['c', 'd', 'e', 'f']);
  });

  it('agrees with comparing whole serialisations, over random conflicts', () => {
    const claimArb = fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 3 }));
    const conflictArb = fc.tuple(fc.constantFrom('k1', 'k2'), fc.array(claimArb, { minLength: 1, maxLength: 3 }));
    const build = ([id, claims]: [string, Array<[string, number, number]>]) => conflict(id, claims.map(([doc, start, value]) => [doc, claim(start, value)]));
    fc.assert(
      fc.property(fc.array(conflictArb, { maxLength: 3 }), fc.array(conflictArb, { maxLength: 3 }), (a, b) => {
        const before = a.map(build);
        const after = b.map(build);
        expect(changed(before, after)).toEqual(changedBySerialisation(before, after));
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
