// Money one body puts into another, said in the wordings money.ts's "Y paid X £N" and "X received
// £N from Y" do not cover. Every wording is the recipient's `money:paid-by:<payer>`, as there, so
// an investment, a loan or a grant told from either side meets the others in one comparison:
//   investing   "Y has invested £30m in X", "Y put £30m into X", "Y spent £30m on a stake in X"
//   possessive  "Y's £30m investment in X", "Y's £7m loan to X", "Y's grant of £90,000 to X",
//               "X's £7m loan from Y"
//   giving      "Y lent £1.8m to X", "Y has given £40,000 to X"
//   receiving   "X took out a £7m loan from Y", "X received a £250,000 grant from Y", "X has a
//               £7m loan from Y", "X borrowed / secured £7m (of funding) from Y", "X was awarded
//               £250,000 by Y"
// Both bodies must be named (or be a local council: money.ts's partyKey) and stand right at the
// wording's ends: a sum put "into housing" or shared by "X and Z" is no one body's.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { sumValue } from '../numbers';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';
import { partyKey } from './money';

const S = SPACE;
/** Auxiliaries and adverbs between a clause's subject and its verb. */
const AUX = `(?:${S}+(?:has|have|had|will|would|is|are|was|were|been|also|now|already|since|recently|then|this${S}+year|last${S}+year))*`;
/** Between the payer and the figure: "has invested", "put", "spent". */
const PAYER_VERB = new RegExp(`^${AUX}${S}+(?<verb>invest(?:s|ed|ing)?|put(?:s|ting)?|ploughed|ploughs|pumped|pumps|injected|injects|spent|spends|paid|pays)${S}+(?:(?:a${S}+further|another|almost|nearly|about|around|some|over|more${S}+than)${S}+)?$`, 'iu');
/** Between a giver and the figure: "has lent", "gave", "awarded", "has given a further". */
const GIVER_VERB = new RegExp(`^${AUX}${S}+(?:gave|gives|given|granted|grants|awarded|awards|lent|lends|loaned|loans|donated|donates)${S}+(?:(?:a${S}+further|another|almost|nearly|about|around|some|over|more${S}+than)${S}+)?$`, 'iu');
/** After a given figure, up to the recipient: "to", "to the". */
const TO_RECIPIENT = new RegExp(`^(?:${S}+(?:in${S}+)?(?:grants?|loans?|funding))?${S}+to${S}+(?:the${S}+)?$`, 'iu');
/** After the figure, up to the recipient: "in", "into", "on a stake in", "for a 40% share in". */
const INTO_RECIPIENT = new RegExp(`^${S}+(?:(?<into>in|into)|(?:on|for)${S}+(?:a|an|its|the)${S}+(?:[\\p{L}\\d%]+${S}+)?(?:stake|share|shareholding|holding)${S}+in)${S}+(?:the${S}+)?$`, 'iu');
/** "spent £30m" alone is any spending: only a stake makes it money put into a body. */
const SPENDING_VERB = /^(?:spent|spends|paid|pays)$/i;
/** Between a payer's possessive and the figure: "Y's", "Y’s new". */
const POSSESSIVE = new RegExp(`^['’]s${S}+(?:(?:new|latest|first|second|further|initial|planned)${S}+)?$`, 'iu');
/** The recipient's possessive before its figure, the payer after it: "X's £2.2m loan from Y". */
const SUM_NOUN_FROM = new RegExp(`^${S}+(?:(?:capital|equity|cash|emergency|bridging|long-term|interest-free|low-interest)${S}+)?(?:investment|loan|grant)${S}+from${S}+(?:the${S}+)?$`, 'iu');
/** The payer's possessive with the sum named before the figure: "Y's grant of", "Y's loan of". */
const POSSESSIVE_NOUN_OF = new RegExp(`^['’]s${S}+(?:(?:new|latest|first|further|initial|emergency|capital)${S}+)?(?:investment|loan|grant|donation|contribution)${S}+of${S}+$`, 'iu');
/** After a possessive's figure: "investment in", "loan to", "grant to". */
const SUM_NOUN_TO = new RegExp(`^${S}+(?:(?:capital|equity|cash|emergency|bridging|long-term|interest-free|low-interest)${S}+)?(?:investment|loan|grant)${S}+(?:in|into|to)${S}+(?:the${S}+)?$`, 'iu');
/** Between the recipient and the figure: "took out a", "received a", "borrowed", "was awarded". */
const RECIPIENT_VERB = new RegExp(
  `^${AUX}${S}+(?:(?<noun>(?:took|takes|taken|taking)${S}+out|received|receives|secured|secures|obtained|obtains|won|wins|got|gets|has|had|have)${S}+(?:a|an)|(?<bare>borrowed|borrows|borrowing|secured|secures|obtained|obtains)|(?:was|were|is|are|been)${S}+(?<passive>awarded|given|granted|lent|loaned)(?:${S}+(?:a|an))?)${S}+$`,
  'iu',
);
/** After a recipient's figure: "loan from", "grant from the"; or bare "from" after "borrowed". */
const FROM_PAYER = new RegExp(
  `^${S}+(?:(?<noun>(?:(?:capital|equity|cash|emergency|bridging|long-term|interest-free|low-interest)${S}+)?(?:investment|loan|grant|payment))${S}+|of${S}+(?:(?:new|extra|additional)${S}+)?(?:funding|investment|loans?|grants?)${S}+)?from${S}+(?:the${S}+)?$`,
  'iu',
);
/** After a passive's figure: "by", or the gift's noun and "by" ("was given a £20,000 grant by"). */
const BY_PAYER = new RegExp(`^${S}+(?:(?:grant|loan|contribution|donation|payment)${S}+)?by${S}+(?:the${S}+)?$`, 'iu');
/** A second body after the recipient: the figure is shared ("X and Z", "X, Z"). */
const AND_ANOTHER = new RegExp(`^${S}*(?:,|and|&)${S}*(?:the${S}+)?$`, 'iu');
/** How far on either side of a figure its bodies are sought. */
const REACH = 90;
/** Cheap first test of the words around a figure. */
const CUE = /invest|put|plough|pump|inject|spen|paid|pay|loan|grant|borrow|award|gave|given|lent|donat|took|take|receiv|secur|obtain|won|win|got|get/i;

