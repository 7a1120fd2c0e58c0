import { AnchorGroup } from '../text/anchoredMatches';
import { isLetterUnit } from '../text/charClass';
import type { Qualifier } from '../types';

// Shared pieces of the number recognisers (percentage, money, quantity): the numeral patterns,
// the hedges that may precede a number, and their normalisation. The pattern sources are plain
// strings so each recogniser can compile one regular expression of its own, once.

/**
 * The anchors of the number recognisers' patterns (digits, currency signs, month names, number
 * and per-cent words), found in one pass over the tokens for all four.
 */
export const NUMBER_ANCHORS = new AnchorGroup();

/** 1,000,000 | 49.9 | 770 | .5 — comma groups must be exact so "39, Dartmouth" is not one number. */
export const NUMERAL = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

/** The value of each spelled-out number word (shared: claims/relativeDays.ts reads counts by it too). */
export const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/**
 * "four", "twenty-five", "a hundred", "three hundred and twenty": spelled-out numbers up to 999.
 * Every alternative starts with a literal word, so the pattern engine can dispatch on the first
 * letters instead of trying an optional prefix at every word boundary.
 */
export const NUMBER_WORDS = String.raw`(?:(?:${UNITS}) hundred(?: and)?(?: (?:${TENS})(?:[- ](?:${UNITS}))?| (?:${TEENS}|${UNITS}))?|a hundred|(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|${UNITS}|a dozen|dozen|hundred)`;

export const SCALE_WORDS = String.raw`(?:million|billion|trillion|thousand)`;

/**
 * Hedges in front of a number, longest first so that "just over" wins over "over".
 * Each is followed by white space (including U+00A0) before the number.
 */
export const QUALIFIER = String.raw`(?:just over|well over|just under|well under|slightly more than|slightly less than|more than|less than|fewer than|greater than|no more than|no fewer than|no less than|not more than|not less than|in excess of|upwards of|as many as|as much as|as few as|up to|at least|at most|a maximum of|a minimum of|close to|nearly|almost|approximately|approx\.|roughly|around|about|some|circa|c\.|over|under|above|below|exceeding)`;

/** Maps a hedge as written to the shared Qualifier vocabulary of types.ts. */
export function normaliseQualifier(raw: string | undefined): Qualifier | undefined {
  if (!raw) return undefined;
  const q = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  switch (q) {
    case 'more than': case 'over': case 'above': case 'in excess of': case 'upwards of': case 'greater than':
    case 'just over': case 'well over': case 'slightly more than': case 'exceeding':
      return 'over';
    case 'less than': case 'fewer than': case 'under': case 'below': case 'well under':
      return 'under';
    case 'nearly': case 'almost': case 'just under': case 'slightly less than':
      return 'nearly';
    case 'up to': case 'as many as': case 'as much as': case 'a maximum of':
      return 'up to';
    case 'at most': case 'no more than': case 'not more than':
      return 'at most';
    case 'at least': case 'no fewer than': case 'no less than': case 'not less than': case 'a minimum of':
      return 'at least';
    default:
      // about, around, approximately, roughly, some, circa, close to, as few as
      return 'around';
  }
}

const SCALE_VALUES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mill: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

export function scaleValue(raw: string | undefined): number {
  if (!raw) return 1;
  return SCALE_VALUES[raw.toLowerCase()] ?? 1;
}

