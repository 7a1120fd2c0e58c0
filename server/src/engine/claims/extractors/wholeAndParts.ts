// Ownership in wordings ownership.ts does not read: a body owned whole by one owner, and a part
// of it sold or held beside another owner's part.
//   "X, the council’s wholly owned trading company"           → X owned-share:<council> = 100%
//   "X is a council company, owned outright by Y", "X, wholly owned by Y" → X owned-share:Y = 100%
//   "Y, which has owned X outright since 2017"                → X owned-share:Y = 100%
//   "Y sold a 49% stake in X to Z", "Y sold 49% of X to Z"    → X owned-share:Z = 49%
//   "X was owned 60% by Y … and 40% by Z"                     → X owned-share:Y = 60%, :Z = 40%
//   "Who owns X today? – Y owns 51% and Z 49%."               → X owned-share:Y = 51%, :Z = 49%
// The claims share ownership.ts's attribute (owned-share:<owner>); derived.ts reads a whole and a
// part of one body as a negation of "wholly owned", whoever the owners are.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';
import { OWNERSHIP_ATTRIBUTE, WHOLLY_OWNED } from '../derived';
import { holdingEnded, holdingEndedBefore, ownerAt, percentageShare, shareValue, type Share } from './ownership';

const S = SPACE;
/** Each pattern needs one of these words: a text without them is not read. */
const CUES = new CueWords([{ word: 'wholly' }, { word: 'outright' }, { word: 'stake' }, { word: 'owned' }, { word: 'owns' }, { word: 'holds' }, { word: 'sold' }]);
// "wholly owned by Y", "owned outright by Y" (the owner follows)
const WHOLE_BY = new RegExp(`^(?:(?:wholly|fully|entirely)[-${S.slice(1, -1)}]owned|owned${S}+outright)${S}+by${S}+`, 'i');
// "wholly owned by Y and Z", "… by Y together with Z", "… by Y (60%)": a second owner joined to
// the first, not a new clause ("owned outright by the county, and every home it builds …")
const JOINT_OWNER_AFTER = new RegExp(`^(?:${S}*\\(${S}*\\d|(?:,${S}*)?(?:${S}+and|${S}*&|${S}+together${S}+with|${S}+jointly${S}+with|${S}+alongside|${S}+along${S}+with)${S}+(?:its|their|\\p{Lu}))`, 'u');
// what may stand between the body and WHOLE_BY: a copula, an apposition, or both ("X is a council
// company, owned outright by", "X, a company wholly owned by")
const BODY_TO_WHOLE = new RegExp(`^(?:,${S}*|${S}+(?:is|was|has${S}+been|remains|remained)${S}+(?:(?:now|still)${S}+)?)(?:(?:a|an|the)${S}+(?:[\\p{Ll}’'-]+${S}+){0,4}[\\p{Ll}’'-]+(?:,${S}*|${S}+))?$`, 'iu');
// "X, the council’s wholly owned trading company": the owner's possessive before "wholly owned"
const POSSESSIVE_WHOLE = new RegExp(`^[’']s${S}+(?:wholly|fully)[-${S.slice(1, -1)}]owned${S}+\\p{Ll}`, 'u');
const BODY_TO_OWNER = new RegExp(`^(?:,${S}*|${S}+(?:is|was|remains|remained)${S}+)$`, 'i');
// "Y, which has owned X outright", "Y has owned X outright", "Y owns X outright"
const OWNER_VERB_BEFORE = new RegExp(`(?:,?${S}*which${S}+|${S}+)(?:(?:has|have|had|now|still)${S}+)?(?:owned|owns|own)${S}+(?:the${S}+)?$`, 'i');
// "sold a 49% stake in X to Z", "sold 49% of X to Z"
const SOLD_BEFORE = new RegExp(`\\b(?:sold|sells|sell|selling)${S}+(?:(?:a|an)${S}+)?$`, 'i');
const STAKE_IN = new RegExp(`^${S}+(?:(?:stake|share|shareholding)${S}+in|of)${S}+(?:the${S}+)?`, 'i');
const TO = new RegExp(`^${S}+to${S}+`, 'i');
// "X was owned 60% by Y"
const OWNED_BEFORE = new RegExp(`${S}+(?:is|was|are|were|has${S}+been)${S}+(?:(?:now|then)${S}+)?owned${S}+$`, 'i');
const BY = new RegExp(`^${S}+by${S}+`, 'i');
// "… and 40% by Z"
const AND_BEFORE = new RegExp(`(?:,${S}*)?(?:${S}+and${S}+|,${S}*)$`, 'i');
// "Y owns 51% and Z 49%"
const OWNS_BEFORE = new RegExp(`${S}+(?:owns|holds)${S}+$`, 'i');
const AND_ONLY = new RegExp(`^(?:,?${S}+and${S}+|,${S}*)$`, 'i');
// "wholly council-owned company", "wholly owned trading company", "fully owned subsidiary": the owner
// by kind or not at all, then the kind of body
const WHOLLY_OWNED_NOUN = new RegExp(`\\b(?:wholly|fully)[-${S.slice(1, -1)}](?:(?:council|local${S}+authority|state|government|university|trust|parent)[-${S.slice(1, -1)}])?owned${S}+(?:[\\p{Ll}-]+${S}+){0,2}?(?:company|subsidiary|firm|business|enterprise|vehicle)\\b`, 'giu');
const NOT_BEFORE = new RegExp(`\\b(?:not|never|no${S}+longer)${S}+(?:a${S}+|an${S}+)?$`, 'i');
// between the noun and the body it names: "company, X", "company called X", "company (X)"
const NOUN_TO_BODY = new RegExp(`^(?:,${S}*|${S}+(?:called|named|known${S}+as)${S}+|${S}*\\(${S}*)(?:the${S}+)?$`, 'i');
// between the body and the noun: "X, a", "X is a", "X, the council's"
const BODY_TO_NOUN = new RegExp(`^(?:,${S}*|${S}+(?:is|was|remains|has${S}+been|will${S}+be)${S}+(?:(?:now|still)${S}+)?)(?:a|an|the|its|their|our)${S}+$`, 'i');
/** How far back a body may be named for a split of it that names none ("Y owns 51% and Z 49%"). */
const WHOLE_REACH = 400;
/** A bound later in the noun phrase's clause ("… of Y until 2020"): the whole holding has ended. */
const ENDED_IN_CLAUSE = new RegExp(`^[^,;:.]{0,60}?(?<![\\p{L}])(?:until|till)${S}`, 'iu');

