// The terms of a transaction as claims about its party (deals named and referred to are found by
// dealMentions.ts):
//   contract-value:from:<awarder>[:in:<area>]  "The contract is worth £46m over four years", "in a
//                                              deal worth £64m", "Y's £64m prison deal"
//   contract-start:from:<awarder>[:in:<area>]  "will start on 1 April 2017", "begins in September 2017"
//   contract-award:from:<awarder>[:in:<area>]  "awarded the contract to Y on 14 June 2019"
//   sale-price                                 "agreed to sell Y to Z for £38m", "for a consideration of £31.5m"
//   sale-completion                            "The sale is due to complete on 31 March 2017", "On 28
//                                              February 2017 the sale of Y ... was completed", "Y was
//                                              sold to its staff in 1986"
// Sources disagree on these figures and days, and a researcher needs to see where. Precision comes
// first, since a wrong conflict costs more than a missed one:
//   - A body holds many contracts, so a contract's claims are keyed by who let it as well: two
//     sources are compared only when both name the same awarder (any local council being one
//     party, as for payments). A contract whose awarder the document never names makes no claim.
//     The UK region or nation its description names, if any, is part of the key too
//     (contractAreas.ts): one body often holds several areas' lots from one awarder.
//   - A company is sold rarely, so a sale is keyed by the company alone. A deal's claims speak of
//     the day it was let or completed when the text gives it, else of the document's date; a sale
//     reported in one year and completed the next is still compared (these attributes' tolerance
//     is one year, conflict-rules.json), sales years apart are not.
//   - Award, start and completion are different events with different attributes: a contract let
//     in July that starts in April is not a conflict.
//   - A figure or day is read only where a cue ties it to the deal ("worth", "for", "will start
//     on", "is due to complete on") with no other deal's words, no other body and no other figure
//     between; a rate ("£8m a year") is not what a deal is worth.
//   - Where one document gives one key two different values (two contracts of one body let by one
//     awarder, say), its claims for that key are dropped: the text does not tell which is which.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import type { SentenceSpan } from '../sentences';
import { valueKey } from '../conflicts/values';
import { sumValue } from '../numbers';
import { findDealMentions, type DealMention } from './dealMentions';
import { partyKey } from './money';
import type { ClaimExtractor } from './extractor';
import { SPACE } from './grammar';

const S = SPACE;
/** Between a contract's words and its value: the clause may go on, then "worth", "valued at". */
const VALUE_CUE = new RegExp(`^[^;:.!?]{0,100}?(?:\\bworth|\\bvalued${S}+at|\\bwith${S}+a${S}+(?:total${S}+)?value${S}+of)${S}+$`, 'i');
/** A figure right before the deal's word: "a £46m contract", "£64m prison deal", "£38m sale of". */
const FIGURE_BEFORE_WORD = new RegExp(`^(?:${S}+[\\p{L}-]+){0,3}?${S}+(?:contract|lot|franchise|concession|deal|sale|takeover|acquisition|purchase)(?![\\p{L}-])`, 'iu');
/** Between a sale's words and its price: "to Z for", "..., for a consideration of". */
const PRICE_CUE = new RegExp(
  `^[^;:.!?]{0,160}?\\bfor${S}+(?:(?:a|an|the)${S}+(?:total${S}+|reported${S}+|combined${S}+)?(?:consideration|price|sum|fee|total)${S}+of${S}+)?$`,
  'i',
);
/** "in a deal worth", ", a contract valued at": the same deal named again right before its figure. */
const SAME_DEAL_AGAIN = /,?[\s\u00a0]*(?:(?:in|under|as)[\s\u00a0]+)?(?:a|the)[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+)?(?:deal|contract)[\s\u00a0]+(?:worth|valued[\s\u00a0]+at)[\s\u00a0]+$/iu;
/**
 * Another transaction's words between a deal and a figure or day, or words that bring one in ("which
 * replaces one that began on", "its predecessor"): what follows may be about that one.
 */
