// Proportions told in words: "nearly two in every five shifts", "one in four of the staff",
// "three out of ten households". They are shares like "22% of shifts" and meet them as
// percentages; the hedge before ("nearly", "about", "more than") qualifies them as it would a
// figure. Found from the few words around " in " and " out of ", so a text without a number word
// there costs one scan for those strings.

import type { Qualifier } from '../../types';

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['twenty', 20], ['hundred', 100],
]);
const HEDGES: ReadonlyArray<[RegExp, Qualifier]> = [
  [/(?:^|[^\p{L}])(?:nearly|almost|about|around|roughly|approximately|some|close[\s\u00a0]+to)[\s\u00a0]+$/iu, 'around'],
  [/(?:^|[^\p{L}])(?:more[\s\u00a0]+than|over|at[\s\u00a0]+least)[\s\u00a0]+$/iu, 'over'],
  [/(?:^|[^\p{L}])(?:fewer[\s\u00a0]+than|less[\s\u00a0]+than|under)[\s\u00a0]+$/iu, 'under'],
];

export interface WordProportion {
  /** Where the proportion starts (its hedge included) and ends (its denominator). */
  start: number;
  end: number;
  /** The share in per cent. */
  value: number;
  qualifier?: Qualifier;
}

const LONGEST_NUMBER_WORD = 7;

function numberAt(word: string): number | undefined {
  if (word.length > LONGEST_NUMBER_WORD) return undefined;
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return /^\d{1,3}$/.test(word) ? Number(word) : undefined;
  // most words before " in " are in lower case: one look-up, and a lower-casing only for the others
  return NUMBER_WORDS.get(word) ?? (first >= 97 && first <= 122 ? undefined : NUMBER_WORDS.get(word.toLowerCase()));
}

const SPACE = /\s/;
const LETTER = /\p{L}/u;

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code > 0xa0 && SPACE.test(String.fromCharCode(code)));
}

/**
 * Where the word (letters and digits) that ends before the spaces ending at `spacesEnd` starts, looking
 * no further back than `from`; -1 if there is none. " in " follows some word tens of thousands of times
 * per megabyte, so this walks the characters instead of slicing and running a pattern anchored at the end.
 */
function wordStartBefore(text: string, from: number, spacesEnd: number): { start: number; end: number } | undefined {
  let end = spacesEnd;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === spacesEnd) return undefined;
  let start = end;
  while (start > from) {
    const code = text.charCodeAt(start - 1);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) start--;
    else if (code < 128) break;
    else if (code >= 0xdc00 && code <= 0xdfff && start - 2 >= from && LETTER.test(text.slice(start - 2, start))) start -= 2;
    else if (LETTER.test(text[start - 1]!)) start--;
    else break;
  }
  return start === end ? undefined : { start, end };
}
const DENOMINATOR_AFTER = /^[\s\u00a0]+(?:every[\s\u00a0]+)?([\p{L}\d]+)(?![\p{L}\d])/u;

/**
 * The joints " in " and " out of ", found in one search: a pattern opening with a space, tried
 * where a space stands, measured faster than an indexOf per joint over the bench texts (two-byte
 * strings). No position holds both, and the proportions are sorted by start (each joint's numerator
 * is the word right before it), so the order they are found in does not matter.
 */
const JOINTS = / (?:in|out of) /g;

/** Every proportion in words in text[from, to). */
export function wordProportions(text: string, from: number, to: number): WordProportion[] {
  const out: WordProportion[] = [];
  {
    // both joints in one search, every occurrence as indexOf would find it (from the next position on)
    JOINTS.lastIndex = from;
    for (let m = JOINTS.exec(text); m !== null && m.index < to; JOINTS.lastIndex = m.index + 1, m = JOINTS.exec(text)) {
      const at = m.index;
      const joint = m[0];
      const before = wordStartBefore(text, Math.max(from, at - 12), at + 1);
      if (!before || before.end - before.start > LONGEST_NUMBER_WORD) continue;
      const numeratorWord = text.slice(before.start, before.end);
      const numerator = numberAt(numeratorWord);
      if (numerator === undefined) continue;
      const afterAt = at + joint.length - 1;
      const after = DENOMINATOR_AFTER.exec(text.slice(afterAt, Math.min(to, afterAt + 20)));
      const denominator = after ? numberAt(after[1]!) : undefined;
      if (!after || denominator === undefined || denominator <= numerator) continue;
      // "2 in 3 weeks" may be a time: a figure in digits counts only with "every" ("1 in every 5")
      if (/^\d/.test(numeratorWord) && !/every/.test(after[0])) continue;
      const start = before.start;
      const leadStart = Math.max(from, start - 24);
      const lead = text.slice(leadStart, start);
      let hedgeStart = start;
      let qualifier: Qualifier | undefined;
      for (const [pattern, q] of HEDGES) {
        const m = pattern.exec(lead);
        if (!m) continue;
        hedgeStart = leadStart + m.index + (/^[^\p{L}]/u.test(m[0]) ? 1 : 0);
        qualifier = q;
        break;
      }
      out.push({ start: hedgeStart, end: afterAt + after[0].length, value: Math.round((numerator / denominator) * 1000) / 10, ...(qualifier ? { qualifier } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
