// What an investor paid for new shares in a company, and the day the deal completed, in the
// wordings fundingFlows.ts ("Y put £30m into X", "for a 40% share in X") does not cover:
//   "Y paid £54 million for new shares giving it 40% of X"       X money:paid-by:<Y> = £54m
//   "Y paid £54 million for new shares in X"
//   "The share subscription by Y completed on 28 September 2018"  X date:investment-by:<Y>
//   "In a deal that completed on 19 October 2018, Y paid ..."
// The sum is the company's money:paid-by:<investor>, as there, so every wording of one investment
// meets. A company's own report ("the Fund paid £45 million for its new ordinary shares") speaks
// of shares in itself when it names no other company. The day an investment was approved or
// announced is another event and is left alone.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { sumValue } from '../numbers';
import type { SentenceSpan } from '../sentences';
import { hasCompanyDesignator } from '../companyNames';
import { CueWords, cueSentences } from '../cueSentences';
import type { ClaimExtractor } from './extractor';
import { isPrepositionalObject } from './grammar';
import { partyKey } from './money';

const S = '[\\s\\u00a0]';
/** The cue word without which a text tells of no purchase of new shares, found from the token census. */
const CUES = new CueWords([{ word: 'shares' }]);
/** Right before the sum: "paid", "invested". */
const PAID_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:paid|pays|invested|invests)${S}+$`, 'iu');
/** Right after the sum: "for new ordinary shares", "for its new shares". */
const FOR_SHARES = new RegExp(`^${S}+(?:for|in)${S}+(?:(?:new|its|the|additional|further|ordinary|preference)${S}+)*shares\\b`, 'i');
/**
 * A purchase on top of an earlier one ("for further shares", "adding to its earlier investment",
 * "in a second round") is part of the investment, not what was paid for it: the same key would
 * set the part against the whole.
 */
const TOP_UP_SHARES = /^[\s\u00a0]+(?:for|in)[\s\u00a0]+(?:(?:new|its|the|ordinary|preference)[\s\u00a0]+)*(?:additional|further|more)[\s\u00a0]/i;
const TOP_UP_SENTENCE = /\b(?:adding[\s\u00a0]+to|on[\s\u00a0]+top[\s\u00a0]+of|in[\s\u00a0]+addition[\s\u00a0]+to|(?:second|third|another|later|follow-on)[\s\u00a0]+(?:round|tranche|subscription|investment)|top(?:ped)?[\s\u00a0-]+up)\b/i;
/** After the shares: "in Y", "of Y". */
const SHARES_IN = new RegExp(`^${S}+(?:in|of)${S}+(?:the${S}+)?`, 'i');
/** A stake the shares gave: "giving it 40% of Y", "for 40% of Y". */
const STAKE_OF = new RegExp(`(?:%|${S}per${S}+cent)${S}+of${S}+(?:the${S}+)?$`, 'i');
/** "subscription by X", "investment by X": the investor named after the deal's noun. */
const BY_AFTER_DEAL = new RegExp(`\\b(?:subscription|investment|share${S}+purchase)${S}+by${S}+(?:the${S}+)?$`, 'i');
/** Right before a completion date: "the share subscription (by X) completed on", "a deal that completed on". */
const COMPLETED_BEFORE = new RegExp(
  `\\b(?:subscription|investment|purchase|deal)\\b[^.;:()]{0,60}?${S}+(?:(?:that|which)${S}+)?(?:(?:was|has${S}+been|had${S}+been)${S}+)?completed${S}+on${S}+$`,
  'i',
);

class ShareSubscriptionExtractor implements ClaimExtractor {
  readonly name = 'share-subscription';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    if (cueSentences(context, CUES).length === 0) return [];
    const claims: Claim[] = [];
    for (const sum of context.sums) {
      const sentence = context.sentenceAt(sum.start);
      if (!sentence) continue;
      if (!PAID_BEFORE.test(text.slice(Math.max(sentence.start, sum.start - 20), sum.start))) continue;
      const after = text.slice(sum.end, Math.min(sentence.end, sum.end + 60));
      const shares = FOR_SHARES.exec(after);
      if (!shares || TOP_UP_SHARES.test(after) || TOP_UP_SENTENCE.test(text.slice(sentence.start, sentence.end))) continue;
      const rest = sum.end + shares[0].length;
      const gap = SHARES_IN.exec(text.slice(rest, rest + 12));
      let company = (gap ? context.organisationStartingAt(rest + gap[0].length) : undefined) ?? this.stakeCompany(context, sentence, rest);
      const investor = this.investor(context, sentence, sum.start);
      if (!investor?.canonical) continue;
      // a company's own report: the shares are its own
      const author = context.author;
      company ??= author && hasCompanyDesignator(author.canonicalName ?? author.text) ? author : undefined;
      if (!company?.canonical || company.canonical === investor.canonical) continue;
      const key = partyKey(investor);
      const value = sumValue(sum, context.rules);
      if (!key || !value) continue;
      const start = Math.min(investor.start >= sentence.start ? investor.start : sum.start, sum.start);
      claims.push(context.claim({ subject: company, attribute: `money:paid-by:${key}`, value, start, end: sum.end, timeFromSentence: true, focus: sum }));
      const completed = this.completion(context, sentence);
      if (completed?.value?.kind === 'date') {
        const claim = context.claim({
          subject: company,
          attribute: `date:investment-by:${key}`,
          value: { kind: 'date', iso: completed.value.iso, precision: completed.value.precision },
          start: Math.min(start, completed.start),
          end: Math.max(sum.end, completed.end),
        });
        claim.time = completed.value.iso;
        claims.push(claim);
      }
    }
    return claims;
  }

  /** The investor: the nearest body before the verb that is a clause's subject, else the one a "subscription by X" names. */
  private investor(context: ClaimContext, sentence: SentenceSpan, at: number): Entity | undefined {
    const text = context.text;
    const orgs = context.within(context.organisations, sentence.start, at);
    const subject = orgs.filter((o) => o.canonical && !isPrepositionalObject(text, o, sentence.start)).pop();
    if (subject) return subject;
    return orgs.find((o) => BY_AFTER_DEAL.test(text.slice(Math.max(sentence.start, o.start - 40), o.start)));
  }

  /** "giving it 40% of Y": the company a stake bought with the shares is of. */
  private stakeCompany(context: ClaimContext, sentence: SentenceSpan, from: number): Entity | undefined {
    const text = context.text;
    return context.within(context.organisations, from, sentence.end).find((o) => o.start - from < 60 && STAKE_OF.test(text.slice(Math.max(from, o.start - 20), o.start)));
  }

  /** The day the sentence says the investment completed. */
  private completion(context: ClaimContext, sentence: SentenceSpan): Entity | undefined {
    const text = context.text;
    return context
      .within(context.dates, sentence.start, sentence.end)
      .find((d) => d.value?.kind === 'date' && d.value.precision !== 'day-month' && COMPLETED_BEFORE.test(text.slice(Math.max(sentence.start, d.start - 120), d.start)));
  }
}

export const shareSubscriptionExtractor: ClaimExtractor = new ShareSubscriptionExtractor();
