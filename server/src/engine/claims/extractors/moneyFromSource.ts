// Whether a body put money in at all: the yes a sum from it implies against the no of a denial,
// which names no sum ("not a penny from Y"). Keyed by the giver, since a denial often names no
// recipient ("there isn't a penny of Y money in this") and the sum "towards the transfer" none either.
//   given      "Y contributed £280,000 towards …", "Y has agreed a one-off grant of £1.8m towards …",
//              "Y gave / granted / donated / provided / awarded / put in £N", "a £50,000 grant from Y",
//              "X received / borrowed / secured £N from Y", "£N of Y money", "Grant from Y: £50,000"
//   not given  "X did not need a penny from Y", "there isn't a penny of Y money in this", "no Y
//              money", "not one pound from Y", "without any funding from Y", "Y has not put in a
//              penny", "Y didn't contribute anything"
// A payment for something bought ("paid Y £425,000 for the freehold", "spent £90,000 on") is no
// gift, and is not read. The value is the category "gave-money", affirmed or denied, so the two
// sides meet as a negation; the sums themselves are money.ts's and fundingFlows.ts's.

import type { Claim, Entity } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
export const GAVE_MONEY = 'gave-money';

const CUES = new CueWords([
  { word: 'penny' },
  { word: 'pound' },
  { word: 'money' },
  { word: 'funding' },
  { word: 'grant', prefix: true },
  { word: 'contribut', prefix: true },
  { word: 'donat', prefix: true },
  { word: 'gave' },
  { word: 'given' },
  { word: 'provided' },
  { word: 'awarded' },
  { word: 'received' },
  { word: 'borrowed' },
  { word: 'secured' },
  { word: 'loan', prefix: true },
]);
/** What money is called in a denial: "a penny", "any money", "a single pound", "funding". */
const MONEY_NOUN = `(?:penny|pennies|pound|pounds|money|cash|funding|funds|grants?|subsidy|subsidies|contributions?|donations?)`;
const ANY = `(?:(?:a${S}+single|a|one|any|single)${S}+)?`;
/**
 * A negated sum right before its source: "not a penny from", "no money from the", "didn't need a
 * penny from", "without any funding from", "not a penny of" (the source's money follows: "of Y money").
 */
const NOT_FROM = new RegExp(
  `(?:\\b(?:not|never|without|no)|n['’]t)${S}+(?:[\\p{Ll}]+${S}+){0,2}?${ANY}${MONEY_NOUN}${S}+(?:(?:at${S}+all|whatsoever)${S}+)?(?<prep>from|of)${S}+(?:the${S}+)?$`,
  'iu',
);
/** "no Y money": a negation right before the source. */
const NO_BEFORE = new RegExp(`(?:\\b(?:not${S}+a${S}+penny${S}+of|no)|n['’]t${S}+(?:any|a${S}+penny${S}+of))${S}+(?:the${S}+)?$`, 'iu');
/** After the source of "of Y" or "no Y": the money word ("of Y money", "no Y funding"). */
const MONEY_AFTER = new RegExp(`^(?:['’]s)?${S}+(?:money|cash|funding|funds|grants?|subsidy)\\b`, 'iu');
/** The giver's own denial: "has not put in a penny", "didn't contribute anything", "has never given any money". */
const GAVE_NOTHING = new RegExp(
  `^(?:${S}+(?:has|have|had|did|does|do|will))?${S}*(?:${S}not|${S}never|n['’]t)${S}+(?:(?:yet|ever)${S}+)?(?:put${S}+(?:in|up)|contribut(?:e|ed)|give|given|grant(?:ed)?|donat(?:e|ed)|provid(?:e|ed)|pa(?:y|id)${S}+in)${S}+(?:${ANY}(?:penny|pound|money|cash|funding)|anything|nothing)\\b`,
  'iu',
);
/**
 * The giver's denial that names where the money did not go: "has not put a penny into X", "never
 * put any money towards X", "gave nothing to X". Scoped to X when X is a body, as a gift to X is.
 */
