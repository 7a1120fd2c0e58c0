// Ownership claims: who owns how much of an organisation.
//   "49.9% of X is owned by Y"            share of a named whole
//   "50.1% is owned by Y"                 share of the whole being discussed (see below)
//   "a minority (49.9%) is owned by employees", "the MAJORITY is owned by City investors"
//   "X is (wholly / majority-) owned by Y", "X is owned entirely by Y", "X, which is owned by Y", "X has been owned since 2016 by Y"
//   "Y owns 30% of X", "Y holds a 30% stake in X", "60% of X belongs to Y"
//   "staff hold a minority stake (in X)", "X sold a majority stake to a private investor"
// The owner is part of the attribute (owned-share:<owner>), so complementary shares held by
// different owners (49.9% + 50.1%) are different attributes and never compared as rivals.
// Owners are organisations (by canonical id), classes of owner from the rules ("staff",
// "City investors" → employees, outside-investors), or else their own normalised words.

import { joinCensus, tokensHolding } from '../../text/tokenCensus';
import { FormTest, type Token } from '../../text/tokens';
import type { Claim, ClaimValue, Entity, Qualifier } from '../../types';
import type { ClaimContext } from '../context';
import { intervalOf } from '../numbers';
import { normalisePhrase, tokenise } from '../vocabulary';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';
import { hasCompanyDesignator } from '../companyNames';

