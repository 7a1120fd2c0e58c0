// Who owns a body, said by the structure of the ownership rather than by a share:
//   one owner       "Y, now X's sole shareholder", "Y is the sole owner of X", "X's only shareholder is Y"
//                   → X is wholly owned (ownership: wholly-owned, affirmed)
//   a split         "X is owned 60:40 by the two councils", "X is jointly owned by Y and Z",
//                   "X is co-owned by …", "X, a 50:50 joint venture between …", "Y keeps 20% of the
//                   shares in X" → X is not wholly owned by one owner
//   a parent        "X is a subsidiary of Y", "X, a subsidiary of Y" → X subsidiary-of:Y; derived.ts
//                   reads it as control by another body (not employee-owned, not a mutual) unless Y
//                   is itself a staff or members' vehicle.
// The ownership attribute is the one derived.ts gives shares of a whole (100% or less), so "sole
// shareholder" meets "holds 60% of the shares" and "owned 60:40" as well as these readings.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { OWNERSHIP_ATTRIBUTE, SUBSIDIARY_OF, WHOLLY_OWNED } from '../derived';
import { WordGate, mayHold } from '../wordGates';
import type { ClaimExtractor } from './extractor';
import { SPACE } from './grammar';

const S = SPACE;
/**
 * Cheap tests with a literal start, each run before its pattern: SPLIT, JOINT_VENTURE and
 * SUBSIDIARY open at any copula or comma.
 */
const SPLIT_CORE = /(?:jointly|co-)[\s\u00a0-]*owned|owned[\s\u00a0]+(?:jointly|equally|in[\s\u00a0]+equal|\d)/i;
const VENTURE_CORE = /joint[\s\u00a0]+venture/i;
const SUBSIDIARY_CORE = /subsidiary[\s\u00a0]+of/i;
/** "sole shareholder", "only owner", "single shareholder". */
const SOLE = new RegExp(`\\b(?:sole|only|single)${S}+(?:shareholder|owner)\\b`, 'gi');
/** Before "sole shareholder": "Y, now X's", "Y is X's", "X's"; the possessive's body is X. */
const POSSESSIVE_BEFORE = new RegExp(`['’]s${S}+(?:(?:new|current|now)${S}+)?$`, 'i');
/** "the sole shareholder of X", "sole owner of X". */
const OF_AFTER = new RegExp(`^${S}+(?:of|in)${S}+(?:the${S}+)?`, 'i');
/** The owner before: "Y, (now) X's sole …", "Y is (now) (the) X's sole …", "Y became the sole …". */
const OWNER_BEFORE = new RegExp(`(?:,${S}*(?:(?:now|still|already)${S}+)?|${S}+(?:is|was|became|becomes|has${S}+become|remains|will${S}+be)${S}+(?:(?:now|still|already|also)${S}+)?)(?:the${S}+|its${S}+)?$`, 'i');
/** After "X's sole shareholder": ", Y" or " is Y". */
const OWNER_AFTER = new RegExp(`^(?:,${S}*|${S}+(?:is|was|remains|became|will${S}+be)${S}+(?:now${S}+)?)`, 'i');
/** "is owned 60:40 by", "is jointly owned by", "co-owned by", "owned equally by", "owned in equal shares by". */
const SPLIT = new RegExp(
  `(?:${S}+(?:is|are|was|were|has${S}+been|will${S}+be|remains)${S}+(?:(?:now|still|currently)${S}+)?|,${S}*)(?:jointly${S}+owned|co-owned|owned${S}+(?:jointly|equally|in${S}+equal${S}+shares|\\d{1,2}(?:${S}*[:/–-]${S}*\\d{1,2})+))${S}+by\\b`,
  'gi',
);
/** "X, a 50:50 joint venture between …", "X is a joint venture of …": owned by two or more. */
const JOINT_VENTURE = new RegExp(
  `(?:${S}+(?:is|was|became|remains|will${S}+be)${S}+(?:(?:now|still|also)${S}+)?|,${S}*)an?${S}+(?:\\d{1,2}(?:${S}*[:/–-]${S}*\\d{1,2})+${S}+)?joint${S}+venture${S}+(?:between|of|owned${S}+by)\\b`,
  'gi',
);
/**
 * "Verdane keeps 20% of the shares in X", "a 30% stake in X": a part of X held by anyone, named
 * or not, leaves X not wholly owned by one owner (ownership.ts reads the holder's share when the
 * holder is a body it knows).
 */
