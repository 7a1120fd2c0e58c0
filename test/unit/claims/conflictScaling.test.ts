import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectConflicts, type ConflictWork } from '../../../server/src/engine/claims/conflicts/index';
import { rolesDisagree } from '../../../server/src/engine/claims/conflicts/role';
import { intervalsMeet } from '../../../server/src/engine/claims/numbers';
import { roundedRange } from '../../../server/src/engine/claims/conflicts/numeric';
import { DEFAULT_CONFLICT_RULES } from '../../../server/src/engine/claims/rules';
import { timesCompatible } from '../../../server/src/engine/claims/time';
import type { Claim, ClaimValue, SourcedClaim } from '../../../server/src/engine/types';

const rules = DEFAULT_CONFLICT_RULES;

function claim(doc: number, value: ClaimValue, time?: string, attribute = 'count:staff'): SourcedClaim {
  return {
    doc: `doc-${String(doc).padStart(5, '0')}.txt`,
    claim: { start: 0, end: 10, text: 'a claim', subject: 'org:acme', subjectName: 'Acme', attribute, value, ...(time ? { time } : {}) },
  };
}

const figure = (value: number, spread = 0): ClaimValue => ({ kind: 'number', value, unit: 'staff', low: value - spread, high: value + spread });

/** The definition the grouped checks must agree with: every pair of claims, compared one by one. */
function pairwiseInvolved(claims: readonly SourcedClaim[], disagree: (a: Claim, b: Claim) => boolean): Set<SourcedClaim> {
  const involved = new Set<SourcedClaim>();
  for (const a of claims) {
    for (const b of claims) {
      if (a === b) continue;
      const tolerance = Math.min(rules.time.toleranceYears[a.claim.value.kind] ?? 1, rules.time.toleranceYears[b.claim.value.kind] ?? 1);
      if (timesCompatible(a.claim.time, b.claim.time, tolerance) && disagree(a.claim, b.claim)) {
        involved.add(a);
        involved.add(b);
      }
    }
  }
  return involved;
}

const numbersDisagree = (a: Claim, b: Claim): boolean =>
  a.value.kind === 'number' && b.value.kind === 'number' && a.value.unit === b.value.unit && !intervalsMeet(roundedRange(a.value), roundedRange(b.value));

const involvedIn = (claims: readonly SourcedClaim[], kind: string): Set<SourcedClaim> =>
  new Set(detectConflicts(claims, rules).filter((c) => c.kind === kind).flatMap((c) => c.claims));

const times = fc.constantFrom(undefined, '2012', '2013', '2013-06-01', '2012/2013', '2013/2014', '2014/2015');

describe('conflict re-check at scale', () => {
  it('checks a key with 10,000 repeated claims in a number of comparisons linear in the claims', () => {
    const claims: SourcedClaim[] = [];
    for (let i = 0; i < 10_000; i++) {
      const value = i % 997 === 0 ? figure(650, 65) : figure(770);
      claims.push(claim(i, value, ['2013', '2014', '2013/2014', undefined][i % 4]));
    }
    const work: ConflictWork = { comparisons: 0 };
    const [conflict, ...rest] = detectConflicts(claims, rules, work);
    expect(rest).toEqual([]);
    expect(conflict.kind).toBe('numeric');
    expect(conflict.claims).toHaveLength(10_000);
    // Pairwise checking would make about 10^8 comparisons; the grouped check makes a few per claim.
    expect(work.comparisons).toBeLessThan(5 * claims.length);
  });

  it('keeps 10,000 distinct figures near-linear too: a figure is compared with time buckets, not with other figures', () => {
    const claims = Array.from({ length: 10_000 }, (_, i) => claim(i, figure(1000 + i), String(2000 + (i % 10))));
    const work: ConflictWork = { comparisons: 0 };
    detectConflicts(claims, rules, work);
    expect(work.comparisons).toBeLessThan(12 * claims.length);
  });

  it('compares 10,000 titles of one person once per pair of distinct titles', () => {
    const titles = ['office:chief-executive@org:acme', 'title:director finance@org:acme', 'office:chair@org:acme'];
    const claims = Array.from({ length: 10_000 }, (_, i) =>
      claim(i, { kind: 'role', title: titles[i % 3], office: titles[i % 3] }, '2014', 'role'),
    );
    const work: ConflictWork = { comparisons: 0 };
    const conflicts = detectConflicts(claims, rules, work);
    expect(conflicts.map((c) => [c.kind, c.claims.length])).toEqual([['role', 10_000]]);
    expect(work.comparisons).toBeLessThan(100);
  });

  it('flags exactly the figures that a pairwise comparison flags', () => {
    const arbitraryFigure = fc.record({
      value: fc.integer({ min: 1, max: 40 }),
      spread: fc.integer({ min: 0, max: 6 }),
      open: fc.constantFrom('none', 'above', 'below'),
      time: times,
    });
    fc.assert(
      fc.property(fc.array(arbitraryFigure, { minLength: 2, maxLength: 14 }), (specs) => {
        const claims = specs.map((s, i) => {
          const v = figure(s.value, s.spread);
          if (v.kind === 'number' && s.open === 'above') delete v.high;
          if (v.kind === 'number' && s.open === 'below') delete v.low;
          return claim(i, v, s.time);
        });
        expect(involvedIn(claims, 'numeric')).toEqual(pairwiseInvolved(claims, numbersDisagree));
      }),
      { numRuns: 300 },
    );
  });

  it('flags exactly the titles that a pairwise comparison flags', () => {
    const offices = ['office:chief-executive@org:acme', 'title:director finance@org:acme', 'title:director@org:acme', 'office:health-secretary', 'office:chair@org:other'];
    fc.assert(
      fc.property(fc.array(fc.record({ office: fc.constantFrom(...offices), time: times }), { minLength: 2, maxLength: 12 }), (specs) => {
        const claims = specs.map((s, i) => claim(i, { kind: 'role', title: s.office, office: s.office }, s.time, 'role'));
        expect(involvedIn(claims, 'role')).toEqual(pairwiseInvolved(claims, (a, b) => rolesDisagree(a, b, rules)));
      }),
      { numRuns: 200 },
    );
  });
});
