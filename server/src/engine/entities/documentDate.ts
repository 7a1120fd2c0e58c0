import type { Entity } from '../types';

// The document's own date: the date a page gives itself ("Published 17 November 2010", a "Comment
// date" line followed by the date, "Posted on …", "Last updated: …"). Rule: among dates with such a
// cue right in front of them ("published under the 2010 to 2015 government" is not one), on the same line or on the line just before, the latest wins (a page with
// comments is current as of its latest comment). Only dates with a year count. No cue, no date:
// a date mentioned in the text is what it talks about, not when it was written.

const CUE = /\b(?:published|posted|updated|comment date|dated|date|issued|released|last modified)(?:[ \u00a0]+(?:on|at))?[ \u00a0]*[:\-–]?[ \u00a0]*$/i;
const CUE_LINE = /^(?:comment date|date|published|posted|updated|last updated|date published)\s*:?\s*$/i;

/** How far back before a date a cue is looked for (a cue is a few words). */
const CUE_REACH = 60;

function precededByCue(text: string, start: number): boolean {
  // Only the reach before the date is scanned for the line's start, so that a text of many dates
  // on one endless line stays linear (an unbounded search per date made it quadratic).
  const reach = Math.max(0, start - CUE_REACH);
  let lineStart = -1;
  for (let i = start - 1; i >= reach; i--) {
    if (text.charCodeAt(i) === 10) {
      lineStart = i + 1;
      break;
    }
  }
  if (lineStart < 0 && reach === 0) lineStart = 0;
  if (CUE.test(text.slice(lineStart < 0 ? reach : lineStart, start))) return true;
  // More than the reach of this line before the date, or words before it: the date is not alone.
  if (lineStart < 0 || text.slice(lineStart, start).trim().length > 0) return false;
  // The cue may sit alone on the line above ("Comment date" / "17 November 2010").
  const previousEnd = lineStart - 1;
  if (previousEnd <= 0) return false;
  const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
  return CUE_LINE.test(text.slice(previousStart, previousEnd).replace(/\r$/, '').trim());
}

export function findDocumentDate(text: string, entities: readonly Entity[]): string | undefined {
  let latest: string | undefined;
  for (const entity of entities) {
    if (entity.type !== 'date' || entity.value?.kind !== 'date') continue;
    const { iso, precision } = entity.value;
    if (precision !== 'day' && precision !== 'month' && precision !== 'year') continue;
    if (!precededByCue(text, entity.start)) continue;
    if (latest === undefined || iso > latest) latest = iso;
  }
  return latest;
}
