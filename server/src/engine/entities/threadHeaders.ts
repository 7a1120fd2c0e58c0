import { Gap, Shape, type Token } from '../text/tokens';
import { FIRST_NAMES } from './lexicons/firstNames';
import { ORGANISATION_HEADS } from './lexicons/organisationWords';
import { isSurnameLike } from './person';
import { isFunctionWord } from './threadWords';

// Comment headers that fit on one line, however a site lays them out: the writer, perhaps the
// writer they reply to, and when they wrote ("yardie_1987 · 3 hours ago", "jean mcgowan →
// yardie_1987 · 2 hours ago", "hollinsford_mum_of3 · Wed 10 Dec 2025, 21:14", "Reply #4 — Kay
// Patel, 2 days ago", "Posted by sue_b on 3 March 2025 at 10:42", "DaveOnThe47 wrote:",
// "**Margo B** replied:"). One such line could be a byline or a live page's entry; a page is a
// thread only when several lines share one of these shapes, so each shape must be seen twice.

/** Tokens first..last of one line of the text. */
export interface Line {
  first: number;
  last: number;
}

/** A header line: its index among the text's lines, its writer and the writer it answers, if named. */
export interface ThreadHeader {
  line: number;
  writer: Line;
  replyTo: Line | undefined;
  /** The writer's handle beside their name ("Maggie Horne @maggiehorne"). */
  alias?: Line;
}

/** The three shapes a header line takes: a writer and a time, "Posted by" a writer, a writer and a verb of writing. */
const enum Kind {
  Time = 0,
  PostedBy = 1,
  Verb = 2,
  Stamped = 3,
}

/** Headers are short: a writer, a reply target and a date and time fit in this many tokens. */
const MAX_HEADER_TOKENS = 18;

/**
 * The header lines of a comment thread, in text order, or none when no shape of header line is
 * seen at least twice (a page with one "Kate Menzies · 2 December 2025" has a byline, not a thread).
 */
export function findThreadHeaders(tokens: readonly Token[], lines: readonly Line[]): ThreadHeader[] {
  const found: Array<ThreadHeader & { kind: Kind }> = [];
  const counts = [0, 0, 0, 0];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const header = stampedLine(tokens, line) ?? (line.last - line.first < MAX_HEADER_TOKENS ? readHeader(tokens, line) : undefined);
    if (!header) continue;
    found.push({ line: n, ...header });
    counts[header.kind]!++;
  }
  // Once two lines of one shape make the page a thread, a header of another shape is one more
  // writer's: the opening post's "Posted by u/jo_b · 7h" above replies laid out "u/kay_p · 6h".
  const thread = counts.some((count) => count >= 2);
  return thread ? found : [];
}

// A chat app's export puts the whole message on its header's line: a stamp, the sender, a colon and
// what they wrote ("[14/03/2026, 09:12] jo_b: see you there", "14/03/2026, 09:12 - Kay Patel: ok").
// The sender is whatever stands between the stamp and the first colon, when it is a writer's shape;
// a trailing acronym is the sender's body shown beside the name ("Sam Tully RCN"), not part of it.
function stampedLine(tokens: readonly Token[], line: Line): { kind: Kind; writer: Line; replyTo: undefined } | undefined {
  const bracket = tokens[line.first]!.text === '[';
  let close = line.first + (bracket ? 1 : 0);
  const limit = Math.min(line.last, line.first + 12);
  while (close <= limit && tokens[close]!.text !== (bracket ? ']' : '-')) close++;
  if (close > limit || !isTimeField(tokens, line.first + (bracket ? 1 : 0), close - 1)) return undefined;
  let colon = close + 1;
  while (colon <= Math.min(line.last, close + 10) && !(tokens[colon]!.text === ':' && tokens[colon]!.gapBefore === Gap.None)) colon++;
  if (colon > Math.min(line.last, close + 10)) return undefined;
  let last = colon - 1;
  if (last > close + 1 && tokens[last]!.shape === Shape.AllCaps && tokens[last]!.gapBefore === Gap.Space) last--;
  const writer = writerField(tokens, close + 1, last);
  return writer && { kind: Kind.Stamped, writer, replyTo: undefined };
}

