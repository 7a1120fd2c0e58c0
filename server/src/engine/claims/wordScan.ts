import { joinCensus, tokensHolding } from '../text/tokenCensus';
import { FormMemo, FormTest, Shape, type Token } from '../text/tokens';

// Finding a few known words in a long text fast: one pass over the text's letters, and for a word
// of a plausible length and first letter a look-up by a hash computed while its letters were
// scanned (no slice, no lower-casing per word). A regular-expression alternation would be tried at
// every position, and indexOf per word stops inside other words ("it" in "with"). When the text's
// tokens are at hand, findWordsInTokens reads the same hits off their word forms instead.

export interface WordHit {
  start: number;
  end: number;
  /** The word or phrase as listed (lower case). */
  word: string;
}

const isLetter = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000);

/** Code units below CLASS_LIMIT by what they are to a word: 1 a letter, 2 a hyphen (inside a word only). */
const CLASS_LIMIT = 0x2000;
const LETTER = 1;
const HYPHEN = 2;
const CLASS = new Uint8Array(CLASS_LIMIT);
for (let code = 0; code < CLASS_LIMIT; code++) CLASS[code] = isLetter(code) ? LETTER : code === 45 ? HYPHEN : 0;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

interface WordList {
  /** The distinct last words of the listed phrases, in an open-addressing table: slots hold an index into `lasts` or -1. */
  lasts: string[];
  slots: Int32Array;
  mask: number;
  /** The phrases ending in each last word, by its index in `lasts`. */
  phrasesOf: string[][];
  minLength: number;
  maxLength: number;
  /** Which ASCII code units may start a last word, either case. */
  initials: Uint8Array;
  /** Each last word's index in `lasts`: a word form's answer is asked again whenever another memo took its slot. */
  indexOfLast: ReadonlyMap<string, number>;
}

const compiled = new WeakMap<readonly string[], WordList>();

function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), FNV_PRIME);
  return hash;
}

function compile(words: readonly string[]): WordList {
  let list = compiled.get(words);
  if (list) return list;
  const byLast = new Map<string, string[]>();
  for (const phrase of words) {
    // Lower-case ASCII only: no letter from U+00C0 up lower-cases into ASCII, so a text word with
    // any such letter can never be one of these, and ASCII case is all the look-up has to fold.
    if (!/^[a-z]+(?:[ -][a-z]+)*$/.test(phrase)) throw new Error(`findWords lists lower-case ASCII words and phrases, not '${phrase}'`);
    const last = phrase.split(' ').pop()!;
    byLast.set(last, [...(byLast.get(last) ?? []), phrase]);
  }
  const lasts = [...byLast.keys()];
  let size = 16;
  while (size < lasts.length * 4) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  lasts.forEach((last, index) => {
    let slot = hashOf(last) & (size - 1);
    while (slots[slot] >= 0) slot = (slot + 1) & (size - 1);
    slots[slot] = index;
  });
  const initials = new Uint8Array(128);
  for (const last of lasts) initials[last.charCodeAt(0)] = initials[last.charCodeAt(0) - 32] = 1;
  list = {
    lasts,
    slots,
    mask: size - 1,
    phrasesOf: lasts.map((last) => byLast.get(last)!),
    minLength: Math.min(...lasts.map((w) => w.length)),
    maxLength: Math.max(...lasts.map((w) => w.length)),
    initials,
    indexOfLast: new Map(lasts.map((last, index) => [last, index])),
  };
  compiled.set(words, list);
  return list;
}

/** Index in `list.lasts` of the ASCII word text[start, end) in any case (`hash`: of its lower-cased form), or -1. */
function lastWordIndex(list: WordList, text: string, start: number, end: number, hash: number): number {
  const length = end - start;
  for (let slot = hash & list.mask; ; slot = (slot + 1) & list.mask) {
    const index = list.slots[slot];
    if (index < 0) return -1;
    const last = list.lasts[index];
    if (last.length !== length) continue;
    let k = 0;
    while (k < length) {
      const c = text.charCodeAt(start + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== last.charCodeAt(k)) break;
      k++;
    }
    if (k === length) return index;
  }
}

/**
 * Every whole-word occurrence of the listed lower-case words and phrases, in any case, in text
 * order; a phrase's words may be separated by spaces or no-break spaces. Where phrases overlap,
 * the longest ending at a word is reported. A word of the text is a run of letters and hyphens
 * that starts with a letter. Pass the same array each time: it is compiled once.
 */
export function findWords(text: string, words: readonly string[]): WordHit[] {
  const hits: WordHit[] = [];
  scanRange(compile(words), text, 0, text.length, hits);
  return hits;
}

/**
 * The hits of the words of text[from, to) (see findWords), pushed onto `hits`. `from` must be 0
 * or follow a character that is neither a letter nor a hyphen, and `to` be the text's end or
 * such a character, so that no word is cut.
 */
function scanRange(list: WordList, text: string, from: number, to: number, hits: WordHit[]): void {
  let i = from;
  const n = to;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first >= CLASS_LIMIT || CLASS[first] !== LETTER) {
      i++;
      continue;
    }
    const start = i++;
    let candidate = first < 128 && list.initials[first] === 1;
    // Hash the lower-cased word while scanning it, for a candidate; any letter outside ASCII rules it out.
    let hash = Math.imul(FNV_OFFSET ^ (first <= 90 ? first + 32 : first), FNV_PRIME);
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code >= CLASS_LIMIT || CLASS[code] === 0) break;
      if (candidate) {
        if (code >= 128) candidate = false;
        else hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), FNV_PRIME);
      }
      i++;
    }
    if (!candidate) continue;
    const length = i - start;
    if (length < list.minLength || length > list.maxLength) continue;
    const index = lastWordIndex(list, text, start, i, hash);
    if (index >= 0) pushHit(list, text, start, i, index, hits);
  }
}