class WholeAndPartsExtractor implements ClaimExtractor {
  readonly name = 'whole-and-parts';

  extract(context: ClaimContext): Claim[] {
    const sentences = cueSentences(context, CUES);
    const claims: Claim[] = [];
    const text = context.text;
    for (const sentence of sentences) {
      const orgs = context.within(context.organisations, sentence.start, sentence.end);
      if (orgs.length === 0) continue;
      this.wholes(context, sentence, orgs, claims);
      if (/wholly|fully/i.test(text.slice(sentence.start, sentence.end))) this.wholeByKind(context, sentence, orgs, claims);
      this.parts(context, sentence, orgs, claims);
    }
    return claims;
  }

  private push(context: ClaimContext, claims: Claim[], whole: Entity, owner: string, share: Share, start: number, end: number): void {
    if (whole.canonical === owner || holdingEnded(context.text, end)) return;
    const sentence = context.sentenceAt(whole.start);
    if (sentence && holdingEndedBefore(context.text, sentence.start, whole.start)) return;
    claims.push(context.claim({ subject: whole, attribute: `owned-share:${owner}`, value: shareValue(share, context), start, end, timeFromSentence: true }));
  }

  /**
   * "a wholly council-owned company, X", "X, a wholly owned trading company", "X is a wholly
   * owned council company": owned whole, by an owner the words name only by kind or not at all, so
   * the claim is the ownership derived.ts makes of a named owner's 100%, which a part held by
   * anyone denies.
   */
  private wholeByKind(context: ClaimContext, sentence: SentenceSpan, orgs: readonly Entity[], claims: Claim[]): void {
    const text = context.text;
    const body = text.slice(sentence.start, sentence.end);
    WHOLLY_OWNED_NOUN.lastIndex = 0;
    for (let m = WHOLLY_OWNED_NOUN.exec(body); m; m = WHOLLY_OWNED_NOUN.exec(body)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (NOT_BEFORE.test(body.slice(Math.max(0, m.index - 12), m.index))) continue;
      const named = orgs.find((o) => o.start >= end && NOUN_TO_BODY.test(text.slice(end, o.start)));
      const before = named ? undefined : orgs.filter((o) => o.end <= start && BODY_TO_NOUN.test(text.slice(o.end, start))).pop();
      const whole = named ?? before;
      if (!whole || (before && isPrepositionalObject(text, before, sentence.start) && text[before.end] !== ',')) continue;
      // "X was a wholly owned trading company of Y until 2020", "Until 2020, X was …": ended, so
      // nothing of X's owners now
      if (ENDED_IN_CLAUSE.test(text.slice(end, Math.min(sentence.end, end + 80))) || holdingEndedBefore(text, sentence.start, Math.min(start, whole.start))) continue;
      claims.push(
        context.claim({
          subject: whole,
          attribute: OWNERSHIP_ATTRIBUTE,
          value: { kind: 'category', category: WHOLLY_OWNED, polarity: 'affirm' },
          start: Math.min(start, whole.start),
          end: Math.max(end, whole.end),
          timeFromSentence: true,
        }),
      );
    }
  }

