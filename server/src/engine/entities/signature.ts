import { Gap, Shape, type Token } from '../text/tokens';
import type { Gazetteer } from './gazetteer';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from './lexicons/firstNames';
import { ORGANISATION_HEADS } from './lexicons/organisationWords';
import { ROLE_HEADS, ROLE_MODIFIERS, SPEECH_VERBS, VERBS_AFTER_NAME } from './lexicons/personWords';
import { isAddressed } from './backReferences';
import { findLowerCaseListedNames } from './lowerCaseListedNames';
import { isSurnameLike } from './person';
import { isPortfolioBefore } from './roleTitles';
import { findThreadHeaders, isTimeField, nameAndHandle, writerField, type ThreadHeader } from './threadHeaders';
import { findLowerCaseSurnames, findSurnamesBeforeTitle, findSurnamesWithPronounTitle, findTitledLowerCaseNames } from './threadLowerCaseNames';
import type { NameScan, NameSpan } from './nameScan';
import { isFunctionWord, sameWordsAnyCase } from './threadWords';

// Comment signatures: a line holding nothing but a name, written as the commenter wrote it
// ("paul massey", "Richard Blogger", "J Patel"), optionally followed by a line naming their
// organisation in the same casual style ("somerset partnership", "unison, harbour branch",
// "age uk dorset") or with that organisation in brackets ("paul massey (unison)"). Also handles
// that address another commenter ("@dave thornton"), and the line right above a comment's "Comment
// date" line, which names its writer however they chose to be known: a handle ("jo_b",
// "DrK_Anytown"), an initial ("R. Able"), a pen name ("Anytown Watcher"), a lower-case given name
// ("pete"), with their affiliation in brackets ("sue walsh (unison)").

interface Line {
  first: number;
  last: number;
}

function lines(tokens: readonly Token[]): Line[] {
  const result: Line[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.gapBefore >= Gap.LineBreak) {
      if (tokens.length > 0) result.push({ first, last: i - 1 });
      first = i;
    }
  }
  return result;
}

function allWords(tokens: readonly Token[], line: Line, shapes: readonly Shape[]): boolean {
  for (let i = line.first; i <= line.last; i++) if (!shapes.includes(tokens[i]!.shape)) return false;
  return true;
}

const NAME_SHAPES = [Shape.Lower, Shape.Capitalised];

/** "J Patel" alone on a line: an initial (not the words "A" or "I") and a surname. */
function isInitialAndSurname(tokens: readonly Token[], line: Line): boolean {
  if (line.last - line.first !== 1) return false;
  const initial = tokens[line.first]!;
  return initial.text.length === 1 && initial.shape === Shape.Capitalised && initial.key !== 'a' && initial.key !== 'i' && isSurnameLike(tokens[line.last]);
}

/** "paul massey" or "Paul Massey" alone on a line, not "Paul said". */
function isNameLine(scan: NameScan, line: Line): boolean {
  const { tokens } = scan;
  const words = line.last - line.first + 1;
  if (words < 2 || words > 3 || !allWords(tokens, line, NAME_SHAPES)) return false;
  if (!FIRST_NAMES.has(tokens[line.first]!.key)) return false;
  const lower = tokens[line.first]!.shape === Shape.Lower;
  for (let i = line.first; i <= line.last; i++) if ((tokens[i]!.shape === Shape.Lower) !== lower) return false;
  return true;
}

/**
 * "maureen kelly (unison)": a commenter's name with their organisation in brackets on the same
 * line. Returns the bracketed part, or undefined when the line does not end in one.
 */
function bracketedAffiliation(tokens: readonly Token[], line: Line): Line | undefined {
  if (tokens[line.last]!.text !== ')' || line.last - line.first < 3) return undefined;
  for (let open = line.last - 2; open > line.first; open--) {
    const text = tokens[open]!.text;
    if (text === '(') return { first: open + 1, last: line.last - 1 };
    if (text === ')') return undefined;
  }
  return undefined;
}