function readHeader(tokens: readonly Token[], line: Line): { kind: Kind; writer: Line; replyTo: Line | undefined; alias?: Line } | undefined {
  const last = withoutDecoration(tokens, line);
  if (last < line.first) return undefined;
  const first = tokens[line.first]!;
  // "Posted by sue_b on 3 March 2025 at 10:42", "Comment by Kay Patel".
  if (BY_OPENERS.has(first.key) && (tokens[line.first + 1]?.key === 'by' || tokens[line.first + 1]?.key === 'from')) {
    const from = line.first + 2;
    let to = from;
    while (to + 1 <= last && !WRITER_ENDS.has(tokens[to + 1]!.key)) to++;
    if (to < last && !isTimeField(tokens, tokens[to + 1]!.key === 'on' || tokens[to + 1]!.key === 'at' || SEPARATORS.has(tokens[to + 1]!.text) ? to + 2 : to + 1, last)) return undefined;
    const writer = writerField(tokens, from, to);
    return writer && { kind: Kind.PostedBy, writer, replyTo: undefined };
  }
  const verb = verbHeader(tokens, line.first, last);
  if (verb) return verb;
  // "writer · time": the first separator after which the rest of the line is a time.
  for (let s = line.first + 1; s < last; s++) {
    const separator = tokens[s]!;
    if (!SEPARATORS.has(separator.text) || (separator.text === '-' && separator.gapBefore === Gap.None) || !isTimeThenCounts(tokens, s + 1, last)) continue;
    const parts = replyParts(tokens, withoutNumber(tokens, line.first, s - 1), s - 1);
    return parts && { kind: Kind.Time, ...parts };
  }
  // "@canal_kid 3 days ago": a handle needs no separator before the time.
  const at = first.text === '@' ? line.first + 1 : line.first;
  let handleEnd = at;
  while (handleEnd < last && tokens[handleEnd + 1]!.gapBefore === Gap.None) handleEnd++;
  if (handleEnd < last && (at > line.first || isGluedHandle(tokens, at, handleEnd)) && isTimeField(tokens, handleEnd + 1, last)) {
    const writer = writerField(tokens, at, handleEnd);
    if (writer) return { kind: Kind.Time, writer, replyTo: undefined };
  }
  return undefined;
}

/**
 * A time, then perhaps the counts a site shows after it: "6h · 96 points", "5h · 33 points · Share".
 * Each field after the time is a count and its noun, or a button's word.
 */
function isTimeThenCounts(tokens: readonly Token[], from: number, last: number): boolean {
  if (isTimeField(tokens, from, last)) return true;
  let end = from;
  while (end <= last && !FIELD_SEPARATORS.has(tokens[end]!.text)) end++;
  if (end > last || !isTimeField(tokens, from, end - 1)) return false;
  for (let field = end + 1; field <= last; ) {
    let next = field;
    while (next <= last && !FIELD_SEPARATORS.has(tokens[next]!.text)) next++;
    if (!isCountField(tokens, field, next - 1)) return false;
    field = next + 1;
  }
  return true;
}

/** Separators between the fields after a header's time (not the "," or "-" a date may hold). */
const FIELD_SEPARATORS = new Set(['·', '•', '|']);

/** "96 points", "58 comments", "Share": a count with its noun, or one of a thread's button words. */
function isCountField(tokens: readonly Token[], first: number, last: number): boolean {
  if (first === last) return COUNT_NOUNS.has(tokens[first]!.key);
  return last === first + 1 && /^\d[\d,.]*[kKmM]?$/.test(tokens[first]!.text) && COUNT_NOUNS.has(tokens[last]!.key);
}

const COUNT_NOUNS = new Set([
  'point', 'points', 'vote', 'votes', 'upvote', 'upvotes', 'like', 'likes', 'comment', 'comments', 'reply', 'replies', 'share', 'shares', 'save',
  'report', 'view', 'views', 'reaction', 'reactions',
]);

/**
 * "Maggie Horne @maggiehorne": a name and the writer's handle; both name the writer. Some put an
 * emoji or a badge between them ("Jo Tarr 🎭 @jotarr", "Kay P ✅ @kayp").
 */
export function nameAndHandle(tokens: readonly Token[], first: number, last: number): { writer: Line; replyTo: undefined; alias: Line } | undefined {
  for (let a = first + 1; a < last; a++) {
    if (tokens[a]!.text !== '@' || tokens[a + 1]!.gapBefore !== Gap.None) continue;
    let nameEnd = a - 1;
    while (nameEnd > first && isBadge(tokens[nameEnd]!)) nameEnd--;
    const named = writerField(tokens, first, nameEnd);
    const handle = writerField(tokens, a + 1, last);
    return named && handle ? { writer: named, replyTo: undefined, alias: handle } : undefined;
  }
  return undefined;
}

