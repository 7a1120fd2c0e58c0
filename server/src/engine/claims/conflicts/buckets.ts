// The shared gate of every conflict check, made to scale. Claims are compared only when the
// times they speak of are compatible, and a conflict holds every claim that disagrees with some
// other claim. A widely repeated fact (thousands of sources giving "the NHS" the same figure)
// must stay cheap to re-check, so no check compares claim pairs:
//   - claims are put in time buckets first (one per year range and tolerance; the gate depends on
//     nothing else), and buckets are compared, not claims;
//   - figures and dates are intervals: a claim disagrees with a bucket exactly when the bucket's
//     smallest upper bound lies below its lower bound or the largest lower bound above its upper
//     bound, so each claim costs O(1) per compatible bucket;
//   - titles and categories are compared once per distinct value, not once per claim.
// The work is O(claims × time buckets + distinct values²), and `ConflictWork` counts it so tests
// can prove the bound without timing anything.

import type { Claim, SourcedClaim } from '../../types';
import type { Interval } from '../numbers';
import type { ConflictRules } from '../rules';
import { FINANCIAL_YEAR, timesCompatible } from '../time';
import { valueKey } from './values';

/** A tally of the comparisons a check made: bucket pairs, value pairs and per-claim tests. */
export interface ConflictWork {
  comparisons: number;
}

/**
 * How many years apart two claims may speak of and still be compared: by the attribute's head
 * (the words before its first ':') when the rules name it, else by the kind of value. A
 * transaction ("sale-price", "contract-start:from:…") is one event reported in the year it is
 * agreed and again when it completes, often the next year, which a figure's own tolerance (same
 * year only) would keep apart. Every claim of one key shares its attribute, so a bucket's
 * tolerance is still one number.
 */
export function toleranceFor(claim: Claim, rules: ConflictRules): number {
  const years = rules.time.toleranceYears;
  const colon = claim.attribute.indexOf(':');
  const head = colon < 0 ? claim.attribute : claim.attribute.slice(0, colon);
  return (Object.hasOwn(years, head) ? years[head] : undefined) ?? years[claim.value.kind] ?? 1;
}

interface TimeBucket {
  /** A representative time: every claim in the bucket has the same year range and kind of period. */
  time: string | undefined;
  tolerance: number;
  claims: SourcedClaim[];
}

/**
 * The part of a time that the gate reads: financial year or not, first and last year. (The
 * corpus's incremental checks rely on it too: claims alike in value and in this key are treated
 * alike by every check; see corpus/claimClasses.ts.)
 */
export function timeKey(time: string | undefined): string {
  if (!time) return '';
  const fy = FINANCIAL_YEAR.exec(time);
  if (fy) return `fy${fy[1]}`;
  const year = /^(\d{4})/.exec(time);
  return year ? year[1] : '';
}

function bucketByTime(claims: readonly SourcedClaim[], rules: ConflictRules): TimeBucket[] {
  const buckets = new Map<string, TimeBucket>();
  for (const c of claims) {
    const tolerance = toleranceFor(c.claim, rules);
    const key = `${timeKey(c.claim.time)}|${tolerance}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.claims.push(c);
    else buckets.set(key, { time: timeKey(c.claim.time) ? c.claim.time : undefined, tolerance, claims: [c] });
  }
  return [...buckets.values()];
}

function bucketsCompatible(a: TimeBucket, b: TimeBucket, work?: ConflictWork): boolean {
  if (work) work.comparisons++;
  return timesCompatible(a.time, b.time, Math.min(a.tolerance, b.tolerance));
}

/**
 * Every claim of `left` and `right` when every left claim opposes every right claim (one category
 * affirmed and denied), as far as their times are compatible.
 */
export function opposedClaims(
  left: readonly SourcedClaim[],
  right: readonly SourcedClaim[],
  rules: ConflictRules,
  work?: ConflictWork,
): SourcedClaim[] {
  return opposedBuckets(bucketByTime(left, rules), bucketByTime(right, rules), work);
}

function opposedBuckets(lefts: readonly TimeBucket[], rights: readonly TimeBucket[], work?: ConflictWork): SourcedClaim[] {
  const involved = new Set<TimeBucket>();
  for (const a of lefts) {
    for (const b of rights) {
      if (!bucketsCompatible(a, b, work)) continue;
      involved.add(a);
      involved.add(b);
    }
  }
  return [...involved].flatMap((b) => b.claims);
}

/**
 * Every claim whose interval (from `intervalOf`) misses the interval of some other claim at a
 * compatible time. Claims without an interval take no part. A claim's interval always meets
 * itself, so a claim never disagrees with itself and needs no exclusion.
 */
export function disjointIntervalClaims(
  claims: readonly SourcedClaim[],
  intervalOf: (claim: Claim) => Interval | undefined,
  rules: ConflictRules,
  work?: ConflictWork,
): SourcedClaim[] {
  const intervals = new Map<SourcedClaim, Interval>();
  for (const c of claims) {
    const interval = intervalOf(c.claim);
    if (interval) intervals.set(c, interval);
  }
  const buckets = bucketByTime([...intervals.keys()], rules).map((bucket) => {
    let minHigh = Number.POSITIVE_INFINITY;
    let maxLow = Number.NEGATIVE_INFINITY;
    for (const c of bucket.claims) {
      const { low, high } = intervals.get(c)!;
      if (high !== undefined && high < minHigh) minHigh = high;
      if (low !== undefined && low > maxLow) maxLow = low;
    }
    return { ...bucket, minHigh, maxLow };
  });
  const involved: SourcedClaim[] = [];
  for (const own of buckets) {
    const rivals = buckets.filter((other) => bucketsCompatible(own, other, work));
    for (const c of own.claims) {
      const { low, high } = intervals.get(c)!;
      const lowest = low ?? Number.NEGATIVE_INFINITY;
      const highest = high ?? Number.POSITIVE_INFINITY;
      for (const rival of rivals) {
        if (work) work.comparisons++;
        if (rival.minHigh < lowest || rival.maxLow > highest) {
          involved.push(c);
          break;
        }
      }
    }
  }
  return involved;
}

/**
 * Every claim that disagrees with some other claim at a compatible time, for a relation that
 * depends only on the two values (`disagree` is called once per pair of distinct values).
 */
export function disagreeingByValue(
  claims: readonly SourcedClaim[],
  disagree: (a: Claim, b: Claim) => boolean,
  rules: ConflictRules,
  work?: ConflictWork,
): SourcedClaim[] {
  const byValue = new Map<string, SourcedClaim[]>();
  for (const c of claims) {
    const key = valueKey(c.claim.value);
    const list = byValue.get(key);
    if (list) list.push(c);
    else byValue.set(key, [c]);
  }
  const values = [...byValue.values()].map((list) => ({ sample: list[0].claim, buckets: bucketByTime(list, rules) }));
  const involved = new Set<SourcedClaim>();
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      if (work) work.comparisons++;
      if (!disagree(values[i].sample, values[j].sample)) continue;
      for (const c of opposedBuckets(values[i].buckets, values[j].buckets, work)) involved.add(c);
    }
  }
  return [...involved];
}