const PART_SHARE_IN_LEAD = new RegExp(
  `\\b(?:keeps?|kept|holds?|held|owns?|retains?|retained|has|have|with)${S}+(?:an?${S}+|only${S}+)?(?<pct>\\d{1,2}(?:\\.\\d+)?)${S}*(?:%|per${S}+cent)${S}+(?<of>of${S}+the${S}+(?:(?:ordinary|voting|issued)${S}+)?)?$`,
  'i',
);
/** Where PART_SHARE_IN_LEAD is tried: the noun of a share and its preposition, then the owned body. */
const PART_SHARE_CORE = new RegExp(`(?<noun>stake|shares|shareholding)${S}+(?<prep>in|of)${S}+(?:the${S}+)?`, 'gi');
/** Longest lead before a share's noun that PART_SHARE_IN_LEAD can match. */
const PART_LEAD_REACH = 120;

/** "X is a subsidiary of Y", "X, a subsidiary of Y", "X is now part-owned …" (not "wholly owned subsidiary": shareholdings.ts). */
const SUBSIDIARY = new RegExp(
  `(?:${S}+(?:is|was|became|becomes|has${S}+become|remains|will${S}+be)${S}+(?:(?:now|still|also|already)${S}+)?|,${S}*)(?:a|the)${S}+(?:(?:majority-owned|uk|british|operating|trading)${S}+)?subsidiary${S}+of${S}+(?:the${S}+)?`,
  'gi',
);
/** The words each pattern needs, found by the token census before any pattern reads the text (wordGates.ts). */
const SOLE_GATE = new WordGate('sole shareholder', ['shareholder', 'owner'], 'start', [SOLE], { previous: ['sole', 'only', 'single'] });
const SPLIT_GATE = new WordGate('owned jointly', ['owned'], 'end', [SPLIT], { near: { before: 2, after: 2, pattern: SPLIT_CORE } });
const VENTURE_GATE = new WordGate('joint venture', ['venture'], 'whole', [JOINT_VENTURE], { previous: ['joint'] });
const PART_SHARE_GATE = new WordGate('a stake in', ['stake', 'shares', 'shareholding'], 'end', [PART_SHARE_CORE]);
const SUBSIDIARY_GATE = new WordGate('subsidiary of', ['subsidiary'], 'whole', [SUBSIDIARY]);

/** How far a name may stand from the phrase it belongs to. */
const REACH = 60;

/** "20% of the shares in|of X", "a 20% stake in X", "a 20% shareholding in X". */
function partShareFits(ofTheShares: boolean, noun: string, prep: string): boolean {
  const lower = noun.toLowerCase();
  if (ofTheShares) return lower === 'shares';
  return lower !== 'shares' && prep.toLowerCase() === 'in';
}

