// Re-anchoring: finding where an annotation's span is in a text that may have changed since
// the annotation was made. Three steps, each stricter about evidence than the last:
//   1. the recorded position, if the quote is still there;
//   2. the exact quote elsewhere, the candidates scored by how well their surroundings match
//      the recorded prefix and suffix;
//   3. an approximate match of the quote (bounded edit distance), again scored on context.
// A candidate found away from the recorded position must match its context well enough, and
// clearly better than the runner-up; where the quote has numbers the candidate must have the
// same numbers. An annotation with no such candidate becomes an orphan: it keeps its quote and
// waits for the researcher to re-attach it. Nothing is deleted here.

import type { AnnotationRecord, QuoteSelector } from './model';
import { createOffsetConverter, snapToCodePoint, type OffsetConverter } from './offsets';
import { findApproximate } from './fuzzyMatch';
import { numbersIn, sameNumbers, splitsNumber } from './numbers';
import { contextSimilarity, similarity } from './similarity';

/** How much text either side of the quote is recorded (UTF-16 units, as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

/** Minimum context score for an exact quote found away from its recorded position. */
const EXACT_CONTEXT_MIN = 0.55;
/** Long quotes are evidence in themselves: the context needed drops by up to this much. */
const LONG_QUOTE_RELIEF = 0.3;
/** Minimum context score for an approximate match: the quote changed, so its context must not. */
const FUZZY_CONTEXT_MIN = 0.6;
/** Share of the quote that may differ in an approximate match. */
const FUZZY_ERROR_RATE = 0.25;
/** Quotes shorter than this are too short to match approximately without inventing matches. */
const FUZZY_MIN_QUOTE = 6;
/** The winner must beat the runner-up by this much, otherwise the choice is a guess. */
const CLEAR_MARGIN = 0.1;
/** A candidate exactly at the recorded position has that in its favour. */
const AT_POSITION_BONUS = 0.25;
/** Between equally good places, the nearest wins if it is this many times nearer than the next. */
const NEAREST_FACTOR = 4;
/** Cap on exact occurrences scored, so a very common quote cannot make anchoring slow. */
const MAX_EXACT_CANDIDATES = 5000;

export type OrphanReason =
  /** Neither the quote nor anything close to it is in the text. */
  | 'quote-not-found'
  /** The quote (or something close) is there, but not in surroundings that identify it. */
  | 'context-mismatch'
  /** Several places fit equally well. */
  | 'ambiguous'
  /** Text close to the quote is there, but with different numbers. */
  | 'number-changed'
  /** The stored annotation has no quote to look for. */
  | 'no-quote';

export type Anchor =
  /** start/end: UTF-16 offsets into the text anchored against. */
  | { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number }
  | { status: 'orphan'; reason: OrphanReason };

export type AnchoredStatus = 'exact' | 'moved' | 'fuzzy';

export function isAnchored(anchor: Anchor): anchor is Extract<Anchor, { start: number }> {
  return anchor.status !== 'orphan';
}

export interface AnchorOptions {
  /** Where the span is expected, in UTF-16 offsets; by default the recorded position, converted. */
  expected?: { start: number; end: number };
  /** Only look for the span inside [from, to) (used when re-trying orphans after a local edit). */
  within?: { from: number; to: number };
  /** Reuse one converter when anchoring many annotations against the same text. */
  converter?: OffsetConverter;
}

interface Candidate {
  start: number;
  end: number;
  score: number;
  context: number;
  /** At (or, for an approximate match, next to) the recorded position. */
  atPosition: boolean;
  /** How far from the recorded position, in UTF-16 units. */
  distance: number;
}