/** The hit for the listed last word `index` at text[start, end): the longest listed phrase ending there. */
function pushHit(list: WordList, text: string, start: number, end: number, index: number, hits: WordHit[]): void {
  const word = list.lasts[index];
  let best: WordHit | undefined;
  for (const phrase of list.phrasesOf[index]) {
    if (phrase === word) {
      if (!best) best = { start, end, word: phrase };
      continue;
    }
    // the earlier words of a phrase, right before this one
    const lead = phrase.slice(0, phrase.length - word.length);
    const before = text.slice(Math.max(0, start - lead.length), start).toLowerCase().replace(/\u00a0/g, ' ');
    const at = start - lead.length;
    if (before === lead && (at === 0 || !isLetter(text.charCodeAt(at - 1)))) best = { start: at, end, word: phrase };
  }
  if (best) hits.push(best);
}

/** A word list's FormMemo answer for a form that is not one plain word of ASCII letters (and hyphens). */
const NOT_PLAIN = -2;
const PLAIN_WORD = /^[A-Za-z]+(?:-[A-Za-z]+)*$/;

const memos = new WeakMap<WordList, FormMemo>();

/** Per word form: not plain, or the index of its lower-cased text among the list's last words (-1: none). */
function memoFor(list: WordList): FormMemo {
  let memo = memos.get(list);
  if (!memo) {
    memo = new FormMemo((form) => (PLAIN_WORD.test(form.text) ? (list.indexOfLast.get(form.text.toLowerCase()) ?? -1) : NOT_PLAIN));
    memos.set(list, memo);
  }
  return memo;
}

function classOf(code: number): number {
  return code >= CLASS_LIMIT ? 0 : CLASS[code]!;
}

/**
 * Which word forms findWordsInTokens has to look at, per word list. A token of a form without an
 * ASCII letter cannot hold a letter of a listed word. A plain word (ASCII letters and inner
 * hyphens) that is neither a listed last word nor a hyphen-joined part of one ("co", "operative"
 * of "co-operative", which the tokenizer may split off) is no hit, and no part of one: a listed
 * word is a whole run of letters and hyphens, and the tokenizer splits such a run at its hyphens
 * only. What is left (listed words, their parts, words with apostrophes, digits or letters beyond
 * ASCII) is a small share of a text's tokens, found by the token census (text/tokenCensus.ts).
 */
const mayHoldCache = new WeakMap<WordList, FormTest>();
const HAS_ASCII_LETTER = /[A-Za-z]/;

function mayHoldTestFor(list: WordList): FormTest {
  let test = mayHoldCache.get(list);
  if (!test) {
    const lasts = new Set(list.lasts);
    const parts = new Set<string>();
    for (const last of list.lasts) {
      const pieces = last.split('-');
      if (pieces.length < 2) continue;
      for (let from = 0; from < pieces.length; from++) for (let to = from + 1; to <= pieces.length; to++) parts.add(pieces.slice(from, to).join('-'));
    }
    test = new FormTest((text) => {
      if (!HAS_ASCII_LETTER.test(text)) return false;
      if (!PLAIN_WORD.test(text)) return true;
      const lower = text.toLowerCase();
      return lasts.has(lower) || parts.has(lower);
    });
    joinCensus(test);
    mayHoldCache.set(list, test);
  }
  return test;
}

/** The indexes of the tokens findWordsInTokens looks at for this word list, in order (for tests). */
export function tokensFindWordsReads(tokens: readonly Token[], words: readonly string[]): readonly number[] {
  return tokensHolding(tokens, mayHoldTestFor(compile(words)));
}

/**
 * findWords(text, words), read off the text's tokens (tokenize(text)) instead of every character:
 * a token of plain ASCII letters that stands between characters that are neither letters nor
 * hyphens is a word of findWords as it is, and its form says once whether it is listed. Around
 * any other word token (an apostrophe, a digit, a letter beyond ASCII, a hyphen at its edge) the
 * words are read character by character, from the end of the last non-word character before it to
 * the first after it, so the hits are exactly findWords'. Only the tokens the census lists for the
 * word list are looked at (mayHoldTestFor): the others hold no hit and no part of one.
 */
export function findWordsInTokens(text: string, tokens: readonly Token[], words: readonly string[]): WordHit[] {
  const list = compile(words);
  const memo = memoFor(list);
  const hits: WordHit[] = [];
  /**
   * Where the text has been read up to: 0, the text's end, or a character that is neither a letter
   * nor a hyphen, so a character scan may start there. A token may run past it ("body‐Trust", its
   * hyphen being no hyphen to findWords): its rest is then scanned.
   */
  let done = 0;
  for (const t of tokensHolding(tokens, mayHoldTestFor(list))) {
    const token = tokens[t]!;
    // A punctuation token holds no ASCII letter: the word tokens beside it decide about the words around it.
    if (token.end <= done || token.shape === Shape.Punct) continue;
    const start = token.start;
    const end = token.end;
    let from = done;
    if (start >= done) {
      const answer = memo.of(token);
      const alone = (start === 0 || classOf(text.charCodeAt(start - 1)) === 0) && (end === text.length || classOf(text.charCodeAt(end)) === 0);
      if (alone && answer !== NOT_PLAIN) {
        if (answer >= 0) pushHit(list, text, start, end, answer, hits);
        done = end;
        continue;
      }
      from = start;
      while (from > done && classOf(text.charCodeAt(from - 1)) !== 0) from--;
    }
    let to = end;
    while (to < text.length && classOf(text.charCodeAt(to)) !== 0) to++;
    scanRange(list, text, from, to, hits);
    done = to;
  }
  return hits;
}