export function findSignatures(scan: NameScan, gazetteers: readonly Gazetteer[]): void {
  const { tokens } = scan;
  const all = lines(tokens);
  for (let n = 0; n < all.length; n++) {
    const line = all[n]!;
    const bracketed = bracketedAffiliation(tokens, line);
    if (bracketed) {
      const name = { first: line.first, last: bracketed.first - 2 };
      if (scan.isFree(name.first, name.last) && isNameLine(scan, name)) {
        scan.claim('person', name.first, name.last, 'signature');
        findAffiliation(scan, bracketed, gazetteers);
        continue;
      }
    }
    if (!scan.isFree(line.first, line.last)) continue;
    if (!isNameLine(scan, line) && !isInitialAndSurname(tokens, line)) continue;
    scan.claim('person', line.first, line.last, 'signature');
    const affiliation = all[n + 1];
    if (affiliation && tokens[affiliation.first]!.gapBefore >= Gap.LineBreak) findAffiliation(scan, affiliation, gazetteers);
  }
  const writers = findCommentHeaderNames(scan, all, gazetteers);
  const repliedTo: NameSpan[] = [];
  const headerWriters = findHeaderLineWriters(scan, all, repliedTo);
  if (headerWriters.length > 0) findReplyingToHandles(scan, all, repliedTo);
  if (headerWriters.length > 0) {
    writers.push(...headerWriters);
    writers.sort((a, b) => a.details - b.details);
  }
  if (writers.length > 0) {
    findSignOffs(scan, all, writers);
    findLowerCaseGivenNames(scan, all, writers);
    findLowerCaseFullNames(scan, all[writers[0]!.details]!.first);
    scan.threadStart = all[writers[0]!.details]!.first;
    findTitledLowerCaseNames(scan, scan.threadStart);
    findSurnamesWithPronounTitle(scan, scan.threadStart);
    findSurnamesBeforeTitle(scan, scan.threadStart);
    findLowerCaseSurnames(scan, scan.threadStart);
    findLowerCaseListedNames(scan, all[writers[0]!.details]!.first, gazetteers);
    findAddressedWriters(scan, all[writers[0]!.details]!.first, writers);
  }
  // Each writer's name or handle as written, and the person a handle beside a name stands for.
  const names = new Map<string, NameSpan | undefined>();
  for (const writer of writers) names.set(scan.text.slice(writer.name.start, tokens[writer.name.last]!.end), undefined);
  for (const span of repliedTo) names.set(scan.text.slice(span.start, tokens[span.last]!.end), span.antecedent);
  findHandles(scan, names, writersByGivenName(scan, writers));
  if (scan.threadStart >= 0) findBareHandles(scan, names);
}

/**
 * A writer's handle: glued by "_" or "." or holding a digit ("nurse_jan", "k.oyelaran", "jo22"), or
 * words run together with their capitals kept ("HollyAndIvy"), so never a word.
 */
const HANDLE_TEXT = /^[\p{L}\d]+(?:[_.][\p{L}\d]+)+$|^\p{L}+\d+$|^\p{L}\p{Ll}+(?:\p{Lu}\p{Ll}+)+\d*$/u;

/**
 * "Agree with nurse_jan.", "Yes, lab_tech_lou, on Monday": in a thread, a writer's handle written
 * without "@" is that writer. Only handles that are no word of the language are looked for.
 */
function findBareHandles(scan: NameScan, writers: ReadonlyMap<string, NameSpan | undefined>): void {
  const { text, tokens } = scan;
  const from = tokens[scan.threadStart]!.start;
  for (const [handle, person] of writers) {
    if (!HANDLE_TEXT.test(handle)) continue;
    for (let at = text.indexOf(handle, from); at >= 0; at = text.indexOf(handle, at + handle.length)) {
      const first = scan.firstTokenEndingAfter(at);
      if (tokens[first]?.start !== at) continue;
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= at + handle.length) last++;
      if (tokens[last]!.end !== at + handle.length || tokens[last + 1]?.gapBefore === Gap.None && /[\p{L}\d_]/u.test(tokens[last + 1]!.text)) continue;
      if (scan.isFree(first, last)) claimHandle(scan, first, last, person);
    }
  }
}

/** A mention of a writer's handle: the person named beside it in a header, when one was. */
function claimHandle(scan: NameScan, first: number, last: number, person: NameSpan | undefined): void {
  if (person) scan.claim('person', first, last, 'back-reference', { antecedent: person });
  else scan.claim('person', first, last, 'signature');
}

/**
 * The writers named in full, by their given name in lower case ("jean" for "jean mcgowan"), for
 * "@jean" addressing one of them; a given name two writers share maps to null.
 */
