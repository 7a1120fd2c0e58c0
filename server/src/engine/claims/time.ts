// When a claim speaks of: a date in its own sentence (for figures and titles), else the date of
// the section it sits in (a dateline such as "Comment date / 29 October 2010" or "Published
// 17 November 2010" on its own line), else the document's own date.

import type { Entity } from '../types';

/** The first and last year an ISO date of any precision covers ("2012/2013" → 2012..2013). */
export function yearRange(iso: string): [number, number] | undefined {
  const fy = /^(\d{4})\/(\d{4})$/.exec(iso);
  if (fy) return [Number(fy[1]), Number(fy[2])];
  const y = /^(\d{4})/.exec(iso);
  if (!y) return undefined;
  return [Number(y[1]), Number(y[1])];
}

/** Two times are comparable when unknown, or when their years are at most `toleranceYears` apart. */
export function timesCompatible(a: string | undefined, b: string | undefined, toleranceYears: number): boolean {
  if (!a || !b) return true;
  const ra = yearRange(a);
  const rb = yearRange(b);
  if (!ra || !rb) return true;
  const gap = Math.max(0, ra[0] - rb[1], rb[0] - ra[1]);
  return gap <= toleranceYears;
}

// A label that may stand on a dateline beside the date.
const DATELINE_LABEL = /^(?:comment(?:ed)?|date[ds]?|published|posted|updated|last|on|first|issued|released|written|at|:|-|–|,|\s)*$/i;

/**
 * Dates that stand on a line by themselves or with a dateline label: they date the text that
 * follows them (a comment, a dated section). Sorted by position.
 */
export function datelines(text: string, dates: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const d of dates) {
    if (d.value?.kind !== 'date' || d.value.precision === 'day-month') continue;
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    let lineEnd = text.indexOf('\n', d.end);
    if (lineEnd < 0) lineEnd = text.length;
    const rest = text.slice(lineStart, d.start) + text.slice(d.end, lineEnd);
    if (DATELINE_LABEL.test(rest.trim())) out.push(d);
  }
  return out;
}
