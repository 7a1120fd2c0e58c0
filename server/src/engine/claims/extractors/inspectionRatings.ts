// An inspectorate's overall rating of a body (the CQC's and Ofsted's four grades), whichever way
// the sentence is built:
//   passive   "X has been rated inadequate (by the CQC)", "X was rated ‘Requires Improvement’ overall"
//   active    "The CQC rated X good", "Ofsted has rated X outstanding"
//   noun      "X received an inadequate rating (from the CQC)", "X holds a good rating"
// The claim is the body's `rating`, the grade a category ("rated-inadequate"); the four grades
// exclude one another (conflict-rules.json), and a rating is compared only within its year, as a
// body is inspected again. A past or changed grade ("previously rated", "no longer rated", "up
// from") is not what the body is rated now, and is not read.

import type { Claim, Entity } from '../../types';
import { Mood, UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
export const RATING = 'rating';

const CUES = new CueWords([{ word: 'rated' }, { word: 'rating' }, { word: 'ratings' }]);
const GRADE = `["“‘']?(?<grade>outstanding|good|requires${S}+improvement|inadequate)["”’']?`;
// "X has been rated inadequate", "X is now rated ‘good’ overall"
const PASSIVE_AFTER = new RegExp(`^${S}+(?:(?:has|have|had)${S}+been|is|are|was|were|been)${S}+(?:(?:now|again|also|since)${S}+)?rated${S}+(?:as${S}+)?${GRADE}(?![\\p{L}-])`, 'iu');
// "the CQC rated X good", "Ofsted has rated X outstanding": the verb before the body
const ACTIVE_BEFORE = new RegExp(`(?:^|${S})(?:(?:has|have|had)${S}+)?rated${S}+(?:the${S}+)?$`, 'i');
const GRADE_AFTER = new RegExp(`^${S}+(?:as${S}+)?${GRADE}(?![\\p{L}-])`, 'iu');
// "X received / holds / was given an inadequate rating"
const NOUN_AFTER = new RegExp(
  `^${S}+(?:(?:has|have|had|was|were)${S}+)?(?:received|receives|got|gets|holds|held|kept|keeps|been${S}+given|given|retained|retains|has)${S}+(?:a|an|its|the)${S}+(?:overall${S}+)?${GRADE}${S}+(?:overall${S}+)?rating\\b`,
  'iu',
);
/**
 * Besides a grade's clause denied, supposed, demanded or to come (clauseMood.ts): a grade told as
 * the past one or hoped for near it ("previously", "up from", "last time", "hopes").
 */
const CHANGED = /\b(?:previously|formerly|once|up[\s\u00a0]+from|down[\s\u00a0]+from|last[\s\u00a0]+time|expects?|hopes?|aims?)\b/i;

function grade(words: string): string {
  return `rated-${words.toLowerCase().replace(/[\s\u00a0]+/g, '-')}`;
}

class InspectionRatingExtractor implements ClaimExtractor {
  readonly name = 'inspection-ratings';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const orgs = context.within(context.organisations, sentence.start, sentence.end);
      for (const org of orgs) {
        const after = text.slice(org.end, Math.min(sentence.end, org.end + 100));
        const passive = PASSIVE_AFTER.exec(after) ?? NOUN_AFTER.exec(after);
        if (passive && !isPrepositionalObject(text, org, sentence.start)) {
          this.push(context, sentence, claims, org, passive.groups!.grade!, org.start, org.end + passive[0].length);
          continue;
        }
        const active = ACTIVE_BEFORE.exec(text.slice(Math.max(sentence.start, org.start - 24), org.start));
        const graded = active ? GRADE_AFTER.exec(after) : null;
        if (graded) this.push(context, sentence, claims, org, graded.groups!.grade!, org.start - active![0].length, org.end + graded[0].length);
      }
    }
    return claims;
  }

  private push(context: ClaimContext, sentence: SentenceSpan, claims: Claim[], subject: Entity, words: string, start: number, end: number): void {
    // the clause around the grade must state it as the body's now
    if (context.moodOver(start, end) & (UNREAL | Mood.Denied) || CHANGED.test(context.text.slice(Math.max(sentence.start, start - 30), Math.min(sentence.end, end + 30)))) return;
    claims.push(context.claim({ subject, attribute: RATING, value: { kind: 'category', category: grade(words), polarity: 'affirm' }, start, end, timeFromSentence: true }));
  }
}

export const inspectionRatingExtractor: ClaimExtractor = new InspectionRatingExtractor();