function writersByGivenName(scan: NameScan, writers: readonly Writer[]): Map<string, NameSpan | null> {
  const byGivenName = new Map<string, NameSpan | null>();
  for (const writer of writers) {
    const given = scan.tokens[writer.name.first]!;
    if (writer.name.last === writer.name.first || !FIRST_NAMES.has(given.key)) continue;
    const other = byGivenName.get(given.key);
    byGivenName.set(given.key, other === undefined || (other !== null && sameWordsAnyCase(scan, other, writer.name)) ? writer.name : null);
  }
  return byGivenName;
}

/** A comment's writer, from the line above its details line (number `details` in the text's lines). */
interface Writer {
  name: NameSpan;
  details: number;
}

/**
 * "Comment date: 8 May 2014", "Commented on 8 May 2014", "Posted 8 May 2025, 19:14": the line that
 * opens a reader comment's details.
 */
function isCommentDetailsLine(tokens: readonly Token[], line: Line): boolean {
  if (line.last === line.first) return false;
  const first = tokens[line.first]!.key;
  const second = tokens[line.first + 1]!.key;
  if (first === 'comment' && second === 'date') return true;
  if (POSTING_VERBS.has(first)) return isTimeField(tokens, second === 'on' || second === 'at' ? line.first + 2 : line.first + 1, line.last);
  return isDateAndTimeLine(tokens, line);
}

/** Verbs that open a comment's details line before its date: "Posted 8 May 2025, 19:14". */
const POSTING_VERBS = new Set(['commented', 'posted', 'submitted', 'added', 'written']);

/**
 * The writers of one-line comment headers ("yardie_1987 · 3 hours ago", "jean mcgowan →
 * yardie_1987 · 2 hours ago": see threadHeaders.ts), each a person however written. The writers
 * replied to are gathered in `repliedTo`, for the "@" mentions that name them.
 */
function findHeaderLineWriters(scan: NameScan, all: readonly Line[], repliedTo: NameSpan[]): Writer[] {
  const writers: Writer[] = [];
  const headers = findThreadHeaders(scan.tokens, all);
  if (headers.some((header) => header.alias)) headers.push(...postsWithoutTime(scan.tokens, all, headers));
  for (const header of headers) {
    const writer = claimWriter(scan, header.writer);
    if (writer) writers.push({ name: writer, details: header.line });
    const replyTo = header.replyTo && claimWriter(scan, header.replyTo);
    if (replyTo) repliedTo.push(replyTo);
    // "Jo Tarr @jotarr": the handle is the same person as the name beside it.
    const alias = header.alias && claimWriter(scan, header.alias);
    if (alias) {
      if (writer && !alias.antecedent && alias !== writer) alias.antecedent = writer;
      repliedTo.push(alias);
    }
  }
  return writers;
}

/**
 * "Dan Okafor 🌿 @DanOkaforGreen" on a line of its own: on a site whose headers show a name and a
 * handle, the thread's opening post shows them too, its time under the post instead of beside it.
 */
function postsWithoutTime(tokens: readonly Token[], all: readonly Line[], headers: readonly ThreadHeader[]): ThreadHeader[] {
  const found: ThreadHeader[] = [];
  const first = headers[0]!.line;
  for (let n = 0; n < first; n++) {
    const line = all[n]!;
    if (line.last - line.first > 8) continue;
    const named = nameAndHandle(tokens, line.first, line.last);
    if (named) found.push({ line: n, ...named });
  }
  return found;
}

/**
 * "Replying to @dan_ok and @JoW": the line a social site puts above a reply names, by their handles,
 * the writers it answers. In a thread (its header lines found), each handle there is a writer.
 */
function findReplyingToHandles(scan: NameScan, all: readonly Line[], repliedTo: NameSpan[]): void {
  const { tokens } = scan;
  for (const line of all) {
    if (tokens[line.first]!.key !== 'replying' || tokens[line.first + 1]?.key !== 'to' || line.last - line.first > 12) continue;
    for (let at = line.first + 2; at < line.last; at++) {
      if (tokens[at]!.text !== '@') continue;
      let last = at;
      while (last < line.last && tokens[last + 1]!.gapBefore === Gap.None && (tokens[last + 1]!.shape !== Shape.Punct || tokens[last + 1]!.text === '_')) last++;
      if (last === at) continue;
      const writer = claimWriter(scan, { first: at + 1, last });
      if (writer) {
        // A handle shown beside a name earlier is that person here too.
        const text = scan.slice(writer);
        writer.antecedent ??= repliedTo.find((other) => other.antecedent && scan.slice(other) === text)?.antecedent;
        repliedTo.push(writer);
      }
      at = last;
    }
  }
}