/** An emoji or a mark a profile shows beside a name ("🎭", "✅", "☕"): no letter, digit or punctuation of prose. */
function isBadge(token: Token): boolean {
  return token.shape === Shape.Punct && /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]+$/u.test(token.text);
}

/** Marks a page puts between a header's fields. */
const SEPARATORS = new Set(['·', '•', '|', '—', '–', '-', ',']);
/** Words that open a header naming its writer after "by" or "from": "Posted by", "Comment from". */
const BY_OPENERS = new Set(['posted', 'comment', 'reply', 'submitted', 'written', 'answered', 'message', 'post']);
/** Words that end the writer's field in a "Posted by" header. */
const WRITER_ENDS = new Set(['on', 'at', ',', '·', '•', '|', '—', '–', '-', '»', 'in']);
/** Verbs that close a writer's header: "DaveOnThe47 wrote:", "Margo B replied". Not "said", which press releases use before a quotation. */
const WRITING_VERBS = new Set(['wrote', 'writes', 'replied', 'replies', 'posted', 'commented', 'responded']);
/** Marks between a writer and the writer they reply to. */
const REPLY_ARROWS = new Set(['→', '▸', '►', '›', '»', '>', '↪', '⤷']);

/** The line's last token before trailing buttons and marks ("· 🌍", "(edited)", "**"). */
function withoutDecoration(tokens: readonly Token[], line: Line): number {
  let last = line.last;
  while (last >= line.first) {
    const token = tokens[last]!;
    if (token.key === 'edited' && tokens[last - 1]?.text === '(' && tokens[last + 1]?.text === ')') last -= 2;
    else if (token.shape === Shape.Punct && token.text !== ':' && !/[\p{L}\p{N}]/u.test(token.text)) last--;
    else break;
  }
  return last;
}

/** Skips "Reply #4 —", "#4", "4." before a writer. */
function withoutNumber(tokens: readonly Token[], first: number, last: number): number {
  let i = first;
  if ((tokens[i]!.key === 'reply' || tokens[i]!.key === 'comment' || tokens[i]!.key === 'post') && tokens[i + 1]?.text === '#') i++;
  if (tokens[i]!.text === '#' && tokens[i + 1]?.shape === Shape.Numeric) i += 2;
  else if (tokens[i]!.shape === Shape.Numeric && tokens[i + 1]?.text === '.') i += 2;
  else return first;
  if (i <= last && SEPARATORS.has(tokens[i]!.text)) i++;
  return i <= last ? i : first;
}

/** "DaveOnThe47 wrote:", "**Margo B** replied:", "jo_b replied to Kay Patel:", "On 3 March 2025, sue_b wrote:". */
function verbHeader(tokens: readonly Token[], first: number, last: number): { kind: Kind; writer: Line; replyTo: Line | undefined } | undefined {
  let end = last;
  if (tokens[end]!.text === ':') end--;
  let verb = -1;
  let replyTo: Line | undefined;
  // "anon_teacher said...": a blog's comment header; "said:" alone opens a press release's quotation.
  const ellipsis = tokens[last + 1]?.text === '…' || (tokens[last + 1]?.text === '.' && tokens[last + 2]?.text === '.');
  if (end > first && (WRITING_VERBS.has(tokens[end]!.key) || (ellipsis && (tokens[end]!.key === 'said' || tokens[end]!.key === 'says')))) verb = end;
  else {
    // "replied to Kay Patel:": the verb, "to", and the other writer to the end.
    for (let v = first + 1; v + 2 <= end; v++) {
      if (tokens[v]!.key !== 'replied' || tokens[v + 1]!.key !== 'to') continue;
      replyTo = writerField(tokens, v + 2, end);
      if (replyTo) verb = v;
      break;
    }
  }
  if (verb < 0 || tokens[verb]!.gapBefore > Gap.Space) return undefined;
  let from = first;
  // "On 3 March 2025, sue_b wrote:".
  if (tokens[from]!.key === 'on') {
    let comma = from + 1;
    while (comma < verb && tokens[comma]!.text !== ',') comma++;
    if (comma >= verb || !isTimeField(tokens, from + 1, comma - 1)) return undefined;
    from = comma + 1;
  }
  const writer = writerField(tokens, from, verb - 1);
  return writer && { kind: Kind.Verb, writer, replyTo };
}

