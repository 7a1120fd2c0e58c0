import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statedHalfStep } from '../../../server/src/engine/claims/numbers';

// The half step of a figure as written reads the literal's digits by code. It is the step the
// reading by patterns gave: keep the digits and dots, then count the trailing zeros.

function byPatterns(value: number, literal: string): number {
  const digits = literal.replace(/[^\d.]/g, '');
  const written = Number.parseFloat(digits);
  if (!Number.isFinite(written) || written === 0) return 0.5;
  const scale = Math.abs(value / written);
  const dot = digits.indexOf('.');
  if (dot >= 0) return (10 ** -(digits.length - dot - 1) * scale) / 2;
  const trailingZeros = /0*$/.exec(digits)?.[0].length ?? 0;
  return (10 ** Math.min(trailingZeros, digits.length - 1) * scale) / 2;
}

const PIECES = ['0', '00', '1', '5', '9', '.', ',', '£', 'm', ' ', 'bn', '٣', '%', '-'];

describe('the half step of a written figure', () => {
  it('is the step read by patterns, for any literal and value', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), (pieces, value) => {
        const literal = pieces.join('');
        expect(statedHalfStep(value, literal)).toBe(byPatterns(value, literal));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads "£1,250,000" as a figure stated to the ten thousand', () => {
    expect(statedHalfStep(1_250_000, '£1,250,000')).toBe(5000);
  });
});
