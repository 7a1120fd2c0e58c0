// The fee a body pays an operator to run a service for it: "The council will pay a management fee
// of £2.1m a year", "X pays Y an operating fee of £800,000", "Y will receive a management fee of
// £1.2m from X", and in the paying body's own report "approve a management fee of £1.35m in
// 2026/27". Keyed `money:management-fee` on the payer, whoever tells it, so the council's report
// and the trade press meet. Only a fee named for running something (management, operating,
// service, contract fee): a member's "annual fee" or an entry fee is another matter. Look-alikes
// kept apart: fees supposed, asked for or denied, "up to" a sum, and a fee in a year of its own
// (the time joins the comparison).

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { sumValue } from '../numbers';
import { isMedia } from '../referents';
import { clauseSubject } from './figureSubject';
import { notStatedAt } from './measureClasses';
import type { FigureReading } from './reading';
import { WordGate, mayHold } from '../wordGates';

const S = String.raw`[\s\u00a0]`;
const FEE = String.raw`(?:an?|the|its|their|our)${S}+(?:(?:annual|yearly|new|first-year|initial)${S}+)?(?:management|operating|operator|service|contract)${S}+fee${S}+of${S}+$`;
/** "X (will) pay(s) (Y) a management fee of": the payer is the clause's subject. */
const PAY_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:pay|pays|paid|paying)${S}+(?:(?:the${S}+)?\p{Lu}[\p{L}’'&-]*${S}+){0,4}${FEE}`, 'u');
/** "Y (will) receive(s) a management fee of £N from X": the payer after "from". */
const RECEIVE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:receive|receives|received|receiving|get|gets|got)${S}+${FEE}`, 'u');
const FROM_AFTER = new RegExp(String.raw`^(?:${S}+(?:a|per|each)${S}+year)?${S}+from${S}+(?:the${S}+)?`, 'u');
/** "approve a management fee of", "agree a management fee of": in the payer's own report. */
const APPROVE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:approve|approves|approved|agree|agrees|agreed|set|sets)${S}+${FEE}`, 'iu');

function payerOf(context: ClaimContext, money: Entity, lead: string, from: number): { payer: Entity; at: number } | undefined {
  const text = context.text;
  const sentence = context.sentenceAt(money.start);
  if (!sentence) return undefined;
  const pay = PAY_BEFORE.exec(lead);
  if (pay) {
    const payer = clauseSubject(context, from + pay.index, sentence);
    return payer ? { payer, at: from + pay.index } : undefined;
  }
  const receive = RECEIVE_BEFORE.exec(lead);
  if (receive) {
    const after = FROM_AFTER.exec(text.slice(money.end, Math.min(sentence.end, money.end + 40)));
    const payer = after ? context.organisationStartingAt(money.end + after[0].length) : undefined;
    return payer ? { payer, at: from + receive.index } : undefined;
  }
  const approve = APPROVE_BEFORE.exec(lead);
  if (approve && context.author && !isMedia(context.author)) return { payer: context.author, at: from + approve.index };
  return undefined;
}

/** " fee " in the text, asked of the token census first: most texts name no fee (wordGates.ts). */
const FEE_WORD = new WordGate('a fee', ['fee'], 'whole', [/ fee /]);

export const managementFees: FigureReading = {
  name: 'management-fees',
  read(context: ClaimContext): Claim[] {
    const text = context.text;
    if (!mayHold(context, FEE_WORD) || !text.includes(' fee ')) return [];
    const claims: Claim[] = [];
    for (const money of context.sums) {
      if (money.value?.kind !== 'money' || money.value.qualifier === 'up to') continue;
      const from = Math.max(0, money.start - 120);
      const lead = text.slice(from, money.start);
      if (!lead.includes(' fee of')) continue;
      const found = payerOf(context, money, lead, from);
      if (!found?.payer.canonical || notStatedAt(context, found.at, text.slice(found.at, money.start))) continue;
      const value = sumValue(money, context.rules);
      if (!value) continue;
      claims.push(
        context.claim({
          subject: found.payer,
          attribute: 'money:management-fee',
          value,
          // the payer named in the sentence opens the claim; the author named in the heading does not
          start: found.payer.start < found.at && found.payer.start >= (context.sentenceAt(found.at)?.start ?? found.at) ? found.payer.start : found.at,
          end: money.end,
          timeFromSentence: true,
          focus: money,
        }),
      );
    }
    return claims;
  },
};
