// A body's word that nobody loses their job: "no one will lose their job", "nobody lost their job
// in the restructure", "no member of staff will lose his or her job", "no permanent member of staff
// lost their job", "no employee will lose their job as a result". existence.ts reads the same
// denial said of the losses ("there will be no job losses"); this is it said of the people, and it
// is the same fact, exists:job-loss denied, so it meets the jobs counted as going (jobCuts.ts, and
// jobLossesImplied.ts). Only the whole staff counts: "no nurse will lose their job" leaves other
// posts free to go, and is not read. The body is the clause's subject named before the denial, else
// the writer's (a press release, a report), else the page's (jobsOnThePage.ts). Not read: a denial
// only hoped for or supposed ("we hope no one will lose their job", "if no one loses their job"),
// or a question.

import type { Claim, Entity } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import { isMedia } from '../referents';
import { CueWords, cueSentences } from '../cueSentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';
import { jobsLostOnThePage } from './jobsOnThePage';

const S = SPACE;
const CUES = new CueWords([{ word: 'lose' }, { word: 'lost' }, { word: 'loses' }]);
/** "no one", "nobody", "no (permanent) member of staff", "no (permanent) staff", "no employee(s)". */
const NOBODY = `(?:no${S}*(?:-${S}*)?one|nobody|no${S}+(?:(?:permanent|full-time|existing|current)${S}+)?(?:member${S}+of${S}+staff|members${S}+of${S}+staff|staff${S}+member|staff|employees?|workers?|colleagues?))`;
const DENIAL = new RegExp(
  `(?<![\\p{L}])${NOBODY}${S}+(?:(?:will|would|shall|is${S}+going${S}+to|has|have|had|did)${S}+)?(?:lose|loses|lost)${S}+(?:their|his${S}+or${S}+her|her${S}+or${S}+his|his|her)${S}+jobs?(?![\\p{L}])`,
  'giu',
);
/** Words before the denial that only hope for it or suppose it. */
const ONLY_HOPED = /(?:^|[^\p{L}])(?:hope[sd]?|hoping|want(?:s|ed)?|aim(?:s|ed)?|trying|try|tries|if|unless|whether|ensure|make[\s\u00a0]+sure)(?:[\s\u00a0]+[\p{L}'’-]+){0,3}?[\s\u00a0]+$/iu;
const NOT_STATED = Mood.Conditional | Mood.Possible | Mood.Demanded | Mood.Reported;

class JobLossDenialExtractor implements ClaimExtractor {
  readonly name = 'job-loss-denial';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const sentenceText = text.slice(sentence.start, sentence.end);
      DENIAL.lastIndex = 0;
      for (let m = DENIAL.exec(sentenceText); m; m = DENIAL.exec(sentenceText)) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (context.moodAt(start) & NOT_STATED) continue;
        const lead = text.slice(Math.max(sentence.start, start - 40), start);
        if (ONLY_HOPED.test(lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1))) continue;
        const subject = this.subjectBefore(context, sentence.start, start) ?? this.writer(context) ?? jobsLostOnThePage(context, sentence, start);
        if (!subject?.canonical) continue;
        claims.push(
          context.claim({
            subject,
            attribute: 'exists:job-loss',
            value: { kind: 'category', category: 'job loss', polarity: 'deny' },
            start,
            end,
            timeFromSentence: true,
          }),
        );
      }
    }
    return claims;
  }

  /** The body that is a clause's subject before the denial: "X said no one will lose their job". */
  private subjectBefore(context: ClaimContext, sentenceStart: number, at: number): Entity | undefined {
    const text = context.text;
    return context
      .within(context.organisations, sentenceStart, at)
      .filter((o) => o.canonical && !isPrepositionalObject(text, o, sentenceStart))
      .pop();
  }

  /** The body the page speaks for, when it is no news outlet reporting another's word. */
  private writer(context: ClaimContext): Entity | undefined {
    const author = context.author;
    return author && !isMedia(author) ? author : undefined;
  }
}

export const jobLossDenialExtractor: ClaimExtractor = new JobLossDenialExtractor();