/** The person at tokens first..last: the one found there already, or a new one, unless something else holds them. */
function claimWriter(scan: NameScan, span: Line): NameSpan | undefined {
  const known = scan.ownerOf(span.first);
  if (known?.type === 'person' && known.first === span.first && known.last === span.last) return known;
  if (!scan.isFree(span.first, span.last)) return undefined;
  // A handle's parts lend no short forms (see findCommentHeaderNames).
  return scan.claim('person', span.first, span.last, isHandle(scan.tokens, span) ? 'context' : 'signature');
}

/**
 * "Like (22)   Reply", "Reply  |  Report  |  Like (8)", "2d · Like · Reply": the line of buttons a
 * comment page puts under each comment. Only those words, counts, ages ("2d", "20h") and separators.
 */
function isCommentFooterLine(tokens: readonly Token[], line: Line): boolean {
  if (line.last - line.first > 12) return false;
  let reply = false;
  for (let i = line.first; i <= line.last; i++) {
    const token = tokens[i]!;
    if (token.key === 'reply') reply = true;
    else if (token.shape !== Shape.Punct && !FOOTER_WORDS.has(token.key) && !/^\d/.test(token.text)) return false;
  }
  return reply;
}

const FOOTER_WORDS = new Set(['like', 'likes', 'report', 'share', 'shares', 'replies', 'edited', 'flag', 'react', 'quote', 'permalink', 'upvote', 'downvote', 'recommend']);

/** The line that opens the block holding line n: the first after a blank line, or the text's first. */
function blockStart(tokens: readonly Token[], all: readonly Line[], n: number): number {
  let start = n;
  while (start > 0 && tokens[all[start]!.first]!.gapBefore < Gap.Paragraph) start--;
  return start;
}

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/**
 * "21 March 2025 19:02", "Sat 22 March 2025 at 7.45am": a line holding only a date and a clock time
 * is the stamp a comment page puts under each writer's name. The time tells it from a dateline
 * ("Thursday 17 October 2024"), which gives the day only.
 */
function isDateAndTimeLine(tokens: readonly Token[], line: Line): boolean {
  let i = line.first;
  if (WEEKDAYS.has(tokens[i]!.key)) i++;
  if (tokens[i]?.text === ',') i++;
  if (!isNumberOfDigits(tokens[i], 1, 2) || !MONTHS.has(tokens[i + 1]?.key ?? '') || !isNumberOfDigits(tokens[i + 2], 4, 4)) return false;
  i += 3;
  if (tokens[i]?.text === ',' || tokens[i]?.key === 'at') i++;
  // "19:02", "7.45am" (the minutes and "am" one token), "7.45 pm".
  if (!isNumberOfDigits(tokens[i], 1, 2) || (tokens[i + 1]?.text !== ':' && tokens[i + 1]?.text !== '.') || !/^\d{2}(?:am|pm)?$/i.test(tokens[i + 2]?.text ?? '')) return false;
  i += 3;
  if (i <= line.last && (tokens[i]!.key === 'am' || tokens[i]!.key === 'pm')) i++;
  return i === line.last + 1;
}

function isNumberOfDigits(token: Token | undefined, min: number, max: number): boolean {
  return token !== undefined && token.shape === Shape.Numeric && token.text.length >= min && token.text.length <= max;
}

/**
 * The writers named on the line right above each "Comment date" line (see the header comment),
 * also those an earlier pass found already: for the sign-offs and handles that refer to them.
 */
