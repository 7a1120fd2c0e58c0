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
  /** Lower-case first letters of the last words. */
  initials: Set<number>;
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
  };
  compiled.set(words, list);
  return list;
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
    while (i < n && (isLetter((code = text.charCodeAt(i))) || code === 45)) i++;
    const length = i - start;
    if (length < list.minLength || length > list.maxLength) continue;
    if (!list.initials.has(text.charCodeAt(start) | 0x20)) continue;
    const word = text.slice(start, i).toLowerCase();
    const phrases = list.byLast.get(word);
    if (!phrases) continue;
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
