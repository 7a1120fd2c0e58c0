// Date conflicts: one event of one subject dated differently. Dates are compared at the precision
// both give: "2010" and "17 November 2010" agree; "2010" and "2011" do not. A day and month with
// no year ("--05-12") is compared with other such dates only.

import type { Claim, SourcedClaim } from '../../types';
import type { Interval } from '../numbers';
import type { ConflictRules } from '../rules';
import { disjointIntervalClaims, type ConflictWork } from './buckets';
import type { FoundConflict } from './found';

/** The first and last day an ISO date of any precision covers, as yyyymmdd numbers. */
export function dayRange(iso: string): [number, number] | undefined {
  const fy = /^(\d{4})\/(\d{4})$/.exec(iso);
  if (fy) return [Number(fy[1]) * 10000 + 401, Number(fy[2]) * 10000 + 331];
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]) * 10000;
  if (!m[2]) return [y + 101, y + 1231];
  const month = Number(m[2]) * 100;
  if (!m[3]) return [y + month + 1, y + month + 31];
  return [y + month + Number(m[3]), y + month + Number(m[3])];
}

function dayInterval(claim: Claim, yearless: boolean): Interval | undefined {
  if (claim.value.kind !== 'date') return undefined;
  const dayMonth = /^--(\d{2})-(\d{2})$/.exec(claim.value.iso);
  if (yearless) return dayMonth ? { low: Number(dayMonth[1]) * 100 + Number(dayMonth[2]), high: Number(dayMonth[1]) * 100 + Number(dayMonth[2]) } : undefined;
  const range = dayMonth ? undefined : dayRange(claim.value.iso);
  return range ? { low: range[0], high: range[1] } : undefined;
}

export function dateConflicts(claims: readonly SourcedClaim[], rules: ConflictRules, work?: ConflictWork): FoundConflict[] {
  const involved = [
    ...disjointIntervalClaims(claims, (c) => dayInterval(c, false), rules, work),
    ...disjointIntervalClaims(claims, (c) => dayInterval(c, true), rules, work),
  ];
  return involved.length ? [{ kind: 'date', claims: involved }] : [];
}