const S = SPACE;
const OWNED_BY = new RegExp(
  `^${S}+(?:(?:(?:is|are|was|were|has${S}+been|will${S}+be)${S}+(?:(?:now|currently|still|also)${S}+)?(?<how>wholly|fully|entirely|majority|jointly|partly|part)?[-${S.slice(1, -1)}]*(?:owned|held|controlled)(?:${S}+(?<howAfter>wholly|fully|entirely|solely|jointly|partly))?(?:${S}+since${S}+(?:[A-Za-z]+${S}+)?\\d{4})?${S}+by)|(?:(?:now|currently|still|also)${S}+)?(?:belongs|belonged|belong)${S}+to)${S}+`,
  'i',
);
// "staff hold a minority stake", "employees own the majority share in X": found from the stake
// phrase, then the verb and the owner are read backwards from it within a short window. A pattern
// that began with the owner's words would be tried from every word of every ownership sentence.
const BAND_STAKE = new RegExp(`\\b(?:a|the)${S}+(?<band>minority|majority)${S}+(?:stake|share|shareholding)\\b(?<in>${S}+in${S}+(?:the${S}+)?)?`, 'gi');
const OWNER_HOLDS = new RegExp(
  `(?<![\\p{L}’'-])(?<owner>(?:\\p{L}[\\p{L}’'-]*${S}+){0,2}\\p{L}[\\p{L}’'-]*)${S}+(?:(?:now|still|only)${S}+)?(?:hold|holds|held|own|owns|owned|have|has|had|retain|retains|retained|keep|keeps|kept)${S}+(?:only${S}+)?$`,
  'u',
);
/** How far before the stake phrase its owner and verb may stand. */
const OWNER_REACH = 60;
// "X ... selling a majority stake to a private investor"
const SOLD_BAND = new RegExp(
  `\\b(?:sold|sells|sell|selling|transferred|transfers|transferring)${S}+(?:a|the|its)${S}+(?<band>minority|majority)${S}+(?:stake|share|shareholding)${S}+to${S}+`,
  'giu',
);
const OF_WHOLE = new RegExp(`^${S}+of${S}+(?:the${S}+)?`, 'i');
const BAND = new RegExp(
  `\\b(?:an?|the)${S}+(?<band>minority|majority)(?:${S}+(?:stake|share|shareholding))?(?:${S}*\\(${S}*(?<pct>[^)]{1,20}%)${S}*\\))?`,
  'gi',
);
// "X is 75% owned by Y": the share stands between the verb and "owned by" ...
const SHARE_OWNED_BY = new RegExp(`^(?:-|${S}+)(?:owned|held|controlled)${S}+by${S}+`, 'i');
// ... and the verb right before the share, with its subject just before it.
const VERB_BEFORE_SHARE = new RegExp(`${S}+(?:is|are|was|were|has${S}+been|will${S}+be|remains|remained)${S}+(?:(?:now|currently|still|also)${S}+)?$`, 'i');
// "with the remaining 25% held by Y", "and 25% held by Y": the rest of the whole just divided.
const REMAINING_SHARE = new RegExp(`(?:\\b(?:with|and)${S}+(?:the${S}+(?:remaining|other|rest${S}+of${S}+the)${S}+)?|\\bthe${S}+(?:remaining|other)${S}+)$`, 'i');
// "Y holds 75% of its shares": the whole is "its" ...; "shares", "share capital", "equity" name no other whole.
const OF_ITS_SHARES = new RegExp(`^${S}+of${S}+(?:its|their)${S}+(?:shares|share${S}+capital|equity|stock)\\b`, 'i');
// A descriptor before an owner's name ("outsourcing group Calloway", "private equity firm X"):
// lower-case words only, so a sentence's other words are not read as one.
const OWNER_DESCRIPTOR = /^(?:(?:the|a|an)[\s\u00a0]+)?(?:\p{Ll}[\p{Ll}-]*[\s\u00a0]+){1,3}$/u;
// A descriptor ending in one of these nouns says the owner is a company. A company holding the
// majority of another is its parent: the second company's employees do not control it.
const COMPANY_NOUN = /(?:^|[\s\u00a0])(?:group|company|firm|giant|conglomerate|multinational|corporation|contractor|business|plc)[\s\u00a0]+$/i;
// "housing group", "charity group", "social enterprise group": a group that is not run for profit.
const NOT_FOR_PROFIT_DESCRIPTOR = /\b(?:housing|charity|charitable|social|community|mutual|co-?operative|employee|staff|voluntary|faith|church|nhs|public|council|not-for-profit|non-profit)\b/i;
// A public limited company ("... plc") is by law a company with shares offered to the public: a
// business owned by its shareholders (Companies Act 2006, s.4).
const PLC_NAME = /[\s\u00a0](?:plc|PLC|p\.l\.c\.)$/;
// "Y owns 30% of X", "Y will own 75% of X", "Y now holds 75% of X", "Y has bought 75% of X",
// "Y will take a 75% stake in X": what a buyer buys or takes, it then holds; what a seller keeps
// ("Y keeps 20% of the shares in X", "Y retains a 20% stake in X"), it still holds.
const OWNS = new RegExp(
  `^${S}+(?:(?:will|would|shall|now|still|currently|already|has|have|had)${S}+)*(?:owns|own|holds|hold|held|controls|control|bought|buys|buy|acquired|acquires|acquire|took|takes|take|keeps|keep|kept|retains|retain|retained)${S}+(?:a${S}+|an${S}+|the${S}+)?`,
  'i',
);
// What shows an owner named after "owned by" to be one of several: a share in brackets, another
// owner ("and its staff", "and Z"; not "and run by Z").
const SHARED_WITH = new RegExp(`^${S}*(?:\\(|and${S}+(?:its|their|the|a|an|[A-Z])|&|,${S}*(?:and|with)${S}|together|jointly|alongside|along${S}+with)`);
// "Y holds 75% of the ordinary shares", with no company named after them
const OF_THE_SHARES = new RegExp(`^${S}+of${S}+the${S}+(?:(?:ordinary|issued|voting)${S}+)?(?:shares|share${S}+capital|equity)(?!${S}+(?:in|of)${S})`, 'i');
// "Y will hold 75% of the shares in X", "75% of the ordinary shares of X"
const OF_SHARES_IN = new RegExp(`^${S}+of${S}+(?:the|its)${S}+(?:(?:ordinary|issued|voting)${S}+)?(?:shares|share${S}+capital|equity)${S}+(?:in|of)${S}+(?:the${S}+)?`, 'i');
const STAKE_IN = new RegExp(`^${S}+(?:stake|share|shareholding)${S}+in${S}+(?:the${S}+)?`, 'i');

