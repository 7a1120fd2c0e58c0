// The organisation a document speaks for, when it says so plainly: a heading line that is the
// organisation's name ("Ashworth Housing Trust"), perhaps with the kind of document beside it
// ("Unison statement", "Acme Trust annual report 2014"), or a "Published by X" / "From: X" /
// "Issued by X" line in the heading or the closing lines. Its first-person statements ("we
// employ 146 staff", "our income rose to £4.2m") are then claims about that organisation.
// Anything less plain (a blog with a byline, a page of comments) has no author organisation.

import type { TextLike } from '../corpus/pieceText';
import type { Entity } from '../types';
import { headNoun } from './bodyKinds';
import { isMedia } from './referents';

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

/**
 * A byline that names one of the body's own organs ("Posted by HTST Board", "Posted by the
 * Communications Team"), not a journalist: a page of the body's own site, whose heading names the
 * body and whose "we" is the body's. (A person with a post is left out: "Posted by Jo Bell, Practice
 * Manager" reads so too, but a reporter's byline may give a post that no list of words tells apart.)
 */
const OWN_OFFICER = /^(?:[Bb]y|[Pp]osted[\s\u00a0]+by|[Ww]ritten[\s\u00a0]+by)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:\p{Lu}[\p{L}’'-]*[\s\u00a0]+){1,4}(?:[Bb]oard|[Cc]ommittee|[Tt]eam|[Oo]ffice|[Tt]rustees|[Ss]ecretariat)(?![\p{L}])(?![\s\u00a0]+(?:of|at)[\s\u00a0])/u;
/** A journalist's post, in a byline or a line of its own ("Rupert Vance, Industrial Correspondent"). */
const JOURNALIST = /\b(?:reporter|correspondent|editor|journalist|columnist|presenter)\b/i;

function isReportedSpeech(text: TextLike, heading: readonly Line[]): boolean {
  for (const line of heading) {
    const words = text.slice(line.start, line.end).trim();
    if (RECORD_OF_DEBATE.test(words)) return true;
    if (BYLINE.test(words) && !(OWN_OFFICER.test(words) && !JOURNALIST.test(words) && !/\bnews\b/i.test(words))) return true;
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

/** Heads of houses whose pages carry every member's words ("UK Parliament | Committees"): never a speaker. */
const LEGISLATURE_HEADS = new Set(['parliament', 'assembly', 'senedd', 'commons', 'lords', 'hansard']);
const BAR = ' | ';

/** The line up to its first " | ", when it has one: a masthead's first segment. */
function firstSegment(text: TextLike, line: Line): Line | undefined {
  const bar = text.slice(line.start, line.end).indexOf(BAR);
  return bar > 0 ? { start: line.start, end: line.start + bar } : undefined;
}

/** A heading line naming a journalist's post: a news page, whose masthead is the outlet's. */
function namesJournalist(text: TextLike, heading: readonly Line[]): boolean {
  return heading.some((line) => JOURNALIST.test(text.slice(line.start, line.end)));
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
  let bars: boolean | undefined;
  for (const line of heading) {
    if (line.end - line.start > BODY_LINE) break;
    const org = authorOnLine(text, line, organisationsOn, reported);
    if (org) return org;
    if (reported) continue;
    // "GMB | Home | News | Join GMB", "UNIVERSITY OF X | STAFF BULLETIN | Issue 214": a site's or a
    // bulletin's masthead, the body's name first and its sections or the issue after the bars
    const first = firstSegment(text, line);
    if (!first) continue;
    const own = authorOnLine(text, first, organisationsOn, false);
    if (own && !isMedia(own) && !LEGISLATURE_HEADS.has(headNoun(own) ?? '') && !(bars ??= namesJournalist(text, heading))) return own;
  }
  for (const line of lastLines(text, CLOSING_LINES)) {
    if (line.end - line.start > BODY_LINE) continue;
    const org = authorOnLine(text, line, organisationsOn, true);
    if (org) return org;
  }
  return undefined;
}
