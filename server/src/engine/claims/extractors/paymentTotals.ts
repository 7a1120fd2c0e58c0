// Sums paid over time, read as totals. One payment is dated by its year; a sum "between 2017 and
// 2022" or "from 2017 to 2022" is everything paid over the period, and a run of sums ("£20m in
// 2019 and a further £18m in 2022") adds up to at least their total by the last year. Both are the
// recipient's `money:total-paid-by:<payer>`, dated by the last year, so a total meets a total and
// never one year's payment: "lent X £24.5m between 2017 and 2022" disagrees with "lent X £20m in
// 2019 and a further £18m in 2022" (at least £38m by 2022), not with either loan alone.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { sumValue } from '../numbers';

export const PAID_BY = 'money:paid-by:';
const TOTAL_PAID_BY = 'money:total-paid-by:';

export function totalOf(attribute: string): string {
  return TOTAL_PAID_BY + attribute.slice(PAID_BY.length);
}

const YEAR = '(?:19|20)\\d{2}';
/** Right after a sum: "between 2017 and 2022", "from 2017 to 2022", "from 2017 until 2022". */
const PERIOD = new RegExp(`^[\\s\\u00a0]+(?:between[\\s\\u00a0]+${YEAR}[\\s\\u00a0]+and|from[\\s\\u00a0]+${YEAR}[\\s\\u00a0]+(?:to|until))[\\s\\u00a0]+(${YEAR})(?!\\d)`, 'i');

/** The period a sum is spread over, by its last year and where its words end. */
export function periodAfter(text: string, end: number): { lastYear: string; end: number } | undefined {
  const words = text.slice(end, end + 40);
  if (!words.includes('between') && !words.includes('from')) return undefined;
  const period = PERIOD.exec(words);
  return period ? { lastYear: period[1]!, end: end + period[0].length } : undefined;
}

/** Between two sums: its year, then "and a further", "and another", "plus an additional". */
const FURTHER = /^(?:[\s\u00a0]+(?:in|for)[\s\u00a0]+[^,;.()]{1,20}?)?,?[\s\u00a0]+(?:and|plus)[\s\u00a0]+(?:(?:then|later)[\s\u00a0]+)?(?:a[\s\u00a0]+further|another|an[\s\u00a0]+(?:additional|extra)|a[\s\u00a0]+second)[\s\u00a0]+$/i;

export function furtherSum(text: string, from: number, to: number): boolean {
  return to - from <= 40 && FURTHER.test(text.slice(from, to));
}

/** The two sums added up: at least their total by the later one's time. */
export function runningTotal(context: ClaimContext, subject: Entity, attribute: string, first: Entity, second: Entity): Claim | undefined {
  const a = sumValue(first, context.rules);
  const b = sumValue(second, context.rules);
  if (a?.kind !== 'number' || b?.kind !== 'number' || a.unit !== b.unit || !subject.canonical) return undefined;
  return context.claim({
    subject,
    attribute: totalOf(attribute),
    value: { kind: 'number', value: a.value + b.value, unit: a.unit, qualifier: 'at least', low: (a.low ?? a.value) + (b.low ?? b.value) },
    start: first.start,
    end: second.end,
    timeFromSentence: true,
    focus: second,
  });
}
