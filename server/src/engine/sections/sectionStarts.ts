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
    const cut = nextCut(readingFrom(text, from), from, keepTogether);
    starts.push(cut);
    from = cut;
  }
}

const BLANK_LINE = /\n[ \t\u00a0\r]*\n/g;

/**
 * What a cut after `from` reads, as one string with where it stands in the text: a text in pieces
 * gives the stretch a cut may read (up to MAX_SECTION + READ_BEYOND on, see nextCut); a string, itself.
 */
interface Reading {
  text: string;
  /** Where `text` starts in the whole text. */
  at: number;
  /** The whole text's length. */
  length: number;
}

function readingFrom(text: TextLike, from: number): Reading {
  if (typeof text === 'string') return { text, at: 0, length: text.length };
  return { text: text.slice(from, from + MAX_SECTION + READ_BEYOND), at: from, length: text.length };
}

/**
 * The cut after `from`. It reads nothing past from + MAX_SECTION + READ_BEYOND: a blank-line match
 * ending past the limit ends the search wherever the reading stops, and a paragraph's hashed
 * opening ends within HASHED_LENGTH of the limit.
 */
function nextCut(reading: Reading, fromInText: number, keepTogether: readonly Span[]): number {
  const { text, at } = reading;
  const from = fromInText - at;
  const limit = from + MAX_SECTION;
  let fallback = -1;
  BLANK_LINE.lastIndex = Math.max(from, from + MIN_SECTION - 1);
  for (let match = BLANK_LINE.exec(text); match !== null; match = BLANK_LINE.exec(text)) {
    const paragraph = match.index + match[0].length;
    if (paragraph > limit) break;
    // A run of blank lines: the paragraph starts after the last of them.
    BLANK_LINE.lastIndex = paragraph - 1;
    if (paragraph <= from + MIN_SECTION || paragraph + at >= reading.length || splits(keepTogether, paragraph + at)) continue;
    if (openingHash(text, paragraph) % CUT_ODDS === 0) return paragraph + at;
    fallback = paragraph;
  }
  if (fallback > 0) return fallback + at;
  return forcedCut(text, from, limit, keepTogether, at) + at;
}

/** No paragraph break in reach: the last line break, else the last space, else the limit itself. */
function forcedCut(text: string, from: number, limit: number, keepTogether: readonly Span[], offset: number): number {
  for (const separator of ['\n', ' ']) {
    for (let at = text.lastIndexOf(separator, limit - 1); at > from; at = text.lastIndexOf(separator, at - 1)) {
      if (!splits(keepTogether, at + 1 + offset)) return at + 1;
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
function openingHash(text: string, at: number): number {
  let hash = 0x811c9dc5;
  const end = Math.min(text.length, at + HASHED_LENGTH);
  for (let i = at; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