const OTHER_DEAL = /\b(?:contracts?|lots?|franchises?|concessions?|deals?|bids?|tenders?|sales?|sold|sell|sells|bought|buys|acquired|acquisitions?|purchased|purchases?|takeovers?|replac\w*|predecessors?|previous|incumbent|former|existing)\b/i;
/** A figure per period ("£80m a year") is a rate, not what the whole deal is worth. */
const PER_PERIOD = /^[\s\u00a0]*(?:(?:a|per|each|every)[\s\u00a0]+(?:year|annum|month|week)|annually|yearly|p\.?a\.?(?![\p{L}]))/iu;

/** A relative clause in a gap: what it says is about the noun before it. */
const RELATIVE = /\b(?:which|that|who|whose)\b/i;
/** Between a contract's words and its first day: "will start on", "is worth £46m and will begin on". */
const START_CUE = new RegExp(
  `^[^;:.!?]{0,120}?\\b(?:(?:will|would|should|is${S}+due${S}+to|was${S}+due${S}+to|is${S}+to|is${S}+expected${S}+to|is${S}+set${S}+to)${S}+(?:start|begin|commence|run|take${S}+effect|go${S}+live)|(?:does|did|will|would)${S}+not${S}+(?:start|begin|commence)${S}+until|(?:doesn['’]t|didn['’]t|won['’]t)${S}+(?:start|begin|commence)${S}+until|starts|started|starting|begins|began|beginning|commences|commenced|commencing|runs|running|takes${S}+effect|took${S}+effect|goes${S}+live|went${S}+live)${S}+(?:on|from|in)?${S}*$`,
  'i',
);
/** Right after a letting verb's recipient or object: the day it was let. */
const AWARD_DATE_CUE = new RegExp(`^(?:${S}+(?:from|by)${S}+[^,;:.!?]{1,60}?)?${S}+(?:on|in)${S}+$`, 'i');
/** "The contract, awarded by Z on 14 June 2019": the day told about a back-reference. */
const REFERENCE_AWARD_DATE = new RegExp(`^,?${S}*(?:(?:which|that)${S}+was${S}+)?(?:awarded|let|signed)(?:${S}+by${S}+[^,;:.!?]{1,60}?)?${S}+(?:on|in)${S}+$`, 'i');
/** Between a sale's words and its completion day. */
const COMPLETION_CUE = new RegExp(
  `^[^;:.!?]{0,160}?\\b(?:(?:is|was|are|were)${S}+due${S}+to${S}+complete|(?:will|would|should|is${S}+expected${S}+to|is${S}+set${S}+to)${S}+complete|(?:was|were|has${S}+been|had${S}+been)${S}+(?:completed|finalised|finalized)|completed|completes|closed)${S}+(?:on|in)${S}+$`,
  'i',
);
/** "Y was sold (to its staff) in 1986": the day of the sale told with the verb. */
const SOLD_DATE_CUE = new RegExp(`^(?:${S}+(?:to|by)${S}+[^,;:.!?]{1,60}?)?${S}+(?:on|in)${S}+$`, 'i');
const SOLD_WORDS = /(?:sold|acquired|bought|purchased)$/i;
/** "completed its acquisition of Y on 1 May": the completion told before the sale's words. */
const COMPLETED_BEFORE = new RegExp(`\\bcomplet(?:ed|es|ing)${S}+(?:the|its|their|our|his|her)${S}+(?:[\\p{L}£\\d.,-]+${S}+){0,2}?$`, 'iu');
const ON_DATE = new RegExp(`^(?:${S}+(?:to|from|by)${S}+[^,;:.!?]{1,60}?)?${S}+(?:on|in)${S}+$`, 'i');
/** "On 28 February 2017 the sale of Y ... was completed": a day opening the clause, then the verb. */
const OPENING_DATE = new RegExp(`^[\\s\\u00a0]*(?:On|In)${S}+$`);
const OPENING_DATE_TO_WORDS = new RegExp(`^,?${S}+(?:(?:the|its|their|our|a)${S}+)?$`, 'i');
/** How far into its sentence an opening date, and after it the sale's words, may stand ("On 28 February 2017 the sale of"). */
const OPENING_REACH = 40;
const COMPLETED_LATER = new RegExp(`^[^;:.!?]{0,200}?\\b(?:(?:was|were|has${S}+been|had${S}+been)${S}+)?(?:completed|finalised|finalized)(?![\\p{L}])`, 'iu');

