import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimContext } from '../../../server/src/engine/claims/context';
import { DEFAULT_CONFLICT_RULES } from '../../../server/src/engine/claims/rules';
import type { Entity } from '../../../server/src/engine/types';

// anyOverlapping answers overlapping(...).some(...) without building lists; the referents and
// named-thing passes ask it for every candidate word, so it must give the same answers.

const TYPES: Entity['type'][] = ['organisation', 'person', 'role', 'date'];

const entityList = fc
  .array(fc.tuple(fc.nat(900), fc.integer({ min: 1, max: 400 }), fc.constantFrom(...TYPES)), { maxLength: 30 })
  .map((spans) =>
    spans
      .map(([start, length, type]): Entity => ({ type, start, end: start + length, text: 'x', origin: 'engine' }))
      .sort((a, b) => a.start - b.start || b.end - a.end),
  );

describe('ClaimContext.anyOverlapping', () => {
  const context = new ClaimContext('', [], DEFAULT_CONFLICT_RULES);

  it('says whether any listed entity overlapping the range passes the test, as overlapping(...).some does', () => {
    fc.assert(
      fc.property(entityList, fc.nat(1000), fc.integer({ min: 1, max: 120 }), (list, start, length) => {
        const end = start + length;
        const notRole = (e: Entity): boolean => e.type !== 'role';
        expect(context.anyOverlapping(list, start, end)).toBe(context.overlapping(list, start, end).length > 0);
        expect(context.anyOverlapping(list, start, end, notRole)).toBe(context.overlapping(list, start, end).some(notRole));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts a touching entity as outside and a role as overlapping unless the test refuses it', () => {
    const role: Entity = { type: 'role', start: 10, end: 20, text: 'x', origin: 'engine' };
    const before: Entity = { type: 'person', start: 0, end: 10, text: 'x', origin: 'engine' };
    expect(context.anyOverlapping([before, role], 10, 15)).toBe(true);
    expect(context.anyOverlapping([before, role], 10, 15, (e) => e.type !== 'role')).toBe(false);
    expect(context.anyOverlapping([before], 10, 15)).toBe(false);
  });
});