class OwnershipStructureExtractor implements ClaimExtractor {
  readonly name = 'ownership-structures';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    const whole = (subject: Entity, polarity: 'affirm' | 'deny', start: number, end: number): void => {
      claims.push(context.claim({ subject, attribute: OWNERSHIP_ATTRIBUTE, value: { kind: 'category', category: WHOLLY_OWNED, polarity }, start, end, timeFromSentence: true }));
    };
    SOLE.lastIndex = mayHold(context, SOLE_GATE) ? 0 : text.length;
    for (let m = SOLE.exec(text); m; m = SOLE.exec(text)) {
      const found = this.soleOwner(context, m.index, m.index + m[0].length);
      if (found) whole(found.owned, 'affirm', found.start, found.end);
    }
    SPLIT.lastIndex = mayHold(context, SPLIT_GATE) && SPLIT_CORE.test(text) ? 0 : text.length;
    for (let m = SPLIT.exec(text); m; m = SPLIT.exec(text)) {
      const owned = this.nameEndingAt(context, m.index);
      if (owned) whole(owned, 'deny', owned.start, m.index + m[0].length);
    }
    JOINT_VENTURE.lastIndex = mayHold(context, VENTURE_GATE) && VENTURE_CORE.test(text) ? 0 : text.length;
    for (let m = JOINT_VENTURE.exec(text); m; m = JOINT_VENTURE.exec(text)) {
      const owned = this.nameEndingAt(context, m.index);
      if (owned) whole(owned, 'deny', owned.start, m.index + m[0].length);
    }
    // The share's noun is rare and literal, so the verb pattern runs only on the words just before it.
    PART_SHARE_CORE.lastIndex = mayHold(context, PART_SHARE_GATE) ? 0 : text.length;
    for (let c = PART_SHARE_CORE.exec(text); c; c = PART_SHARE_CORE.exec(text)) {
      const lead = PART_SHARE_IN_LEAD.exec(text.slice(Math.max(0, c.index - PART_LEAD_REACH), c.index));
      if (!lead || !partShareFits(lead.groups!.of !== undefined, c.groups!.noun!, c.groups!.prep!)) continue;
      const at = c.index - (lead.input.length - lead.index);
      const share = Number(lead.groups!.pct);
      // a holder the recognisers know is ownership.ts's: its owned-share gives the same reading
      if (this.nameEndingAt(context, at - 1)) continue;
      const owned = context.organisationStartingAt(c.index + c[0].length);
      if (owned?.canonical && share > 0 && share < 100) whole(owned, 'deny', at, owned.end);
    }
    SUBSIDIARY.lastIndex = mayHold(context, SUBSIDIARY_GATE) && SUBSIDIARY_CORE.test(text) ? 0 : text.length;
    for (let m = SUBSIDIARY.exec(text); m; m = SUBSIDIARY.exec(text)) {
      const child = this.nameEndingAt(context, m.index);
      const parent = context.organisationStartingAt(m.index + m[0].length);
      if (!child || !parent?.canonical || parent.canonical === child.canonical) continue;
      claims.push(
        context.claim({
          subject: child,
          attribute: `${SUBSIDIARY_OF}${parent.canonical}`,
          value: { kind: 'category', category: 'subsidiary', polarity: 'affirm' },
          start: child.start,
          end: parent.end,
          timeFromSentence: true,
        }),
      );
    }
    return claims;
  }

  /** The organisation whose name (or resolved reference) ends right at `at`, in the same sentence. */
  private nameEndingAt(context: ClaimContext, at: number): Entity | undefined {
    const sentence = context.sentenceAt(at);
    const floor = Math.max(sentence?.start ?? 0, at - REACH);
    const before = context.within(context.organisations, floor, at);
    const last = before[before.length - 1];
    return last?.canonical && /^[\s\u00a0]*$/.test(context.text.slice(last.end, at)) ? last : undefined;
  }

  /** The body owned whole and the claim's span, around "sole shareholder" at [start, end). */
  private soleOwner(context: ClaimContext, start: number, end: number): { owned: Entity; start: number; end: number } | undefined {
    const text = context.text;
    const sentence = context.sentenceAt(start);
    if (!sentence) return undefined;
    const lead = text.slice(Math.max(sentence.start, start - REACH), start);
    const possessive = POSSESSIVE_BEFORE.exec(lead);
    let owned: Entity | undefined;
    let from = start;
    if (possessive) {
      owned = this.nameEndingAt(context, start - lead.length + possessive.index);
      if (owned) from = owned.start;
    } else {
      const of = OF_AFTER.exec(text.slice(end, end + 12));
      owned = of ? context.organisationStartingAt(end + of[0].length) : undefined;
    }
    if (!owned?.canonical) return undefined;
    // The owner must be named too, before ("Y, now X's sole shareholder") or after ("X's sole owner, Y").
    const gapBefore = OWNER_BEFORE.exec(text.slice(Math.max(sentence.start, from - 30), from));
    const ownerBefore = gapBefore ? this.nameEndingAt(context, from - gapBefore[0].length) : undefined;
    const gapAfter = possessive ? OWNER_AFTER.exec(text.slice(end, end + 16)) : null;
    const ownerAfter = gapAfter ? context.organisationStartingAt(end + gapAfter[0].length) : undefined;
    const owner = ownerBefore ?? ownerAfter;
    if (!owner?.canonical || owner.canonical === owned.canonical) return undefined;
    return { owned, start: Math.min(owner.start, from), end: Math.max(owner.end, end) };
  }
}

export const ownershipStructureExtractor: ClaimExtractor = new OwnershipStructureExtractor();