/**
 * The longest stretch between a deal's words and a figure or day that any cue above can span (the
 * widest, PRICE_CUE and COMPLETION_CUE, allow 160 characters and then their own words). A figure
 * further on is never cued, so its gap is not sliced or scanned: in a long sentence of many
 * figures, reading every gap whole would be quadratic.
 */
const MAX_CUE_GAP = 220;

type Draft = { mention: DealMention; head: string; value: Entity; start: number; end: number };

class TransactionExtractor implements ClaimExtractor {
  readonly name = 'transactions';

  extract(context: ClaimContext): Claim[] {
    const mentions = findDealMentions(context);
    if (mentions.length === 0) return [];
    this.settleAwarders(mentions);
    const drafts: Draft[] = [];
    for (const money of context.numbers) {
      if (money.type !== 'money' || money.value?.kind !== 'money') continue;
      const draft = this.figure(context, mentions, money);
      if (draft) drafts.push(draft);
    }
    for (const date of context.dates) {
      if (date.value?.kind !== 'date' || date.value.precision === 'day-month') continue;
      const draft = this.day(context, mentions, date);
      if (!draft) continue;
      drafts.push(draft);
      // A deal let or completed on a day the text gives happened then: its figures speak of that
      // time, not of the document's ("Y, which was sold in 2010 for £5m", in a text of 2016).
      if ((draft.head === 'sale-completion' || draft.head === 'contract-award') && draft.value.value?.kind === 'date') draft.mention.deal.time ??= draft.value.value.iso;
    }
    return this.consistent(drafts.map((d) => this.claim(context, d)).filter((c): c is Claim => c !== undefined));
  }

  /**
   * One document names one contract of a body by several mentions, which may not all say who let
   * it ("Y has won the contract ..." then "The contract, awarded by the Ministry, ..."). A body's
   * contracts with one awarder named anywhere take that awarder; with two or more named, the
   * mentions that name none could be either and are left without one (they make no claim).
   */
  private settleAwarders(mentions: DealMention[]): void {
    const contracts = mentions.filter((m) => m.deal.kind === 'contract');
    const known = (key: (m: DealMention) => string, value: (m: DealMention) => string | undefined): Map<string, Set<string>> => {
      const out = new Map<string, Set<string>>();
      for (const m of contracts) {
        const v = value(m);
        if (v === undefined) continue;
        const set = out.get(key(m)) ?? new Set<string>();
        set.add(v);
        out.set(key(m), set);
      }
      return out;
    };
    const awarders = known((m) => m.deal.party.canonical!, (m) => m.deal.awarder);
    for (const m of contracts) {
      const set = awarders.get(m.deal.party.canonical!);
      if (!m.deal.awarder && set?.size === 1) m.deal.awarder = [...set][0];
    }
    // So with the area: a body's one area under one awarder is the area of its mentions that name none.
    const areas = known((m) => `${m.deal.party.canonical} ${m.deal.awarder}`, (m) => m.deal.area);
    for (const m of contracts) {
      const set = areas.get(`${m.deal.party.canonical} ${m.deal.awarder}`);
      if (!m.deal.area && set?.size === 1) m.deal.area = [...set][0];
    }
  }

  /** The last mention of a deal of `kind` before `offset` in the same sentence (mentions are in reading order). */
  private mentionBefore(mentions: readonly DealMention[], offset: number, kind: 'contract' | 'sale'): DealMention | undefined {
    for (let i = startingBefore(mentions, offset) - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (!(m.sentence.start <= offset && offset < m.sentence.end)) break;
      if (m.deal.kind === kind) return m;
    }
    return undefined;
  }