function findCommentHeaderNames(scan: NameScan, all: readonly Line[], gazetteers: readonly Gazetteer[]): Writer[] {
  const writers: Writer[] = [];
  const { tokens } = scan;
  /** The last line taken as a writer's, so that a comment with both a details line and a footer counts once. */
  let lastNameLine = -1;
  for (let n = 1; n < all.length; n++) {
    let nameLine = n - 1;
    let details = n;
    if (!isCommentDetailsLine(tokens, all[n]!)) {
      if (!isCommentFooterLine(tokens, all[n]!)) continue;
      // A footer closes a comment whose block opens with its writer's name: the block runs from the
      // last blank line, and holds at least the name and one line of text.
      nameLine = blockStart(tokens, all, n);
      if (nameLine >= n - 1 || nameLine <= lastNameLine) continue;
      details = nameLine;
    }
    if (nameLine <= lastNameLine) continue;
    lastNameLine = nameLine;
    const line = all[nameLine]!;
    // "sue walsh (unison)": a name, then the writer's body in brackets.
    const bracket = bracketedAffiliation(tokens, line);
    const name = { first: line.first, last: bracket ? bracket.first - 2 : line.last };
    const known = scan.ownerOf(name.first);
    if (known?.type === 'person' && known.first === name.first && known.last === name.last) {
      writers.push({ name: known, details });
      continue;
    }
    if (!scan.isFree(name.first, name.last) || !(isCommenterName(tokens, name) || isWriterField(tokens, name))) continue;
    // A handle's parts are not a given name and a surname: claimed as read from context, it lends
    // no short forms ("Anytown" in "DrK_Anytown" is the town wherever it stands alone).
    const span = scan.claim('person', name.first, name.last, isHandle(tokens, name) ? 'context' : 'signature');
    writers.push({ name: span, details });
    if (bracket) findAffiliation(scan, bracket, gazetteers);
  }
  return writers;
}

/** Lines a comment may run to after its details line. */
const MAX_COMMENT_LINES = 30;

/**
 * "… – Jo (cabinet member, housing)": a writer signing their comment with their given name after
 * a dash. The given name is the writer (named in full above the comment), even one that is also a
 * word ("Bill", "Will"): a dash and a name at the end of one's own comment is a signature.
 */
function findSignOffs(scan: NameScan, all: readonly Line[], writers: readonly Writer[]): void {
  const { tokens } = scan;
  for (let w = 0; w < writers.length; w++) {
    const writer = writers[w]!;
    const given = tokens[writer.name.first]!;
    if (writer.name.last === writer.name.first || given.shape !== Shape.Capitalised || !FIRST_NAMES.has(given.key)) continue;
    // The comment runs from its details line to the line that names the next writer.
    const endLine = Math.min(w + 1 < writers.length ? writers[w + 1]!.details - 2 : all.length - 1, writer.details + MAX_COMMENT_LINES);
    for (let n = writer.details + 1; n <= endLine; n++) {
      const line = all[n]!;
      for (let i = line.first + 1; i <= line.last; i++) {
        if (tokens[i]!.key !== given.key || tokens[i]!.shape !== Shape.Capitalised || scan.owner[i] !== -1) continue;
        const dash = tokens[i - 1]!;
        const next = tokens[i + 1];
        const endsSignature = i === line.last || next === undefined || next.text === '(' || next.text === ',';
        if (DASHES.has(dash.text) && tokens[i]!.gapBefore === Gap.Space && endsSignature) scan.claim('person', i, i, 'back-reference', { antecedent: writer.name });
      }
    }
  }
}

const DASHES = new Set(['–', '—', '-']);

/**
 * "martin is right to say so": in a thread of reader comments, commenters refer to one another by
 * given name, often in lower case. A lower-case word that is the given name of exactly one writer
 * named in full on the page, followed by a verb as a subject is, refers to that writer, wherever in
 * the thread it stands (before or after their own comment). Given names that are also common words
 * ("will", "mark", "bill") are left alone: in lower case they are the words.
 */
function findLowerCaseGivenNames(scan: NameScan, all: readonly Line[], writers: readonly Writer[]): void {
  const { tokens } = scan;
  const byGivenName = new Map<string, NameSpan | null>();
  for (const writer of writers) {
    const given = tokens[writer.name.first]!;
    if (writer.name.last === writer.name.first || !FIRST_NAMES.has(given.key) || AMBIGUOUS_FIRST_NAMES.has(given.key)) continue;
    const other = byGivenName.get(given.key);
    // Two writers with one given name: the bare name could be either.
    byGivenName.set(given.key, other === undefined || (other !== null && sameWordsAnyCase(scan, other, writer.name)) ? writer.name : null);
  }
  if (byGivenName.size === 0) return;
  const threadStart = all[writers[0]!.details]!.first;
  for (let i = threadStart; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (scan.shapes[i] !== Shape.Lower || scan.owner[i] !== -1) continue;
    const writer = byGivenName.get(token.key);
    if (!writer) continue;
    const next = tokens[i + 1]!;
    if (next.gapBefore !== Gap.Space || !(VERBS_AFTER_NAME.has(next.key) || SPEECH_VERBS.has(next.key)) || tokens[i - 1]?.text === '@') continue;
    scan.claim('person', i, i, 'back-reference', { antecedent: writer });
  }
}

