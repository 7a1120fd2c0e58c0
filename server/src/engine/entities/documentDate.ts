import type { Entity } from '../types';

// The document's own date: the date a page gives itself ("Published 17 November 2010", a "Comment
// date" line followed by the date, "Posted on …", "Last updated: …"). Rule: among dates with such a
// cue right in front of them ("published under the 2010 to 2015 government" is not one), on the same line or on the line just before, the latest wins (a page with
// comments is current as of its latest comment), and a cue that heads its line or a byline
// ("By Jo Bloggs | 2 June 2014") outranks one inside a sentence. Only dates with a year count. No cue, no date:
// a date mentioned in the text is what it talks about, not when it was written.

const CUE = /\b(?:published|posted|updated|comment date|dated|date|issued|released|last modified)(?:[ \u00a0]+(?:on|at))?[ \u00a0]*[:\-–]?[ \u00a0]*$/i;
const CUE_LINE = /^(?:comment date|date|published|posted|updated|last updated|date published)\s*:?\s*$/i;

/** How far back before a date a cue is looked for (a cue is a few words). */
const CUE_REACH = 60;

/** A cue that heads the date's line ("Published: 3 March 2014"), not one inside a sentence. */
const HEADING_CUE = /^[ \t\u00a0]*(?:date[ \u00a0]+)?(?:published|posted|updated|last updated|comment date|dated|date|issued|released|last modified)(?:[ \u00a0]+(?:on|at))?[ \u00a0]*[:\-–]?[ \u00a0]*$/i;
/** A byline before the date: "By Jo Bloggs | ". */
const BYLINE_BEFORE = /^[ \t\u00a0]*by[ \u00a0]+[^|\n]{1,80}\|[ \u00a0]*$/i;
/** A byline after a date that opens its line: " | Jo Bloggs, Research Fellow". */
const BYLINE_AFTER = /^[ \u00a0]*\|[ \u00a0]*\p{Lu}[^|\n]{0,80}$/u;

/**
 * The stretch of the text that cue strengths were read from: [from, to). A `from` of -1 means the
 * reading also relied on nothing coming before the text's start, a `to` past the text's length on
 * nothing coming after its end, so that the same words elsewhere in a longer text need not give
 * the same strengths.
 */
export interface ReadSpan {
  from: number;
  to: number;
}

/**
 * How strongly the words around a date mark it as the page's own: 2 when the cue heads the line
 * (or the line above) or the date sits in a byline, 1 for a cue inside a sentence ("Allocations
 * will be published on 14 March 2014", which is a date the text talks about as much as its own),
 * 0 for none. Widens `read` to all it reads.
 */
function cueStrength(text: string, start: number, end: number, read: ReadSpan): number {
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
  // The scan read back to the line break it found (or to the reach); one that ran into the text's start relied on it.
  widen(read, lineStart > 0 ? lineStart - 1 : lineStart === 0 ? -1 : reach, end);
  const before = text.slice(lineStart < 0 ? reach : lineStart, start);
  if (lineStart >= 0 && (HEADING_CUE.test(before) || BYLINE_BEFORE.test(before))) return 2;
  if (CUE.test(before)) return 1;
  // More than the reach of this line before the date, or words before it: the date is not alone.
  if (lineStart < 0 || before.trim().length > 0) return 0;
  widen(read, end, end + REST_OF_LINE < text.length ? end + REST_OF_LINE : text.length + 1);
  if (BYLINE_AFTER.test(restOfLine(text, end))) return 2;
  // The cue may sit alone on the line above ("Comment date" / "17 November 2010").
  const previousEnd = lineStart - 1;
  if (previousEnd <= 0) {
    widen(read, -1, end);
    return 0;
  }
  const previousBreak = text.lastIndexOf('\n', previousEnd - 1);
  widen(read, previousBreak, end);
  const previousStart = previousBreak + 1;
  return CUE_LINE.test(text.slice(previousStart, previousEnd).replace(/\r$/, '').trim()) ? 2 : 0;
}

function widen(read: ReadSpan, from: number, to: number): void {
  if (from < read.from) read.from = from;
  if (to > read.to) read.to = to;
}

/** How much of the date's line after it is read for a byline. */
const REST_OF_LINE = 100;

/** The rest of the date's line, bounded so that an endless line costs nothing. */
function restOfLine(text: string, end: number): string {
  const window = text.slice(end, end + REST_OF_LINE);
  const lineEnd = window.search(/\r?\n/);
  return lineEnd < 0 ? (end + REST_OF_LINE >= text.length ? window : '') : window.slice(0, lineEnd);
}

/** What some of a text's dates say about the document's date: the strongest cue among them, and the latest date with it. */
export interface DateCues {
  /** 0 when no date has a cue. */
  strength: number;
  latest: string | undefined;
}

/**
 * The cues of the given dates (other entities are passed over) and, in `read`, the stretch of the
 * text they were read from: as long as that stretch is unchanged, so are the cues (a large
 * document keeps each section's, see sectionedAnalysis.ts).
 */
export function dateCues(text: string, entities: readonly Entity[], read: ReadSpan = { from: Infinity, to: -Infinity }): DateCues {
  let latest: string | undefined;
  let strongest = 0;
  for (const entity of entities) {
    if (entity.type !== 'date' || entity.value?.kind !== 'date') continue;
    const { iso, precision } = entity.value;
    if (precision !== 'day' && precision !== 'month' && precision !== 'year') continue;
    const strength = cueStrength(text, entity.start, entity.end, read);
    if (strength === 0 || strength < strongest) continue;
    if (strength > strongest || latest === undefined || iso > latest) latest = iso;
    strongest = strength;
  }
  return { strength: strongest, latest };
}

/**
 * The document's date from the cues of its parts: the latest date among those with the strongest
 * cue, which is what the cues of all its dates at once give (the choice does not depend on order).
 */
export function documentDateOf(parts: Iterable<DateCues>): string | undefined {
  let latest: string | undefined;
  let strongest = 0;
  for (const { strength, latest: date } of parts) {
    if (strength === 0 || strength < strongest || date === undefined) continue;
    if (strength > strongest || latest === undefined || date > latest) latest = date;
    strongest = strength;
  }
  return latest;
}

export function findDocumentDate(text: string, entities: readonly Entity[]): string | undefined {
  return dateCues(text, entities).latest;
}