export function anchorAnnotation(record: AnnotationRecord, text: string, options: AnchorOptions = {}): Anchor {
  const { quote } = record;
  if (quote.exact.length === 0) return { status: 'orphan', reason: 'no-quote' };
  const converter = options.converter ?? createOffsetConverter(text);
  const expected = options.expected ?? {
    start: converter.toUtf16(record.position.start),
    end: converter.toUtf16(record.position.end),
  };
  const from = options.within?.from ?? 0;
  const to = options.within?.to ?? text.length;
  const edges = wordEdgesOf(quote);
  const contextOf = (start: number, end: number) =>
    contextSimilarity(
      quote.prefix,
      text.slice(Math.max(0, start - quote.prefix.length), start),
      quote.suffix,
      text.slice(end, end + quote.suffix.length),
    );
  // A copy of the quote that is part of a longer word or number is not the quote ("Circle
  // Health" inside "Circle Healthcare", "770" inside "1770"): it is only a candidate for an
  // approximate match, widened to the whole word.
  // (Unless the researcher annotated part of a word or number in the first place.)
  const recordedCutNumber = splitsNumber(
    quote.prefix + quote.exact + quote.suffix,
    quote.prefix.length,
    quote.prefix.length + quote.exact.length,
  );
  const cutsNumber = (start: number, end: number) => !recordedCutNumber && splitsNumber(text, start, end);
  const isWhole = (start: number, end: number) => !cutsNumber(start, end) && !cutsWord(text, start, end, edges);

  // 1. The recorded position, if the quote is still there and its surroundings still fit.
  const quoteEnd = expected.start + quote.exact.length;
  if (
    expected.start >= from &&
    quoteEnd <= to &&
    text.startsWith(quote.exact, expected.start) &&
    isWhole(expected.start, quoteEnd) &&
    contextOf(expected.start, quoteEnd) >= EXACT_CONTEXT_MIN
  ) {
    return { status: 'exact', start: expected.start, end: quoteEnd };
  }

  // 2. The exact quote anywhere (in the window), scored on context.
  const exactThreshold = EXACT_CONTEXT_MIN - longQuoteRelief(quote.exact.length);
  const exactCandidates: Candidate[] = [];
  const partOfLongerWords: Array<{ start: number; end: number }> = [];
  let occurrences = 0;
  for (
    let at = text.indexOf(quote.exact, from);
    at !== -1 && at + quote.exact.length <= to && occurrences < MAX_EXACT_CANDIDATES;
    at = text.indexOf(quote.exact, at + 1), occurrences++
  ) {
    const end = at + quote.exact.length;
    if (!isWhole(at, end)) {
      partOfLongerWords.push({ start: at, end });
      continue;
    }
    const context = contextOf(at, end);
    const atPosition = at === expected.start;
    const score = context + (atPosition ? AT_POSITION_BONUS : 0) + proximityBonus(at, expected.start, text.length);
    exactCandidates.push({ start: at, end, score, context, atPosition, distance: Math.abs(at - expected.start) });
  }
  const exactChoice = choose(exactCandidates, exactThreshold, AT_POSITION_BONUS);
  if (exactChoice.kind === 'chosen') {
    const { start, end } = exactChoice.candidate;
    return { status: start === expected.start ? 'exact' : 'moved', start, end };
  }
  if (exactChoice.kind === 'ambiguous') return { status: 'orphan', reason: 'ambiguous' };

  // 3. An approximate match, which must keep the quote's numbers and match its context well.
  if (quote.exact.length < FUZZY_MIN_QUOTE) {
    return { status: 'orphan', reason: exactCandidates.length > 0 ? 'context-mismatch' : 'quote-not-found' };
  }
  const maxErrors = Math.max(1, Math.floor(quote.exact.length * FUZZY_ERROR_RATE));
  const approximate = [
    ...partOfLongerWords,
    ...findApproximate(text, quote.exact, maxErrors, { near: expected.start, from, to }),
  ];
  let rejectedForNumbers = false;
  const fuzzyCandidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const match of approximate) {
    const widened = widenToWords(text, match.start, match.end, edges);
    const start = snapToCodePoint(text, widened.start, 'back');
    const end = snapToCodePoint(text, widened.end, 'forward');
    if (seen.has(`${start}:${end}`)) continue;
    seen.add(`${start}:${end}`);
    const found = text.slice(start, end);
    if (cutsNumber(start, end) || !sameNumbers(found, quote.exact)) {
      rejectedForNumbers ||= numbersIn(quote.exact).length > 0 || numbersIn(found).length > 0;
      continue;
    }
    const quoteScore = similarity(found, quote.exact);
    if (quoteScore < 1 - FUZZY_ERROR_RATE) continue;
    const context = contextOf(start, end);
    const atPosition = Math.abs(start - expected.start) <= maxErrors;
    const score = (context + quoteScore) / 2 + (atPosition ? AT_POSITION_BONUS / 2 : 0);
    fuzzyCandidates.push({ start, end, context, score, atPosition, distance: Math.abs(start - expected.start) });
  }
  // No allowance for the recorded position here: the quote itself changed, so its context
  // is the only evidence that this is the same place.
  const fuzzyChoice = choose(fuzzyCandidates, FUZZY_CONTEXT_MIN, 0);
  if (fuzzyChoice.kind === 'chosen') {
    const { start, end } = fuzzyChoice.candidate;
    const status = text.slice(start, end) === quote.exact ? (start === expected.start ? 'exact' : 'moved') : 'fuzzy';
    return { status, start, end };
  }
  if (fuzzyChoice.kind === 'ambiguous') return { status: 'orphan', reason: 'ambiguous' };
  if (rejectedForNumbers) return { status: 'orphan', reason: 'number-changed' };
  return {
    status: 'orphan',
    reason: exactCandidates.length > 0 || approximate.length > 0 ? 'context-mismatch' : 'quote-not-found',
  };
}

// ---- Word edges ----------------------------------------------------------------------------

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** How far a match is widened to reach the end of a word, at most. */
const MAX_WIDENING = 24;

function isWordAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHARACTER.test(text[index]);
}