/** Verbs that join a subject to the title it holds: "jo bell is deputy leader". */
const TITLE_COPULAS = new Set(['is', 'was', 'isnt', "isn't"]);

/**
 * "And janet pryce is deputy leader, not leader", "gareth penhale, kelby's chief exec, says …":
 * readers who ignore case write the people they discuss in lower case too. In a thread, a known
 * given name (not one that is also a word) and one more lower-case word, followed by a copula or a
 * comma and then a title (after "the", "a", "its" or a body's possessive), are a person's full
 * name: a title is held by a person, and a given name with a word after it is how people are named.
 */
function findLowerCaseFullNames(scan: NameScan, threadStart: number): void {
  const { tokens, shapes } = scan;
  for (let i = threadStart; i + 3 < tokens.length; i++) {
    if (shapes[i] !== Shape.Lower || scan.owner[i] !== -1 || !FIRST_NAMES.has(tokens[i]!.key) || AMBIGUOUS_FIRST_NAMES.has(tokens[i]!.key)) continue;
    const surname = tokens[i + 1]!;
    if (shapes[i + 1] !== Shape.Lower || surname.gapBefore !== Gap.Space || scan.owner[i + 1] !== -1 || isFunctionWord(surname.key) || surname.key.length < 3) continue;
    const link = tokens[i + 2]!;
    const apposition = link.text === ',' && link.gapBefore === Gap.None;
    if (!apposition && (link.gapBefore !== Gap.Space || !TITLE_COPULAS.has(link.key))) continue;
    let title = i + 3;
    const before = tokens[title];
    if (before !== undefined && (TITLE_DETERMINERS.has(before.key) || (apposition && before.shape === Shape.Lower && before.bareEnd < before.end))) title++;
    if (isLowerCaseTitleAt(tokens, title)) scan.claim('person', i, i + 1, 'signature');
  }
}

/** Words between a copula or a comma and the title: "is the chair", "is a director", "its chief exec". */
const TITLE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our']);

/** A title in lower case at token i: a head or a modifier of one, or a portfolio or a body before a head ("council leader"). */
function isLowerCaseTitleAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  if (word === undefined || word.shape !== Shape.Lower) return false;
  // "the project manager", "the practice manager": a word that modifies a title's head.
  const next = tokens[i + 1];
  return ROLE_HEADS.has(word.key) || ROLE_MODIFIERS.has(word.key) || isPortfolioBefore(tokens, i) || (next !== undefined && next.shape === Shape.Lower && next.gapBefore === Gap.Space && ROLE_HEADS.has(next.key));
}

/** A handle that opens with a given name and goes on in a capital, a digit or "_": "DaveOnThe47", "Sue_B". */
const GIVEN_NAME_IN_HANDLE = /^(\p{Lu}\p{Ll}+)(?=\p{Lu}|\d|_|$)/u;

/**
 * "Give franchising a chance, Dave." in a thread where "DaveOnThe47" commented: a given name that
 * addresses someone (see isAddressed) is the one writer on the page whose name or handle opens with
 * it. Two such writers, or none, leave the name to the other rules.
 */
function findAddressedWriters(scan: NameScan, threadStart: number, writers: readonly Writer[]): void {
  const { tokens } = scan;
  const byGivenName = new Map<string, NameSpan | null>();
  for (const writer of writers) {
    const given = GIVEN_NAME_IN_HANDLE.exec(tokens[writer.name.first]!.text)?.[1]?.toLowerCase() ?? givenNameOfWriter(scan, writer.name);
    if (given === undefined || !(FIRST_NAMES.has(given) || given === givenNameOfWriter(scan, writer.name)) || AMBIGUOUS_FIRST_NAMES.has(given)) continue;
    const other = byGivenName.get(given);
    byGivenName.set(given, other === undefined || (other !== null && sameWordsAnyCase(scan, other, writer.name)) ? writer.name : null);
  }
  if (byGivenName.size === 0) return;
  for (const i of scan.capitalised) {
    if (i < threadStart || scan.owner[i] !== -1) continue;
    const writer = byGivenName.get(tokens[i]!.key);
    if (writer && isAddressed(tokens, i)) scan.claim('person', i, i, 'back-reference', { antecedent: writer });
  }
}

