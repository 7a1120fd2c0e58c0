// When a claim speaks of: a date in its own sentence (for figures and titles), else the date of
// the section it sits in (a dateline such as "Comment date / 29 October 2010" or "Published
// 17 November 2010" on its own line, or "6 March 2014 | By A Reporter"), else the document's own date.

import type { Entity } from '../types';

/** A financial year as an ISO time: "2012/2013". */
export const FINANCIAL_YEAR = /^(\d{4})\/(\d{4})$/;

/** The first and last year an ISO date of any precision covers ("2012/2013" → 2012..2013). */
export function yearRange(iso: string): [number, number] | undefined {
  const fy = FINANCIAL_YEAR.exec(iso);
  if (fy) return [Number(fy[1]), Number(fy[2])];
  const y = /^(\d{4})/.exec(iso);
  if (!y) return undefined;
  return [Number(y[1]), Number(y[1])];
}

/**
 * Two times are comparable when unknown, or when their years are at most `toleranceYears` apart.
 * Two financial years are periods of their own: 2012/13 and 2013/14 share a calendar year but
 * are successive accounting years, so they are compared by their first years.
 */
export function timesCompatible(a: string | undefined, b: string | undefined, toleranceYears: number): boolean {
  if (!a || !b) return true;
  const fa = FINANCIAL_YEAR.exec(a);
  const fb = FINANCIAL_YEAR.exec(b);
  if (fa && fb) return Math.abs(Number(fa[1]) - Number(fb[1])) <= toleranceYears;
  const ra = yearRange(a);
  const rb = yearRange(b);
  if (!ra || !rb) return true;
  const gap = Math.max(0, ra[0] - rb[1], rb[0] - ra[1]);
  return gap <= toleranceYears;
}

// A label that may stand on a dateline beside the date.
const DATELINE_LABEL = /^(?:comment(?:ed)?|date[ds]?|published|posted|updated|last|on|first|issued|released|written|at|:|-|–|,|\s)*$/i;
// A byline after the date on a news dateline: "6 March 2014 | By Daniel Hughes".
const BYLINE = /^[\s\u00a0]*[|–—-]?[\s\u00a0]*by[\s\u00a0]+\p{Lu}[\p{L}.'’ \u00a0-]{0,60}$/iu;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?';
/** "Volume 756: debated on Tuesday", "Meeting date: Thursday": a field label, a colon, a participle. */
const HEADER_LABEL = new RegExp(`^(?:[\\p{Lu}][\\p{L}\\d ]{0,30}:[ \\u00a0]*)?(?:\\p{Ll}+ed[ \\u00a0]+on[ \\u00a0]*)?(?:${WEEKDAY})?$`, 'u');
/** After a header's date: a time of day ("6:15pm", "19:02", "10.00am") or a "·" or "|", then anything. */
const HEADER_AFTER = /^(?:[ \u00a0]*,?[ \u00a0]*(?:at[ \u00a0]+)?\d{1,2}(?:[:.]\d{2}[ \u00a0]*(?:am|pm)?|[ \u00a0]*(?:am|pm))(?![\p{L}\d])|[ \u00a0]*[·|])/iu;
/** How far from its date a dateline may end: its labels before, a byline of up to 60 letters after. */
const DATELINE_REACH = 120;

/** Where the line holding `offset` starts, if that is within `reach` before it; -1 when it is further. */
function lineBreakBefore(text: string, offset: number, reach: number): number {
  const limit = Math.max(0, offset - reach);
  for (let i = offset - 1; i >= limit; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return limit === 0 ? 0 : -1;
}

/** Where the line holding `offset` ends, if that is within `reach` after it; -1 when it is further. */
function lineBreakAfter(text: string, offset: number, reach: number): number {
  const limit = Math.min(text.length, offset + reach);
  for (let i = offset; i < limit; i++) if (text.charCodeAt(i) === 10) return i;
  return limit === text.length ? text.length : -1;
}

/**
 * Dates that stand on a line by themselves or with a dateline label (or a byline after them):
 * they date the text that follows them (a comment, a dated section). Sorted by position.
 */
export function datelines(text: string, dates: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const d of dates) {
    if (d.value?.kind !== 'date' || d.value.precision === 'day-month') continue;
    // A dateline is short: looking for its ends only within reach keeps a text of many dates on
    // one endless line linear (an unbounded search per date made it quadratic).
    const lineStart = lineBreakBefore(text, d.start, DATELINE_REACH);
    const lineEnd = lineBreakAfter(text, d.end, DATELINE_REACH);
    if (lineStart < 0 || lineEnd < 0) continue;
    const before = text.slice(lineStart, d.start);
    const after = text.slice(d.end, lineEnd).replace(/\r$/, '');
    const label = before.trim();
    if (DATELINE_LABEL.test((before + after).trim()) || (DATELINE_LABEL.test(label) && BYLINE.test(after))) out.push(d);
    // A page's header line: a short field label before the date ("Volume 756: debated on"), a
    // weekday, and after it only a time of day or a separator and the header's other fields
    // ("· 5 min read", ", 6:15pm   Share: …"). Whatever follows, the line is no sentence of prose.
    else if ((DATELINE_LABEL.test(label) || HEADER_LABEL.test(label)) && HEADER_AFTER.test(after)) out.push(d);
    else if (HEADER_LABEL.test(label) && after.trim() === '') out.push(d);
  }
  return out;
}
