// The generic reading of a price paid for a thing: "paid X £425,000 for the freehold", "bought the
// freehold for £385,000", "the purchase of the site from X for £2m", what a thing cost a body ("X
// spent £750,000 on its new pavilion", "the new pavilion cost X £600,000"), and a budget's line
// "Purchase of the freehold from X: £385,000" in a body's own document. Keyed `money:price:<thing>` on the
// buyer: the clause's subject (figureSubject.ts), or for a line of a body's own budget or list,
// the body the document speaks for, or the body a thing cost. The thing is the head word of what was bought ("the
// freehold", "the old depot site" → site). Look-alikes kept apart: offers, valuations and
// hypotheticals ("offered", "valued at", "could fetch"), a sale told by the seller, rates ("a
// year", "each") and sums "up to" a figure.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { sumValue } from '../numbers';
import { isMedia } from '../referents';
import { clauseSubject } from './figureSubject';
import { HOPED_FOR, SUPPOSED } from './measureClasses';
import { Mood } from '../clauseMood';
import type { FigureReading } from './reading';

// what was bought: the shortest common noun phrase (up to three words) that ends where the phrase
// does, keyed by its last word, its head
const THING = String.raw`(?:(?:the|its|their|our|a|an)[\s\u00a0]+)?(?:[\p{Ll}’'-]+[\s\u00a0]+){0,2}?(?<thing>[\p{Ll}-]+)`;
/** Where the phrase after "for" ends: punctuation, or a word that opens what follows it. */
const THING_END = String.raw`(?=[\s\u00a0]*(?:[,.;:)!?]|$)|[\s\u00a0]+(?:from|in|at|on|and|which|that|to|of|last|this|next|when|after|before|with|for|by|but)(?![\p{L}]))`;
const SELLER = String.raw`(?:[\s\u00a0]+from[\s\u00a0]+(?:the[\s\u00a0]+)?\p{Lu}[\p{L}’'&-]*(?:[\s\u00a0]+\p{Lu}[\p{L}’'&-]*){0,4})?`;
// "paid X £N for the freehold": the verb, an optional payee's name, then the sum
const PAID_BEFORE = /(?<![\p{L}])(?:paid|pays|pay|paying)[\s\u00a0]+(?:(?:the[\s\u00a0]+)?\p{Lu}[\p{L}’'&-]*[\s\u00a0]+){0,4}(?:(?:about|around|some|nearly|almost|roughly|just[\s\u00a0]+over|just[\s\u00a0]+under|more[\s\u00a0]+than|less[\s\u00a0]+than)[\s\u00a0]+)?$/u;
const FOR_THING_AFTER = new RegExp(String.raw`^[\s\u00a0]+for[\s\u00a0]+${THING}${THING_END}`, 'u');
// "bought the freehold (from X) for £N", "the purchase of the site (from X) for £N"
// (no case folding in these patterns: \p{Ll} and \p{Lu} would then match either case)
const BOUGHT_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:[Bb]ought|[Bb]uys|[Bb]uy|[Bb]uying|[Pp]urchased|[Pp]urchases|[Aa]cquired|[Aa]cquires|[Pp]urchase[\s\u00a0]+of|[Aa]cquisition[\s\u00a0]+of)[\s\u00a0]+${THING}${SELLER}[\s\u00a0]+for[\s\u00a0]+(?:(?:about|around|some|nearly|almost|roughly|just[\s\u00a0]+over|just[\s\u00a0]+under|more[\s\u00a0]+than|less[\s\u00a0]+than)[\s\u00a0]+)?$`, 'u');
// a line of a budget: "Purchase of the freehold from X: £385,000"
const LINE_BEFORE = new RegExp(String.raw`^[\s\u00a0]*(?:[Pp]urchase|[Aa]cquisition|[Bb]uying)(?:[\s\u00a0]+price)?[\s\u00a0]+of[\s\u00a0]+${THING}${SELLER}[\s\u00a0]*[:–—-][\s\u00a0]*$`, 'u');
// "spent £N on its new pavilion", "invested £N in the roof": what a thing cost its buyer
const SPENT_BEFORE = /(?<![\p{L}])(?:spent|spends|invested|invests)[\s\u00a0]+(?:(?:about|around|some|nearly|almost|roughly|just[\s\u00a0]+over|just[\s\u00a0]+under|more[\s\u00a0]+than|less[\s\u00a0]+than)[\s\u00a0]+)?$/u;
const ON_THING_AFTER = new RegExp(String.raw`^[\s\u00a0]+(?:on|in)[\s\u00a0]+${THING}${THING_END}`, 'u');
// "the new pavilion cost X £N", "the roof has cost the trust £N": the thing before the verb, the body after it
const COST_THING_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)[\s\u00a0]+(?:[\p{Ll}’'-]+[\s\u00a0]+){0,2}?(?<thing>[\p{Ll}-]+)[\s\u00a0]+(?:(?:has|have|had|finally|eventually|actually|in[\s\u00a0]+the[\s\u00a0]+end)[\s\u00a0]+)?cost[\s\u00a0]+$`, 'u');
const COST_SUM_AFTER_NAME = /^[\s\u00a0]*(?:(?:about|around|some|nearly|almost|roughly|just[\s\u00a0]+over|just[\s\u00a0]+under|more[\s\u00a0]+than|less[\s\u00a0]+than)[\s\u00a0]+)?$/u;
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'shall', 'to', 'can']);
/** A sum to be spent: "will spend", "plans to invest", "is to spend". */
const TO_COME_BEFORE = /(?<![\p{L}])(?:will|shall|would|could|to)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?$/u;
const RATE_AFTER = /^[\s\u00a0]*(?:each|per|a[\s\u00a0]+(?:week|month|year|day)|an[\s\u00a0]+hour|annually)(?![\p{L}])/iu;
/** Words that make a sum something other than a price agreed and paid. */
const NOT_PAID = /(?<![\p{L}])(?:offer|offers|offered|valued|valuation|worth|fetch|asking|bid|bids|estimated|sold|sells|sell|target|budgeted)(?![\p{L}])/iu;

