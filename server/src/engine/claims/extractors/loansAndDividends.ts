// Whether one body has lent to another, and whether a body has paid a dividend, at all: the yes a
// sum implies against the no of a denial, which names no sum ("has not lent it a single pound").
//   lent      "a £12m loan from Y", "Y made an £8m loan to X", "Y lent X £8m", "a loan from Y to X"
//   not lent  "Y has not lent X a single pound", "Y has never lent X any money", "X owes Y nothing",
//             "X does not owe Y anything", "X has never borrowed from Y"
//   paid      "X paid £45m in dividends", "X returned a £3.1m dividend to Y", "X paid a dividend"
//   not paid  "X has never paid a dividend", "X has not paid any dividends", "X pays no dividend"
//   a sum     "X's accounts show a dividend of £1.2m paid to shareholders", "X's £3m dividend to its
//             parent", "dividends totalling £2m were paid by X": a dividend with its sum is one paid
// A loan is the borrower's `loan-from:<lender>` (a local council as money.ts's one party), a
// dividend the payer's `dividend`; the value is the category "lent" or "dividend-paid", affirmed or
// denied, so the two sides meet as a negation. The sum itself is money.ts's and fundingFlows.ts's.

import type { Claim, ClaimValue, Entity } from '../../types';
import { UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';
import { LOCAL_AUTHORITY, partyKey } from './money';

const S = SPACE;
export const LOAN_FROM = 'loan-from';
export const DIVIDEND = 'dividend';
/** The categories of the two attributes (conflict-rules.json names them): the thing happened. */
export const LENT = 'lent';
export const DIVIDEND_PAID = 'dividend-paid';

/** Each pattern needs one of these: a sentence without any is not read. */
const CUES = new CueWords([{ word: 'loan', prefix: true }, { word: 'lent' }, { word: 'lend' }, { word: 'owe' }, { word: 'owes' }, { word: 'borrow', prefix: true }, { word: 'dividend', prefix: true }]);
const AMOUNT = `(?:[£$€]${S}*[\\d.,]+(?:${S}*(?:m|bn|k|million|billion|thousand)\\b)?)`;
// "a £12m loan from", "an £8 million loan to", "a loan from"
const LOAN_NOUN = new RegExp(`\\b(?:an?|the|its|their)${S}+(?:${AMOUNT}${S}+)?(?:[\\p{Ll}-]+${S}+)?loan${S}+(?<dir>from|to)${S}+`, 'giu');
// "Y lent X £8m", "Y lent £8m to X", "Y loaned X"
const LENT_VERB = new RegExp(`\\b(?:lent|loaned)${S}+`, 'gi');
// "has not lent", "has never lent", "did not lend", "never lent"
const NOT_LENT = new RegExp(`\\b(?:(?:has|have|had|did|does|do)${S}+(?:not|never)|(?:hasn['’]t|haven['’]t|hadn['’]t|didn['’]t|doesn['’]t|don['’]t)|never)${S}+(?:ever${S}+)?(?:lent|lend|loaned)${S}+`, 'gi');
// "owes Y nothing", "owe Y nothing", "does not owe Y anything", "owes Y no money"
const OWES = new RegExp(`\\b(?<not>(?:does|do|did)${S}+not${S}+|(?:doesn['’]t|don['’]t|didn['’]t)${S}+)?(?:owes|owe|owed)${S}+`, 'gi');
const NOTHING_AFTER = new RegExp(`^${S}+(?:nothing|no${S}+money|not${S}+a${S}+(?:penny|pound))\\b`, 'i');
const ANYTHING_AFTER = new RegExp(`^${S}+(?:anything|any${S}+money|a${S}+(?:penny|pound|thing))\\b`, 'i');
// "has never borrowed from Y", "has not borrowed any money from Y"
const NOT_BORROWED = new RegExp(`\\b(?:(?:has|have|had|did|does|do)${S}+(?:not|never)|hasn['’]t|haven['’]t|didn['’]t|never)${S}+(?:borrowed|borrow)${S}+(?:(?:any${S}+)?(?:money|anything)${S}+|a${S}+(?:penny|pound)${S}+)?from${S}+(?:the${S}+)?`, 'gi');
// "paid £45m in dividends", "returned a £3.1m dividend", "paid a dividend", "declared dividends of £2m"
const PAID_DIVIDEND = new RegExp(`\\b(?:paid|pays|pay|returned|returns|declared|declares|distributed|distributes)${S}+(?:(?:a|an|its|their)${S}+)?(?:(?:first|final|interim|special|total|further)${S}+)?(?:${AMOUNT}${S}+(?:in${S}+)?)?dividends?\\b`, 'gi');
// "has never paid a dividend", "has not paid any dividends", "pays no dividend", "paid no dividends"
const NO_DIVIDEND = new RegExp(`\\b(?:(?:(?:has|have|had|did|does|do)${S}+(?:not|never)|hasn['’]t|haven['’]t|didn['’]t|doesn['’]t|never)${S}+(?:ever${S}+)?(?:paid|pay|returned|return|declared|declare)${S}+(?:a|an|any)${S}+|(?:paid|pays|pay|returned|declared)${S}+no${S}+)dividends?\\b`, 'gi');
// A dividend named with its sum: "a dividend of £1.2m", "a £1.2m dividend", "dividends totalling £2m".
const DIVIDEND_SUM = new RegExp(
  `\\b(?:(?:an?|the|its|their)${S}+)?(?:(?:first|final|interim|special|total|further|annual)${S}+)?(?:${AMOUNT}${S}+dividends?\\b|dividends?${S}+(?:of|totall?ing|worth|amounting${S}+to)${S}+${AMOUNT})`,
  'gi',
);
// A dividend that is only proposed, forecast or asked for has not been paid.
const DIVIDEND_NOT_PAID_BEFORE = new RegExp(
  `\\b(?:propos|recommend|plan|forecast|expect|budget|intend|seek|sought|want|demand|call(?:s|ed|ing)?${S}+for|ask(?:s|ed|ing)?${S}+for|approv|consider|block|refus|reject|cancel|scrap|withh[eo]ld|waiv)[\\p{L}]*${S}+(?:(?:an?|the|its|their|any)${S}+)?(?:[\\p{Ll}-]+${S}+)?$`,
  'iu',
);
// "Y received a £2m dividend from X": the payer is after "from", the subject only received it.
const FROM_PAYER = new RegExp(`^${S}+from${S}+`, 'i');
const RECEIVED_BEFORE = /\b(?:receiv|got|gets|collect|pocket|took|takes|earn|bank)[\p{L}]*[\s\u00a0]+(?:(?:an?|the|its|their)[\s\u00a0]+)?$/iu;
const NEGATED_BEFORE = new RegExp(`\\b(?:not|never|no)${S}+$`, 'i');
/**
 * A verb before "a loan" that says it was not (yet) made: refused, turned down, sought, applied
 * for, asked for, offered, considered. "X applied for a £12m loan from Y" lends nothing.
 */
const LOAN_NOT_MADE_BEFORE = new RegExp(
  `\\b(?:refus|reject|declin|turn(?:s|ed|ing)?${S}+down|den(?:y|ies|ied|ying)\\b|withh[eo]ld|block|veto|seek|sought|` +
    `(?:appl(?:y|ies|ied|ying)|ask(?:s|ed|ing)?|bid(?:s|ding)?|lobb(?:y|ies|ied|ying)|push(?:es|ed|ing)?|call(?:s|ed|ing)?)${S}+for|` +
    `request|want|need|offer|consider|propos|discuss|negotiat)[\\p{L}]*${S}+$`,
  'iu',
);
/**
 * Words after a denial that bound it to one period ("did not pay a dividend this year", "paid no
 * dividend in 2023"): a denial of one year is no denial of every year, so it does not meet a
 * dividend paid at some other time. ("Not since 2021" denies every year from then to now, and
 * stays: a dividend paid since is what it disputes.)
 */
export const PERIOD_AFTER = new RegExp(
  `^[^.;:!?]{0,40}?\\b(?:(?:this|last|that|next|the${S}+(?:latest|last|current|previous|past))${S}+(?:financial${S}+)?(?:year|quarter|time|period)|` +
    `(?:in|for|during)${S}+(?:(?:the|that|its|this)${S}+(?:[\\p{Ll}-]+${S}+)?(?:year|period|quarter)|\\d{4})|again|so${S}+far${S}+this)\\b`,
  'iu',
);
/**
 * A local council the text does not name: "the council", "the county council", or "borough
 * council" whose article a pattern has read already ("borrowed from the borough council").
 */
const UNNAMED_COUNCIL = new RegExp(`^(?:(?:the|its|our|their)${S}+)?(?:(?:local|borough|county|city|district|town)${S}+)?(?:council|local${S}+authority)\\b`, 'i');
/**
 * "the £4.5m loan the Council made to X", "a loan that Y gave X", "the loan which Y had granted
 * to X": a loan whose lender is the subject of the relative clause after it. (Offered, sought or
 * promised loans are not made: only verbs of giving are read.)
 */
const LOAN_RELATIVE = new RegExp(`\\b(?:an?|the|its|their)${S}+(?:${AMOUNT}${S}+)?(?:[\\p{Ll}-]+${S}+)?loan${S}+(?:(?:that|which)${S}+)?`, 'giu');
const GAVE_LOAN = new RegExp(`^${S}+(?:(?:had|has|have)${S}+)?(?:made|gave|given|granted|provided|extended|advanced)${S}+(?:to${S}+)?`, 'i');


class LoansAndDividendsExtractor implements ClaimExtractor {
  readonly name = 'loans-and-dividends';

  extract(context: ClaimContext): Claim[] {
    const sentences = cueSentences(context, CUES);
    const claims: Claim[] = [];
    for (const sentence of sentences) {
      if (context.isQuestion(sentence)) continue;
      const body = context.text.slice(sentence.start, sentence.end);
      const orgs = context.within(context.organisations, sentence.start, sentence.end);
      if (/loan|lent|lend|owe|borrow/i.test(body)) this.loans(context, sentence, body, orgs, claims);
      if (/dividend/i.test(body) && orgs.length) this.dividends(context, sentence, body, orgs, claims);
    }
    return claims;
  }

  /** A lender key for the party at `offset`: a named body, or a local council the text leaves unnamed. */
  private partyAt(context: ClaimContext, offset: number, limit: number): { key: string; entity?: Entity; end: number } | undefined {
    const org = context.organisationStartingAt(offset);
    if (org) {
      const key = partyKey(org);
      return key ? { key, entity: org, end: org.end } : undefined;
    }
    const council = UNNAMED_COUNCIL.exec(context.text.slice(offset, Math.min(limit, offset + 40)));
    return council ? { key: LOCAL_AUTHORITY, end: offset + council[0].length } : undefined;
  }

  /** The party whose name ends right before `offset` (before a verb), within the sentence. */
  private partyBefore(context: ClaimContext, sentence: SentenceSpan, orgs: readonly Entity[], offset: number): { key: string; entity?: Entity; start: number } | undefined {
    const lead = context.text.slice(sentence.start, offset).replace(/[\s\u00a0]+$/, '');
    const nameEnd = sentence.start + lead.length;
    const org = orgs.filter((o) => o.end === nameEnd).pop();
    if (org) {
      const key = partyKey(org);
      return key ? { key, entity: org, start: org.start } : undefined;
    }
    const council = /(?:^|[^\p{L}])((?:the|its|our|their)[\s\u00a0]+(?:(?:local|borough|county|city|district|town)[\s\u00a0]+)?(?:council|local[\s\u00a0]+authority))$/iu.exec(lead);
    return council ? { key: LOCAL_AUTHORITY, start: nameEnd - council[1]!.length } : undefined;
  }

  private push(context: ClaimContext, claims: Claim[], subject: Entity | undefined, attribute: string, polarity: 'affirm' | 'deny', start: number, end: number): void {
    if (!subject?.canonical) return;
    if (context.moodOver(start, end) & UNREAL) return;
    const value: ClaimValue = { kind: 'category', category: attribute === DIVIDEND ? DIVIDEND_PAID : LENT, polarity };
    claims.push(context.claim({ subject, attribute, value, start, end, timeFromSentence: true }));
  }

  private loans(context: ClaimContext, sentence: SentenceSpan, body: string, orgs: readonly Entity[], claims: Claim[]): void {
    const text = context.text;
    const at = (i: number): number => sentence.start + i;
    // "a £12m loan from Y (to X)", "a loan to X (from Y)"
    LOAN_NOUN.lastIndex = 0;
    for (let m = LOAN_NOUN.exec(body); m; m = LOAN_NOUN.exec(body)) {
      if (NEGATED_BEFORE.test(body.slice(Math.max(0, m.index - 12), m.index)) || LOAN_NOT_MADE_BEFORE.test(body.slice(Math.max(0, m.index - 24), m.index))) continue;
      const first = this.partyAt(context, at(m.index + m[0].length), sentence.end);
      if (!first) continue;
      const second = new RegExp(`^${S}+${m.groups!.dir === 'from' ? 'to' : 'from'}${S}+`, 'i').exec(text.slice(first.end, sentence.end));
      const other = second ? this.partyAt(context, first.end + second[0].length, sentence.end) : undefined;
      const lender = m.groups!.dir === 'from' ? first : other;
      let borrower = m.groups!.dir === 'from' ? other?.entity : first.entity;
      // "X's building programme is funded by a £12m loan from Y", "Y made a £8m loan to X": the other side is the clause's subject
      const subject = orgs.find((o) => o.start < at(m!.index) && !isPrepositionalObject(text, o, sentence.start));
      if (!borrower && m.groups!.dir === 'from') borrower = subject;
      if (m.groups!.dir === 'to' && !lender) {
        const maker = subject ? { key: partyKey(subject), entity: subject } : this.partyBefore(context, sentence, orgs, at(m.index).valueOf());
        if (maker?.key && borrower && maker.key !== partyKey(borrower)) this.push(context, claims, borrower, `${LOAN_FROM}:${maker.key}`, 'affirm', at(m.index), first.end);
        continue;
      }
      if (!lender || !borrower || partyKey(borrower) === lender.key) continue;
      this.push(context, claims, borrower, `${LOAN_FROM}:${lender.key}`, 'affirm', at(m.index), Math.max(first.end, other?.end ?? 0));
    }
    // "the £4.5m loan the Council made to X"
    LOAN_RELATIVE.lastIndex = 0;
    for (let m = LOAN_RELATIVE.exec(body); m; m = LOAN_RELATIVE.exec(body)) {
      if (NEGATED_BEFORE.test(body.slice(Math.max(0, m.index - 12), m.index)) || LOAN_NOT_MADE_BEFORE.test(body.slice(Math.max(0, m.index - 24), m.index))) continue;
      const lender = this.partyAt(context, at(m.index + m[0].length), sentence.end);
      if (!lender) continue;
      const gave = GAVE_LOAN.exec(text.slice(lender.end, sentence.end));
      const borrower = gave ? context.organisationStartingAt(lender.end + gave[0].length) : undefined;
      if (!borrower || partyKey(borrower) === lender.key) continue;
      this.push(context, claims, borrower, `${LOAN_FROM}:${lender.key}`, 'affirm', at(m.index), borrower.end);
    }
    // "Y lent X £8m", "Y lent £8m to X"
    LENT_VERB.lastIndex = 0;
    for (let m = LENT_VERB.exec(body); m; m = LENT_VERB.exec(body)) {
      if (NEGATED_BEFORE.test(body.slice(Math.max(0, m.index - 12), m.index)) || /n['’]t[\s\u00a0]+$/.test(body.slice(0, m.index))) continue;
      const lender = this.partyBefore(context, sentence, orgs, at(m.index));
      const after = at(m.index + m[0].length);
      const direct = context.organisationStartingAt(after);
      const toX = new RegExp(`^${AMOUNT}${S}+to${S}+`, 'i').exec(text.slice(after, sentence.end));
      const borrower = direct ?? (toX ? context.organisationStartingAt(after + toX[0].length) : undefined);
      if (!lender || !borrower || partyKey(borrower) === lender.key) continue;
      this.push(context, claims, borrower, `${LOAN_FROM}:${lender.key}`, 'affirm', lender.start, borrower.end);
    }
    // "Y has not lent X a single pound"
    NOT_LENT.lastIndex = 0;
    for (let m = NOT_LENT.exec(body); m; m = NOT_LENT.exec(body)) {
      const lender = this.partyBefore(context, sentence, orgs, at(m.index));
      const borrower = context.organisationStartingAt(at(m.index + m[0].length));
      if (!lender || !borrower || partyKey(borrower) === lender.key) continue;
      this.push(context, claims, borrower, `${LOAN_FROM}:${lender.key}`, 'deny', lender.start, borrower.end);
    }
    // "X owes Y nothing", "X does not owe Y anything"
    OWES.lastIndex = 0;
    for (let m = OWES.exec(body); m; m = OWES.exec(body)) {
      const borrower = this.partyBefore(context, sentence, orgs, at(m.index));
      const lender = this.partyAt(context, at(m.index + m[0].length), sentence.end);
      if (!borrower?.entity || !lender || borrower.key === lender.key) continue;
      const rest = text.slice(lender.end, sentence.end);
      if (!(m.groups!.not ? ANYTHING_AFTER : NOTHING_AFTER).test(rest)) continue;
      this.push(context, claims, borrower.entity, `${LOAN_FROM}:${lender.key}`, 'deny', borrower.start, lender.end + (m.groups!.not ? ANYTHING_AFTER : NOTHING_AFTER).exec(rest)![0].length);
    }
    // "X has never borrowed from Y"
    NOT_BORROWED.lastIndex = 0;
    for (let m = NOT_BORROWED.exec(body); m; m = NOT_BORROWED.exec(body)) {
      const borrower = this.partyBefore(context, sentence, orgs, at(m.index));
      const lender = this.partyAt(context, at(m.index + m[0].length), sentence.end);
      if (!borrower?.entity || !lender || borrower.key === lender.key) continue;
      this.push(context, claims, borrower.entity, `${LOAN_FROM}:${lender.key}`, 'deny', borrower.start, lender.end);
    }
  }

  private dividends(context: ClaimContext, sentence: SentenceSpan, body: string, orgs: readonly Entity[], claims: Claim[]): void {
    const text = context.text;
    for (const [pattern, polarity] of [
      [NO_DIVIDEND, 'deny'],
      [PAID_DIVIDEND, 'affirm'],
    ] as const) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
        const verbAt = sentence.start + m.index;
        if (polarity === 'deny' && !/never/i.test(m[0]) && PERIOD_AFTER.test(body.slice(m.index + m[0].length))) continue;
        if (polarity === 'affirm' && (NEGATED_BEFORE.test(body.slice(Math.max(0, m.index - 16), m.index)) || /n['’]t[\s\u00a0]+$/.test(body.slice(0, m.index)) || /\bno[\s\u00a0]/i.test(m[0]))) continue;
        // the payer is the clause's subject: the name right before the verb and its auxiliaries
        const lead = body.slice(0, m.index).replace(/(?:[\s\u00a0]+(?:has|have|had|also|now|already|then|still|only))*[\s\u00a0]*$/i, '');
        const payer = orgs.filter((o) => o.end === sentence.start + lead.length && !isPrepositionalObject(text, o, sentence.start)).pop();
        this.push(context, claims, payer, DIVIDEND, polarity, payer ? payer.start : verbAt, verbAt + m[0].length);
      }
    }
    this.dividendSums(context, sentence, body, orgs, claims);
  }

  /**
   * A dividend named with its sum was paid, by the body that pays it: the one after "from", else the
   * clause's subject (a possessive "X's accounts show ..." included). A verb that pays ("X paid a
   * dividend of £2m") was read above, so only the noun is read here, where no such verb precedes it.
   */
  private dividendSums(context: ClaimContext, sentence: SentenceSpan, body: string, orgs: readonly Entity[], claims: Claim[]): void {
    const text = context.text;
    DIVIDEND_SUM.lastIndex = 0;
    for (let m = DIVIDEND_SUM.exec(body); m; m = DIVIDEND_SUM.exec(body)) {
      const at = sentence.start + m.index;
      const before = body.slice(Math.max(0, m.index - 40), m.index);
      if (NEGATED_BEFORE.test(before) || /\bno[\s\u00a0]+$/i.test(before) || DIVIDEND_NOT_PAID_BEFORE.test(before)) continue;
      if (/\b(?:paid|pays|pay|returned|returns|declared|declares|distributed|distributes)[\s\u00a0]+$/i.test(before)) continue;
      const end = at + m[0].length;
      const from = FROM_PAYER.exec(text.slice(end, sentence.end));
      // a body that received the dividend, with no payer named, says nothing of its own payouts
      if (!from && RECEIVED_BEFORE.test(before)) continue;
      const payer = from
        ? context.organisationStartingAt(end + from[0].length)
        : orgs.find((o) => o.end <= at && !isPrepositionalObject(text, o, sentence.start));
      if (!payer) continue;
      this.push(context, claims, payer, DIVIDEND, 'affirm', Math.min(payer.start, at), Math.max(payer.end, end));
    }
  }
}

export const loansAndDividendsExtractor: ClaimExtractor = new LoansAndDividendsExtractor();
