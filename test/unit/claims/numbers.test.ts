import { describe, expect, it } from 'vitest';
import { intervalOf, intervalsMeet, statedHalfStep } from '../../../server/src/engine/claims/numbers';
import { DEFAULT_CONFLICT_RULES as rules } from '../../../server/src/engine/claims/rules';

describe('the range a stated figure allows', () => {
  it('is exact to half the last significant digit', () => {
    expect(statedHalfStep(49.9, '49.9')).toBeCloseTo(0.05);
    expect(statedHalfStep(770, '770')).toBe(5);
    expect(statedHalfStep(2_900_000, '2.9')).toBeCloseTo(50_000);
  });

  it('never reads a round figure as wider than 5% of its value', () => {
    expect(intervalOf(1000, '1000', undefined, rules)).toEqual({ low: 950, high: 1050 });
  });

  it('widens "about" by 10% on each side', () => {
    const about = intervalOf(650, '650', 'around', rules);
    expect(about.low).toBeCloseTo(585);
    expect(about.high).toBeCloseTo(715);
  });

  it('opens "more than" upwards and "up to" downwards, within given bounds', () => {
    expect(intervalOf(550, '550', 'over', rules)).toEqual({ low: 550, high: undefined });
    expect(intervalOf(60, '60', 'up to', rules, { low: 0, high: 100 })).toEqual({ low: 0, high: 60 });
  });

  it('meets another range unless they are apart', () => {
    expect(intervalsMeet(intervalOf(550, '550', 'over', rules), intervalOf(770, '770', undefined, rules))).toBe(true);
    expect(intervalsMeet(intervalOf(650, '650', 'around', rules), intervalOf(770, '770', undefined, rules))).toBe(false);
    expect(intervalsMeet(intervalOf(770, '770', undefined, rules), intervalOf(772, '772', undefined, rules))).toBe(true);
    expect(intervalsMeet(intervalOf(49.9, '49.9', undefined, rules), intervalOf(50.1, '50.1', undefined, rules))).toBe(false);
  });
});