/** "jean mcgowan → yardie_1987", "Kay Patel replying to jo_b", or a writer alone. */
function replyParts(tokens: readonly Token[], first: number, last: number): { writer: Line; replyTo: Line | undefined; alias?: Line } | undefined {
  for (let a = first + 1; a < last; a++) {
    const arrow = tokens[a]!;
    const words = arrow.key === 'replying' || arrow.key === 'replied' ? (tokens[a + 1]?.key === 'to' ? 2 : 0) : REPLY_ARROWS.has(arrow.text) ? 1 : 0;
    if (words === 0) continue;
    const writer = writerField(tokens, first, a - 1);
    const replyTo = writerField(tokens, a + words, last);
    return writer && replyTo ? { writer, replyTo } : undefined;
  }
  const writer = writerField(tokens, first, last);
  if (writer) return { writer, replyTo: undefined };
  for (let a = first + 1; a < last; a++) if (tokens[a]!.text === '@' && tokens[a + 1]!.gapBefore === Gap.None) return nameAndHandle(tokens, first, last);
  // "Gideon Latham maisie_on_deck • 5 hours ago": a page whose reply arrow is an icon leaves the
  // writer replied to, a handle, right after the writer's name when pasted.
  let handle = last;
  while (handle > first && tokens[handle]!.gapBefore === Gap.None) handle--;
  if (handle <= first || !isGluedHandle(tokens, handle, last)) return undefined;
  const named = writerField(tokens, first, handle - 1);
  return named && { writer: named, replyTo: { first: handle, last } };
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);
const AGE_UNITS = new Set([
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'wk', 'wks',
  'month', 'months', 'mo', 'year', 'years', 'yr', 'yrs',
]);
/** "5h", "2d", "20m", "3w", "1y", "10mins": an age in one token. */
const SHORT_AGE = /^\d{1,3}(?:s|m|h|d|w|y|mo|min|mins|hr|hrs|wk|wks|yr|yrs)$/;
/** Words that a time field may also hold: "at", "on", "ago", "just now", "yesterday at 21:14". */
const TIME_WORDS = new Set(['at', 'on', 'ago', 'just', 'now', 'yesterday', 'today', 'am', 'pm', 'a', 'an', 'edited', 'updated']);

/**
 * Whether tokens from..to are only a time: an age ("3 hours ago", "5h", "just now"), a date
 * ("Wed 10 Dec 2025", "3 March 2025", "10/12/2025") and/or a clock time ("21:14", "10.42am").
 * A bare number or year is no time: at least a clock time, a day and month, or an age.
 */
export function isTimeField(tokens: readonly Token[], from: number, to: number): boolean {
  if (from > to) return false;
  let evidence = false;
  for (let i = from; i <= to; i++) {
    const token = tokens[i]!;
    const key = token.key;
    if (token.shape === Shape.Numeric) {
      const next = tokens[i + 1];
      // "21:14", "7.45am", "7.45 pm", "10/12/2025".
      if (next && i + 2 <= to && (next.text === ':' || next.text === '.' || next.text === '/') && next.gapBefore === Gap.None && /^\d{2}(?:am|pm)?$|^\d{1,4}$/i.test(tokens[i + 2]!.text)) {
        evidence = true;
        const joiner = next.text;
        i += 2;
        // "10/12/2025", and a clock's seconds: "21:14:02".
        while (i + 2 <= to && (joiner === '/' || joiner === ':') && tokens[i + 1]!.text === joiner && tokens[i + 1]!.gapBefore === Gap.None && tokens[i + 2]!.shape === Shape.Numeric) i += 2;
        continue;
      }
      if (isDayMonthYear(token.text)) {
        evidence = true;
        continue;
      }
      if (SHORT_AGE.test(token.text) || /^\d{1,2}(?:am|pm)$/i.test(token.text)) {
        evidence = true;
        continue;
      }
      if (!/^\d{1,4}(?:st|nd|rd|th)?$/.test(token.text)) return false;
      // "3 hours ago", "3 March".
      if (next && i + 1 <= to && (AGE_UNITS.has(next.key) || MONTHS.has(next.key))) evidence = true;
      continue;
    }
    if (MONTHS.has(key) || WEEKDAYS.has(key) || AGE_UNITS.has(key) || TIME_WORDS.has(key)) {
      if (key === 'ago' || key === 'yesterday' || key === 'today' || (key === 'now' && tokens[i - 1]?.key === 'just')) evidence = true;
      continue;
    }
    if (token.text === ',' || token.text === '.' || token.text === '(' || token.text === ')') continue;
    return false;
  }
  return evidence;
}

