// The day a body takes on staff handed over to it, however the text puts it:
//   "Y, a company that will employ X's porters and cleaners from 1 April 2025"   (the taker employs them)
//   "Y will take on the 400 staff on 1 June"
//   "On 1 May 2025 all 1,640 of us become Y employees"                            (they join the taker:
//   "The 400 staff will transfer to Y on 1 June"                                   customerCounts.ts)
// All are Y's date:staff-taken-on, so two sources that date one transfer differently meet. A date
// that is not introduced by "on", "from" or "with effect from" (a decision "in January", a
// deadline "by 1 May") is another event's.

import type { Claim, Entity } from '../../types';
import { Mood, UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import { appositionAntecedent } from './appositionRelative';
import { transferReceiver } from './customerCounts';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';
import { STAFF_CUES } from './staffTakeOn';

const S = SPACE;
export const STAFF_TAKEN_ON_DATE = 'date:staff-taken-on';
/** Right before the date: the day it takes effect. */
const EFFECT_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:on|from|with${S}+effect${S}+from)${S}+$`, 'iu');
/** "will employ … staff from", "is to take on … employees on": the taker's verb, still to come or dated. */
const EMPLOY_FROM = new RegExp(
  `(?:^|[^\\p{L}])(?:will|to|would|shall|is${S}+to|are${S}+to)${S}+(?:employ|take${S}+on|take${S}+over)${S}+[^.;:()]{0,90}?(?:staff|employees|workers|workforce)${S}+(?:from|on|with${S}+effect${S}+from)${S}+$`,
  'iu',
);
/** A tranche ("the remaining staff", "the first 400 staff", "a further 200"): one day of several, not the transfer's. */
const TRANCHE = /\b(?:remaining|rest|first|second|third|final|further|next|another|later|phase|tranche|wave)\b/i;
/**
 * Between the date and those counted ("On D, all 400 staff …"): nothing but a determiner. A verb
 * between ("met on D to agree that 120 staff …", "was told on D that …") makes it another event's day.
 */
const DATE_OPENS_CLAUSE = /^[\s\u00a0,]*(?:(?:all|some|about|around|approximately|nearly|almost|over|the|our|its)[\s\u00a0]+)*$/i;
/** Between the body joined and the date ("transfer to Y on D", "become Y employees from D"): no clause break. */
const DATE_CLOSES_CLAUSE = /^(?:['’]s?)?(?:[\s\u00a0]+(?:employees|staff|workers))?[\s\u00a0]+(?:on|from|with[\s\u00a0]+effect[\s\u00a0]+from)[\s\u00a0]+$/i;

class StaffTransferDateExtractor implements ClaimExtractor {
  readonly name = 'staff-transfer-date';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    for (const sentence of cueSentences(context, STAFF_CUES)) {
      const dates = context.within(context.dates, sentence.start, sentence.end).filter((d) => d.value?.kind === 'date' && (d.value.precision === 'day' || d.value.precision === 'month'));
      if (dates.length === 0) continue;
      const said = text.slice(sentence.start, sentence.end);
      if (TRANCHE.test(said)) continue;
      for (const date of dates) {
        const lead = text.slice(Math.max(sentence.start, date.start - 160), date.start);
        if (!EFFECT_BEFORE.test(lead)) continue;
        const taker = this.employer(context, sentence, date, lead) ?? this.joined(context, sentence, date);
        if (!taker?.canonical || date.value?.kind !== 'date') continue;
        // a day under a condition, possible or demanded is no one's; "will transfer on" is the plan's day
        if (context.moodOver(Math.min(taker.start >= sentence.start ? taker.start : date.start, date.start), date.end) & (UNREAL & ~Mood.Intended)) continue;
        const claim = context.claim({
          subject: taker,
          attribute: STAFF_TAKEN_ON_DATE,
          value: { kind: 'date', iso: date.value.iso, precision: date.value.precision },
          start: Math.min(taker.start >= sentence.start ? taker.start : date.start, date.start),
          end: Math.max(date.end, taker.end <= sentence.end ? taker.end : date.end),
        });
        claim.time = date.value.iso;
        claims.push(claim);
        break;
      }
    }
    return claims;
  }

  /** "Y, a company that will employ X's staff from D": the body whose verb it is. */
  private employer(context: ClaimContext, sentence: SentenceSpan, date: Entity, lead: string): Entity | undefined {
    const m = EMPLOY_FROM.exec(lead);
    if (!m) return undefined;
    const verbAt = date.start - lead.length + m.index;
    return (
      appositionAntecedent(context, sentence.start, verbAt + 1) ??
      context
        .within(context.organisations, sentence.start, verbAt)
        .filter((o) => !isPrepositionalObject(context.text, o, sentence.start))
        .pop()
    );
  }

  /**
   * "on D all 1,640 of us become Y employees", "400 staff transfer to Y on D": the body they join,
   * when the date is the transfer's own: right before those counted or right after the body.
   */
  private joined(context: ClaimContext, sentence: SentenceSpan, date: Entity): Entity | undefined {
    const text = context.text;
    for (const quantity of context.within(context.numbers, sentence.start, sentence.end)) {
      if (quantity.type !== 'quantity') continue;
      const receiver = transferReceiver(context, quantity, sentence.end);
      if (!receiver) continue;
      if (date.end <= quantity.start ? DATE_OPENS_CLAUSE.test(text.slice(date.end, quantity.start)) : date.start >= receiver.end && DATE_CLOSES_CLAUSE.test(text.slice(receiver.end, date.start))) return receiver;
    }
    return undefined;
  }
}

export const staffTransferDateExtractor: ClaimExtractor = new StaffTransferDateExtractor();
