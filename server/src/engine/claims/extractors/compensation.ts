// Whether a body has paid the compensation it owes its customers: one fact said with a verb
// ("compensated"), a noun ("no compensation has been paid") or a complaint ("we are still waiting
// for the £50 that X promised"), keyed by the payer with polarity so the wordings meet:
//   paid      "X has compensated every household", "every household has been compensated",
//             "X has paid compensation to ...", "compensation has been paid to ..."
//   not paid  "no compensation has been paid to any customer", "X has not paid any compensation",
//             "customers have not been compensated", "we are still waiting for the £50 each that X
//             promised", "still waiting for compensation from X"
// A statement with no payer ("no compensation has been paid") is about the body the passage is
// about: the latest body named before it that is not the writer. Plans, conditions and questions
// are not read.

import type { Claim, Entity } from '../../types';
import { UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
export const COMPENSATION = 'compensation';
/** The value's category (conflict-rules.json names it): the compensation was paid. */
export const COMPENSATION_PAID = 'compensation-paid';

const CUES = new CueWords([{ word: 'compensat', prefix: true }, { word: 'waiting' }]);

/** A negation before the verb, in a named group of its own for each alternative below. */
const neg = (name: string): string => `(?<${name}>(?:not|never)${S}+(?:yet${S}+)?)`;
// "X has (not) compensated", "has (not) been compensated", "compensation has (not) been paid", "X has (not) paid (any|no) compensation"
const COMPENSATED = new RegExp(
  `\\b(?:(?:has|have|had|was|were|is|are)${S}+${neg('neg1')}?been${S}+(?:(?:fully|automatically|already|properly|now)${S}+)?(?<passive>compensated)|(?:has|have|had)${S}+${neg('neg2')}?(?:(?:fully|automatically|already|now)${S}+)?(?<active>compensated)|(?<noun>compensation)${S}+(?:has|have|had|was|were|is)${S}+${neg('neg3')}?(?:been${S}+)?(?:paid|made|received)|(?:(?:has|have|had|did|does)${S}+)?${neg('neg4')}?(?<paid>paid|pay|pays)${S}+(?<none>any${S}+|no${S}+)?compensation)\\b`,
  'gi',
);
// "still waiting for the £50 each that X promised", "still waiting for compensation from X"
const STILL_WAITING = new RegExp(`\\bstill${S}+waiting${S}+for${S}+(?:[^.;:!?]{0,60}?${S}(?:that|which)${S}+|(?:[^.;:!?]{0,40}?${S})?(?:compensation|payment|refund)${S}+from${S}+)`, 'gi');
const PROMISED_AFTER = new RegExp(`^${S}+(?:had${S}+|has${S}+)?(?:promised|offered|owes|owed|pledged)\\b`, 'i');
const NO_ONE_BEFORE = /\b(?:no|none|nobody|no[\s\u00a0]+one)\b[^.;:!?]{0,60}$/i;
/** Besides a clause's mood (clauseMood.ts): a payment someone "can" or "promises to" make is not made. */
const NOT_MADE = new RegExp(`\\b(?:can|promises?${S}+to)${S}[^,;:]*$`, 'i');
const REPORTS_AFTER = /^,?[\s\u00a0]+(?:said|says|told|wrote|writes|warned|confirmed|added|noted|stated|found)\b/i;
/** How far before a statement with no payer the body it is about may be named. */
const TOPIC_REACH = 600;

class CompensationExtractor implements ClaimExtractor {
  readonly name = 'compensation';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const body = text.slice(sentence.start, sentence.end);
      const orgs = context.within(context.organisations, sentence.start, sentence.end);
      COMPENSATED.lastIndex = 0;
      for (let m = COMPENSATED.exec(body); m; m = COMPENSATED.exec(body)) {
        const before = body.slice(0, m.index);
        if (context.moodAt(sentence.start + m.index) & UNREAL || NOT_MADE.test(before.slice(-60))) continue;
        const g = m.groups!;
        // a bare "pay" is an infinitive ("may pay", "agreed to pay", "was ordered to pay"): a fact only after "did"/"does"
        if (g.paid?.toLowerCase() === 'pay' && !/^(?:did|does)\b/i.test(m[0])) continue;
        const at = sentence.start + m.index;
        const end = at + m[0].length;
        const denied = (g.neg1 ?? g.neg2 ?? g.neg3 ?? g.neg4) !== undefined || g.none?.trim().toLowerCase() === 'no' || ((g.passive || g.noun) !== undefined && NO_ONE_BEFORE.test(before));
        // the payer: the subject of an active verb, else the body after "by", else the passage's
        const subject = g.active || g.paid ? orgs.filter((o) => o.end <= at && at - o.end <= 30 && !isPrepositionalObject(text, o, sentence.start)).pop() : undefined;
        if ((g.active || g.paid) && !subject) continue;
        const by = !subject ? /^[\s\u00a0]+by[\s\u00a0]+(?:the[\s\u00a0]+)?/i.exec(text.slice(end, end + 12)) : null;
        const payer = subject ?? (by ? context.organisationStartingAt(end + by[0].length) : this.topicBefore(context, at));
        // the span opens with the clause: "no compensation has been paid", "Every household ... has been compensated"
        const clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf('“'), before.lastIndexOf('"')) + 1;
        const start = subject ? subject.start : sentence.start + clause + (before.slice(clause).length - before.slice(clause).trimStart().length);
        this.push(context, claims, payer, denied ? 'deny' : 'affirm', Math.min(at, start), end);
      }
      STILL_WAITING.lastIndex = 0;
      for (let m = STILL_WAITING.exec(body); m; m = STILL_WAITING.exec(body)) {
        const end = sentence.start + m.index + m[0].length;
        const payer = context.organisationStartingAt(end);
        if (!payer) continue;
        // "... that X promised": the promise names the payer; "compensation from X" names it itself
        if (/(?:that|which)[\s\u00a0]+$/i.test(m[0]) && !PROMISED_AFTER.test(text.slice(payer.end, payer.end + 20))) continue;
        this.push(context, claims, payer, 'deny', sentence.start + m.index, payer.end);
      }
    }
    return claims;
  }

  private push(context: ClaimContext, claims: Claim[], payer: Entity | undefined, polarity: 'affirm' | 'deny', start: number, end: number): void {
    if (!payer?.canonical) return;
    claims.push(
      context.claim({
        subject: payer,
        attribute: COMPENSATION,
        value: { kind: 'category', category: COMPENSATION_PAID, polarity },
        start,
        end,
        timeFromSentence: true,
      }),
    );
  }

  /**
   * The latest body named before `offset`, within reach, that is not the writer nor a body that only
   * reports ("Ofwat said ..."; a speaker's own body, named in the speaker's role, is what they speak for).
   */
  private topicBefore(context: ClaimContext, offset: number): Entity | undefined {
    const author = context.author?.canonical;
    const text = context.text;
    const named = context.within(context.organisations, Math.max(0, offset - TOPIC_REACH), offset);
    for (let i = named.length - 1; i >= 0; i--) {
      const o = named[i]!;
      if (o.canonical === author) continue;
      if (REPORTS_AFTER.test(text.slice(o.end, o.end + 14)) && !context.anyOverlapping(context.roles, o.start, o.end)) continue;
      return o;
    }
    return undefined;
  }
}

export const compensationExtractor: ClaimExtractor = new CompensationExtractor();