/** "1,234.5" → 1234.5; "twenty-five" → 25; "a hundred" → 100. NaN when it is neither. */
export function parseNumber(raw: string): number {
  const first = raw.charCodeAt(0);
  if (first >= 48 && first <= 57) return Number(raw.indexOf(',') < 0 ? raw : raw.replace(/,/g, ''));
  const trimmed = raw.trim();
  if (/^[\d.,]+$/.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  let total = 0;
  let current = 0;
  for (const word of trimmed.toLowerCase().split(/[\s-]+/)) {
    if (word === 'a' || word === 'and') {
      if (word === 'a') current = Math.max(current, 1);
      continue;
    }
    const value = NUMBER_WORD_VALUES[word];
    if (value === undefined) return NaN;
    if (value === 100) current = Math.max(current, 1) * 100;
    else current += value;
  }
  total += current;
  return total;
}

/** Avoids 0.1 + 0.2 artefacts when a decimal is multiplied by a scale ("1.5 billion"). */
export function scaled(value: number, scale: number): number {
  if (scale === 1) return value;
  return Number((value * scale).toPrecision(12));
}

/** A hedge ending right where a number starts, read backwards from the number (cheaper than a leading optional group). */
const HEDGE_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])(${QUALIFIER})[ \u00a0]+$`, 'iu');
const HEDGE_WINDOW = 28;

export interface Hedge {
  start: number;
  raw: string;
}

/**
 * The last words of the hedges, in lower case ("than", "of", "nearly"): a hedge that ends in a full
 * stop ("approx.", "c.") is left to the pattern.
 */
const HEDGE_LAST_WORDS = new Set(
  QUALIFIER.slice(3, -1)
    .split('|')
    .filter((hedge) => !hedge.endsWith('.'))
    .map((hedge) => hedge.slice(hedge.lastIndexOf(' ') + 1)),
);

/**
 * False when no hedge can end in text[from, numberStart) just before the spaces ahead of the number:
 * the spaces must be there, and the letters before them (no further back than `from`, where the
 * pattern's window starts) must be a hedge's last word. A word with a letter outside ASCII, which a
 * case-insensitive pattern may still fold to one ("ſ"), or a full stop before the spaces, is left
 * to the pattern. Spares the pattern's search of the window at nearly every number.
 */
function mayEndHedge(text: string, from: number, numberStart: number): boolean {
  let i = numberStart;
  while (i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 0xa0)) i--;
  if (i === numberStart || i === from) return false;
  const wordEnd = i;
  let ascii = true;
  while (i > from && isLetterUnit(text.charCodeAt(i - 1))) {
    if (text.charCodeAt(i - 1) >= 128) ascii = false;
    i--;
  }
  if (i === wordEnd) return text.charCodeAt(wordEnd - 1) === 46;
  return !ascii || HEDGE_LAST_WORDS.has(text.slice(i, wordEnd).toLowerCase());
}

export function hedgeBefore(text: string, numberStart: number): Hedge | undefined {
  const from = Math.max(0, numberStart - HEDGE_WINDOW);
  if (!mayEndHedge(text, from, numberStart)) return undefined;
  const m = HEDGE_BEFORE.exec(text.slice(from, numberStart));
  if (!m) return undefined;
  const start = from + m.index;
  if (m[1]!.length === 5 && m[1]!.toLowerCase() === 'about' && ABOUT_AS_PREPOSITION.test(text.slice(Math.max(0, start - 16), start))) return undefined;
  return { start, raw: m[1]! };
}

/**
 * "raised concerns about five of the chains", "told us about 40 staff": after a word of worry,
 * talk or knowledge, "about" says what the number is the topic of, not that it is approximate.
 */
const ABOUT_AS_PREPOSITION =
  /\b(?:concerns?|concerned|worr(?:y|ies|ied)|talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|know(?:s|n|ing)?|knew|care[sd]?|questions?|complain(?:s|ed|ts?)?|warn(?:s|ed|ing)?|news|story|stories|wrote|writ(?:es|ing|ten)|learn(?:s|ed|t)?|heard|hear(?:s|ing)?|told[ \u00a0]+(?:us|me|them|him|her)|informed)[ \u00a0]+$/i;

/**
 * Whether a number may start at `index`: not glued to a word, a decimal point or a currency sign
 * ("G4S", "1.5", "£10" are not bare numbers). Checked in code rather than by a look-behind, which
 * would stop the regular expression engine from skipping quickly to candidate positions.
 */
export function startsFreely(text: string, index: number, alsoRefused: string): boolean {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  if ((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95) return false;
  if (before > 127 && isLetterUnit(before)) return false;
  return alsoRefused.indexOf(text[index - 1]!) < 0;
}
