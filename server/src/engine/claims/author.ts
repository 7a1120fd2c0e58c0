// The organisation a document speaks for, when it says so plainly: a heading line that is the
// organisation's name ("Ashworth Housing Trust"), perhaps with the kind of document beside it
// ("Unison statement", "Acme Trust annual report 2014"), or a "Published by X" / "From: X" /
// "Issued by X" line in the heading or the closing lines. Its first-person statements ("we
// employ 146 staff", "our income rose to £4.2m") are then claims about that organisation.
// Anything less plain (a blog with a byline, a page of comments) has no author organisation.

import type { TextLike } from '../corpus/pieceText';
import type { Entity } from '../types';

/** Lines read at each end of the text; a body paragraph ends the heading sooner. */
const HEADING_LINES = 8;
const CLOSING_LINES = 5;
const BODY_LINE = 120;

const GENRE = String.raw`(?:press[\s\u00a0]+release|news[\s\u00a0]+release|media[\s\u00a0]+release|statement|annual[\s\u00a0]+report(?:[\s\u00a0]+and[\s\u00a0]+(?:financial[\s\u00a0]+statements|accounts))?|report|briefing|response|submission|evidence|newsletter|blog|update|consultation[\s\u00a0]+response|policy[\s\u00a0]+paper)`;
const LEAD = /^(?:(?:first[\s\u00a0]+)?published[\s\u00a0]+by|issued[\s\u00a0]+by|from:?|by)[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;
// The space after a possessive belongs to it: two optional runs of spaces side by side would let a long run of spaces
// be split between them in every way (cubic backtracking) before the pattern fails.
const TRAIL = new RegExp(`^(?:[\\s\\u00a0]*(?:['’]s[\\s\\u00a0]*)?(?:${GENRE})?(?:[\\s\\u00a0]+(?:for[\\s\\u00a0]+)?(?:the[\\s\\u00a0]+year[\\s\\u00a0]+)?\\d{4}(?:[/–-]\\d{2,4})?)?)?[\\s\\u00a0:.]*$`, 'i');
const LEADING_GENRE = new RegExp(`^(?:the[\\s\\u00a0]+)?(?:${GENRE})?[\\s\\u00a0]*(?:by|from|of)?[\\s\\u00a0]*(?:the[\\s\\u00a0]+)?$`, 'i');

/** A non-blank line of the text: [start, end), without its line break. */
export interface Line {
  start: number;
  end: number;
}

function lineAt(text: TextLike, start: number, end: number): Line | undefined {
  let e = end;
  if (e > start && text.charCodeAt(e - 1) === 13) e--;
  return text.slice(start, e).trim() ? { start, end: e } : undefined;
}

/** The first `count` non-blank lines. */
function firstLines(text: TextLike, count: number): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (out.length < count && start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = lineAt(text, start, end);
    if (line) out.push(line);
    start = end + 1;
  }
  return out;
}

/** The last `count` non-blank lines, in order. */
function lastLines(text: TextLike, count: number): Line[] {
  const out: Line[] = [];
  let end = text.length;
  // end > 0: at 0 nothing is left, and lastIndexOf(…, -1) would find a leading line break again (a loop without end).
  while (out.length < count && end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = lineAt(text, start, end);
    if (line) out.unshift(line);
    if (start === 0) break;
    end = start - 1;
  }
  return out;
}

/**
 * A news story's byline ("By Ann Wendle, Health Reporter") or a parliamentary record ("Hansard"
 * heading a debate): the heading's name is the outlet or the house that publishes the text, and the
 * first person in it belongs to the people quoted or speaking ("our officers", "my constituency"),
 * never to the publisher. Such a heading names an author only explicitly ("Published by X").
 */
const BYLINE = /^(?:[Bb]y|[Pp]osted[\s\u00a0]+by|[Ww]ritten[\s\u00a0]+by)[\s\u00a0]+\p{Lu}/u;
const RECORD_OF_DEBATE = /^hansard\b/i;

function isReportedSpeech(text: TextLike, heading: readonly Line[]): boolean {
  for (const line of heading) {
    const words = text.slice(line.start, line.end).trim();
    if (BYLINE.test(words) || RECORD_OF_DEBATE.test(words)) return true;
  }
  return false;
}

/** The organisation a line names as the document's author, if the line is only that. */
function authorOnLine(text: TextLike, line: Line, organisationsOn: (line: Line) => readonly Entity[], explicitOnly: boolean): Entity | undefined {
  const orgs = organisationsOn(line);
  if (orgs.length !== 1) return undefined;
  const org = orgs[0];
  const before = text.slice(line.start, org.start).trim();
  const after = text.slice(org.end, line.end);
  if (LEAD.test(before + ' ') && TRAIL.test(after)) return org;
  if (explicitOnly) return undefined;
  if ((before === '' || LEADING_GENRE.test(before + ' ')) && TRAIL.test(after)) return org;
  return undefined;
}

/** The document's author organisation, or undefined when the text does not say it plainly. */
export function documentAuthor(text: TextLike, organisations: readonly Entity[]): Entity | undefined {
  return documentAuthorAmong(text, (line) => organisations.filter((o) => o.start >= line.start && o.end <= line.end));
}

/**
 * documentAuthor, for a caller that can list the organisations lying wholly on a line (in text
 * order) without gathering all of the document's: a large document's sections (sectionedAnalysis.ts).
 */
export function documentAuthorAmong(text: TextLike, organisationsOn: (line: Line) => readonly Entity[]): Entity | undefined {
  const heading = firstLines(text, HEADING_LINES);
  const reported = isReportedSpeech(text, heading);
  for (const line of heading) {
    if (line.end - line.start > BODY_LINE) break;
    const org = authorOnLine(text, line, organisationsOn, reported);
    if (org) return org;
  }
  for (const line of lastLines(text, CLOSING_LINES)) {
    if (line.end - line.start > BODY_LINE) continue;
    const org = authorOnLine(text, line, organisationsOn, true);
    if (org) return org;
  }
  return undefined;
}