  /** True when no other body or person stands in [from, to), past a comma-bounded insertion right at `from`. */
  private clearGap(context: ClaimContext, from: number, to: number, mention: DealMention): boolean {
    const text = context.text;
    let start = from;
    if (text[from] === ',') {
      const close = text.indexOf(',', from + 1);
      if (close > 0 && close < to && close - from <= 100) start = close + 1;
    }
    // the deal's own sides may stand there ("has won the contract from Y, worth £3m")
    const { party, awarder } = mention.deal;
    return (
      !context.within(context.organisations, start, to).some((o) => o.canonical !== party.canonical && (!awarder || partyKey(o) !== awarder)) &&
      context.within(context.people, start, to).length === 0
    );
  }

  /** A money figure as a contract's value or a sale's price. */
  private figure(context: ClaimContext, mentions: readonly DealMention[], money: Entity): Draft | undefined {
    const text = context.text;
    const sentence = context.sentenceAt(money.start);
    if (!sentence) return undefined;
    // "a £46m contract", "£38m sale of Y": the figure names the deal's own word
    const word = FIGURE_BEFORE_WORD.exec(text.slice(money.end, Math.min(sentence.end, money.end + 40)));
    if (word && !PER_PERIOD.test(text.slice(money.end, money.end + 16))) {
      const wordEnd = money.end + word[0].length;
      const named = this.mentionEndingAround(mentions, wordEnd, sentence);
      if (named) return { mention: named, head: named.deal.kind === 'contract' ? 'contract-value' : 'sale-price', value: money, start: Math.min(money.start, named.start), end: Math.max(money.end, named.end) };
    }
    if (PER_PERIOD.test(text.slice(money.end, money.end + 16))) return undefined;
    for (const kind of ['contract', 'sale'] as const) {
      const mention = this.mentionBefore(mentions, money.start, kind);
      if (!mention || mention.end > money.start || money.start - mention.end > MAX_CUE_GAP) continue;
      const gap = text.slice(mention.end, money.start);
      if (OTHER_DEAL.test(gap.replace(SAME_DEAL_AGAIN, ''))) continue;
      // A sale's price follows "for"; "in a deal worth" names it too, but "Y, which is worth" values the company.
      const cued = kind === 'contract' ? VALUE_CUE.test(gap) : PRICE_CUE.test(gap) || (VALUE_CUE.test(gap) && !RELATIVE.test(gap));
      if (!cued) continue;
      if (context.within(context.numbers, mention.end, money.start).some((n) => n.type === 'money')) continue;
      if (kind === 'contract' && !this.clearGap(context, mention.end, money.start, mention)) continue;
      return { mention, head: kind === 'contract' ? 'contract-value' : 'sale-price', value: money, start: mention.start, end: money.end };
    }
    return undefined;
  }

  /** A date as a contract's first day or award day, or a sale's completion. */
  private day(context: ClaimContext, mentions: readonly DealMention[], date: Entity): Draft | undefined {
    const text = context.text;
    const sentence = context.sentenceAt(date.start);
    if (!sentence) return undefined;
    const contract = this.mentionBefore(mentions, date.start, 'contract');
    if (contract && contract.end <= date.start && date.start - contract.end <= MAX_CUE_GAP) {
      const gap = text.slice(contract.end, date.start);
      const starts = START_CUE.test(gap);
      // "won the contract from Y on 1 May", not "won the contract from Y and item 3 costs £1m on 1 May"
      const awarded = !starts && (contract.reference ? REFERENCE_AWARD_DATE : AWARD_DATE_CUE).test(gap) && !this.numberBetween(context, contract.end, date.start);
      // The same guards for both days: no other deal's words, body or day between.
      if ((starts || awarded) && !OTHER_DEAL.test(gap) && this.clearGap(context, contract.end, date.start, contract) && !this.dateBetween(context, contract.end, date.start)) {
        return { mention: contract, head: starts ? 'contract-start' : 'contract-award', value: date, start: contract.start, end: date.end };
      }
    }
    const sale = this.mentionBefore(mentions, date.start, 'sale');
    if (sale && sale.end <= date.start && date.start - sale.end <= MAX_CUE_GAP) {
      const gap = text.slice(sale.end, date.start);
      if (OTHER_DEAL.test(gap)) return undefined;
      const sold = !sale.reference && SOLD_WORDS.test(text.slice(sale.start, sale.end));
      const completedBefore = !sale.reference && ON_DATE.test(gap) && COMPLETED_BEFORE.test(text.slice(Math.max(sentence.start, sale.start - 60), sale.start));
      if ((COMPLETION_CUE.test(gap) && !this.dateBetween(context, sale.end, date.start)) || (sold && SOLD_DATE_CUE.test(gap)) || completedBefore) {
        return { mention: sale, head: 'sale-completion', value: date, start: sale.start, end: date.end };
      }
    }
    // "On 28 February 2017 the sale of Y by X to Z was completed"
    if (date.start - sentence.start <= OPENING_REACH && OPENING_DATE.test(text.slice(sentence.start, date.start))) {
      const next = this.saleAfter(mentions, date.end, sentence);
      if (next && next.start - date.end <= OPENING_REACH && OPENING_DATE_TO_WORDS.test(text.slice(date.end, next.start))) {
        const completed = COMPLETED_LATER.exec(text.slice(next.end, Math.min(sentence.end, next.end + MAX_CUE_GAP)));
        if (completed && !this.dateBetween(context, next.end, next.end + completed[0].length)) {
          return { mention: next, head: 'sale-completion', value: date, start: sentence.start + text.slice(sentence.start, date.start).search(/\S/), end: next.end + completed[0].length };
        }
      }
    }
    return undefined;
  }

