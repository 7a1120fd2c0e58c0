// A body's account figure written with the figure before its measure: "X is facing an £18m
// deficit", "X reported a £44m deficit for 2024/25", "X set a £410m budget", "X ended the year
// with a £2m surplus". The same claim as money.ts makes of "X faces a deficit of £18m"
// (money:<measure> of the clause's subject), so the two word orders meet in one comparison.
// The measure must end its noun phrase: "a £44m deficit reduction plan" is a plan, and a
// "capital budget" or "revenue budget" is one part of a budget, not the whole.

import type { Claim } from '../../types';
import type { ClaimContext } from '../context';
import { sumValue } from '../numbers';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
/** Right before the figure: the verb of having, facing or reporting, and "a"/"an". */
const VERB_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:has|had|have|having|faces|face|faced|facing|reported|reports|posted|posts|recorded|records|ran|runs|running|forecast|forecasts|forecasting|predicted|predicts|predicting|expects|expected|expecting|projected|projects|projecting|set|sets|setting|agreed|approved|ended${S}+[^,;:.]{1,30}?${S}+with|finished${S}+[^,;:.]{1,30}?${S}+with)${S}+(?:a|an)${S}+$`,
  'iu',
);
/** Right after the figure: the measure, perhaps after one word saying which kind of it. */
const MEASURE_AFTER = new RegExp(
  `^${S}+(?:(?:underlying|operating|annual|projected|forecast|expected|recurrent|recurring|net|gross|pre-tax|budget|total|overall|in-year|year-end)${S}+)?(?<measure>deficit|surplus|budget|loss|profit)(?<end>${S}*(?:[,.;:)!?]|$)|${S}+(?:for|in|this|last|next|by|on|over|and|but|which|that|was|is|after|before|at|with|from)(?![\\p{L}-]))`,
  'iu',
);
/** How far before its verb the subject may stand: "X" or "X, the county's largest trust," is too far. */
const SUBJECT_GAP = 40;

class MeasureAfterFigureExtractor implements ClaimExtractor {
  readonly name = 'measure-after-figure';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const money of context.sums) {
      const sentence = context.sentenceAt(money.start);
      if (!sentence) continue;
      // cheap first test: one of the measures right after the figure
      const after = text.slice(money.end, Math.min(sentence.end + 1, money.end + 40));
      if (!/deficit|surplus|budget|loss|profit/i.test(after)) continue;
      const measure = MEASURE_AFTER.exec(after);
      if (!measure) continue;
      const before = text.slice(Math.max(sentence.start, money.start - 80), money.start);
      const verb = VERB_BEFORE.exec(before);
      if (!verb) continue;
      const verbAt = money.start - before.length + verb.index + (/^[^\p{L}]/u.test(verb[0]) ? 1 : 0);
      const subject = context
        .within(context.organisations, sentence.start, verbAt)
        .filter((o) => !isPrepositionalObject(text, o, sentence.start) && verbAt - o.end <= SUBJECT_GAP && !/[,;:]/.test(text.slice(o.end, verbAt)))
        .pop();
      if (!subject?.canonical) continue;
      const value = sumValue(money, context.rules);
      if (!value) continue;
      const measureEnd = money.end + measure.index + measure[0].length - measure.groups!.end.length;
      claims.push(
        context.claim({
          subject,
          attribute: `money:${measure.groups!.measure.toLowerCase()}`,
          value,
          start: subject.start,
          end: measureEnd,
          timeFromSentence: true,
          focus: money,
        }),
      );
    }
    return claims;
  }
}

export const measureAfterFigureExtractor: ClaimExtractor = new MeasureAfterFigureExtractor();