const GAVE_NOTHING_TO = new RegExp(
  `^(?:(?:${S}+(?:has|have|had|did|does|do|will))?${S}*(?:${S}not|${S}never|n['’]t)${S}+(?:(?:yet|ever)${S}+)?put${S}+${ANY}(?:penny|pound|money|cash)|(?:${S}+(?:has|have|had))?${S}+(?:gave|given)${S}+nothing)${S}+(?:into|in|towards|to)${S}+(?:the${S}+)?`,
  'iu',
);
/** Between a giver and the recipient of "Y gave X a £N grant". */
const GIVER_BEFORE_RECIPIENT = new RegExp(`^(?:${S}+(?:has|have|had|also|now|already|then))*${S}+(?:gave|given|awarded|granted|lent|loaned)${S}+(?:the${S}+)?$`, 'iu');
/** Between that recipient and the sum: "a", "a one-off", "a further". */
const ARTICLE_BEFORE_SUM = new RegExp(`^${S}+(?:an?|another)${S}+(?:(?:one-off|further|new|single)${S}+)?$`, 'iu');
/** The giver's verb before its sum: "contributed", "has given", "agreed a one-off grant of", "put in". */
const GAVE_SUM = new RegExp(
  `^(?:${S}+(?:has|have|had|also|now|already|then|this${S}+year|last${S}+year))*${S}+(?:contributed|contributes|gave|gives|given|granted|grants|donated|donates|provided|provides|awarded|awards|put${S}+(?:in|up)|chipped${S}+in|(?:agreed|agrees|approved|approves|made|makes|committed)${S}+(?:a|an)${S}+(?:[\\p{Ll}-]+${S}+){0,2}?(?:grant|contribution|donation|payment|loan)${S}+of)${S}+(?:(?:a${S}+further|another|almost|nearly|about|around|some|over|more${S}+than|up${S}+to)${S}+)?$`,
  'iu',
);
/** Between a sum and its source: "from", "grant from", "in funding from", "of funding from the". */
const SUM_FROM = new RegExp(
  `^${S}+(?:(?:[\\p{Ll}-]+${S}+)?(?:grant|contribution|donation|loan|investment|subsidy)${S}+|(?:in|of)${S}+(?:[\\p{Ll}-]+${S}+)?(?:funding|grants?|loans?|investment|support)${S}+)from${S}+(?:the${S}+)?$`,
  'iu',
);
/** A bare "£N from Y" is a gift only after a verb of getting one: "received £N from", "borrowed £N from". */
const GETTING = `(?:received|receives|got|gets|borrowed|borrows|secured|secures|raised|won|(?:was|were|been)${S}+(?:given|awarded|granted|lent))${S}+(?:(?:a${S}+further|another|almost|nearly|about|around|some|over|more${S}+than)${S}+)?$`;
const GOT_BEFORE = new RegExp(`\\b${GETTING}`, 'iu');
const FROM = new RegExp(`^${S}+from${S}+(?:the${S}+)?$`, 'iu');
/** A budget's line: "Grant from Y: £50,000", "Loan from Y – £90,000". */
const LINE_BEFORE = new RegExp(`(?:^|\\n)[\\t ]*(?:[\\p{L}-]+[\\t ]+){0,2}(?:grant|loan|contribution|donation|funding|investment)[\\t ]+from[\\t ]+(?:the[\\t ]+)?$`, 'iu');
const LINE_SUM = /^[\t ]*[:–—-][\t ]*$/;
/** A gift or its denial that is only supposed, possible or asked for (clauseMood.ts); "will" pledges, and counts. */
const SUPPOSED = Mood.Conditional | Mood.Possible | Mood.Would | Mood.Demanded;
/**
 * Besides a denial or a supposition of the getting in the sum's clause ("never received £N from
 * Y", "would get a £N grant from Y if …"): "no" before the sum in its clause ("no £N grant from Y").
 */
const NO_BEFORE_SUM = new RegExp(`\\bno${S}[^,;:]*$`, 'iu');
const REACH = 80;

/**
 * The last run of ASCII letters of `lead`, lower-cased, or the one before it when that is "the"
 * (what stands before NOT_FROM's and NO_BEFORE's optional "the"): those patterns match only when
 * it is their last word ("from", "of"; "of", "no", "any"). Any other character ends a run, so a
 * word the patterns would read whole is read whole here, or shorter where a letter beyond ASCII
 * stands in it, which they could not match anyway.
 */