class FundingFlowExtractor implements ClaimExtractor {
  readonly name = 'funding-flows';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const money of context.sums) {
      const sentence = context.sentenceAt(money.start);
      if (!sentence) continue;
      const from = Math.max(sentence.start, money.start - REACH);
      const to = Math.min(sentence.end, money.end + REACH);
      if (!CUE.test(text.slice(from, to))) continue;
      const orgs = context.within(context.organisations, from, to);
      const before = orgs.filter((o) => o.end <= money.start).pop();
      const after = orgs.find((o) => o.start >= money.end);
      if (!before || !after) continue;
      const lead = text.slice(before.end, money.start);
      const tail = text.slice(money.end, after.start);
      const flow =
        this.investing(text, before, lead, tail, after, sentence.start) ??
        this.possessive(lead, tail, before, after) ??
        this.receiving(text, before, lead, tail, after, sentence.start) ??
        this.giving(text, before, lead, tail, after, sentence.start);
      if (!flow || (flow.recipient === after && !this.alone(context, after))) continue;
      // A recipient after the figure must be named: "we have put £600m into this business" leaves
      // "this business" to a guess. (A payer after it, "a loan from the council", is read as named.)
      if (flow.recipient === after && context.isReference(after)) continue;
      const payer = partyKey(flow.payer);
      if (!payer || !flow.recipient.canonical || payer === flow.recipient.canonical) continue;
      const value = sumValue(money, context.rules);
      if (!value) continue;
      claims.push(
        context.claim({
          subject: flow.recipient,
          attribute: `money:paid-by:${payer}`,
          value,
          start: before.start,
          end: after.end,
          timeFromSentence: true,
          focus: money,
        }),
      );
    }
    return claims;
  }

  /** "Y has invested £30m in X", "Y spent £30m on a stake in X": the payer is the clause's subject. */
  private investing(text: string, payer: Entity, lead: string, tail: string, recipient: Entity, sentenceStart: number): Flow | undefined {
    const verb = PAYER_VERB.exec(lead);
    const into = verb ? INTO_RECIPIENT.exec(tail) : null;
    if (!verb || !into || isPrepositionalObject(text, payer, sentenceStart)) return undefined;
    // "spent £30m in X" is spending there; "put £30m in X" and "invested £30m in X" put it into X
    if (SPENDING_VERB.test(verb.groups!.verb) && into.groups!.into) return undefined;
    return { payer, recipient };
  }

  /**
   * "Y's £30m investment in X", "Y's £7m loan to X", "Y's grant of £90,000 to X"; and from the
   * recipient's side, "X's £7m loan from Y".
   */
  private possessive(lead: string, tail: string, before: Entity, after: Entity): Flow | undefined {
    if (POSSESSIVE.test(lead)) {
      if (SUM_NOUN_TO.test(tail)) return { payer: before, recipient: after };
      if (SUM_NOUN_FROM.test(tail)) return { payer: after, recipient: before };
      return undefined;
    }
    return POSSESSIVE_NOUN_OF.test(lead) && TO_RECIPIENT.test(tail) ? { payer: before, recipient: after } : undefined;
  }

  /** "Y lent £1.8m to X", "Y has given £40,000 in grants to X": the giver is the clause's subject. */
  private giving(text: string, payer: Entity, lead: string, tail: string, recipient: Entity, sentenceStart: number): Flow | undefined {
    if (!GIVER_VERB.test(lead) || !TO_RECIPIENT.test(tail) || isPrepositionalObject(text, payer, sentenceStart)) return undefined;
    return { payer, recipient };
  }

  /** "X took out a £7m loan from Y", "X borrowed £7m from Y", "X was awarded £250,000 by Y". */
  private receiving(text: string, recipient: Entity, lead: string, tail: string, payer: Entity, sentenceStart: number): Flow | undefined {
    const verb = RECIPIENT_VERB.exec(lead);
    if (!verb || isPrepositionalObject(text, recipient, sentenceStart)) return undefined;
    const groups = verb.groups!;
    // "was awarded £N by Y": the passive's agent is the payer
    if (groups.passive) return BY_PAYER.test(tail) ? { payer, recipient } : undefined;
    const fromPayer = FROM_PAYER.exec(tail);
    if (!fromPayer) return undefined;
    // "took out a £7m loan from Y", "has a £7m loan from Y" need the sum's noun (not "has a £7m
    // contract from Y"); "borrowed £7m from Y" and "secured £7m of funding from Y" need none
    if (groups.noun ? !fromPayer.groups!.noun : !groups.bare) return undefined;
    return { payer, recipient };
  }

  /** False when another body follows the recipient in a list ("X and Z"): the figure is theirs together. */
  private alone(context: ClaimContext, recipient: Entity): boolean {
    const next = context.within(context.organisations, recipient.end, Math.min(context.text.length, recipient.end + 60)).find((o) => o.start >= recipient.end);
    return !next || !AND_ANOTHER.test(context.text.slice(recipient.end, next.start));
  }
}

interface Flow {
  payer: Entity;
  recipient: Entity;
}

export const fundingFlowExtractor: ClaimExtractor = new FundingFlowExtractor();