/**
 * "seonaid" of the writer "seonaid m", "Idris" of "Idris Vaughan": a writer who signs with words
 * (not a handle) opens with their given name, known to the lexicon or not.
 */
function givenNameOfWriter(scan: NameScan, name: NameSpan): string | undefined {
  const { tokens } = scan;
  if (name.last === name.first || tokens[name.first + 1]!.gapBefore !== Gap.Space || tokens[name.first]!.text.length < 3) return undefined;
  for (let i = name.first; i <= name.last; i++) if (tokens[i]!.shape !== Shape.Lower && tokens[i]!.shape !== Shape.Capitalised) return undefined;
  return tokens[name.first]!.key;
}

/** Whether the line is exactly a writer's field as a one-line header reads it ("seonaid m", "dadonthetowpath"). */
function isWriterField(tokens: readonly Token[], line: Line): boolean {
  const field = writerField(tokens, line.first, line.last);
  return field !== undefined && field.first === line.first && field.last === line.last;
}

/** The same words, whatever their case: "Jo Bell" and "jo bell" name one writer. */

/**
 * "jo_b", "DrK_Anytown", "jo_b2", "d.okonkwo": one glued run of words joined by underscores or
 * full stops (as user names are), or one word in mixed case ("DrKay").
 */
function isHandle(tokens: readonly Token[], line: Line): boolean {
  if (line.first === line.last) return tokens[line.first]!.shape === Shape.Mixed;
  let joined = false;
  for (let i = line.first; i <= line.last; i++) {
    const token = tokens[i]!;
    if (i > line.first && token.gapBefore !== Gap.None) return false;
    if (token.text === '_' || (token.text === '.' && i > line.first && i < line.last)) joined = true;
    else if (token.shape === Shape.Punct) return false;
  }
  return joined && tokens[line.first]!.shape !== Shape.Punct;
}

/** "R. Able": an initial with its full stop, then a surname. */
function isInitialWithStop(tokens: readonly Token[], line: Line): boolean {
  if (line.last - line.first !== 2) return false;
  const initial = tokens[line.first]!;
  const stop = tokens[line.first + 1]!;
  return initial.text.length === 1 && initial.shape === Shape.Capitalised && stop.text === '.' && stop.gapBefore === Gap.None && isSurnameLike(tokens[line.last]);
}

/**
 * A writer's name above a comment's details: a handle, an initial and a surname, a known given
 * name in lower case ("pete", "maureen kelly"), or up to three capitalised words that could be a
 * name ("Anytown Watcher"; not a heading such as "Latest News Update", which has generic words).
 */
function isCommenterName(tokens: readonly Token[], line: Line): boolean {
  if (isHandle(tokens, line) || isInitialWithStop(tokens, line) || isInitialAndSurname(tokens, line)) return true;
  const words = line.last - line.first + 1;
  if (words > 3 || !allWords(tokens, line, NAME_SHAPES)) return false;
  const first = tokens[line.first]!;
  if (first.shape === Shape.Lower) {
    if (!FIRST_NAMES.has(first.key)) return false;
    for (let i = line.first + 1; i <= line.last; i++) if (tokens[i]!.shape !== Shape.Lower || isFunctionWord(tokens[i]!.key)) return false;
    return true;
  }
  for (let i = line.first; i <= line.last; i++) if (!isSurnameLike(tokens[i]) || ORGANISATION_HEADS.has(tokens[i]!.key)) return false;
  return true;
}

/** The part of a line up to its first comma: "unison" in "unison, harbour health branch". */
function firstSegment(tokens: readonly Token[], line: Line): Line {
  let last = line.first;
  while (last < line.last && tokens[last + 1]!.text !== ',') last++;
  return { first: line.first, last };
}

/**
 * The organisation under a commenter's name: the line's first segment, all in lower case, when it
 * ends in a head noun ("somerset partnership") or starts with a known body's name in any case
 * ("unison", "age uk dorset": a known body followed by a place is its local branch).
 */
