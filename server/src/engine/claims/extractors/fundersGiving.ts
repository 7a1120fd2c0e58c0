// What a named funder gave, told from the funder's side, often with no recipient in the sentence:
//   "Y awarded a grant of £1,450,000 to X", "Y, our regular funder, made an emergency grant of £750,000",
//   "Y awarded us £1.45m towards the repairs", "Y put in £1.5 million", "and a £1.2m grant from Y
//   will pay for the work", "X is making an upfront payment of £N", "X will pay the council an upfront
//   concession fee of £N" (the terms of a deal). Annual reports, appeal pages, answers to written questions and local
//   newsletters all put grants this way. The recipient is the body named ("to X"); the writer when
//   it says "us", "our" or "we"; else the body the page is about at that point (see implied). The
//   claim is the recipient's money:paid-by:<payer>, as fundingFlows.ts's "X received a £N grant from
//   Y", so the sums told from either side meet. Left to fundingFlows.ts: a recipient before the
//   figure ("X received", "X was awarded"). Not read: a plan, a condition, a denial, a question, a
//   sum to something that is no body ("£2m to the restoration fund").

import type { Claim, Entity } from '../../types';
import { Mood, UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { sumValue } from '../numbers';
import { isMedia } from '../referents';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';
import { partyKey } from './money';

const S = SPACE;
/** Cheap first test of the words just before a figure. */
const CUE = /grant|award|gave|given|put|donat|contribut|made|making|fee|payment/i;
const AUX = `(?:${S}+(?:has|have|had|then|also|now|already|recently|last${S}+year|this${S}+year))*`;
/** An aside between the funder's name and its verb: "Y, our regular funder since 1994, made". */
const ASIDE = `(?:${S}*,[^,;:()]{1,120},)?`;
const ADJECTIVES = `(?:(?:one-off|upfront|up-front|emergency|capital|rescue|further|new|additional|special|major|development|project|lottery|recovery|concession)${S}+){0,3}`;
/** From the funder to the figure. */
const FUNDER_TO_FIGURE = new RegExp(
  `^${ASIDE}${AUX}${S}+(?:` +
    `(?:awarded|gave|given|granted|donated|contributed)(?<us>${S}+us)?|` +
    `put${S}+in|` +
    `(?:awarded|made|gave|given|agreed|approved|offered|provided)(?<us2>${S}+us)?${S}+(?:a|an)${S}+${ADJECTIVES}(?:grant|award|donation|contribution)${S}+of|` +
    `(?:is|are|was|were|will${S}+be)${S}+making${S}+(?:a|an)${S}+${ADJECTIVES}(?:payment|contribution)${S}+of` +
    `)${S}+(?:(?:almost|nearly|about|around|some|over|more${S}+than|a${S}+further|another)${S}+)?$`,
  'iu',
);
/** "X will pay the council an upfront fee of £N": the payer's verb, up to the body paid. */
const PAYS = new RegExp(`^${AUX}(?:${S}+will)?${S}+(?:pay|pays|paid)${S}+(?:the${S}+)?$`, 'iu');
/** After the body paid, up to the figure: "an upfront concession fee of", "a one-off payment of". */
const PAYMENT_OF = new RegExp(`^${S}+(?:a|an)${S}+${ADJECTIVES}(?:fee|payment|sum|premium|contribution)${S}+of${S}+$`, 'iu');
/** A sum paid every year is another figure than a sum paid once. */
const EVERY_YEAR = new RegExp(`^${S}+(?:a|per|each|every)${S}+(?:year|annum)|^${S}+annually`, 'iu');
/** After the figure: "to" and a body, or nothing that names where the money went. */
const TO_BODY = new RegExp(`^${S}+to${S}+(?:the${S}+)?$`, 'iu');
const GOES_SOMEWHERE = new RegExp(`^${S}+(?:to|into|in|for${S}+(?:a|an|its|the)${S}+(?:stake|share))${S}`, 'iu');
/** "a £1.2m grant from Y": the figure's article before it, the gift and its giver after. */
// (the word starts where no letter is before it: a word begun anywhere would make a long run of letters quadratic)
const ARTICLE_BEFORE = new RegExp(`(?<![\\p{L}])(?<word>[\\p{L}]+)${S}+(?:a|an)${S}+$`, 'iu');
const GIFT_FROM = new RegExp(`^${S}+${ADJECTIVES}(?:grant|award|donation)${S}+from${S}+(?:the${S}+)?$`, 'iu');
/** Words before "a £N grant from Y" that name a recipient before it: fundingFlows.ts reads those. */
const RECIPIENT_VERB = /^(?:received|receives|secured|secures|won|wins|got|gets|has|had|have|obtained|awarded|given|granted|with|out)$/i;
/** After "a £N grant from Y": what the money will do, said of a grant already had. */
const USE_TO_COME = new RegExp(`^${S}+(?:will|is${S}+to|is${S}+set${S}+to)${S}+(?:pay|fund|cover|go|help|be${S}+spent|be${S}+used)(?![\\p{L}])`, 'iu');
/** How far before its figure a funder's name may end. */
const REACH = 200;
const FIRST_PERSON = new RegExp(`(?:^|[^\\p{L}])(?:us|our|we)(?![\\p{L}])`, 'iu');
/** How often a page names the body it is about, at least. */
const TOPIC_MENTIONS = 3;
/** How many sentences before the figure's the page's body must have been named in. */
const TOPIC_SENTENCES = 2;

class FundersGivingExtractor implements ClaimExtractor {
  readonly name = 'funders-giving';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const money of context.sums) {
      if (!CUE.test(text.slice(Math.max(0, money.start - 40), money.end + 20))) continue;
      const sentence = context.sentenceAt(money.start);
      if (!sentence || context.isQuestion(sentence)) continue;
      const read =
        this.funderFirst(context, sentence.start, sentence.end, money) ?? this.paysBody(context, sentence.start, money) ?? this.giftFrom(context, sentence.start, sentence.end, money);
      if (!read) continue;
      const payer = partyKey(read.payer);
      const recipient = read.recipient ?? this.implied(context, sentence, money, read.payer);
      if (!payer || !recipient?.canonical || recipient.canonical === read.payer.canonical || partyKey(recipient) === payer) continue;
      // "a £1.2m grant from Y will pay for the work": the grant is had; only its use is to come
      // "X will pay the council a fee of £N" states the terms of a deal, not a plan
      const spentLater = read.nounPhrase && USE_TO_COME.test(text.slice(read.end, Math.min(sentence.end, read.end + 40)));
      const notYet = spentLater || read.terms ? UNREAL & ~Mood.Intended : UNREAL;
      if (context.moodOver(read.start, read.end) & (notYet | Mood.Denied)) continue;
      if (EVERY_YEAR.test(text.slice(money.end, money.end + 16))) continue;
      const value = sumValue(money, context.rules);
      if (!value) continue;
      claims.push(
        context.claim({
          subject: recipient,
          attribute: `money:paid-by:${payer}`,
          value,
          start: read.start,
          end: read.end,
          timeFromSentence: true,
          focus: money,
        }),
      );
    }
    return claims;
  }

  /** "Y awarded a grant of £N (to X)", "Y put in £N", "Y awarded us £N". */
  private funderFirst(context: ClaimContext, sentenceStart: number, sentenceEnd: number, money: Entity): Reading | undefined {
    const text = context.text;
    const payer = context
      .within(context.organisations, Math.max(sentenceStart, money.start - REACH), money.start)
      .filter((o) => !isPrepositionalObject(text, o, sentenceStart))
      .find((o) => FUNDER_TO_FIGURE.test(text.slice(o.end, money.start)));
    if (!payer || context.isReference(payer)) return undefined;
    const gap = FUNDER_TO_FIGURE.exec(text.slice(payer.end, money.start))!;
    const after = context.within(context.organisations, money.end, Math.min(sentenceEnd, money.end + 60))[0];
    if (after && TO_BODY.test(text.slice(money.end, after.start))) {
      return context.isReference(after) ? undefined : { payer, recipient: after, start: payer.start, end: after.end };
    }
    // "£2m to the restoration fund", "£30m into the scheme": the money went to something not a body
    if (GOES_SOMEWHERE.test(text.slice(money.end, Math.min(sentenceEnd, money.end + 30)))) return undefined;
    const us = gap.groups!.us ?? gap.groups!.us2;
    if (us) return context.author ? { payer, recipient: context.author, start: payer.start, end: money.end } : undefined;
    return { payer, start: payer.start, end: money.end };
  }

  /** "X will pay the council an upfront concession fee of £4.5 million". */
  private paysBody(context: ClaimContext, sentenceStart: number, money: Entity): Reading | undefined {
    const text = context.text;
    const orgs = context.within(context.organisations, Math.max(sentenceStart, money.start - REACH), money.start);
    const recipient = orgs[orgs.length - 1];
    const payer = orgs[orgs.length - 2];
    if (!payer || !recipient || !PAYMENT_OF.test(text.slice(recipient.end, money.start))) return undefined;
    if (!PAYS.test(text.slice(payer.end, recipient.start)) || isPrepositionalObject(text, payer, sentenceStart) || context.isReference(payer)) return undefined;
    return { payer, recipient, start: payer.start, end: money.end, terms: true };
  }

  /** "a £1.2m grant from Y", with no recipient before it. */
  private giftFrom(context: ClaimContext, sentenceStart: number, sentenceEnd: number, money: Entity): Reading | undefined {
    const text = context.text;
    const article = ARTICLE_BEFORE.exec(text.slice(Math.max(sentenceStart, money.start - 40), money.start));
    if (!article || RECIPIENT_VERB.test(article.groups!.word!)) return undefined;
    const payer = context.within(context.organisations, money.end, Math.min(sentenceEnd, money.end + 60))[0];
    if (!payer || context.isReference(payer) || !GIFT_FROM.test(text.slice(money.end, payer.start))) return undefined;
    return { payer, start: money.start, end: payer.end, nounPhrase: true };
  }

  /**
   * The recipient a sentence leaves unsaid: the writer when it says "us", "our" or "we" (an annual
   * report's "our regular funder"); else, of the bodies named in the sentence before the figure and
   * the two sentences before, the one the page names most, if it names it often enough to be about
   * it. A body named once or twice in passing (the inspectors of a press release, a regulator in
   * evidence) is no recipient, and neither is a page's author that does not speak in the sentence:
   * a committee's transcript is "by" the committee.
   */
  private implied(context: ClaimContext, sentence: { start: number; end: number }, money: Entity, payer: Entity): Entity | undefined {
    const author = context.author;
    if (author && FIRST_PERSON.test(context.text.slice(sentence.start, sentence.end))) {
      return isMedia(author) || author.canonical === payer.canonical ? undefined : author;
    }
    const index = context.sentences.findIndex((s) => s.start === sentence.start);
    const from = context.sentences[Math.max(0, index - TOPIC_SENTENCES)]?.start ?? sentence.start;
    const near = new Map<string, Entity>();
    for (const o of context.within(context.organisations, from, money.start)) {
      if (o.canonical && o.canonical !== payer.canonical && !isMedia(o)) near.set(o.canonical, o);
    }
    const counts = new Map<string, number>();
    for (const o of context.organisations) if (o.canonical && near.has(o.canonical)) counts.set(o.canonical, (counts.get(o.canonical) ?? 0) + 1);
    let best: Entity | undefined;
    let bestCount = TOPIC_MENTIONS - 1;
    for (const [canonical, body] of near) {
      const count = counts.get(canonical) ?? 0;
      if (count > bestCount) [best, bestCount] = [body, count];
    }
    return best;
  }
}

interface Reading {
  payer: Entity;
  recipient?: Entity;
  start: number;
  end: number;
  /** Read from a noun phrase ("a £N grant from Y"), whose clause's verb says nothing of the gift. */
  nounPhrase?: true;
  /** Read from a payment a deal sets ("X will pay Y a fee of £N"). */
  terms?: true;
}

export const fundersGivingExtractor: ClaimExtractor = new FundersGivingExtractor();
