// Date conflicts: one event of one subject dated differently. Dates are compared at the precision
// both give: "2010" and "17 November 2010" agree; "2010" and "2011" do not.

import type { Claim, SourcedClaim } from '../../types';
import type { ConflictRules } from '../rules';
import type { FoundConflict } from './found';
import { disagreeingClaims } from './pairs';

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

function datesDisagree(a: Claim, b: Claim): boolean {
  if (a.value.kind !== 'date' || b.value.kind !== 'date') return false;
  const ra = dayRange(a.value.iso);
  const rb = dayRange(b.value.iso);
  if (!ra || !rb) return false;
  return ra[1] < rb[0] || rb[1] < ra[0];
}

export function dateConflicts(claims: readonly SourcedClaim[], rules: ConflictRules): FoundConflict[] {
  const dates = claims.filter((c) => c.claim.value.kind === 'date');
  const involved = disagreeingClaims(dates, dates, datesDisagree, rules);
  return involved.length ? [{ kind: 'date', claims: involved }] : [];
}