  private dateBetween(context: ClaimContext, from: number, to: number): boolean {
    return context.within(context.dates, from, to).length > 0;
  }

  /** The first mention of a sale in `sentence` that starts at or after `offset`. */
  private saleAfter(mentions: readonly DealMention[], offset: number, sentence: SentenceSpan): DealMention | undefined {
    for (let i = startingBefore(mentions, offset); i < mentions.length && mentions[i]!.start < sentence.end; i++) {
      if (mentions[i]!.sentence === sentence && mentions[i]!.deal.kind === 'sale') return mentions[i];
    }
    return undefined;
  }

  private numberBetween(context: ClaimContext, from: number, to: number): boolean {
    return context.within(context.numbers, from, to).length > 0;
  }

  /** The mention of `sentence` whose words end at or run over `offset` ("£46m contract": the mention holding "contract"). */
  private mentionEndingAround(mentions: readonly DealMention[], offset: number, sentence: SentenceSpan): DealMention | undefined {
    for (let i = startingBefore(mentions, offset + 1) - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.sentence !== sentence) break;
      if (offset <= m.end) return m;
    }
    return undefined;
  }

  private claim(context: ClaimContext, draft: Draft): Claim | undefined {
    const claim = this.draftClaim(context, draft);
    const time = draft.mention.deal.time;
    if (claim && time) claim.time = time;
    return claim;
  }

  private draftClaim(context: ClaimContext, draft: Draft): Claim | undefined {
    const { deal } = draft.mention;
    let attribute: string;
    if (deal.kind === 'contract') {
      if (!deal.awarder) return undefined;
      attribute = `${draft.head}:from:${deal.awarder}${deal.area ? `:in:${deal.area}` : ''}`;
    } else attribute = draft.head;
    const sum = sumValue(draft.value, context.rules);
    if (sum) return context.claim({ subject: deal.party, attribute, value: sum, start: draft.start, end: draft.end });
    const value = draft.value.value;
    if (value?.kind === 'date') {
      return context.claim({ subject: deal.party, attribute, value: { kind: 'date', iso: value.iso, precision: value.precision }, start: draft.start, end: draft.end });
    }
    return undefined;
  }

  /** Drops every claim of a key that the document itself gives two different values. */
  private consistent(claims: Claim[]): Claim[] {
    const values = new Map<string, Set<string>>();
    for (const c of claims) {
      const key = `${c.subject} ${c.attribute}`;
      const set = values.get(key) ?? new Set<string>();
      set.add(valueKey(c.value));
      values.set(key, set);
    }
    return claims.filter((c) => values.get(`${c.subject} ${c.attribute}`)!.size === 1);
  }
}

/** How many mentions (in reading order) start before `offset`. */
function startingBefore(mentions: readonly DealMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const transactionExtractor: ClaimExtractor = new TransactionExtractor();