  /** Bodies owned whole by one owner. */
  private wholes(context: ClaimContext, sentence: SentenceSpan, orgs: readonly Entity[], claims: Claim[]): void {
    const text = context.text;
    const whole: Share = { value: 100, literal: '100' };
    for (let i = 0; i < orgs.length; i++) {
      const org = orgs[i]!;
      const after = text.slice(org.end, Math.min(sentence.end, org.end + 160));
      // "X is a council company, owned outright by Y": X is the clause's subject, or set off by a comma
      const to = /\b(?:wholly|fully|entirely|owned)\b/i.exec(after);
      if (to && BODY_TO_WHOLE.test(after.slice(0, to.index))) {
        const by = WHOLE_BY.exec(after.slice(to.index));
        if (by && (after[0] === ',' || !isPrepositionalObject(text, org, sentence.start))) {
          const ownerStart = org.end + to.index + by[0].length;
          const owner = ownerAt(context, ownerStart, sentence.end);
          // "wholly owned by Y and Z": owned whole by the two together, Y's a part of no stated size
          if (owner && !JOINT_OWNER_AFTER.test(text.slice(owner.end, Math.min(sentence.end, owner.end + 40)))) this.push(context, claims, org, owner.key, whole, org.start, owner.end);
        }
      }
      // "X, the council’s wholly owned trading company": the owner is the next name, in the possessive
      const owner = orgs[i + 1];
      if (owner && POSSESSIVE_WHOLE.test(text.slice(owner.end, owner.end + 24)) && BODY_TO_OWNER.test(text.slice(org.end, owner.start).replace(/the[\s\u00a0]+$/i, ''))) {
        const end = text.indexOf('owned', owner.end) + 'owned'.length;
        this.push(context, claims, org, owner.canonical!, whole, org.start, end);
      }
      // "Y, which has owned X outright": X is the verb's object, Y the name before the verb
      if (/^[\s\u00a0]+outright\b/i.test(after)) {
        const lead = text.slice(Math.max(sentence.start, org.start - 60), org.start);
        const verb = OWNER_VERB_BEFORE.exec(lead);
        const ownerEnd = verb ? org.start - lead.length + verb.index : -1;
        const holder = verb && orgs.slice(0, i).filter((o) => o.end === ownerEnd).pop();
        if (holder) this.push(context, claims, org, holder.canonical!, whole, holder.start, org.end + /^[\s\u00a0]+outright/i.exec(after)![0].length);
      }
    }
  }

