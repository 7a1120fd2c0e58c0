// Proportions told in words: "nearly two in every five shifts", "one in four of the staff",
// "three out of ten households". They are shares like "22% of shifts" and meet them as
// percentages; the hedge before ("nearly", "about", "more than") qualifies them as it would a
// figure. Found from the few words around " in " and " out of ", so a text without a number word
// there costs one scan for those strings.

import type { Qualifier } from '../../types';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, twenty: 20, hundred: 100,
};
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

function numberAt(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()];
}

const WORD_BEFORE = /([\p{L}\d]+)[\s\u00a0]+$/u;
const DENOMINATOR_AFTER = /^[\s\u00a0]+(?:every[\s\u00a0]+)?([\p{L}\d]+)(?![\p{L}\d])/u;

/** Every proportion in words in text[from, to). */
export function wordProportions(text: string, from: number, to: number): WordProportion[] {
  const out: WordProportion[] = [];
  for (const joint of [' in ', ' out of ']) {
    for (let at = text.indexOf(joint, from); at >= 0 && at < to; at = text.indexOf(joint, at + 1)) {
      const sliceStart = Math.max(from, at - 12);
      const before = WORD_BEFORE.exec(text.slice(sliceStart, at + 1));
      if (!before) continue;
      const numerator = numberAt(before[1]!);
      if (numerator === undefined) continue;
      const afterAt = at + joint.length - 1;
      const after = DENOMINATOR_AFTER.exec(text.slice(afterAt, Math.min(to, afterAt + 20)));
      const denominator = after ? numberAt(after[1]!) : undefined;
      if (!after || denominator === undefined || denominator <= numerator) continue;
      // "2 in 3 weeks" may be a time: a figure in digits counts only with "every" ("1 in every 5")
      if (/^\d/.test(before[1]!) && !/every/.test(after[0])) continue;
      const start = sliceStart + before.index;
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
