import type { TextLike } from '../corpus/pieceText';
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
const HEADING_CUE = /^[ \t\u00a0]*(?:date[ \u00a0]+)?(?:published|posted|updated|last updated|comment date|dated|date|issued|released|last modified|(?:minutes[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?)?meeting[ \u00a0]+held)(?:[ \u00a0]+(?:on|at))?[ \u00a0]*[:\-–]?[ \u00a0]*$/i;
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
function cueStrength(text: TextLike, start: number, end: number, read: ReadSpan): number {
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
  if (lineStart < 0) return 0;
  const uncued = () => (FIELD_BEFORE.test(before) && inMasthead(text, lineStart, end, read) ? MASTHEAD : 0);
  // Words before it: the date is not alone.
  if (before.trim().length > 0) return uncued();
  widen(read, end, end + REST_OF_LINE < text.length ? end + REST_OF_LINE : text.length + 1);
  if (BYLINE_AFTER.test(restOfLine(text, end))) return 2;
  // The cue may sit alone on the line above ("Comment date" / "17 November 2010").
  const previousEnd = lineStart - 1;
  if (previousEnd <= 0) {
    widen(read, -1, end);
    return uncued();
  }
  const previousBreak = text.lastIndexOf('\n', previousEnd - 1);
  widen(read, previousBreak, end);
  const previousStart = previousBreak + 1;
  return CUE_LINE.test(text.slice(previousStart, previousEnd).replace(/\r$/, '').trim()) ? 2 : uncued();
}

/**
 * What cueStrength gives a date alone in the masthead. Such a date is the page's own, but it is
 * kept apart from the cued ones (`DateCues.masthead`): it resolves the text's relative dates and
 * its months without a year, yet does not time the claims, because the conflict gate compares
 * calendar years (claims/time.ts) and the sets count a title or figure given six months apart,
 * across a new year, as a conflict; timing such pages' claims lost those.
 */
const MASTHEAD = -1;

/** The date opens its line or a field of it ("Branch Bulletin | Issue 27 | February 2025"). */
const FIELD_BEFORE = /(?:^|[|·•])[ \t\u00a0]*$/;
/** Then ends it, perhaps with a time: "Saturday 15 March 2025, 07:00", "12 February 2026 | 5 min read". */
const FIELD_AFTER = /^,?(?:[ \u00a0]+(?:at[ \u00a0]+)?\d{1,2}(?:[.:]\d{2})?[ \u00a0]*(?:am|pm)?)?[ \u00a0]*(?:[|·•][^\n]*)?\r?$/i;
/** How far into a text its masthead may reach. */
const MASTHEAD_REACH = 2000;
/** A line of running prose (ten words or more ending a sentence) ends the masthead. */
const PROSE_LINE = /(?:\S+[ \u00a0]+){9,}\S*[.!?]["”’)]?[ \t\u00a0]*\r?$/;

/**
 * A date standing alone in its line or field within the masthead: the lines a page opens with
 * before its first line of prose (titles, a byline, a date line under "By …", an Official Report's
 * sitting day, a letter's date). Nothing there is a date the text talks about; it is the page's own.
 * Reads from the text's start when the date is in the masthead, else back to the prose line or the
 * reach that ruled it out.
 */
function inMasthead(text: TextLike, lineStart: number, end: number, read: ReadSpan): boolean {
  const window = text.slice(end, end + REST_OF_LINE);
  const lineEnd = window.indexOf('\n');
  widen(read, lineStart - 1, lineEnd >= 0 ? end + lineEnd + 1 : end + REST_OF_LINE < text.length ? end + REST_OF_LINE : text.length + 1);
  if (lineEnd < 0 && end + REST_OF_LINE < text.length) return false;
  if (!FIELD_AFTER.test(lineEnd < 0 ? window : window.slice(0, lineEnd))) return false;
  const reach = lineStart - MASTHEAD_REACH;
  let to = lineStart - 1;
  while (to > 0) {
    const from = text.lastIndexOf('\n', to - 1) + 1;
    if (from < reach) {
      widen(read, from - 1, lineStart);
      return false;
    }
    if (PROSE_LINE.test(text.slice(from, to))) {
      widen(read, from - 1, lineStart);
      return false;
    }
    to = from - 1;
  }
  widen(read, -1, lineStart);
  return true;
}

function widen(read: ReadSpan, from: number, to: number): void {
  if (from < read.from) read.from = from;
  if (to > read.to) read.to = to;
}

/** How much of the date's line after it is read for a byline. */
const REST_OF_LINE = 100;

/** The rest of the date's line, bounded so that an endless line costs nothing. */
function restOfLine(text: TextLike, end: number): string {
  const window = text.slice(end, end + REST_OF_LINE);
  const lineEnd = window.search(/\r?\n/);
  return lineEnd < 0 ? (end + REST_OF_LINE >= text.length ? window : '') : window.slice(0, lineEnd);
}

/** What some of a text's dates say about the document's date: the strongest cue among them, and the latest date with it. */
export interface DateCues {
  /** 0 when no date has a cue. */
  strength: number;
  latest: string | undefined;
  /** The latest date standing alone in the masthead (see MASTHEAD). */
  masthead?: string;
}

/**
 * The cues of the given dates (other entities are passed over) and, in `read`, the stretch of the
 * text they were read from: as long as that stretch is unchanged, so are the cues (a large
 * document keeps each section's, see sectionedAnalysis.ts).
 */
export function dateCues(text: TextLike, entities: readonly Entity[], read: ReadSpan = { from: Infinity, to: -Infinity }): DateCues {
  let latest: string | undefined;
  let masthead: string | undefined;
  let strongest = 0;
  for (const entity of entities) {
    if (entity.type !== 'date' || entity.value?.kind !== 'date') continue;
    const { iso, precision } = entity.value;
    if (precision !== 'day' && precision !== 'month' && precision !== 'year') continue;
    const strength = cueStrength(text, entity.start, entity.end, read);
    if (strength === MASTHEAD) {
      if (masthead === undefined || iso > masthead) masthead = iso;
      continue;
    }
    if (strength === 0 || strength < strongest) continue;
    if (strength > strongest || latest === undefined || iso > latest) latest = iso;
    strongest = strength;
  }
  return masthead === undefined ? { strength: strongest, latest } : { strength: strongest, latest, masthead };
}

/** The latest masthead date among the parts' (see MASTHEAD). */
export function mastheadDateOf(parts: Iterable<DateCues>): string | undefined {
  let latest: string | undefined;
  for (const { masthead } of parts) if (masthead !== undefined && (latest === undefined || masthead > latest)) latest = masthead;
  return latest;
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

/** The document's cued date and, when no cue gives one, its masthead's date. */
export function findDocumentDates(text: string, entities: readonly Entity[]): { documentDate?: string; mastheadDate?: string } {
  const { latest, masthead } = dateCues(text, entities);
  if (latest !== undefined) return { documentDate: latest };
  return masthead === undefined ? {} : { mastheadDate: masthead };
}
