import { SMALL_NUMBER_WORD_LIST, SMALL_NUMBER_WORDS } from './numberWords';
import { codePointBefore } from '../notAfter';
import { WordGate, wordStarts, type GatedText } from '../wordGates';

// The figures the generic count reading starts from (thingCounts.ts: FIGURE), found without
// searching the whole text for number words. Tried at every position, the words' pattern met
// "one" in "done" and "someone", "ten" in "often" and "written", each a match to refuse; the
// token census knows which tokens hold a number word at all, and only those are read. Digits are
// still searched for in the text: a digit-only pattern skips ahead quickly, and most texts have
// few digits.
//
// Why the two agree: a number word FIGURE takes is a whole run of letters and hyphens (nothing of
// the kind on either side), made of lower-case ASCII letters and one hyphen between two of them,
// so it lies inside one word token (the tokenizer splits such a run only before a name's modifier,
// "Lewis-style", which no number word ends with) and starts where the gate's search finds a word
// in that token: no search match can cover its start, since a match holds only letters and
// hyphens and the character before the word is neither. Digits and letters never share a
// character, so the digits' matches are those FIGURE makes among its words.

/** A small number in words standing alone: FIGURE's guarded alternative, the gate's pattern. */
const NUMBER_WORD_ALONE = new RegExp(String.raw`(?<![\p{L}-])(?:${SMALL_NUMBER_WORDS})(?![\p{L}-])`, 'u');

const NUMBER_WORD_GATE = new WordGate('a small number in words', SMALL_NUMBER_WORD_LIST, 'anywhere', [NUMBER_WORD_ALONE]);
const NUMBER_WORDS: ReadonlySet<string> = new Set(SMALL_NUMBER_WORD_LIST);
/** FIGURE's figures in digits. */
const DIGITS = /\d{1,3}(?:,\d{3})+|\d+/g;
const LETTER = /\p{L}/u;
const LETTER_OR_HYPHEN = /[\p{L}-]/u;

/** A figure found: where it starts and its text as written. */
export interface FigureAt {
  readonly start: number;
  readonly text: string;
}

/** FIGURE's matches in a text, in order, read off the tokens when the source has them. */
export function figuresIn(source: GatedText): FigureAt[] {
  const text = source.text;
  const digits: FigureAt[] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m !== null; m = DIGITS.exec(text)) digits.push({ start: m.index, text: m[0] });
  const words = numberWordsIn(source);
  if (words.length === 0) return digits;
  if (digits.length === 0) return words;
  const merged: FigureAt[] = [];
  let d = 0;
  let w = 0;
  while (d < digits.length && w < words.length) merged.push(digits[d]!.start < words[w]!.start ? digits[d++]! : words[w++]!);
  while (d < digits.length) merged.push(digits[d++]!);
  while (w < words.length) merged.push(words[w++]!);
  return merged;
}

/** The number words standing alone: at each place a word of the list starts, the run of letters and hyphens there, if it is one. */
function numberWordsIn(source: GatedText): FigureAt[] {
  const found: FigureAt[] = [];
  const text = source.text;
  for (const start of wordStarts(source, NUMBER_WORD_GATE)) {
    if (isLetterOrHyphen(codePointBefore(text, start))) continue;
    let end = start;
    for (let c = text.charCodeAt(end); (c >= 97 && c <= 122) || c === 45; c = text.charCodeAt(end)) end++;
    // the run goes on past its ASCII letters only with a letter (a hyphen or a-z would have been taken)
    const next = text.codePointAt(end);
    if (next !== undefined && next >= 65 && LETTER.test(String.fromCodePoint(next))) continue;
    const word = text.slice(start, end);
    if (NUMBER_WORDS.has(word)) found.push({ start, text: word });
  }
  return found;
}

function isLetterOrHyphen(code: number): boolean {
  if (code < 0) return false;
  // most number words refused stand inside an ASCII word ("often", "attention")
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45;
  return LETTER_OR_HYPHEN.test(String.fromCodePoint(code));
}
