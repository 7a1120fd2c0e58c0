// Finding a few known words in a long text fast: one pass over the text's letters, a Set lookup
// for each word of a plausible length and first letter. A regular-expression alternation would be
// tried at every position, and indexOf per word stops inside other words ("it" in "with").

export interface WordHit {
  start: number;
  end: number;
  /** The word or phrase as listed (lower case). */
  word: string;
}

const isLetter = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000);

interface WordList {
  /** Last word of each listed phrase → the phrases ending in it. */
  byLast: Map<string, string[]>;
  minLength: number;
  maxLength: number;
  /** Lower-case first letters of the last words (by code unit, below 0x10000 only ASCII matters). */
  initials: Set<number>;
  /** The last words again, for look-up while a word of the text is scanned. */
  lasts: WordTable;
  /** The phrases ending in each last word, by its index in `lasts`. */
  phrasesOf: string[][];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** One step of the hash `WordTable` keys by: the code unit lower-cased when it is an ASCII capital. */
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), FNV_PRIME);
}

/**
 * Lower-case words in an open-addressing table keyed by a hash of their code units, so that a
 * word of the text can be looked up while it is scanned (its hash computed on the way), without
 * slicing and lower-casing a new string for every word. Matching ignores ASCII case only.
 */
export class WordTable {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(readonly words: readonly string[]) {
    let size = 16;
    while (size < words.length * 4) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    words.forEach((word, index) => {
      let hash = FNV_OFFSET;
      for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
      let slot = hash & this.mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = index;
    });
  }

  /** Index in `words` of text[start, end), whose hash (FNV_OFFSET then hashStep per code unit) is `hash`; -1 if absent. */
  indexOf(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const index = this.slots[slot];
      if (index < 0) return -1;
      const word = this.words[index];
      if (word.length === length && sameWordIgnoringCase(text, start, word)) return index;
    }
  }
}

const compiled = new WeakMap<readonly string[], WordList>();

function compile(words: readonly string[]): WordList {
  let list = compiled.get(words);
  if (list) return list;
  const byLast = new Map<string, string[]>();
  for (const phrase of words) {
    const last = phrase.split(' ').pop()!;
    byLast.set(last, [...(byLast.get(last) ?? []), phrase]);
  }
  const lasts = [...byLast.keys()];
  list = {
    byLast,
    minLength: Math.min(...lasts.map((w) => w.length)),
    maxLength: Math.max(...lasts.map((w) => w.length)),
    initials: new Set(lasts.map((w) => w.charCodeAt(0))),
    lasts: new WordTable(lasts),
    phrasesOf: lasts.map((last) => byLast.get(last)!),
  };
  compiled.set(words, list);
  return list;
}

/** True when text[start, start + word.length) is `word` in any ASCII case. */
function sameWordIgnoringCase(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}


/**
 * Every whole-word occurrence of the listed lower-case words and phrases, in any case, in text
 * order; a phrase's words may be separated by spaces or no-break spaces. Where phrases overlap,
 * the longest ending at a word is reported. Pass the same array each time: it is compiled once.
 */
export function findWords(text: string, words: readonly string[]): WordHit[] {
  const list = compile(words);
  const hits: WordHit[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (!isLetter(code)) {
      i++;
      continue;
    }
    const start = i;
    // Hash the lower-cased word while scanning it; a word with any non-ASCII letter takes the
    // general path below (lower-casing outside ASCII is Unicode's business).
    let hash = FNV_OFFSET;
    let ascii = true;
    while (i < n && (isLetter((code = text.charCodeAt(i))) || code === 45)) {
      if (code >= 128) ascii = false;
      hash = hashStep(hash, code);
      i++;
    }
    const length = i - start;
    if (length < list.minLength || length > list.maxLength) continue;
    if (!list.initials.has(text.charCodeAt(start) | 0x20)) continue;
    let word: string;
    let phrases: string[] | undefined;
    if (ascii) {
      const index = list.lasts.indexOf(text, start, i, hash);
      if (index < 0) continue;
      word = list.lasts.words[index];
      phrases = list.phrasesOf[index];
    } else {
      word = text.slice(start, i).toLowerCase();
      phrases = list.byLast.get(word);
      if (!phrases) continue;
    }
    let best: WordHit | undefined;
    for (const phrase of phrases) {
      if (phrase === word) {
        if (!best) best = { start, end: i, word: phrase };
        continue;
      }
      // the earlier words of a phrase, right before this one
      const lead = phrase.slice(0, phrase.length - word.length);
      const before = text.slice(Math.max(0, start - lead.length), start).toLowerCase().replace(/\u00a0/g, ' ');
      const at = start - lead.length;
      if (before === lead && (at === 0 || !isLetter(text.charCodeAt(at - 1)))) best = { start: at, end: i, word: phrase };
    }
    if (best) hits.push(best);
  }
  return hits;
}

const isAsciiWordChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

/**
 * Start of the first whole word at or after `from` that is in `table`, in any ASCII case, or -1.
 * A word here is what a regular expression's `\b…\b` delimits: a maximal run of ASCII letters,
 * digits and "_" (a run `from` falls inside of does not count). So this finds what
 * `/\b(?:w1|w2|…)\b/gi` would, with one look-up per word instead of an attempt at every offset.
 */
export function nextWordIn(table: WordTable, text: string, from: number): number {
  const n = text.length;
  let i = from;
  if (i > 0) while (i < n && isAsciiWordChar(text.charCodeAt(i - 1)) && isAsciiWordChar(text.charCodeAt(i))) i++;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (!isAsciiWordChar(code)) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    while (i < n && isAsciiWordChar((code = text.charCodeAt(i)))) {
      hash = hashStep(hash, code);
      i++;
    }
    if (table.indexOf(text, start, i, hash) >= 0) return start;
  }
  return -1;
}
