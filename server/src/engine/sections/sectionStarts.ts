// Where a large document is cut into sections for analysis (see sectionedAnalysis.ts). Cuts fall
// at paragraph starts chosen by their own words (a hash of the paragraph's opening), not by
// counting from the top, so typing in one place moves only the cuts near it: the sections before
// and after keep their exact text, and their analyses can be reused.

import type { TextLike } from '../corpus/pieceText';

/** Documents at least this long (UTF-16 code units) are analysed in sections. */
export const SECTIONED_FROM = 256 * 1024;
/** No cut closer than this to the previous one: sections stay big enough to hold their context. */
export const MIN_SECTION = 16 * 1024;
/** A section never runs longer than this: it bounds the work an edit can cause. */
export const MAX_SECTION = 64 * 1024;
/** A paragraph start is a natural cut when the hash of its opening is divisible by this. */
const CUT_ODDS = 8;
/** How much of a paragraph's opening the hash reads. */
const HASHED_LENGTH = 32;

export interface Span {
  start: number;
  end: number;
}

/** How far past a section's longest reach a cut may read (the hashed opening, a run of blank lines). */
const READ_BEYOND = 64;

/** What is known of an earlier version of the text: its section starts, and where it is the same. */
export interface KnownCuts {
  /** The earlier version's section starts, cut with the same spans kept together. */
  starts: readonly number[];
  /** The first `unchangedUpTo` characters of the two versions are the same. */
  unchangedUpTo: number;
  /** The new text from `newEnd` on is the earlier one from `oldEnd` on (the rest of the text after an edit). */
  sameAfter?: { oldEnd: number; newEnd: number };
}

/**
 * The start offsets of the sections of `text` (the first is 0). `keepTogether` spans (a
 * researcher's annotations) are never cut through. Documents shorter than MAX_SECTION are one section.
 * With `known` cuts of an earlier version, the cuts that read nothing past the unchanged start
 * are kept rather than searched for again; and once a cut after the edit falls where one of the
 * earlier version's fell (moved by the edit), every later cut is the earlier version's, moved:
 * each cut is found from the one before by reading only the text after it. (That last shortcut
 * is taken only when no span to keep together reaches past the unchanged start: spans are not
 * moved by the edit.) Typing then searches for the one or two cuts around the edit only.
 */
export function sectionStarts(text: TextLike, keepTogether: readonly Span[] = [], known?: KnownCuts): number[] {
  const starts = [0];
  if (known) {
    for (let k = 1; k < known.starts.length && known.starts[k - 1] + MAX_SECTION + READ_BEYOND < known.unchangedUpTo; k++) starts.push(known.starts[k]);
  }
  const sameAfter = known?.sameAfter && keepTogether.every((span) => span.end <= known.unchangedUpTo) ? known.sameAfter : undefined;
  const shift = sameAfter ? sameAfter.newEnd - sameAfter.oldEnd : 0;
  let knownAt = 0;
  let from = starts[starts.length - 1];
  for (;;) {
    if (sameAfter && from >= sameAfter.newEnd) {
      const old = from - shift;
      while (knownAt < known!.starts.length && known!.starts[knownAt] < old) knownAt++;
      if (known!.starts[knownAt] === old) {
        for (let k = knownAt + 1; k < known!.starts.length; k++) starts.push(known!.starts[k] + shift);
        return starts;
      }
    }
    if (text.length - from <= MAX_SECTION) return starts;
    const cut = nextCut(text, from, keepTogether);
    starts.push(cut);
    from = cut;
  }
}

/**
 * The cut after `from`. It reads nothing past from + MAX_SECTION + READ_BEYOND: a blank line ending
 * past the limit ends the search, and a paragraph's hashed opening ends within HASHED_LENGTH of the
 * limit. It reads the text where it lies, by offset: a text in pieces (pieceText.ts) is not copied
 * into one string to be searched, since a copy of that stretch (128 KB as UTF-16) goes to V8's
 * large-object pages, fresh memory each time, and cost about a millisecond a cut, three cuts a
 * keystroke in a 1 MB document.
 */
function nextCut(text: TextLike, from: number, keepTogether: readonly Span[]): number {
  const limit = from + MAX_SECTION;
  const readEnd = Math.min(text.length, limit + READ_BEYOND);
  let fallback = -1;
  // A run of blank lines: the paragraph starts after the last of them, so each search starts at the line break before it.
  for (let paragraph = blankLineEnd(text, Math.max(from, from + MIN_SECTION - 1), readEnd); paragraph !== -1; paragraph = blankLineEnd(text, paragraph - 1, readEnd)) {
    if (paragraph > limit) break;
    if (paragraph <= from + MIN_SECTION || paragraph >= text.length || splits(keepTogether, paragraph)) continue;
    if (openingHash(text, paragraph) % CUT_ODDS === 0) return paragraph;
    fallback = paragraph;
  }
  if (fallback > 0) return fallback;
  return forcedCut(text, from, limit, keepTogether);
}

/** Spaces a blank line may hold besides its line breaks ("\r" too: a CRLF blank line is one). */
function isBlankSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 13;
}

/**
 * Where the first blank line starting at or after `at` ends (just past its closing "\n"): a "\n",
 * then only spaces, tabs, no-break spaces and "\r", then "\n", all before `end`; -1 if none.
 */
function blankLineEnd(text: TextLike, at: number, end: number): number {
  for (let i = text.indexOf('\n', at); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (j < end && isBlankSpace(text.charCodeAt(j))) j++;
    if (j < end && text.charCodeAt(j) === 10) return j + 1;
  }
  return -1;
}

/** No paragraph break in reach: the last line break, else the last space, else the limit itself. */
function forcedCut(text: TextLike, from: number, limit: number, keepTogether: readonly Span[]): number {
  for (const separator of ['\n', ' ']) {
    for (let at = text.lastIndexOf(separator, limit - 1); at > from; at = text.lastIndexOf(separator, at - 1)) {
      if (!splits(keepTogether, at + 1)) return at + 1;
    }
  }
  let cut = limit;
  // Never between the two halves of a surrogate pair.
  const before = text.charCodeAt(cut - 1);
  if (before >= 0xd800 && before <= 0xdbff) cut--;
  return cut;
}

function splits(spans: readonly Span[], offset: number): boolean {
  for (const span of spans) if (span.start < offset && offset < span.end) return true;
  return false;
}

/** FNV-1a over the paragraph's opening characters. */
function openingHash(text: TextLike, at: number): number {
  let hash = 0x811c9dc5;
  const end = Math.min(text.length, at + HASHED_LENGTH);
  for (let i = at; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