function findAffiliation(scan: NameScan, line: Line, gazetteers: readonly Gazetteer[]): void {
  const { tokens } = scan;
  const segment = firstSegment(tokens, line);
  const length = segment.last - segment.first + 1;
  if (length > 4 || !allWords(tokens, segment, [Shape.Lower]) || !scan.isFree(segment.first, segment.last)) return;
  if (length >= 2 && ORGANISATION_HEADS.has(tokens[segment.last]!.key)) {
    scan.claim('organisation', segment.first, segment.last, 'signature');
    return;
  }
  for (const gazetteer of gazetteers) {
    const match = gazetteer.matchAt(tokens, segment.first, true);
    if (!match || match.entry.type !== 'organisation' || match.last > segment.last) continue;
    if (match.last === segment.last) {
      scan.claim('organisation', segment.first, segment.last, 'reference', { canonical: match.entry.canonical, canonicalName: match.entry.canonicalName });
    } else if (segment.last - match.last <= 2) {
      scan.claim('organisation', segment.first, segment.last, 'signature');
    }
    return;
  }
}

/** Words that can follow a handle without being a surname: "@dave is right", "@jo agreed". */

/** The last token of a handle whose words are glued by underscores ("gillian_w"); `first` when there are none. */
function gluedHandleEnd(tokens: readonly Token[], first: number): number {
  let last = first;
  while (tokens[last + 2] && tokens[last + 1]!.text === '_' && tokens[last + 1]!.gapBefore === Gap.None && tokens[last + 2]!.gapBefore === Gap.None) {
    const part = tokens[last + 2]!;
    if (part.shape === Shape.Punct) break;
    last += 2;
  }
  return last;
}

/** The last token of a commenter's name written right after token i ("@R. Able", "@DrK_Anytown"), or -1. */
function commenterAt(scan: NameScan, i: number, commenters: ReadonlyMap<string, NameSpan | undefined>): number {
  const { tokens } = scan;
  for (let last = i + 1; last < tokens.length && last - i <= 5; last++) {
    if (last > i + 1 && tokens[last]!.gapBefore > Gap.Space) break;
    if (commenters.has(scan.text.slice(tokens[i + 1]!.start, tokens[last]!.end))) return last;
  }
  return -1;
}

/** "@dave thornton", "@Jo Bell": a handle addressing another commenter by name. */
function findHandles(scan: NameScan, commenters: ReadonlyMap<string, NameSpan | undefined>, writersByGiven: ReadonlyMap<string, NameSpan | null>): void {
  // "@" is never part of a word, so each one in the text is a token of its own: most texts have none.
  if (scan.text.indexOf('@') < 0) return;
  const { tokens } = scan;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (scan.shapes[i] !== Shape.Punct || tokens[i]!.text !== '@') continue;
    // "@R. Able", "@DrK_Anytown": the name of a writer on the page, however it is written.
    const named = commenters.size > 0 && tokens[i + 1]!.gapBefore === Gap.None ? commenterAt(scan, i, commenters) : -1;
    if (named > 0) {
      if (scan.isFree(i + 1, named)) claimHandle(scan, i + 1, named, commenters.get(scan.text.slice(tokens[i + 1]!.start, tokens[named]!.end)));
      i = named;
      continue;
    }
    const given = tokens[i + 1]!;
    if (given.gapBefore !== Gap.None || !FIRST_NAMES.has(given.key) || scan.owner[i + 1] !== -1) continue;
    // "@gillian_w", "@jo_bell2": the handle is the whole glued run, not the given name in it.
    const handleEnd = gluedHandleEnd(tokens, i + 1);
    if (handleEnd > i + 1) {
      if (scan.isFree(i + 1, handleEnd)) scan.claim('person', i + 1, handleEnd, 'signature');
      i = handleEnd;
      continue;
    }
    // "@jean glad your cards came" in a thread where "jean mcgowan" wrote: the writer, by given name.
    const writer = writersByGiven.get(given.key);
    if (writer) {
      scan.claim('person', i + 1, i + 1, 'back-reference', { antecedent: writer });
      continue;
    }
    let last = i + 1;
    const surname = tokens[i + 2];
    const sameCase = surname !== undefined && (surname.shape === Shape.Lower) === (given.shape === Shape.Lower);
    if (surname && surname.gapBefore === Gap.Space && sameCase && scan.owner[i + 2] === -1 && !isFunctionWord(surname.key)) {
      if (surname.shape === Shape.Lower || isSurnameLike(surname)) last = i + 2;
    }
    scan.claim('person', i + 1, last, 'signature');
  }
}