function lastWordOf(lead: string): string {
  let end = lead.length;
  while (end > 0 && !isAsciiLetter(lead.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isAsciiLetter(lead.charCodeAt(start - 1))) start--;
  const word = lead.slice(start, end).toLowerCase();
  if (word !== 'the') return word;
  end = start;
  while (end > 0 && !isAsciiLetter(lead.charCodeAt(end - 1))) end--;
  start = end;
  while (start > 0 && isAsciiLetter(lead.charCodeAt(start - 1))) start--;
  return lead.slice(start, end).toLowerCase();
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
/** A recipient named after the sum: "£40,000 to a food bank", "a grant of £5,000 for Fenmoor Hospice". */
const RECIPIENT_AFTER = new RegExp(`^${S}+(?:to|for)${S}+(?:(?<indefinite>an?)${S}+(?<noun>[\\p{L}'’-]+(?:${S}+[\\p{Ll}'’-]+){0,2})|(?:the${S}+)?)`, 'u');
/** The getter before "received/borrowed £N": "Harrowby Academy received £40,000 from Y". */
const GETTER_GAP = new RegExp(`^(?:${S}+(?:has|have|had|also|now|already|then))*${S}+${GETTING}`, 'iu');

class MoneyFromSourceExtractor implements ClaimExtractor {
  readonly name = 'money-from-source';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const orgs = context.within(context.organisations, sentence.start, sentence.end);
      if (orgs.length === 0) continue;
      this.denials(context, sentence, orgs, claims);
      this.gifts(context, sentence, orgs, claims);
    }
    return claims;
  }

  private denials(context: ClaimContext, sentence: SentenceSpan, orgs: readonly Entity[], claims: Claim[]): void {
    const text = context.text;
    // The clause's mood is asked only once a denial's words are found: asking it first made
    // nearly every text work out its moods (clauseMood.ts) for this reading alone.
    const supposed = (org: Entity): boolean => (context.moodAt(org.start) & SUPPOSED) !== 0;
    for (const org of orgs) {
      if (!org.canonical) continue;
      const lead = text.slice(Math.max(sentence.start, org.start - REACH), org.start);
      // both end-anchored patterns, tried from every position of the lead, end in one of a few words
      const last = lastWordOf(lead);
      const from = last === 'from' || last === 'of' ? NOT_FROM.exec(lead) : null;
      const after = text.slice(org.end, Math.min(sentence.end, org.end + 40));
      if (from && (from.groups!.prep === 'from' || MONEY_AFTER.test(after))) {
        if (!supposed(org)) this.push(context, claims, org, 'deny', org.start - lead.length + from.index, from.groups!.prep === 'from' ? org.end : org.end + MONEY_AFTER.exec(after)![0].length);
        continue;
      }
      const no = last === 'of' || last === 'no' || last === 'any' ? NO_BEFORE.exec(lead) : null;
      const money = no && MONEY_AFTER.exec(after);
      if (no && money) {
        if (!supposed(org)) this.push(context, claims, org, 'deny', org.start - lead.length + no.index, org.end + money[0].length);
        continue;
      }
      const to = GAVE_NOTHING_TO.exec(after);
      if (to && !isPrepositionalObject(text, org, sentence.start)) {
        if (supposed(org)) continue;
        const recipient = context.organisationStartingAt(org.end + to[0].length);
        this.push(context, claims, org, 'deny', org.start, recipient ? recipient.end : org.end + to[0].length, recipient?.canonical);
        continue;
      }
      const own = GAVE_NOTHING.exec(after);
      if (own && !isPrepositionalObject(text, org, sentence.start) && !supposed(org)) this.push(context, claims, org, 'deny', org.start, org.end + own[0].length);
    }
  }

  private gifts(context: ClaimContext, sentence: SentenceSpan, orgs: readonly Entity[], claims: Claim[]): void {
    const text = context.text;
    for (const money of context.within(context.sums, sentence.start, sentence.end)) {
      // the giver as the clause's subject: "Y has contributed £N"
      for (const org of orgs) {
        if (org.end > money.start || money.start - org.end > REACH || !org.canonical) continue;
        const gap = text.slice(org.end, money.start);
        if (isPrepositionalObject(text, org, sentence.start)) continue;
        const recipient = GAVE_SUM.test(gap) ? undefined : this.indirectObject(context, orgs, org, money);
        if (recipient === undefined && !GAVE_SUM.test(gap)) continue;
        if (recipient) {
          if (!(context.moodOver(org.start, money.end) & SUPPOSED)) this.push(context, claims, org, 'affirm', org.start, money.end, recipient);
          continue;
        }
        if (!(context.moodOver(org.start, money.end) & SUPPOSED)) this.push(context, claims, org, 'affirm', org.start, money.end, this.recipientOf(context, orgs, money, sentence));
      }
      // the source after the sum: "a £50,000 grant from Y", "received £N from Y"
      const source = orgs.find((o) => o.start > money.end && o.start - money.end <= 50);
      if (source?.canonical) {
        const gap = text.slice(money.end, source.start);
        const lead = text.slice(Math.max(sentence.start, money.start - 40), money.start);
        if ((SUM_FROM.test(gap) || (FROM.test(gap) && GOT_BEFORE.test(lead))) && !(context.moodAt(money.start) & (SUPPOSED | Mood.Denied)) && !NO_BEFORE_SUM.test(lead)) this.push(context, claims, source, 'affirm', money.start, source.end, this.recipientOf(context, orgs, money, sentence));
      }
      // a budget's line: "Loan from Y: £N"
      const named = orgs.filter((o) => o.end <= money.start && money.start - o.end <= 4).pop();
      if (named?.canonical && LINE_SUM.test(text.slice(named.end, money.start))) {
        const line = text.slice(Math.max(0, named.start - 40), named.start);
        const head = LINE_BEFORE.exec(line);
        if (head) this.push(context, claims, named, 'affirm', named.start - line.length + head.index + (line[head.index] === '\n' ? 1 : 0), money.end);
      }
    }
  }

  /** "Y gave X a £40,000 grant", "Y has awarded the X a £5,000 grant": the body between the verb and the sum, its recipient. */
  private indirectObject(context: ClaimContext, orgs: readonly Entity[], giver: Entity, money: Entity): string | undefined {
    const text = context.text;
    for (const r of orgs) {
      if (r.start <= giver.end || r.end > money.start || !r.canonical) continue;
      if (GIVER_BEFORE_RECIPIENT.test(text.slice(giver.end, r.start)) && ARTICLE_BEFORE_SUM.test(text.slice(r.end, money.start))) return r.canonical;
    }
    return undefined;
  }

  /**
   * A gift to a named recipient says nothing about money for anything else: "no Y money went into
   * the deal" does not deny "Y gave £40,000 to a food bank". Such a gift is kept apart by its
   * recipient, so it meets only a gift to the same recipient; a denial is not scoped, and so meets
   * only gifts that name no recipient ("contributed £280,000 towards the transfer").
   */
  private recipientOf(context: ClaimContext, orgs: readonly Entity[], money: Entity, sentence: SentenceSpan): string | undefined {
    const text = context.text;
    const after = RECIPIENT_AFTER.exec(text.slice(money.end, Math.min(sentence.end, money.end + 60)));
    if (after) {
      if (after.groups!.indefinite) return after.groups!.noun!.toLowerCase();
      const named = orgs.find((o) => o.start === money.end + after[0].length);
      if (named?.canonical) return named.canonical;
    }
    const getter = orgs.filter((o) => o.end <= money.start && money.start - o.end <= 40).pop();
    if (getter?.canonical && GETTER_GAP.test(text.slice(getter.end, money.start))) return getter.canonical;
    return undefined;
  }

  private push(context: ClaimContext, claims: Claim[], giver: Entity, polarity: 'affirm' | 'deny', start: number, end: number, recipient?: string): void {
    const category = recipient === undefined ? GAVE_MONEY : `${GAVE_MONEY}:to:${recipient}`;
    claims.push(context.claim({ subject: giver, attribute: GAVE_MONEY, value: { kind: 'category', category, polarity }, start, end, timeFromSentence: true }));
  }
}

export const moneyFromSourceExtractor: ClaimExtractor = new MoneyFromSourceExtractor();