const PURCHASE_LETTERS = /pai|pay|ought|buy|urchas|cqui|spen|inves|cost/i;

/** Shares and stakes bought are a holding's price, which the share readings own (stakePurchases.ts, shareSubscriptions.ts). */
const HOLDINGS = new Set(['share', 'stake', 'holding', 'shareholding', 'equity']);

/** The head of what was bought, lower-cased and singular enough to key by ("sites" → "site"). */
function thingKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}

/** "the new pavilion cost X £N": the thing, and the body named between the verb and the sum. */
function costTo(context: ClaimContext, money: Entity, from: number): { thing: string; subject: Entity; start: number } | undefined {
  const body = context.organisationBefore(money.start, Math.max(from, money.start - 120));
  if (!body || !COST_SUM_AFTER_NAME.test(context.text.slice(body.end, money.start))) return undefined;
  const beforeBody = context.text.slice(from, body.start).replace(/(?:the|The)[\s\u00a0]+$/u, '');
  const cost = COST_THING_BEFORE.exec(beforeBody);
  // "the pavilion will cost X £N": a cost to come is an estimate, not a price paid
  if (!cost || MODALS.has(cost.groups!.thing!)) return undefined;
  return { thing: cost.groups!.thing!, subject: body, start: from + cost.index };
}

export const pricesPaid: FigureReading = {
  name: 'prices-paid',
  read(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const money of context.sums) {
      if (money.value?.kind !== 'money' || money.value.qualifier === 'up to') continue;
      if (RATE_AFTER.test(text.slice(money.end, money.end + 12))) continue;
      const lineStart = text.lastIndexOf('\n', money.start - 1) + 1;
      const sentence = context.sentenceAt(money.start);
      const from = Math.max(lineStart, sentence?.start ?? lineStart, money.start - 160);
      const lead = text.slice(from, money.start);
      // every form names a purchase or a payment before the sum: most sums have none of these letters
      if (!PURCHASE_LETTERS.test(lead)) continue;
      let thing: string | undefined;
      let subject: Entity | undefined;
      let start = money.start;
      const line = from === lineStart ? LINE_BEFORE.exec(lead) : null;
      if (line) {
        // a budget line speaks for the body whose document it is
        if (!context.author || isMedia(context.author)) continue;
        thing = line.groups!.thing;
        subject = context.author;
        start = lineStart;
      } else if (sentence) {
        if (NOT_PAID.test(lead) || context.moodAt(money.start) & SUPPOSED || HOPED_FOR.test(lead)) continue;
        const cost = costTo(context, money, from);
        if (cost) {
          ({ thing, subject, start } = cost);
        } else {
          const bought = BOUGHT_BEFORE.exec(lead);
          const paidFor = bought ? null : PAID_BEFORE.exec(lead) && FOR_THING_AFTER.exec(text.slice(money.end, Math.min(sentence.end, money.end + 60)));
          const spentOn = bought || paidFor ? null : SPENT_BEFORE.exec(lead);
          const spentThing = spentOn ? ON_THING_AFTER.exec(text.slice(money.end, Math.min(sentence.end, money.end + 60))) : null;
          thing = bought?.groups!.thing ?? paidFor?.groups!.thing ?? spentThing?.groups!.thing;
          if (!thing) continue;
          start = from + (bought ? bought.index : spentThing ? spentOn!.index : PAID_BEFORE.exec(lead)!.index);
          if (spentThing && TO_COME_BEFORE.test(text.slice(Math.max(sentence.start, start - 30), start))) continue;
          subject = clauseSubject(context, start, sentence);
        }
        // "did not pay X £N for", "never bought the site for £N": a price denied is none paid
        if (context.moodAt(start) & Mood.Denied) continue;
      }
      if (!thing || !subject?.canonical || HOLDINGS.has(thingKey(thing))) continue;
      const value = sumValue(money, context.rules);
      if (!value) continue;
      const after = text.slice(money.end, money.end + 60);
      const forEnd = line ? money.end : money.end + ((FOR_THING_AFTER.exec(after) ?? ON_THING_AFTER.exec(after))?.[0].length ?? 0);
      claims.push(context.claim({ subject, attribute: `money:price:${thingKey(thing)}`, value, start, end: forEnd, timeFromSentence: true, focus: money }));
    }
    return claims;
  },
};
