// Whether an owner agreed to sell: a landowner, a council or a company selling what it owns, of
// its own will or not. The claim is the seller's, under `agreed-to-sell`:
//   agreed       "X agreed to sell the estate", "X was a willing seller in the end", "X agreed the sale"
//   not agreed   "X never agreed to a sale", "X refused to sell", "X did not agree to sell",
//                "X was not a willing seller", "X was an unwilling seller", "X was forced to sell"
// A consent to come or put as a condition ("X will agree to sell if …", "X may be a willing
// seller") states nothing, and "has not yet agreed" leaves the question open. A buyer agreeing "a sale
// with" the owner and a body approving "the sale of X by Y" are not sellers.

import type { Claim, Entity } from '../../types';
import { UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE } from './grammar';

const S = SPACE;
export const AGREED_TO_SELL_ATTRIBUTE = 'agreed-to-sell';
/** The category of the attribute's value (conflict-rules.json names it). */
export const AGREED_TO_SELL = 'agreed-to-sell';

const CUES = new CueWords([{ word: 'sell' }, { word: 'seller' }, { word: 'sale' }]);
const ADVERB = `(?:${S}+(?:finally|eventually|ultimately|reluctantly|readily|always|ever|once|now|also|then|later|in${S}+the${S}+end))*`;
// "agreed to sell", "agreed to a sale", "agreed the sale", "never agreed to a sale", "did not agree to sell", "refused to sell"
const AGREED = new RegExp(
  `^${ADVERB}${S}+(?:(?<neg>(?:has|have|had|did|does|do)${S}+(?:not|never)|(?:hasn|haven|hadn|didn|doesn|don)['’]t|never)${ADVERB}${S}+)?(?:(?:has|have|had)${S}+)?` +
    `(?:(?<agree>agreed|agree|agrees|consented|consent|consents)${S}+(?:to${S}+)?(?:sell|(?<noun>a${S}+sale|the${S}+sale|any${S}+sale|to${S}+a${S}+sale))|(?<refused>refused|refuses|declined|declines|was${S}+forced|were${S}+forced|had${S}+to)${S}+to${S}+sell)\\b`,
  'i',
);
// "was a willing seller", "was not a willing seller", "was an unwilling seller", "was never a willing seller"
const WILLING = new RegExp(
  `^${S}+(?:is|was|has${S}+been|had${S}+been|became|proved)(?<neg>${S}+(?:not|never))?${ADVERB}${S}+(?:an?|the)${S}+(?:(?<unwilling>unwilling|reluctant|forced)|willing)${S}+seller\\b`,
  'i',
);
/**
 * After "agreed a sale", "agreed to the sale": a counterparty or the deal's terms ("a sale with Y",
 * "the sale price"), which either party agrees, or a seller named apart ("the sale of the field by
 * Y"), which makes the subject one who approves it.
 */
const NOT_SELLERS_AFTER = new RegExp(`^(?:${S}+(?:with|price|terms|deal)\\b|${S}+of${S}+[^,;:.]{0,60}?\\bby\\b)`, 'i');
const CONSENT = /^consent/i;
const NOR_BEFORE = /(?:^|[^\p{L}])nor[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;
/** Besides a clause's mood (clauseMood.ts): "has not yet agreed" tells of no consent either way. */
const YET = /\byet\b/i;

class SaleConsentExtractor implements ClaimExtractor {
  readonly name = 'sale-consent';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const body = context.text.slice(sentence.start, sentence.end);
      if (!/\b(?:sell|seller|sale)\b/i.test(body)) continue;
      const owners = [...context.within(context.people, sentence.start, sentence.end), ...context.within(context.organisations, sentence.start, sentence.end)];
      for (const owner of owners) this.read(context, sentence, owner, claims);
    }
    return claims;
  }

  private read(context: ClaimContext, sentence: SentenceSpan, owner: Entity, claims: Claim[]): void {
    if (!owner.canonical) return;
    const after = context.text.slice(owner.end, Math.min(sentence.end, owner.end + 120));
    const m = AGREED.exec(after) ?? WILLING.exec(after);
    if (!m) return;
    // a consent to come, a condition, or "not yet": nothing stated
    if (YET.test(m[0]) || context.moodOver(owner.end, Math.min(sentence.end, owner.end + m[0].length + 24)) & UNREAL) return;
    const g = m.groups!;
    // "Neither X nor Y agreed to sell": the verb is Y's, and "nor" denies it
    const nor = NOR_BEFORE.test(context.text.slice(Math.max(sentence.start, owner.start - 8), owner.start));
    const denied = (g.neg !== undefined || nor) !== (g.refused !== undefined || g.unwilling !== undefined);
    if (g.noun !== undefined) {
      if (NOT_SELLERS_AFTER.test(context.text.slice(owner.end + m[0].length, sentence.end))) return;
      // "consented to the sale" is most often a regulator's or a court's approval; only its denial is the owner's
      if (!denied && CONSENT.test(g.agree ?? '')) return;
    }
    const value = { kind: 'category', category: AGREED_TO_SELL, polarity: denied ? 'deny' : 'affirm' } as const;
    claims.push(context.claim({ subject: owner, attribute: AGREED_TO_SELL_ATTRIBUTE, value, start: owner.start, end: owner.end + m[0].length, timeFromSentence: true }));
  }
}

export const saleConsentExtractor: ClaimExtractor = new SaleConsentExtractor();