/** "13-Apr-26", "4-Feb-2025": a day, a month's short name and a year, in one token. */
function isDayMonthYear(text: string): boolean {
  const match = /^\d{1,2}-(\p{L}{3,4})-(?:\d{2}|\d{4})$/u.exec(text);
  return match !== null && MONTHS.has(match[1]!.toLowerCase());
}

/** Single words that a header's writer field can hold without naming anyone. */
const NOT_WRITERS = new Set([
  'anonymous', 'guest', 'admin', 'administrator', 'moderator', 'mod', 'editor', 'reader', 'staff', 'team', 'update', 'updated', 'pinned', 'breaking',
  'live', 'latest', 'news', 'comments', 'comment', 'reply', 'replies', 'share', 'posted', 'like', 'report', 'quote', 'deleted', 'removed', 'user', 'member',
  'page', 'published', 'edited', 'sponsored', 'advertisement', 'weather', 'sport', 'opinion', 'analysis',
]);

/**
 * The writer in tokens first..last, without markup ("**Margo B**", "u/pier_watcher", "@jo_b"),
 * or undefined when the field cannot be a commenter's name: a handle ("yardie_1987",
 * "k.oyelaran", "DaveOnThe47"), or one to four words of one case that are not function words,
 * titles of the page or a body's head nouns ("Tam Docherty", "Margo B", "bex t", "dadonthetowpath").
 */
export function writerField(tokens: readonly Token[], first: number, last: number): Line | undefined {
  while (first <= last && (tokens[first]!.text === '*' || tokens[first]!.text === '@')) first++;
  if (first + 1 <= last && tokens[first]!.key === 'u' && tokens[first + 1]!.text === '/' && tokens[first + 1]!.gapBefore === Gap.None) first += 2;
  while (last >= first && tokens[last]!.text === '*') last--;
  if (first > last) return undefined;
  if (isGluedHandle(tokens, first, last)) return { first, last };
  const words = last - first + 1;
  if (words > 4) return undefined;
  const lower = tokens[first]!.shape === Shape.Lower;
  for (let i = first; i <= last; i++) {
    const token = tokens[i]!;
    const initial = i > first && token.text.length === 1;
    if (i > first && token.gapBefore !== Gap.Space) return undefined;
    if (token.shape !== Shape.Lower && token.shape !== Shape.Capitalised) return undefined;
    if (!initial && (token.shape === Shape.Lower) !== lower && !(token.shape === Shape.Capitalised && token.text.length === 1)) return undefined;
    if (NOT_WRITERS.has(token.key) || ORGANISATION_HEADS.has(token.key) || isFunctionWord(token.key)) return undefined;
    if (!lower && !initial && !FIRST_NAMES.has(token.key) && !isSurnameLike(token)) return undefined;
  }
  if (words === 1 && tokens[first]!.text.length < 3) return undefined;
  // A heading of one capitalised word ("Apologies · 3 March 2025", "Update · 2 hours ago") is no
  // one: alone, a capitalised writer is a known given name; otherwise a name has two words or more.
  if (!lower && words === 1 && !FIRST_NAMES.has(tokens[first]!.key)) return undefined;
  return { first, last };
}

/** A word with a capital or a digit after its first letter: "FrankOnThe12", "DrKay", "jo22". */
const INNER_CAPITAL_OR_DIGIT = /^\p{L}+(?:\p{Lu}|\d)[\p{L}\d]*$/u;

/** "yardie_1987", "k.oyelaran", "DaveOnThe47", "AquaDad_E12": one glued run joined by "_" or ".", or one word in mixed case. */
function isGluedHandle(tokens: readonly Token[], first: number, last: number): boolean {
  if (first === last) return tokens[first]!.shape === Shape.Mixed || (tokens[first]!.shape === Shape.Capitalised && INNER_CAPITAL_OR_DIGIT.test(tokens[first]!.text));
  let joined = false;
  for (let i = first; i <= last; i++) {
    const token = tokens[i]!;
    if (i > first && token.gapBefore !== Gap.None) return false;
    if (token.text === '_' || (token.text === '.' && i > first && i < last)) joined = true;
    else if (token.shape === Shape.Punct) return false;
  }
  return joined && tokens[first]!.shape !== Shape.Punct && tokens[first]!.shape !== Shape.Numeric;
}