/** Whether the quote began and ended at word edges when it was recorded. */
function wordEdgesOf(quote: QuoteSelector): { start: boolean; end: boolean } {
  const { exact, prefix, suffix } = quote;
  return {
    start: !(isWordAt(prefix, prefix.length - 1) && isWordAt(exact, 0)),
    end: !(isWordAt(exact, exact.length - 1) && isWordAt(suffix, 0)),
  };
}

/** A span cuts a word where the recorded quote did not. */
function cutsWord(text: string, start: number, end: number, edges: { start: boolean; end: boolean }): boolean {
  return (
    (edges.start && isWordAt(text, start - 1) && isWordAt(text, start)) ||
    (edges.end && isWordAt(text, end - 1) && isWordAt(text, end))
  );
}

function widenToWords(
  text: string,
  start: number,
  end: number,
  edges: { start: boolean; end: boolean },
): { start: number; end: number } {
  let s = start;
  let e = end;
  if (edges.start) while (s > start - MAX_WIDENING && isWordAt(text, s - 1) && isWordAt(text, s)) s--;
  if (edges.end) while (e < end + MAX_WIDENING && isWordAt(text, e - 1) && isWordAt(text, e)) e++;
  return { start: s, end: e };
}

function longQuoteRelief(length: number): number {
  return Math.max(0, Math.min(LONG_QUOTE_RELIEF, (length - 20) / 100));
}

/** A nudge towards the recorded position, too small to outweigh any difference in context. */
function proximityBonus(at: number, expected: number, textLength: number): number {
  return 0.02 * (1 - Math.min(1, Math.abs(at - expected) / Math.max(1, textLength)));
}

type Choice = { kind: 'chosen'; candidate: Candidate } | { kind: 'ambiguous' } | { kind: 'none' };

/**
 * The best candidate whose context clears the threshold, if it is clearly better than the next
 * eligible one. A candidate at the recorded position needs `positionAllowance` less context,
 * and none at all when it is the only candidate (the quote is unique and still where it was).
 */
function choose(candidates: Candidate[], contextThreshold: number, positionAllowance: number): Choice {
  const onlyOne = candidates.length === 1;
  const eligible = candidates
    .filter((c) =>
      c.atPosition && positionAllowance > 0
        ? onlyOne || c.context >= contextThreshold - positionAllowance
        : c.context >= contextThreshold,
    )
    .sort((a, b) => b.score - a.score);
  if (eligible.length === 0) return { kind: 'none' };
  if (eligible.length === 1 || eligible[0].score - eligible[1].score >= CLEAR_MARGIN) {
    return { kind: 'chosen', candidate: eligible[0] };
  }
  // Several places fit equally well (a repeated passage). If one of them is much nearer the
  // recorded position than any other, text was inserted or removed before the span and that
  // is where it went; otherwise there is no telling them apart.
  const tied = eligible
    .filter((c) => eligible[0].score - c.score < CLEAR_MARGIN)
    .sort((a, b) => a.distance - b.distance);
  if (tied[0].distance * NEAREST_FACTOR < tied[1].distance) return { kind: 'chosen', candidate: tied[0] };
  return { kind: 'ambiguous' };
}

// ---- Selectors -----------------------------------------------------------------------------

/** The W3C quote selector for [start, end) of the text, with CONTEXT_LENGTH units either side. */
export function quoteSelectorAt(text: string, start: number, end: number): QuoteSelector {
  const prefixStart = snapToCodePoint(text, Math.max(0, start - CONTEXT_LENGTH), 'forward');
  const suffixEnd = snapToCodePoint(text, Math.min(text.length, end + CONTEXT_LENGTH), 'back');
  return { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}

/**
 * The record with its selectors describing where it is anchored now. Used before saving, so the
 * store follows the text; `modified` is left alone because the researcher changed nothing.
 * An orphan keeps its last known selectors, which are what a re-attachment needs.
 */
export function refreshSelectors(
  record: AnnotationRecord,
  text: string,
  anchor: Anchor,
  converter: OffsetConverter = createOffsetConverter(text),
): AnnotationRecord {
  if (!isAnchored(anchor)) return record;
  const quote = quoteSelectorAt(text, anchor.start, anchor.end);
  const position = { start: converter.toCodePoint(anchor.start), end: converter.toCodePoint(anchor.end) };
  const unchanged =
    quote.exact === record.quote.exact &&
    quote.prefix === record.quote.prefix &&
    quote.suffix === record.quote.suffix &&
    position.start === record.position.start &&
    position.end === record.position.end;
  return unchanged ? record : { ...record, quote, position };
}

/** Anchors every annotation of one document against its current text. */
export function anchorAll(
  records: readonly AnnotationRecord[],
  text: string,
): Array<{ record: AnnotationRecord; anchor: Anchor }> {
  const converter = createOffsetConverter(text);
  return records.map((record) => ({ record, anchor: anchorAnnotation(record, text, { converter }) }));
}
