// Sentence boundaries for claim extraction. A claim never crosses a sentence, so every extractor
// works inside one sentence at a time. Offsets are UTF-16 code units into the text as given.

import { MarkSearch } from './markSearch';

export interface SentenceSpan {
  start: number;
  end: number;
}

// Titles and common abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'no', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'cf',
  'approx', 'fig', 'vol', 'rev', 'hon', 'gov', 'dept', 'p', 'pp', 'a.m', 'p.m',
]);

/** The marks a sentence may end at. */
const BOUNDARY_MARKS = ['.', '!', '?', '\n'];
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const FULL_STOP = 46;

const OPEN_SQUARE_BRACKET = 91;
/** A footnote mark right after a sentence's end: "[49]". */
const FOOTNOTE = /^\[\d{1,4}\]/;

/** Closing quotes and brackets: " ' ” ’ ) ] » (read by code unit, as no one-character string is then made). */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93 || code === 0xbb;
}

/** A space, tab or no-break space. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** The word (letters and inner dots) that ends just before `end`, lower-cased. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && end - i < 8) {
    const c = text.charCodeAt(i - 1) | 0x20; // ASCII lower case; '.' stays '.'
    if ((c < 97 || c > 122) && c !== 46) break;
    i--;
  }
  return end - i > 6 || i === end ? '' : text.slice(i, end).toLowerCase();
}

/**
 * Splits on line breaks (policy texts put headings, bullets and comment signatures on their own
 * lines) and on . ! ? followed by white space, unless the full stop closes a known abbreviation.
 * Closing quotes and brackets after the terminator stay with the sentence. Empty sentences are
 * dropped and surrounding white space is trimmed.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const boundaries = new MarkSearch(text, BOUNDARY_MARKS);
  /** Where the search for the next mark goes on. */
  let from = 0;
  for (let i = boundaries.firstFrom(from); i >= 0; i = boundaries.firstFrom(from)) {
    from = i + 1;
    const mark = text.charCodeAt(i);
    if (mark === LINE_FEED) {
      pushTrimmed(text, start, i, spans);
      start = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isCloser(text.charCodeAt(j))) j++;
    // a footnote reference after the full stop stays with its sentence: "... in 2009.[49] Age UK ..."
    const footnote = text.charCodeAt(j) === OPEN_SQUARE_BRACKET ? FOOTNOTE.exec(text.slice(j, j + 6)) : null;
    if (footnote) j += footnote[0].length;
    const next = text.charCodeAt(j);
    if (j < text.length && !isSpace(next) && next !== CARRIAGE_RETURN && next !== LINE_FEED) continue;
    if (mark === FULL_STOP && ABBREVIATIONS.has(wordBefore(text, i))) continue;
    pushTrimmed(text, start, j, spans);
    start = j;
    from = j;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** Adds text[start, end) to `spans` without the white space and line breaks at its ends, unless nothing is left. */
function pushTrimmed(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** A space, tab, no-break space, carriage return or line feed. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 13 || code === 10;
}
