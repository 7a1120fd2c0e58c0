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
/** HOLDS_NONE needs one of these words: a sentence without them is spared it. */
const NONE_WORD = /\b(?:no|any)\b/i;
// "will keep a golden share in", "retains a small stake in": a holding of no stated size. Two
// lower-case words at most between the article and the noun; a figure or a band ("a 30% stake",
// "a majority stake") is ownership.ts's.
const HOLDS_SOME = new RegExp(
  `\\b(?:hold|holds|held|holding|own|owns|owning|retain|retains|retained|retaining|keep|keeps|kept|keeping|take|takes|took|taking|acquire|acquires|acquired|acquiring)${S}+(?:an?|its|their)${S}+(?<words>(?:\\p{Ll}[\\p{Ll}-]*${S}+){0,2})(?:share|stake|shareholding)${S}+in${S}+`,
  'giu',
);
const BANDED = /\b(?:majority|minority|controlling|non-controlling|\d)/i;
// "X, a wholly owned subsidiary of Y", "X is now a wholly-owned subsidiary of Y"
const WHOLLY_OWNED_SUBSIDIARY = new RegExp(
  `^(?:,${S}*|${S}+(?:is|was|became|becomes|has${S}+become|has${S}+been|remains|remained|will${S}+be)${S}+(?:(?:now|still|also|already)${S}+)?)(?:an?|the)${S}+(?:wholly|fully|100%)[-${S.slice(1, -1)}]owned${S}+subsidiary${S}+of${S}+`,
  'i',
);
// The modifiers a verb may take between a body's name and it.
const BEFORE_VERB = new RegExp(`(?:${S}+(?:now|still|also|then|currently|already|will|would|shall|could|may|might|only))*${S}*$`, 'i');
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
    let last: SentenceSpan | undefined;
    for (const at of shareWordStarts(context)) {
      if (last && at < last.end) continue;
      const sentence = context.sentenceAt(at);
      if (!sentence) continue;
      last = sentence;
      if (context.isQuestion(sentence)) continue;
      this.sentence(context, sentence, claims);
    }
    return claims;
  }

  private sentence(context: ClaimContext, sentence: SentenceSpan, claims: Claim[]): void {
    const text = context.text;
    const body = text.slice(sentence.start, sentence.end);
    const orgs = context.within(context.organisations, sentence.start, sentence.end);
    if (orgs.length === 0) return;

    HOLDS_NONE.lastIndex = 0;
    for (let m = NONE_WORD.test(body) ? HOLDS_NONE.exec(body) : null; m; m = HOLDS_NONE.exec(body)) {
      if (!m.groups!.no === !m.groups!.not) continue; // "holds no shares" or "does not hold any shares", not both
      const at = sentence.start + m.index;
      const end = at + m[0].length;
      const owner = this.ownerBefore(context, sentence, at);
      if (!owner) continue;
      const link = OF_OR_IN.exec(text.slice(end, sentence.end));
      let whole = link ? context.organisationStartingAt(end + link[0].length) : undefined;
      let claimEnd = whole ? whole.end : end;
      // "X is now a mutual, with Y holding no shares": the whole is what the main clause is about.
      if (!whole && WITH_BEFORE.test(text.slice(Math.max(sentence.start, owner.start - 6), owner.start))) whole = this.clauseSubject(context, sentence, owner);
      if (!whole || whole.canonical === owner.key) continue;
      if (!link) claimEnd = end;
      const draft = { subject: whole, attribute: `owned-share:${owner.key}`, start: owner.start, end: claimEnd, timeFromSentence: true };
      claims.push(context.claim({ ...draft, value: percent(0, context) }), context.claim({ ...draft, value: holding('deny') }));
    }

    HOLDS_SOME.lastIndex = 0;
    for (let m = HOLDS_SOME.exec(body); m; m = HOLDS_SOME.exec(body)) {
      if (BANDED.test(m.groups!.words)) continue;
      const at = sentence.start + m.index;
      const owner = this.ownerBefore(context, sentence, at);
      const whole = context.organisationStartingAt(at + m[0].length);
      if (!owner || !whole || whole.canonical === owner.key) continue;
      if (/\bnot\b|n['’]t\b|\bno\s+longer\b/i.test(text.slice(owner.end, at))) continue;
      claims.push(
        context.claim({ subject: whole, attribute: `owned-share:${owner.key}`, value: holding('affirm'), start: owner.start, end: whole.end, timeFromSentence: true }),
      );
    }

    // the subsidiary pattern is read after a name only in a sentence that says "subsidiary"
    if (!/subsidiary/i.test(body)) return;
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

  /** The holder named right before the verb at `verbAt`: an organisation, or a class of owner ("staff"). */
  private ownerBefore(context: ClaimContext, sentence: SentenceSpan, verbAt: number): { key: string; start: number; end: number } | undefined {
    const text = context.text;
    const lead = BEFORE_VERB.exec(text.slice(Math.max(sentence.start, verbAt - 40), verbAt));
    const nameEnd = verbAt - (lead ? lead[0].length : 0);
    const org = context.within(context.organisations, Math.max(sentence.start, nameEnd - 120), nameEnd).pop();
    if (org && org.end === nameEnd) return { key: org.canonical!, start: org.start, end: org.end };
    const tokens = tokenise(text, Math.max(sentence.start, nameEnd - 40), nameEnd);
    const cls = context.vocabulary.ownerClasses.findAll(tokens).pop();
    if (!cls || cls.to !== tokens.length) return undefined;
    return { key: cls.id, start: tokens[cls.from]!.start, end: nameEnd };
  }

  /** The nearest earlier body of the sentence that is a clause's subject, other than the holder. */
  private clauseSubject(context: ClaimContext, sentence: SentenceSpan, owner: { key: string; start: number }): Entity | undefined {
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