  /** Parts of a body sold to or held by named owners. */
  private parts(context: ClaimContext, sentence: SentenceSpan, orgs: readonly Entity[], claims: Claim[]): void {
    const text = context.text;
    const pcts = context.within(context.numbers, sentence.start, sentence.end).filter((e) => e.type === 'percentage');
    for (const pct of pcts) {
      const share = percentageShare(pct);
      if (!share || share.value <= 0 || share.value >= 100) continue;
      const lead = text.slice(Math.max(sentence.start, pct.start - 40), pct.start);
      const rest = text.slice(pct.end, Math.min(sentence.end, pct.end + 160));
      // "Y sold a 49% stake in X to Z"
      if (SOLD_BEFORE.test(lead)) {
        const link = STAKE_IN.exec(rest);
        const whole = link && context.organisationStartingAt(pct.end + link[0].length);
        const to = whole && TO.exec(text.slice(whole.end, sentence.end));
        const buyer = to && ownerAt(context, whole.end + to[0].length, sentence.end);
        if (whole && buyer) this.push(context, claims, whole, buyer.key, share, pct.start, buyer.end);
        continue;
      }
      // "X was owned 60% by Y", and "… and 40% by Z" after it
      const by = BY.exec(rest);
      if (by) {
        const owned = OWNED_BEFORE.exec(lead);
        let whole = owned ? orgs.filter((o) => o.end === pct.start - lead.length + owned.index && !isPrepositionalObject(text, o, sentence.start)).pop() : undefined;
        if (!whole && AND_BEFORE.test(lead)) whole = this.ownedWhole(context, orgs, pct.start);
        const owner = whole && ownerAt(context, pct.end + by[0].length, sentence.end);
        if (whole && owner) this.push(context, claims, whole, owner.key, share, owned ? whole.start : pct.start, owner.end);
        continue;
      }
      // "Y owns 51% and Z 49%": a split of the body just named
      const verb = OWNS_BEFORE.exec(lead);
      const holder = verb && orgs.filter((o) => o.end === pct.start - lead.length + verb.index).pop();
      if (!holder || /^[\s\u00a0]+(?:of|in)\b/i.test(rest)) continue;
      const second = orgs.find((o) => o.start > pct.end && AND_ONLY.test(text.slice(pct.end, o.start)));
      const secondPct = second && pcts.find((p) => p.start > second.end && /^[\s\u00a0]+$/.test(text.slice(second.end, p.start)));
      const secondShare = secondPct && percentageShare(secondPct);
      if (!second || !secondPct || !secondShare || share.value + secondShare.value > 100) continue;
      const whole = this.bodyBefore(context, sentence, [holder.canonical!, second.canonical!]);
      if (!whole) continue;
      this.push(context, claims, whole, holder.canonical!, share, holder.start, pct.end);
      this.push(context, claims, whole, second.canonical!, secondShare, second.start, secondPct.end);
    }
  }

  /** The body of "X was owned 60% by Y" earlier in the sentence, for "… and 40% by Z". */
  private ownedWhole(context: ClaimContext, orgs: readonly Entity[], before: number): Entity | undefined {
    const text = context.text;
    for (const org of orgs) {
      if (org.end >= before) break;
      if (/^[\s\u00a0]+(?:is|was|are|were|has[\s\u00a0]+been)[\s\u00a0]+(?:(?:now|then)[\s\u00a0]+)?owned[\s\u00a0]+\d/i.test(text.slice(org.end, org.end + 40))) return org;
    }
    return undefined;
  }

  /** The body named last before the sentence, other than its owners. */
  private bodyBefore(context: ClaimContext, sentence: SentenceSpan, owners: readonly string[]): Entity | undefined {
    const earlier = context.within(context.organisations, Math.max(0, sentence.start - WHOLE_REACH), sentence.start);
    for (let i = earlier.length - 1; i >= 0; i--) if (!owners.includes(earlier[i]!.canonical!)) return earlier[i];
    return undefined;
  }
}

export const wholeAndPartsExtractor: ClaimExtractor = new WholeAndPartsExtractor();