/** A sentence's opening noun phrase and its comma, before a name in apposition: "The company, ", "Its operator, ". */
const APPOSED_TO_SUBJECT = /^[\s"“‘]*(?:the|its|their|our|this|that)[\s\u00a0]+(?:[\p{Ll}-]+[\s\u00a0]+){0,3}[\p{Ll}-]+,[\s\u00a0]*$/iu;
// "X, which is owned by Y"
const WHICH_AFTER = new RegExp(`^,?${S}*which`, 'i');
// BAND, BAND_STAKE and SOLD_BAND all need one of these words: a sentence without is spared them.
const BAND_WORD = /majority|minority/i;

const OWNER_END = new RegExp(`[,;:.!?()[\\]–—]|${S}-${S}|${S}(?:which|but|and${S}+(?:the|a|an)${S})`, 'i');

// Every pattern below needs one of these words: sentences without them are skipped unread.
const OWNERSHIP_WORD = /\b(?:owned|held|controlled|owns?|holds?|controls?|belongs?|belonged|stake|shareholding|bought|buys?|acquired|acquires?|keeps?|kept|retains?|retained)\b/gi;
/**
 * Whether a word form holds an ownership word when read on its own. A match in the text is a run
 * of ASCII letters, so it lies inside one word token, and that token's form holds it on its own too
 * (its edges are word boundaries there): only tokens of such forms need a look in the text.
 */
const HOLDS_OWNERSHIP_WORD = new FormTest((text) => {
  OWNERSHIP_WORD.lastIndex = 0;
  const held = OWNERSHIP_WORD.test(text);
  OWNERSHIP_WORD.lastIndex = 0;
  return held;
});
// The census (text/tokenCensus.ts) lists the few tokens of such forms, so no pass walks them all.
joinCensus(HOLDS_OWNERSHIP_WORD);

/** Where OWNERSHIP_WORD matches in the text, in order: read from the tokens whose forms hold one. */
function ownershipWordStarts(text: string, tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  // A punctuation form holds no letter, so the census lists word tokens only.
  for (const index of tokensHolding(tokens, HOLDS_OWNERSHIP_WORD)) {
    const token = tokens[index]!;
    // The token with a character of the text on either side, for the word boundaries at its edges.
    const from = Math.max(0, token.start - 1);
    const around = text.slice(from, Math.min(text.length, token.end + 1));
    OWNERSHIP_WORD.lastIndex = 0;
    for (let m = OWNERSHIP_WORD.exec(around); m; m = OWNERSHIP_WORD.exec(around)) {
      const start = from + m.index;
      if (start >= token.start && start + m[0].length <= token.end) starts.push(start);
    }
  }
  OWNERSHIP_WORD.lastIndex = 0;
  return starts;
}

/** The sentences in which OWNERSHIP_WORD matches, in order. */
function sentencesWithOwnershipWords(context: ClaimContext): ClaimContext['sentences'] {
  const sentences: ClaimContext['sentences'] = [];
  const text = context.text;
  if (context.tokens) {
    for (const start of ownershipWordStarts(text, context.tokens)) {
      const sentence = context.sentenceAt(start);
      if (sentence && sentences[sentences.length - 1] !== sentence) sentences.push(sentence);
    }
    return sentences;
  }
  OWNERSHIP_WORD.lastIndex = 0;
  for (let m = OWNERSHIP_WORD.exec(text); m; m = OWNERSHIP_WORD.exec(text)) {
    const sentence = context.sentenceAt(m.index);
    if (!sentence) continue;
    if (sentences[sentences.length - 1] !== sentence) sentences.push(sentence);
    OWNERSHIP_WORD.lastIndex = Math.max(OWNERSHIP_WORD.lastIndex, sentence.end);
  }
  return sentences;
}

/** Up to 200 code units of the text from `from`, cut at the sentence's end: where the patterns after a figure or a name look. */
function sentenceRest(text: string, from: number, sentenceEnd: number): string {
  return text.slice(from, Math.min(sentenceEnd, from + 200));
}

/** How long a whole under discussion stays the referent of subjectless shares ("50.1% is owned by"). */
const TOPIC_WINDOW = 2000;

export interface Share {
  value: number;
  literal: string;
  qualifier?: Qualifier;
  band?: 'majority' | 'minority';
}

export function shareValue(share: Share, context: ClaimContext): ClaimValue {
  const band = share.band === 'majority' ? { low: 50, high: 100 } : share.band === 'minority' ? { low: 0, high: 50 } : { low: 0, high: 100 };
  // "the majority" with no figure is "more than half"; "a minority" is "less than half".
  const qualifier = share.qualifier ?? (share.literal ? undefined : share.band === 'majority' ? 'over' : share.band === 'minority' ? 'under' : undefined);
  const interval = intervalOf(share.value, share.literal, qualifier, context.rules, band);
  return {
    kind: 'number',
    value: share.value,
    unit: '%',
    ...(qualifier ? { qualifier } : {}),
    low: interval.low,
    high: interval.high,
  };
}

interface Owner {
  key: string;
  end: number;
  /** The owner is an organisation the phrase calls a company ("outsourcing group X", "X plc"). */
  company?: { organisation: Entity; start: number };
}

/** The owner named by the phrase at `start`: organisation, owner class, or its own words. */
export function ownerAt(context: ClaimContext, start: number, limit: number): Owner | undefined {
  // Owner phrases run on through relative clauses ("everyone who works in ..."), to punctuation.
  const window = context.text.slice(start, Math.min(limit, start + 90));
  const stop = OWNER_END.exec(window);
  let end = start + (stop ? stop.index : window.length);
  while (end > start && /[\s\u00a0]/.test(context.text[end - 1])) end--;
  if (end <= start) return undefined;
  let org: Entity | undefined = context.within(context.organisations, start, end)[0];
  // "owned by its members", "owned by their staff": the pronoun is the owned body's, the noun after
  // it names the owners (a class of people), as in "owned by 600 local members"
  if (org && context.isReference(org) && POSSESSIVE_PRONOUN.test(org.text) && POSSESSED_NOUN_AFTER.test(context.text.slice(org.end, end))) org = undefined;
  const descriptor = org ? context.text.slice(start, org.start) : '';
  // Only a descriptor that ends in a company noun is read as one: "staff through the Y Trust" names
  // the owners (staff) and the vehicle they hold it by, and stays a class of owner.
  const described = OWNER_DESCRIPTOR.test(descriptor) && COMPANY_NOUN.test(descriptor) && !NOT_FOR_PROFIT_DESCRIPTOR.test(descriptor);
  if (org && (org.start - start <= 4 || described)) {
    const company = described || PLC_NAME.test(org.text) || PLC_NAME.test(org.canonicalName ?? '');
    return { key: org.canonical!, end: org.end, ...(company ? { company: { organisation: org, start: start + Math.max(0, descriptor.search(/\S/)) } } : {}) };
  }
  // "a national catering group, Y plc": a descriptor and the name it stands in apposition with
  if (!org) {
    const named = describedName(context, start, end);
    if (named) return named;
  }
  const tokens = tokenise(context.text, start, end);
  const cls = context.vocabulary.ownerClasses.findAll(tokens)[0];
  if (cls) return { key: cls.id, end };
  const words = normalisePhrase(context.text.slice(start, end).replace(OWNERS_PRONOUN, '')).split(' ').slice(0, 3).join(' ');
  return words ? { key: words, end } : undefined;
}

const COMMA_BEFORE_NAME = /^,[\s\u00a0]*/;
const POSSESSIVE_PRONOUN = /^(?:its|their)$/i;
/** "its", "their own" before an owner class: the owned body's pronoun, no part of the owners' name. */
const OWNERS_PRONOUN = /^(?:its|their)[\s\u00a0]+(?:own[\s\u00a0]+)?/i;
const POSSESSED_NOUN_AFTER = /^[\s\u00a0]+(?:own[\s\u00a0]+)?\p{Ll}/u;

/**
 * The organisation named right after a comma that closes a lower-case descriptor ("a national
 * catering group, Y plc", "an investment firm, Y"): the owner is the body, a company when the
 * descriptor's noun says so.
 */
function describedName(context: ClaimContext, start: number, end: number): Owner | undefined {
  const descriptor = `${context.text.slice(start, end)} `;
  if (!OWNER_DESCRIPTOR.test(descriptor)) return undefined;
  const comma = COMMA_BEFORE_NAME.exec(context.text.slice(end, end + 4));
  const org = comma ? context.organisationStartingAt(end + comma[0].length) : undefined;
  if (!org?.canonical) return undefined;
  const company = (COMPANY_NOUN.test(descriptor) && !NOT_FOR_PROFIT_DESCRIPTOR.test(descriptor)) || PLC_NAME.test(org.text) || PLC_NAME.test(org.canonicalName ?? '');
  return { key: org.canonical, end: org.end, ...(company ? { company: { organisation: org, start: org.start } } : {}) };
}

/** An owner named before a verb ("staff hold ..."): an organisation or a class of owner, not any words. */
function ownerClassAt(context: ClaimContext, start: number, end: number): { key: string; start: number } | undefined {
  const org = context.within(context.organisations, start, end).pop();
  if (org && org.end === end) return { key: org.canonical!, start: org.start };
  const tokens = tokenise(context.text, start, end);
  const match = context.vocabulary.ownerClasses.findAll(tokens).pop();
  return match && match.to === tokens.length ? { key: match.id, start: tokens[match.from].start } : undefined;
}

// "X, the agency that ..., is 80% owned by Y": the verb's subject is the name before an apposition
// set off by commas. An apposition renames the noun before it and never holds a full stop, so
// the text from the name to the verb is a comma, words, and a comma closing it right at the verb.
const APPOSITION_TO_VERB = /^,[^,;:.!?()]{1,160},[\s\u00a0]*$/;

/** The organisation opening the sentence's subject when an apposition stands between it and the verb at `verbAt`. */
function appositiveSubject(text: string, orgs: readonly Entity[], sentenceStart: number, verbAt: number): Entity | undefined {
  for (const org of orgs) {
    if (org.end >= verbAt) return undefined;
    if (isPrepositionalObject(text, org, sentenceStart)) continue;
    // only the first name that is not a preposition's object can be the subject
    return APPOSITION_TO_VERB.test(text.slice(org.end, verbAt)) ? org : undefined;
  }
  return undefined;
}

export function percentageShare(e: Entity): Share | undefined {
  if (e.value?.kind !== 'percentage') return undefined;
  return { value: e.value.value, literal: (e.core ?? e).text, qualifier: e.value.qualifier };
}

function parsePercent(literal: string): number | undefined {
  const n = Number.parseFloat(literal.replace(/[^\d.]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

// "X was wholly owned by Y until 2019", "from 2010 until 2019": a holding that has ended says
// nothing of who owns X now, and a later sale of part of X does not contradict it.
const HOLDING_ENDED = new RegExp(`^,?${S}+(?:(?:from|since)${S}+[^,;:.]{1,20}?${S}+)?(?:until|till|up${S}+to)${S}`, 'i');

/** Whether the words right after an ownership statement ending at `end` say the holding has ended. */
export function holdingEnded(text: string, end: number): boolean {
  return HOLDING_ENDED.test(text.slice(end, end + 40));
}

// "Until 2019, X was wholly owned by Y", "From 2004 until 2019 X was owned by Y": the same ended
// holding, its bound fronted before the body.
const HOLDING_ENDED_FRONTED = new RegExp(`^${S}*(?:(?:from|since)${S}+[^,;:.]{1,20}?${S}+)?(?:until|till|up${S}+to)${S}+[^,;:.]{1,25}?,?${S}*(?:the${S}+)?$`, 'i');

/** Whether a bound opening the sentence before the body at `subjectStart` says its holding has ended. */
export function holdingEndedBefore(text: string, sentenceStart: number, subjectStart: number): boolean {
  return subjectStart - sentenceStart <= 60 && HOLDING_ENDED_FRONTED.test(text.slice(sentenceStart, subjectStart));
}

class OwnershipExtractor implements ClaimExtractor {
  readonly name = 'ownership';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    // The whole most recently divided into shares, for "50.1% is owned by ..." that name none.
    let topic: { subject: Entity; at: number } | undefined;

    // An owner the text calls a company is classed as a business, so that the rules' ownerCategories
    // can read its majority stake as one held by outside shareholders (derived.ts).
    const companies = new Set<Entity>();
    const noteCompany = (owner: Owner | undefined): void => {
      const company = owner?.company;
      if (!company || companies.has(company.organisation)) return;
      companies.add(company.organisation);
      claims.push(
        context.claim({
          subject: company.organisation,
          attribute: 'category',
          value: { kind: 'category', category: 'business', polarity: 'affirm' },
          start: company.start,
          end: company.organisation.end,
        }),
      );
    };

    const add = (subject: Entity | undefined, share: Share, ownerStart: number, start: number, sentenceEnd: number): void => {
      if (!subject) {
        if (!topic || start - topic.at > TOPIC_WINDOW) return;
        subject = topic.subject;
      }
      const owner = ownerAt(context, ownerStart, sentenceEnd);
      if (!owner || owner.key === subject.canonical) return;
      noteCompany(owner);
      claims.push(
        context.claim({
          subject,
          attribute: `owned-share:${owner.key}`,
          value: shareValue(share, context),
          start,
          end: owner.end,
          timeFromSentence: true,
        }),
      );
      const whole = share.band !== undefined || share.value < 100;
      if (whole) topic = { subject, at: start };
    };

    const sentences = sentencesWithOwnershipWords(context);

    for (const sentence of sentences) {
      const pcts = context.within(context.numbers, sentence.start, sentence.end).filter((e) => e.type === 'percentage');
      const orgs = context.within(context.organisations, sentence.start, sentence.end);

      const remaining: Array<{ share: Share; ownerStart: number; start: number }> = [];
      for (const pct of pcts) {
        const share = percentageShare(pct);
        if (!share) continue;
        // "49.9% of X is owned by Y"
        const of = OF_WHOLE.exec(sentenceRest(text, pct.end, sentence.end));
        if (of) {
          // "of the company": a referring phrase is a mention that starts at its article
          const article = of[0].search(/the/i);
          const whole = context.organisationStartingAt(pct.end + of[0].length) ?? (article > 0 ? context.organisationStartingAt(pct.end + article) : undefined);
          const owned = whole && OWNED_BY.exec(sentenceRest(text, whole.end, sentence.end));
          if (whole && owned) add(whole, share, whole.end + owned[0].length, pct.start, sentence.end);
          continue;
        }
        // "X is 75% owned by Y"; "with the remaining 25% held by Y" shares out the whole just named
        const shareOwned = SHARE_OWNED_BY.exec(sentenceRest(text, pct.end, sentence.end));
        if (shareOwned) {
          const lead = text.slice(Math.max(sentence.start, pct.start - 60), pct.start);
          const verb = VERB_BEFORE_SHARE.exec(lead);
          const verbAt = verb ? pct.start - lead.length + verb.index : -1;
          const whole = verb
            ? (orgs.filter((o) => o.end === verbAt && !isPrepositionalObject(text, o, sentence.start)).pop() ?? appositiveSubject(text, orgs, sentence.start, verbAt))
            : undefined;
          if (whole) add(whole, share, pct.end + shareOwned[0].length, whole.start, sentence.end);
          // after the sentence's other shares, which may name the whole ("Y holds 60% of its shares, with ...")
          else if (REMAINING_SHARE.test(lead)) remaining.push({ share, ownerStart: pct.end + shareOwned[0].length, start: pct.start });
          continue;
        }
        // "50.1% is owned by Y"
        const owned = OWNED_BY.exec(sentenceRest(text, pct.end, sentence.end));
        if (owned) {
          if (pct.start > sentence.start && /\(\s*$/.test(text.slice(sentence.start, pct.start))) continue;
          add(undefined, share, pct.end + owned[0].length, pct.start, sentence.end);
        }
      }

      // "a minority (49.9%) is owned by employees", "the majority of X is held by Y"
      const sentenceText = text.slice(sentence.start, sentence.end);
      const banded = BAND_WORD.test(sentenceText);
      BAND.lastIndex = 0;
      for (let m = banded ? BAND.exec(sentenceText) : null; m; m = BAND.exec(sentenceText)) {
        const start = sentence.start + m.index;
        let at = start + m[0].length;
        let subject: Entity | undefined;
        const of = OF_WHOLE.exec(sentenceRest(text, at, sentence.end));
        if (of) {
          subject = context.organisationStartingAt(at + of[0].length);
          if (!subject) continue;
          at = subject.end;
        }
        const owned = OWNED_BY.exec(sentenceRest(text, at, sentence.end));
        if (!owned) continue;
        const band = m.groups!.band.toLowerCase() as 'majority' | 'minority';
        const pctLiteral = m.groups!.pct;
        const value = pctLiteral ? parsePercent(pctLiteral) : 50;
        if (value === undefined) continue;
        add(subject, { value, literal: pctLiteral ?? '', band }, at + owned[0].length, start, sentence.end);
      }

      // "staff hold a minority stake (in X)": of X, else of the organisation the sentence is about
      BAND_STAKE.lastIndex = 0;
      for (let m = banded ? BAND_STAKE.exec(sentenceText) : null; m; m = BAND_STAKE.exec(sentenceText)) {
        const g = m.groups!;
        const stakeAt = sentence.start + m.index;
        const lead = text.slice(Math.max(sentence.start, stakeAt - OWNER_REACH), stakeAt);
        const holds = OWNER_HOLDS.exec(lead);
        if (!holds) continue;
        const ownerStart = stakeAt - lead.length + holds.index;
        const found = ownerClassAt(context, ownerStart, ownerStart + holds.groups!.owner.length);
        if (!found) continue;
        const owner = found.key;
        const end = stakeAt + m[0].length;
        const whole = g.in ? context.organisationStartingAt(end) : orgs.filter((o) => o.end <= found.start && !isPrepositionalObject(text, o, sentence.start)).pop();
        if (!whole || whole.canonical === owner) continue;
        const band = g.band.toLowerCase() as 'majority' | 'minority';
        claims.push(
          context.claim({
            subject: whole,
            attribute: `owned-share:${owner}`,
            value: shareValue({ value: 50, literal: '', band }, context),
            start: found.start,
            end: g.in ? whole.end : end,
            timeFromSentence: true,
          }),
        );
      }
      // "X ... selling a majority stake to a private investor": the seller is the sentence's subject
      SOLD_BAND.lastIndex = 0;
      for (let m = banded ? SOLD_BAND.exec(sentenceText) : null; m; m = SOLD_BAND.exec(sentenceText)) {
        const at = sentence.start + m.index;
        const seller = orgs.find((o) => o.end <= at && !isPrepositionalObject(text, o, sentence.start));
        const owner = ownerAt(context, at + m[0].length, sentence.end);
        if (!seller || !owner || owner.key === seller.canonical) continue;
        const band = m.groups!.band.toLowerCase() as 'majority' | 'minority';
        claims.push(
          context.claim({
            subject: seller,
            attribute: `owned-share:${owner.key}`,
            value: shareValue({ value: 50, literal: '', band }, context),
            start: at,
            end: owner.end,
            timeFromSentence: true,
          }),
        );
      }

      for (const org of orgs) {
        // "X is wholly owned by Y", "X, which is owned by Y"
        let after = sentenceRest(text, org.end, sentence.end);
        // "The company, X, is owned by Y": the name in apposition to the clause's opening noun phrase
        const apposed = after.startsWith(',') && APPOSED_TO_SUBJECT.test(text.slice(sentence.start, org.start)) ? 1 : 0;
        if (apposed) after = after.slice(1);
        const relative = apposed ? null : WHICH_AFTER.exec(after);
        const owned = OWNED_BY.exec(relative ? after.slice(relative[0].length) : after);
        // "49.9% of X is owned by Y" is about a share of X, handled above.
        if (owned && (relative || !isPrepositionalObject(text, org, sentence.start))) {
          // "is owned entirely by Y": the adverb may follow the participle
          const how = (owned.groups?.how ?? owned.groups?.howAfter)?.toLowerCase();
          if (how !== 'jointly' && how !== 'partly' && how !== 'part') {
            const ownerStart = org.end + apposed + (relative ? relative[0].length : 0) + owned[0].length;
            const share: Share = how === 'majority' ? { value: 50, literal: '', band: 'majority' } : { value: 100, literal: '100' };
            const owner = ownerAt(context, ownerStart, sentence.end);
            // "owned by Y (75%) and its staff (25%)", "owned by Y and Z": Y's is a part, of no stated size
            const shared = owner !== undefined && how !== 'majority' && SHARED_WITH.test(text.slice(owner.end, Math.min(sentence.end, owner.end + 16)));
            if (owner && owner.key !== org.canonical && !shared && !holdingEnded(text, owner.end) && !holdingEndedBefore(text, sentence.start, org.start)) {
              noteCompany(owner);
              claims.push(
                context.claim({
                  subject: org,
                  attribute: `owned-share:${owner.key}`,
                  value: shareValue(share, context),
                  start: org.start,
                  end: owner.end,
                  timeFromSentence: true,
                }),
              );
            }
          }
        }
        // "Y owns 30% of X", "Y holds a 30% stake in X", "Y, which owns 30% of X"
        const ownsFrom = relative ? relative[0].length : 0;
        const owns = OWNS.exec(ownsFrom ? after.slice(ownsFrom) : after);
        if (owns) {
          const pct = pcts.find((p) => p.start === org.end + apposed + ownsFrom + owns[0].length);
          const share = pct && percentageShare(pct);
          if (pct && share) {
            const rest = sentenceRest(text, pct.end, sentence.end);
            const link = OF_SHARES_IN.exec(rest) ?? OF_WHOLE.exec(rest) ?? STAKE_IN.exec(rest);
            // "of the company": a referring phrase is a mention that starts at its article
            const article = link ? link[0].search(/the[\s\u00a0]+$/i) : -1;
            let whole = link && (context.organisationStartingAt(pct.end + link[0].length) ?? (article > 0 ? context.organisationStartingAt(pct.end + article) : undefined));
            let end = whole ? whole.end : 0;
            // "Y holds 75% of its shares": a company does not hold its own shares, so when "its" was
            // read as Y it stands for the body named before the sentence.
            if (whole && whole.canonical === org.canonical && context.isReference(whole) && OF_ITS_SHARES.test(rest)) {
              const before = context.organisationBefore(sentence.start, Math.max(0, sentence.start - TOPIC_WINDOW));
              whole = before && before.canonical !== org.canonical ? before : undefined;
              end = pct.end + OF_ITS_SHARES.exec(rest)![0].length;
            }
            // "Y now holds 75% of the ordinary shares" names no company: in a company's own report
            // it is the author's shares; elsewhere those of the whole just being divided.
            const theShares = whole ? null : OF_THE_SHARES.exec(rest);
            if (theShares) {
              const author = context.author;
              const own = author && author.canonical !== org.canonical && hasCompanyDesignator(author.canonicalName ?? author.text) ? author : undefined;
              whole = own ?? (topic && org.start - topic.at <= TOPIC_WINDOW && topic.subject.canonical !== org.canonical ? topic.subject : undefined);
              end = pct.end + theShares[0].length;
            }
            if (whole && whole.canonical !== org.canonical) {
              if (PLC_NAME.test(org.text) || PLC_NAME.test(org.canonicalName ?? '')) noteCompany({ key: org.canonical!, end: org.end, company: { organisation: org, start: org.start } });
              topic = { subject: whole, at: org.start };
              claims.push(
                context.claim({
                  subject: whole,
                  attribute: `owned-share:${org.canonical}`,
                  value: shareValue(share, context),
                  start: org.start,
                  end,
                  timeFromSentence: true,
                }),
              );
            }
          }
        }
      }
      for (const r of remaining) add(undefined, r.share, r.ownerStart, r.start, sentence.end);
    }
    return claims;
  }
}

export const ownershipExtractor: ClaimExtractor = new OwnershipExtractor();
