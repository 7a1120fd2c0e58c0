import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimValue, SourcedClaim } from '../../../server/src/engine/types';
import { composedStretches, renewedValueTable, stretchesOfRenewal, valueTableOf, type Stretch, type ValueTable } from '../../../server/src/lsp/valueTables';

// Typing renews a conflict with one document's run of claims replaced; its value table is then made
// from the earlier list's table, reading only the run. Whatever the run and however many renewals in
// a row, the table must be the one made by reading every claim of the list as it is now.

const VALUES: ClaimValue[] = [
  { kind: 'category', category: 'charity', polarity: 'affirm' },
  { kind: 'category', category: 'charity', polarity: 'deny' },
  { kind: 'number', value: 650, unit: 'staff' },
  { kind: 'number', value: 770, unit: 'staff' },
  { kind: 'number', value: 770, unit: 'staff', qualifier: 'over' },
];
const DOCS = ['file:///w/this.txt', 'file:///w/a.txt', 'file:///w/b.txt', 'file:///w/c.txt', 'file:///w/d.txt'];

function claimOf(doc: number, value: number): SourcedClaim {
  // A fresh value object each time, as a new analysis makes.
  const claim: Claim = { start: 0, end: 5, text: 'x', subject: 'org:northgate', subjectName: 'Northgate', attribute: 'category', value: { ...VALUES[value] } };
  return { doc: DOCS[doc], claim };
}

/** The table as plain data; byDoc's keys in a fixed order, since only look-ups read it. */
function plain(table: ValueTable) {
  return {
    values: table.values.map(({ index, label, positions, docs }) => ({ index, label, positions, docs })),
    byLabel: [...table.byLabel].map(([label, group]) => [label, group.index]),
    groupAt: [...table.groupAt],
    byDoc: [...table.byDoc].sort(([a], [b]) => a.localeCompare(b)),
  };
}

const entry = fc.record({ doc: fc.nat({ max: DOCS.length - 1 }), value: fc.nat({ max: VALUES.length - 1 }) });
/** One renewal: the run of one document's claims at `at` (clamped) replaced by `added` claims of that document. */
const renewal = fc.record({
  at: fc.nat(),
  doc: fc.nat({ max: DOCS.length - 1 }),
  removed: fc.nat({ max: 4 }),
  added: fc.array(fc.nat({ max: VALUES.length - 1 }), { maxLength: 4 }),
});

describe('a renewed conflict value table', () => {
  it('equals the table made from scratch over every chain of renewals, one by one or composed into one', () => {
    let renewals = 0;
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), fc.array(renewal, { minLength: 1, maxLength: 6 }), (drawn, steps) => {
        let claims = drawn.map(({ doc, value }) => claimOf(doc, value));
        const first = valueTableOf(claims);
        let table = first;
        // The renewals so far as one, from the first list to the current one.
        let since: Stretch[] | undefined;
        for (const step of steps) {
          const at = step.at % (claims.length + 1);
          // The removed run is the document's own claims from `at`, as the claim index renews them.
          let removed = 0;
          while (removed < step.removed && at + removed < claims.length && claims[at + removed].doc === DOCS[step.doc]) removed++;
          const added = step.added.map((value) => claimOf(step.doc, value));
          claims = [...claims.slice(0, at), ...added, ...claims.slice(at + removed)];
          const stretches = stretchesOfRenewal(claims.length, at, removed, added.length);
          since = since ? composedStretches(stretches, since) : stretches;
          table = renewedValueTable(claims, table, stretches);
          renewals++;
          const scratch = plain(valueTableOf(claims));
          expect(plain(table)).toEqual(scratch);
          expect(plain(renewedValueTable(claims, first, since))).toEqual(scratch);
        }
      }),
      { numRuns: 500, seed: 20 },
    );
    expect(renewals).toBeGreaterThan(1000);
  });

  it('reads only the run: the claims outside it are taken from the earlier table', () => {
    const claims = [claimOf(1, 0), claimOf(0, 2), claimOf(0, 3), claimOf(2, 1)];
    const earlier = valueTableOf(claims);
    const renewed = [claims[0], claimOf(0, 4), claims[3]];
    // Claims outside the run whose values can no longer be read: the table must not need them.
    for (const index of [0, 2]) Object.defineProperty(renewed[index].claim, 'value', { get: () => { throw new Error('read outside the run'); } });
    const table = renewedValueTable(renewed, earlier, stretchesOfRenewal(renewed.length, 1, 2, 1));
    expect(table.values.map((group) => group.positions)).toEqual([[0], [1], [2]]);
    expect(table.byDoc.get(DOCS[0])).toEqual([1]);
    expect(table.byDoc.get(DOCS[2])).toEqual([2]);
  });
});
