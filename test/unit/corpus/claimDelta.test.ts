import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameValue } from '../../../server/src/engine/corpus/claimDelta';
import type { ClaimValue } from '../../../server/src/engine/types';

// Typing renews the claims of the section it reaches, each with a value object of its own, and the
// index tells a renewed claim from a changed one by its value. It used to compare the values'
// JSON; it now compares their fields, and must agree with JSON on every pair of values.

const field = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constantFrom(0, -0, 1, 650, 49.9, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.double(),
  fc.constantFrom('', 'staff', '%', 'affirm', 'deny', '650'),
  fc.boolean(),
  fc.constant({ nested: 1 }),
);
const names = fc.constantFrom('kind', 'value', 'unit', 'qualifier', 'low', 'high', 'hedged');
const record = fc.array(fc.tuple(names, field), { maxLength: 6 }).map((fields) => Object.fromEntries(fields) as unknown as ClaimValue);

describe('comparing claim values', () => {
  it('finds two values alike exactly when their JSON is alike', () => {
    fc.assert(
      fc.property(record, record, (a, b) => {
        expect(sameValue(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds a value alike to a copy of it, and unlike one with a field changed or missing', () => {
    fc.assert(
      fc.property(record, (a) => {
        expect(sameValue(a, { ...a })).toBe(true);
        expect(sameValue(a, { ...a, unit: 'changed' } as ClaimValue)).toBe(JSON.stringify(a) === JSON.stringify({ ...a, unit: 'changed' }));
      }),
    );
    const figure: ClaimValue = { kind: 'number', value: 650, unit: 'staff', qualifier: 'around', low: 600, high: 700 };
    expect(sameValue(figure, { kind: 'number', value: 650, unit: 'staff', qualifier: 'around', low: 600, high: 700 })).toBe(true);
    expect(sameValue(figure, { kind: 'number', value: 650, unit: 'staff', low: 600, high: 700 })).toBe(false);
    expect(sameValue(figure, { kind: 'number', value: 650, unit: 'staff', qualifier: 'around', low: 600, high: 700, hedged: undefined } as ClaimValue)).toBe(true);
  });
});
