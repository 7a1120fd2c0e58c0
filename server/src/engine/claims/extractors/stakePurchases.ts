// The day a body's purchase of shares or a stake completed, told by the buyer or by others:
//   "On Friday 28 February 2025 we completed the purchase of shares in X"      (the buyer, dated in front)
//   "Y completed its acquisition of a 30% stake in X on 3 March 2025"
//   "Y has bought a 25% stake in the club, in a deal that completed a week ago" (a day relative to the
//                                                                                document's, relativeDays.ts)
//   "Y's purchase of shares in X completed on 3 March 2025"
// All are the buyer's date:stake-bought, so two sources that date one purchase differently meet. The
// company is not in the key: a news story may call it only "the club" or "the firm". New shares a
// company issues to an investor are shareSubscriptions.ts's.

import type { Claim, Entity } from '../../types';
import { Mood, UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import { relativeDayAt } from '../relativeDays';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
export const STAKE_BOUGHT_DATE = 'date:stake-bought';
const CUES = new CueWords([{ word: 'completed' }]);
const HOLDING = `(?:stake|shares|shareholding|holding)`;
/** "bought a 25% stake in", "acquired shares in": the buyer's verb and what it bought, before the deal's completion. */
const BOUGHT = new RegExp(`(?:^|[^\\p{L}])(?:bought|acquired|purchased|has${S}+bought|have${S}+bought)${S}+(?:a|an|the|its|their|our|some|new)?${S}*[^.;:]{0,30}?${HOLDING}\\b`, 'iu');
/** Right before "completed": the deal's noun and its relative pronoun. */
const DEAL_THAT = new RegExp(`(?:deal|purchase|sale|acquisition|transaction)${S}+(?:that|which)${S}+(?:(?:was|has|had)${S}+(?:been${S}+)?)?$`, 'i');
/** Right after "completed": the purchase of a holding. */
const PURCHASE_OF = new RegExp(`^${S}+(?:the|its|their|our|his|her)${S}+(?:purchase|acquisition)${S}+of${S}+(?:a${S}+|an${S}+|the${S}+)?(?:[^.;:]{0,20}?${S})?${HOLDING}\\b`, 'iu');
/** Right before "completed": "Y's purchase of shares in X". */
const POSSESSED_PURCHASE = new RegExp(`['’]s?${S}+(?:purchase|acquisition)${S}+of${S}+[^.;:]{0,60}?${HOLDING}\\b[^.;:]{0,60}?${S}+(?:(?:was|has${S}+been|had${S}+been)${S}+)?$`, 'iu');
const ON = new RegExp(`^${S}+(?:on${S}+)?`, 'i');
const FRONTED_ON = new RegExp(`^[\\s\\u00a0"“]*On${S}+$`);
/** Besides a clause's mood (clauseMood.ts): a completion "expected" in some month is not one yet. */
const EXPECTED = /\bexpected\b/i;
const COMPLETED = /\bcompleted\b/g;

class StakePurchaseExtractor implements ClaimExtractor {
  readonly name = 'stake-purchase';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    for (const sentence of cueSentences(context, CUES)) {
      const said = text.slice(sentence.start, sentence.end);
      COMPLETED.lastIndex = 0;
      for (let m = COMPLETED.exec(said); m; m = COMPLETED.exec(said)) {
        const at = sentence.start + m.index;
        const end = at + m[0].length;
        const before = text.slice(Math.max(sentence.start, at - 200), at);
        const after = text.slice(end, Math.min(sentence.end, end + 200));
        if (context.moodAt(at) & (UNREAL | Mood.Denied) || EXPECTED.test(text.slice(Math.max(sentence.start, at - 40), at))) continue;
        let buyer: Entity | undefined;
        let day: { iso: string; start: number; end: number } | undefined;
        const purchase = PURCHASE_OF.exec(after);
        if (purchase) {
          // "we completed the purchase of shares …": the buyer right before the verb
          buyer = this.subjectBefore(context, sentence, at, 12);
          day = this.fronted(context, sentence) ?? this.dayAfter(context, sentence, end + purchase[0].length, true);
        } else if (DEAL_THAT.test(before)) {
          // "Y has bought a 25% stake …, in a deal that completed a week ago"
          const bought = BOUGHT.exec(text.slice(sentence.start, at));
          if (bought) buyer = this.subjectBefore(context, sentence, sentence.start + bought.index, 80);
          day = this.dayAfter(context, sentence, end, false);
        } else if (POSSESSED_PURCHASE.test(before)) {
          const possessive = POSSESSED_PURCHASE.exec(before)!;
          const ownerEnd = at - before.length + possessive.index;
          buyer = context.within(context.organisations, sentence.start, ownerEnd).find((o) => o.end === ownerEnd);
          day = this.dayAfter(context, sentence, end, false);
        }
        if (!buyer?.canonical || !day) continue;
        const claim = context.claim({
          subject: buyer,
          attribute: STAKE_BOUGHT_DATE,
          value: { kind: 'date', iso: day.iso, precision: 'day' },
          start: Math.min(buyer.start, day.start, at),
          end: Math.max(day.end, end),
        });
        claim.time = day.iso;
        claims.push(claim);
        break;
      }
    }
    return claims;
  }

  /** The body that is the clause's subject, ending no more than `reach` before `at`. */
  private subjectBefore(context: ClaimContext, sentence: SentenceSpan, at: number, reach: number): Entity | undefined {
    const subject = context
      .within(context.organisations, sentence.start, at)
      .filter((o) => !isPrepositionalObject(context.text, o, sentence.start))
      .pop();
    return subject && at - subject.end <= reach && !/[,;:]/.test(context.text.slice(subject.end, at)) ? subject : undefined;
  }

  /** "On 28 February 2025 we completed …": a day fronting the sentence. */
  private fronted(context: ClaimContext, sentence: SentenceSpan): { iso: string; start: number; end: number } | undefined {
    const date = context.within(context.dates, sentence.start, sentence.start + 40)[0];
    if (date?.value?.kind !== 'date' || date.value.precision !== 'day' || !FRONTED_ON.test(context.text.slice(sentence.start, date.start))) return undefined;
    return { iso: date.value.iso, start: date.start, end: date.end };
  }

  /** The day right after `from` ("on 3 March 2025", "a week ago"); with `later`, anywhere after the purchase's words in the clause. */
  private dayAfter(context: ClaimContext, sentence: SentenceSpan, from: number, later: boolean): { iso: string; start: number; end: number } | undefined {
    const text = context.text;
    const on = ON.exec(text.slice(from, from + 6));
    const at = from + (on ? on[0].length : 0);
    const date = later
      ? context.within(context.dates, from, sentence.end).find((d) => /(?:^|[^\p{L}])on[\s\u00a0]+$/iu.test(text.slice(Math.max(from, d.start - 4), d.start)))
      : context.within(context.dates, at, at + 40).find((d) => d.start === at);
    if (date?.value?.kind === 'date' && date.value.precision === 'day') return { iso: date.value.iso, start: date.start, end: date.end };
    if (later) return undefined;
    const relative = relativeDayAt(text.slice(from, Math.min(sentence.end, from + 30)), context.ownDay);
    return relative ? { iso: relative.iso, start: from, end: from + relative.length } : undefined;
  }
}

export const stakePurchaseExtractor: ClaimExtractor = new StakePurchaseExtractor();
