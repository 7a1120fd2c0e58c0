// What range of values a stated figure allows. "770" is exact to its last significant digit,
// "about 650" allows ±10%, "more than 550" is any value above 550. Two figures conflict only
// when these ranges do not meet, which is what "differ beyond their stated precision" means.

import type { ClaimValue, Entity, Qualifier } from '../types';
import type { ConflictRules } from './rules';

export interface Interval {
  /** undefined = unbounded below. */
  low?: number;
  /** undefined = unbounded above. */
  high?: number;
}

/**
 * Half the step of the last significant digit of the figure as written ("49.9" → 0.05, "770" →
 * 5, "2.9" million → 50,000), scaled to the value. `literal` is the digits as written.
 */
export function statedHalfStep(value: number, literal: string): number {
  const digits = digitsAndDots(literal);
  const written = Number.parseFloat(digits);
  if (!Number.isFinite(written) || written === 0) return 0.5;
  const scale = Math.abs(value / written);
  const dot = digits.indexOf('.');
  let step: number;
  if (dot >= 0) step = 10 ** -(digits.length - dot - 1);
  else {
    let trailingZeros = 0;
    while (trailingZeros < digits.length && digits.charCodeAt(digits.length - 1 - trailingZeros) === 48) trailingZeros++;
    step = 10 ** Math.min(trailingZeros, digits.length - 1);
  }
  return (step * scale) / 2;
}

/**
 * The literal's digits and dots alone ("£1,250" → "1250"), read by code: asked for every figure
 * of every claim, where a replace by a pattern cost more than the rest of the reading.
 */
function digitsAndDots(literal: string): string {
  let kept = 0;
  for (let i = 0; i < literal.length; i++) {
    const code = literal.charCodeAt(i);
    if ((code >= 48 && code <= 57) || code === 46) kept++;
  }
  if (kept === literal.length) return literal;
  let digits = '';
  for (let i = 0; i < literal.length; i++) {
    const code = literal.charCodeAt(i);
    if ((code >= 48 && code <= 57) || code === 46) digits += literal[i];
  }
  return digits;
}

/** The range a figure allows, from its value, its qualifier and the precision it is written with. */
export function intervalOf(
  value: number,
  literal: string,
  qualifier: Qualifier | undefined,
  rules: ConflictRules,
  bounds: Interval = {},
): Interval {
  const cap = Math.abs(value) * rules.numeric.exactRelativeCap;
  const half = Math.min(statedHalfStep(value, literal), Math.max(cap, 0.5 * Math.min(1, Math.abs(value) || 1)));
  let low: number | undefined;
  let high: number | undefined;
  switch (qualifier) {
    case 'over':
    case 'at least':
      low = value;
      break;
    case 'under':
    case 'at most':
    case 'up to':
      high = value;
      low = 0;
      break;
    // "nearly 27": just below 27, within the spread "about" allows
    case 'nearly':
      high = value;
      low = value - Math.max(Math.abs(value) * rules.numeric.aroundRelative, half);
      break;
    case 'around': {
      const spread = Math.max(Math.abs(value) * rules.numeric.aroundRelative, half);
      low = value - spread;
      high = value + spread;
      break;
    }
    default:
      low = value - half;
      high = value + half;
  }
  if (bounds.low !== undefined) low = low === undefined ? bounds.low : Math.max(low, bounds.low);
  if (bounds.high !== undefined) high = high === undefined ? bounds.high : Math.min(high, bounds.high);
  return { low, high };
}

/** True when two ranges share at least one value. */
export function intervalsMeet(a: Interval, b: Interval): boolean {
  if (a.high !== undefined && b.low !== undefined && a.high < b.low) return false;
  if (b.high !== undefined && a.low !== undefined && b.high < a.low) return false;
  return true;
}

/**
 * A money figure as a claim's value: its amount in its currency, with the range its qualifier and
 * the precision it is written with allow (never below nothing). Undefined for anything but a sum.
 */
export function sumValue(money: Entity, rules: ConflictRules): ClaimValue | undefined {
  if (money.value?.kind !== 'money') return undefined;
  const { amount, currency, qualifier } = money.value;
  const literal = /[\d.,]+/.exec((money.core ?? money).text)?.[0] ?? '';
  const interval = intervalOf(amount, literal, qualifier, rules, { low: 0 });
  return { kind: 'number', value: amount, unit: currency, ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high };
}
