// Shareholding claims that give no percentage: whether a body holds shares in another at all.
//   "Y holds no shares (of any class) in X", "Y does not own any stake in X",
//   "X is now a mutual, with Y holding no shares"               → X owned-share:Y = 0%, and denied
//   "Y will keep a golden share in X", "Y retains a small stake in X" → X owned-share:Y affirmed
//   "X, a wholly owned subsidiary of Y", "X is a wholly-owned subsidiary of Y" → X owned-share:Y = 100%
// The attribute is ownership.ts's owned-share:<owner>, so "no shares" meets a stated percentage
// (0% against 75% or against a wholly owned subsidiary) as a numeric conflict, and a holding of
// no stated size meets "no shares" as a negation (category "shareholder", affirmed or denied).
// Only a wholly owned subsidiary is read as a share: a plain subsidiary may be controlled through
// the board or by agreement without a majority of the shares (Companies Act 2006, s.1159).

import { joinCensus, tokensHolding } from '../../text/tokenCensus';
import { FormTest } from '../../text/tokens';
import type { Claim, ClaimValue, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { intervalOf } from '../numbers';
import type { SentenceSpan } from '../sentences';
import { tokenise } from '../vocabulary';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
/** The category of a holding of no stated size. */
export const SHAREHOLDER_CATEGORY = 'shareholder';

const HOLD_VERB = '(?:hold|holds|held|holding|own|owns|owned|owning|has|have|had|having|retain|retains|retained|retaining|keep|keeps|kept|keeping)';
const SHARE_NOUN = `(?:(?:ordinary|voting|preference|golden|special)${S}+)?(?:shares|share|stake|stakes|shareholding|shareholdings|equity)`;
// "holds no shares", "does not hold any shares", "no longer owns any stake", "holding no shares of any class"
const HOLDS_NONE = new RegExp(
  `\\b(?:(?<not>(?:does|do|did|will|would|could)${S}+not|doesn['’]t|don['’]t|didn['’]t|won['’]t|no${S}+longer)${S}+)?${HOLD_VERB}${S}+(?:(?<no>no)|any)${S}+${SHARE_NOUN}(?:${S}+(?:of|in)${S}+any${S}+(?:class|kind|sort|description))?`,
  'gi',
);
/** How far before its share word a holding's words may begin ("disposed of all of its remaining 30 per cent stake"), and after it end ("shares of any description"). */
const REACH_BEFORE_WORD = 64;
const REACH_AFTER_WORD = 32;
// Made once: a regular expression literal with \p{…} inside a function is rebuilt on every call in the shipped bundle.
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** HOLDS_NONE needs one of these words: a sentence without them is spared it. */
const NONE_WORD = /\b(?:no|any)\b/i;
// "will keep a golden share in", "retains a small stake in": a holding of no stated size. Two
// lower-case words at most between the article and the noun; a figure or a band ("a 30% stake",
// "a majority stake") is ownership.ts's.
const HOLDS_SOME = new RegExp(
  `\\b(?:hold|holds|held|holding|own|owns|owning|retain|retains|retained|retaining|keep|keeps|kept|keeping|take|takes|took|taking|acquire|acquires|acquired|acquiring)${S}+(?:an?|its|their)${S}+(?<words>(?:\\p{Ll}[\\p{Ll}-]*${S}+){0,2})(?:share|stake|shareholding)\\b`,
  'giu',
);
const BANDED = /\b(?:majority|minority|controlling|non-controlling|\d)/i;
// "X, a wholly owned subsidiary of Y", "X is now a wholly-owned subsidiary of Y"
const WHOLLY_OWNED_SUBSIDIARY = new RegExp(
  `^(?:,${S}*|${S}+(?:is|was|became|becomes|has${S}+become|has${S}+been|remains|remained|will${S}+be)${S}+(?:(?:now|still|also|already)${S}+)?)(?:an?|the)${S}+(?:wholly|fully|100%)[-${S.slice(1, -1)}]owned${S}+subsidiary${S}+of${S}+`,
  'i',
);
// What may stand between a holder's name and its verb: a relative pronoun ("Y, which retains no
// stake") and the verb's modifiers.
const BEFORE_VERB = new RegExp(`(?<which>,?${S}*(?:which|who))?(?:${S}+(?:now|still|also|then|currently|already|will|would|shall|could|may|might|only))*${S}*$`, 'i');
// "X, in which Y holds a golden share": the company is the name before "in which".
const IN_WHICH_BEFORE = new RegExp(`,?${S}*in${S}+which${S}+$`, 'i');
// "Y sold its remaining shares in X", "Y sold all of its 30% stake in X", "Y has disposed of its shareholding"
const SOLD_ALL = new RegExp(
  `\\b(?:sold|sells|sell|selling|disposed${S}+of|disposes${S}+of|dispose${S}+of|disposing${S}+of)${S}+(?:all${S}+(?:of${S}+)?)?(?:its|their)${S}+(?:(?:remaining|entire|whole|residual)${S}+)?(?:\\d+(?:\\.\\d+)?%${S}+|\\d+(?:\\.\\d+)?${S}+per${S}+cent${S}+)?(?:shares|stake|shareholding|holding)`,
  'gi',
);
/** SOLD_ALL needs one of these words. */
const SOLD_WORD = /\b(?:sold|sells?|selling|dispos(?:ed|es|e|ing))\b/i;
const OF_OR_IN = new RegExp(`^${S}+(?:in|of)${S}+`, 'i');
const WITH_BEFORE = new RegExp(`\\bwith${S}+$`, 'i');
// Every pattern needs one of these words: a sentence without them is not read.
const SHARE_WORD = /\b(?:shares?|stakes?|shareholdings?|equity|subsidiary)\b/gi;
const SHARE_FORM = /^(?:shares?|stakes?|shareholdings?|equity|subsidiary)$/i;
/** A word token that is one of SHARE_WORD's words: the census (text/tokenCensus.ts) lists the few there are. */
const IS_SHARE_WORD = new FormTest((text) => SHARE_FORM.test(text));
joinCensus(IS_SHARE_WORD);

/** Where SHARE_WORD's words start, in order: from the census of the tokens when they are known, else by a scan. */
function shareWordStarts(context: ClaimContext): number[] {
  if (context.tokens) return tokensHolding(context.tokens, IS_SHARE_WORD).map((i) => context.tokens![i]!.start);
  const starts: number[] = [];
  SHARE_WORD.lastIndex = 0;
  for (let m = SHARE_WORD.exec(context.text); m; m = SHARE_WORD.exec(context.text)) starts.push(m.index);
  SHARE_WORD.lastIndex = 0;
  return starts;
}

/** Who holds (or does not hold) a share: an organisation's id or a class of owner, and where it is named. */
interface Holder {
  key: string;
  start: number;
  end: number;
  /** Named before a relative pronoun ("Y, which retains no stake"). */
  relative: boolean;
}

/** A holding's value: a percentage (exact, from its literal) or, when none is stated, affirmed or denied. */
function percent(value: number, context: ClaimContext): ClaimValue {
  const interval = intervalOf(value, String(value), undefined, context.rules, { low: 0, high: 100 });
  return { kind: 'number', value, unit: '%', low: interval.low, high: interval.high };
}

function holding(polarity: 'affirm' | 'deny'): ClaimValue {
  return { kind: 'category', category: SHAREHOLDER_CATEGORY, polarity };
}

class ShareholdingExtractor implements ClaimExtractor {
  readonly name = 'shareholdings';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    let sentence: SentenceSpan | undefined;
    let words: number[] = [];
    for (const at of shareWordStarts(context)) {
      if (sentence && at < sentence.end) {
        words.push(at);
        continue;
      }
      if (sentence && !context.isQuestion(sentence)) this.sentence(context, sentence, words, claims);
      sentence = context.sentenceAt(at);
      words = [at];
    }
    if (sentence && !context.isQuestion(sentence)) this.sentence(context, sentence, words, claims);
    return claims;
  }

  /** The sentence's holdings, read in windows around its share words (`words`, their starts). */
  private sentence(context: ClaimContext, sentence: SentenceSpan, words: readonly number[], claims: Claim[]): void {
    const text = context.text;
    const orgs = context.within(context.organisations, sentence.start, sentence.end);
    if (orgs.length === 0) return;
    // Every holding pattern ends at or just after its share word: each is tried only on the
    // stretch around one (windows that meet are read as one), not on the whole sentence.
    let from = -1;
    let to = -1;
    for (const at of words) {
      let start = Math.max(sentence.start, at - REACH_BEFORE_WORD);
      // a window opens at a word's start, so that no word boundary is read inside a word
      while (start > sentence.start && start < at && WORD_CHARACTER.test(text[start - 1]!)) start++;
      if (from >= 0 && start > to) this.holdings(context, sentence, from, to, claims);
      if (from < 0 || start > to) from = start;
      to = Math.min(sentence.end, at + REACH_AFTER_WORD);
    }
    if (from >= 0) this.holdings(context, sentence, from, to, claims);

    // the subsidiary pattern is read after a name only in a sentence that says "subsidiary"
    if (!words.some((at) => text.slice(at, at + 10).toLowerCase() === 'subsidiary')) return;
    for (const org of orgs) {
      const after = text.slice(org.end, Math.min(sentence.end, org.end + 80));
      const subsidiary = WHOLLY_OWNED_SUBSIDIARY.exec(after);
      // an apposition describes a name wherever it stands; a copula only a clause's subject
      if (!subsidiary || (subsidiary[0][0] !== ',' && isPrepositionalObject(text, org, sentence.start))) continue;
      const parent = context.organisationStartingAt(org.end + subsidiary[0].length);
      if (!parent || parent.canonical === org.canonical) continue;
      claims.push(
        context.claim({ subject: org, attribute: `owned-share:${parent.canonical}`, value: percent(100, context), start: org.start, end: parent.end, timeFromSentence: true }),
      );
    }
  }

  /** The holdings stated in text[from, to) of the sentence. */
  private holdings(context: ClaimContext, sentence: SentenceSpan, from: number, to: number, claims: Claim[]): void {
    const text = context.text;
    const body = text.slice(from, to);
    HOLDS_NONE.lastIndex = 0;
    for (let m = NONE_WORD.test(body) ? HOLDS_NONE.exec(body) : null; m; m = HOLDS_NONE.exec(body)) {
      if (!m.groups!.no === !m.groups!.not) continue; // "holds no shares" or "does not hold any shares", not both
      this.none(context, sentence, from + m.index, from + m.index + m[0].length, claims);
    }
    // "Y sold its remaining shares in X", "Y sold all of its stake": after the sale Y holds none
    SOLD_ALL.lastIndex = 0;
    for (let m = SOLD_WORD.test(body) ? SOLD_ALL.exec(body) : null; m; m = SOLD_ALL.exec(body)) {
      this.none(context, sentence, from + m.index, from + m.index + m[0].length, claims);
    }

    HOLDS_SOME.lastIndex = 0;
    for (let m = HOLDS_SOME.exec(body); m; m = HOLDS_SOME.exec(body)) {
      if (BANDED.test(m.groups!.words)) continue;
      const at = from + m.index;
      const owner = this.ownerBefore(context, sentence, at);
      if (!owner || /\bnot\b|n['’]t\b|\bno\s+longer\b/i.test(text.slice(owner.end, at))) continue;
      const found = this.wholeOf(context, sentence, owner, at + m[0].length);
      if (!found) continue;
      claims.push(
        context.claim({ subject: found.whole, attribute: `owned-share:${owner.key}`, value: holding('affirm'), start: owner.start, end: found.end, timeFromSentence: true }),
      );
    }
  }

  /** A holding of none, by the holder named before `at`, of the company named after `end` or implied. */
  private none(context: ClaimContext, sentence: SentenceSpan, at: number, end: number, claims: Claim[]): void {
    const owner = this.ownerBefore(context, sentence, at);
    const found = owner && this.wholeOf(context, sentence, owner, end);
    if (!owner || !found) return;
    const draft = { subject: found.whole, attribute: `owned-share:${owner.key}`, start: owner.start, end: found.end, timeFromSentence: true };
    claims.push(context.claim({ ...draft, value: percent(0, context) }), context.claim({ ...draft, value: holding('deny') }));
  }

  /**
   * The company a holding is of, and where the claim ends: named after the holding ("in X"),
   * before it ("X, in which Y holds ..."), or, when the holder stands in an absolute or relative
   * clause ("X is now a mutual, with Y holding no shares", "X, from Y, which retains no stake"),
   * the body the main clause is about. Never the holder itself.
   */
  private wholeOf(context: ClaimContext, sentence: SentenceSpan, owner: Holder, end: number): { whole: Entity; end: number } | undefined {
    const text = context.text;
    const link = OF_OR_IN.exec(text.slice(end, sentence.end));
    let whole: Entity | undefined;
    let claimEnd = end;
    if (link) {
      const article = link[0].search(/the[\s\u00a0]+$/i);
      whole = context.organisationStartingAt(end + link[0].length) ?? (article > 0 ? context.organisationStartingAt(end + article) : undefined);
      if (whole) claimEnd = whole.end;
    } else {
      const lead = text.slice(Math.max(sentence.start, owner.start - 14), owner.start);
      const inWhich = IN_WHICH_BEFORE.exec(lead);
      if (inWhich) {
        const nameEnd = owner.start - inWhich[0].length;
        whole = context.within(context.organisations, sentence.start, nameEnd).filter((o) => o.end === nameEnd).pop();
      } else if (WITH_BEFORE.test(lead) || owner.relative) whole = this.clauseSubject(context, sentence, owner);
    }
    return whole && whole.canonical !== owner.key ? { whole, end: claimEnd } : undefined;
  }

  /** The holder named right before the verb at `verbAt`: an organisation, or a class of owner ("staff"). */
  private ownerBefore(context: ClaimContext, sentence: SentenceSpan, verbAt: number): Holder | undefined {
    const text = context.text;
    const lead = BEFORE_VERB.exec(text.slice(Math.max(sentence.start, verbAt - 50), verbAt));
    const relative = lead?.groups?.which !== undefined;
    const nameEnd = verbAt - (lead ? lead[0].length : 0);
    const org = context.within(context.organisations, Math.max(sentence.start, nameEnd - 120), nameEnd).pop();
    if (org && org.end === nameEnd) return { key: org.canonical!, start: org.start, end: org.end, relative };
    const tokens = tokenise(text, Math.max(sentence.start, nameEnd - 40), nameEnd);
    const cls = context.vocabulary.ownerClasses.findAll(tokens).pop();
    if (!cls || cls.to !== tokens.length) return undefined;
    return { key: cls.id, start: tokens[cls.from]!.start, end: nameEnd, relative };
  }

  /** The nearest earlier body of the sentence that is a clause's subject, other than the holder. */
  private clauseSubject(context: ClaimContext, sentence: SentenceSpan, owner: Holder): Entity | undefined {
    const before = context.within(context.organisations, sentence.start, owner.start);
    for (let i = before.length - 1; i >= 0; i--) {
      const org = before[i]!;
      if (org.canonical === owner.key || isPrepositionalObject(context.text, org, sentence.start)) continue;
      return org;
    }
    return undefined;
  }
}

export const shareholdingExtractor: ClaimExtractor = new ShareholdingExtractor();
