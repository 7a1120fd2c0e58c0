// How many jobs a body is cutting: "X plans to cut about 240 posts", "X will shed 300 roles",
// "X told staff that 420 jobs will go", "X announced 150 job losses", "X will cut 200 staff",
// "X will make 150 employees redundant". The figures are seldom
// tagged as quantities (a post is not a thing counted), so the figure is read here, next to its
// noun. Every wording is one measure, count:job-cut, so sources that disagree about it meet.
// Redundancies are left alone: "150 voluntary redundancies last year" are often counted apart
// from the cuts planned, and jobs created, at risk or "could go" are not cuts made.

import type { Claim, Entity, Qualifier } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import { intervalOf } from '../numbers';
import type { ClaimExtractor } from './extractor';
import { isPrepositionalObject } from './grammar';
import { jobsLostOnThePage } from './jobsOnThePage';

const S = '[\\s\\u00a0]';
/** The words that hedge a count of jobs or people cut, in a pattern's alternation; counts.ts reads them too. */
export const HEDGE_WORDS = `about|around|some|nearly|almost|roughly|approximately|more${S}+than|over|up${S}+to|at${S}+least`;
const HEDGE = `(?:(?<hedge>${HEDGE_WORDS})${S}+)?`;
const FIGURE = `(?<figure>\\d{1,3}(?:,\\d{3})+|\\d+)`;
const NOUN = `(?:jobs|posts|roles)`;
/** People cut rather than posts: "cut 200 staff", "shed 300 workers". */
const PEOPLE = `(?:staff|workers|employees|people)`;
/**
 * The words one of the patterns below needs, found from the token census (cueSentences.ts): a cut
 * verb's stem, "redundant", or the jobs counted. Only sentences holding one are read; testing a
 * pattern of these words on every sentence was about a twentieth of the claims pass.
 */
const CUES = new CueWords([
  { word: 'cut', prefix: true }, { word: 'ax', prefix: true }, { word: 'shed', prefix: true }, { word: 'slash', prefix: true },
  { word: 'lose', prefix: true }, { word: 'losing' }, { word: 'scrap', prefix: true }, { word: 'lay', prefix: true }, { word: 'laid' },
  { word: 'redundant' }, { word: 'loss' }, { word: 'jobs' }, { word: 'posts' }, { word: 'roles' }, { word: 'job' },
]);
/** "cut about 240 posts", "shed 300 roles", "axing up to 90 jobs". */
const CUT_VERB = new RegExp(`\\b(?:cut|cuts|cutting|axe|axes|axed|axing|shed|sheds|shedding|slash|slashes|slashed|slashing|lose|loses|losing|scrap|scraps|scrapping|scrapped|(?:lay|lays|laid|laying)${S}+off)${S}+${HEDGE}${FIGURE}${S}+(?:${NOUN}|${PEOPLE})\\b`, 'giu');
/** "make 150 staff redundant", "made about 90 workers redundant". */
const MADE_REDUNDANT = new RegExp(`\\b(?:make|makes|making|made)${S}+${HEDGE}${FIGURE}${S}+(?:${PEOPLE}|${NOUN})${S}+redundant\\b`, 'giu');
/**
 * "420 jobs will go", "about 200 posts are to be cut", "300 roles would be lost", and the jobs of
 * a kind of worker, told in the present as in the future ("41 journalists’ jobs will go", "about
 * 15 editorial posts go", "60 warehouse roles are being cut"): a number of jobs and a verb of their
 * loss, whatever words name whose jobs they are.
 */
const JOB_OWNER = `(?:[\\p{L}-]+(?:['’]s?)?${S}+){0,2}?`;
const GO_AFTER = new RegExp(
  `(?<![\\p{L}\\d,])${HEDGE}${FIGURE}${S}+${JOB_OWNER}${NOUN}${S}+(?:(?:(?:will|would|are${S}+to|are${S}+set${S}+to|are${S}+going${S}+to)${S}+(?:go|be${S}+(?:cut|lost|axed|shed|scrapped)))|go|are${S}+going|are${S}+(?:being${S}+)?(?:cut|lost|axed|shed|scrapped)|(?<made>went|were${S}+(?:cut|lost|axed|shed|scrapped)|ha(?:ve|d)${S}+(?:gone|been${S}+(?:cut|lost|axed|shed|scrapped))))\\b`,
  'giu',
);
/**
 * "the loss of 19 registered nurse posts", "the loss of about 60 jobs": the loss named as a noun,
 * to come ("the plan includes the loss of") unless a verb before it says it happened ("led to").
 */
const LOSS_OF = new RegExp(`(?<![\\p{L}])(?:the${S}+)?loss${S}+of${S}+${HEDGE}${FIGURE}${S}+${JOB_OWNER}${NOUN}\\b`, 'giu');
const LOSS_HAPPENED_BEFORE = /(?:^|[^\p{L}])(?:led|resulted|saw|caused|followed|meant|brought)(?:[\s\u00a0]+(?:to|in|about))?(?:[\s\u00a0]+[\p{L}'’-]+){0,2}?[\s\u00a0]+$/iu;
/** "150 job losses", "about 90 job cuts". */
const JOB_LOSSES = new RegExp(`(?<![\\p{L}\\d,])${HEDGE}${FIGURE}${S}+job${S}+(?:losses|cuts)\\b`, 'giu');
/** After the cut: "at X", "in X". */
const AT_BODY = new RegExp(`^${S}+(?:at|in|from|across)${S}+(?:the${S}+)?`, 'i');
/**
 * A cut is not made when its clause is denied ("will not cut", "won't shed"), only possible or
 * supposed, demanded or hearsay ("could cut", "if 150 jobs go", "should cut", "reportedly cut"): clauseMood.ts; "will cut" is a
 * cut announced, which counts. Besides, words right before the cut may refuse it ("ruled out plans
 * to cut", "voted against plans to cut", "to avoid 150 job losses"), read within the clause, so a
 * hedge in an aside before it ("X, which could not renew its lease, will cut") is not.
 */
const NOT_MADE = Mood.Denied | Mood.Possible | Mood.Conditional | Mood.Demanded | Mood.Reported;
const REFUSED_BEFORE = /(?:^|[^\p{L}'’])(?:no[\s\u00a0]+plans?[\s\u00a0]+to|against|rejected|opposed|ruled[\s\u00a0]+out|avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|without|instead[\s\u00a0]+of|rather[\s\u00a0]+than)(?:[\s\u00a0]+[\p{L}'’-]+){0,3}?[\s\u00a0]+$/iu;
/**
 * A speaker who only judges jobs that will go, told without who cuts them: a union ("the Unite
 * union said 300 jobs will go") or a body that warns, fears or estimates. Its name is no cutter.
 */
const UNION_NAME = /(?:^|[\s\u00a0])union$/i;
const UNION_AFTER = /^[\s\u00a0]+union\b/i;
const JUDGING_VERB = /(?:^|[^\p{L}])(?:warn(?:s|ed|ing)?|fears?|feared|fearing|claim(?:s|ed)?|estimat(?:es|ed)|predict(?:s|ed)|believes?|believed)(?![\p{L}])/iu;
/**
 * A cut already made is another measure than one to come: "X cut 45 jobs in 2019" or "has cut 60
 * posts since 2020" does not gainsay "X will cut 300 jobs". A verb in its base form ("cut", "shed",
 * "make ... redundant") is one to come only after a word that looks ahead ("will", "to", "would",
 * "'ll"); a past form ("axed", "laid off", "made") or a bare "cut" is made. Jobs that "will go",
 * "job losses" announced and "is cutting" are all to come.
 */
const LOOKS_AHEAD_BEFORE = /(?:^|[^\p{L}])(?:will|would|shall|to|must|should|can|['’]ll)(?:[\s\u00a0]+[\p{L}'’-]+){0,2}?[\s\u00a0]+$/iu;
const BASE_FORM = /^(?:cut|axe|shed|slash|scrap|lay|make|lose)$/i;
/** A base-form verb joined to one before it, and that clause's word looking ahead (not a bare "to": "moved to Leeds"). */
const JOINED_BEFORE = /(?:^|[^\p{L}])(?:and|or)[\s\u00a0]+$/iu;
const AUXILIARY_AHEAD = /(?:^|[^\p{L}])(?:will|would|shall|must|should|can|['’]ll|(?:plans?|planning|is|are|has|have|had|going|intends?|aims?|proposes?|wants?|needs?)[\s\u00a0]+to)[\s\u00a0]/iu;
const PAST_FORM = /^(?:axed|slashed|scrapped|laid|made|lost)$/i;
const QUALIFIERS: Record<string, Qualifier> = {
  about: 'around', around: 'around', some: 'around', nearly: 'around', almost: 'around', roughly: 'around', approximately: 'around',
  'more than': 'over', over: 'over', 'up to': 'up to', 'at least': 'at least',
};

/** Whether text[start, end) holds a digit 0-9, which FIGURE needs (\d is 0-9 only, with the u flag too). */
function holdsDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

class JobCutExtractor implements ClaimExtractor {
  readonly name = 'job-cut';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const sentence of cueSentences(context, CUES)) {
      // Every pattern needs a figure in digits; most sentences with a cue word ("cuts", "jobs") have none.
      if (!holdsDigit(text, sentence.start, sentence.end)) continue;
      const sentenceText = text.slice(sentence.start, sentence.end);
      for (const pattern of [CUT_VERB, MADE_REDUNDANT, GO_AFTER, JOB_LOSSES, LOSS_OF]) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(sentenceText); m; m = pattern.exec(sentenceText)) {
          const start = sentence.start + m.index;
          if (this.notMade(context, sentence.start, start)) continue;
          // "the union said 300 jobs will go at X": the body the jobs are at
          const at = AT_BODY.exec(text.slice(start + m[0].length, start + m[0].length + 12));
          const atBody = at ? context.organisationStartingAt(start + m[0].length + at[0].length) : undefined;
          const told = atBody ?? this.subjectBefore(context, sentence.start, start);
          const jobsNamed = pattern === GO_AFTER || pattern === JOB_LOSSES || pattern === LOSS_OF;
          // "31 jobs went", "the loss of 40 posts led to": told as done, not to come
          const made =
            (pattern === CUT_VERB || pattern === MADE_REDUNDANT) ? this.alreadyMade(text, sentence.start, start, m[0])
            : pattern === GO_AFTER ? m.groups!.made !== undefined
            : pattern === LOSS_OF && LOSS_HAPPENED_BEFORE.test(text.slice(Math.max(sentence.start, start - 30), start));
          const attribute = made ? 'count:job-cut-made' : 'count:job-cut';
          if (!told && jobsNamed) {
            // jobs that go with no body in their sentence: the page's (jobsOnThePage.ts); not those
            // "at the Rep" or "in Leeds", somewhere the sentence names that is no body known
            if (at && /^\p{Lu}/u.test(text.slice(start + m[0].length + at[0].length, start + m[0].length + at[0].length + 1))) continue;
            const paged = jobsLostOnThePage(context, sentence, start);
            if (paged) claims.push(this.claim(context, paged, m, start, attribute));
            continue;
          }
          const subject = told;
          if (!subject) continue;
          if (!atBody && jobsNamed && this.onlyJudges(text, subject, start)) continue;
          claims.push(this.claim(context, subject, m, start, attribute));
        }
      }
    }
    return claims;
  }

  /** Whether the verb opening `match` tells of a cut made, not one to come. */
  private alreadyMade(text: string, sentenceStart: number, at: number, match: string): boolean {
    const verb = /^[\p{L}]+/u.exec(match)?.[0] ?? '';
    if (PAST_FORM.test(verb)) return true;
    if (!BASE_FORM.test(verb)) return false;
    const lead = text.slice(Math.max(sentenceStart, at - 40), at);
    if (LOOKS_AHEAD_BEFORE.test(lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1))) return false;
    // "will close the depot and cut 30 posts": a verb joined by "and" shares the first verb's tense
    if (!JOINED_BEFORE.test(lead)) return true;
    const reach = text.slice(Math.max(sentenceStart, at - 120), at);
    const clause = reach.slice(Math.max(reach.lastIndexOf(', '), reach.lastIndexOf(';'), reach.lastIndexOf(':')) + 1);
    return !AUXILIARY_AHEAD.test(clause);
  }

  /** Whether the clause before the cut denies, refuses or only supposes it. */
  private notMade(context: ClaimContext, sentenceStart: number, at: number): boolean {
    if (context.moodAt(at) & NOT_MADE) return true;
    const text = context.text;
    const lead = text.slice(Math.max(sentenceStart, at - 48), at);
    const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1);
    return REFUSED_BEFORE.test(clause);
  }

  /** Whether the body before jobs that go, no cutter named, is a union or a body judging them. */
  private onlyJudges(text: string, subject: Entity, at: number): boolean {
    const name = subject.canonicalName ?? subject.text;
    return UNION_NAME.test(name) || UNION_AFTER.test(text.slice(subject.end, subject.end + 8)) || JUDGING_VERB.test(text.slice(subject.end, at));
  }

  /**
   * The body cutting: the nearest organisation before the figure that is a clause's subject; not
   * one that only qualifies a noun ("a Calloway-backed venture ... is to cut 120 posts").
   */
  private subjectBefore(context: ClaimContext, sentenceStart: number, at: number): Entity | undefined {
    const text = context.text;
    return context
      .within(context.organisations, sentenceStart, at)
      .filter((o) => o.canonical && text[o.end] !== '-' && !isPrepositionalObject(text, o, sentenceStart))
      .pop();
  }

  private claim(context: ClaimContext, subject: Entity, m: RegExpExecArray, start: number, attribute: string): Claim {
    const literal = m.groups!.figure!;
    const value = Number(literal.replace(/,/g, ''));
    const hedge = m.groups!.hedge?.toLowerCase().replace(/[\s\u00a0]+/g, ' ');
    const qualifier = hedge ? QUALIFIERS[hedge] : undefined;
    const interval = intervalOf(value, literal, qualifier, context.rules, { low: 0 });
    const end = start + m[0].length;
    return context.claim({
      subject,
      attribute,
      value: { kind: 'number', value, unit: 'job', ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
      start: subject.start < start && context.sentenceAt(subject.start) === context.sentenceAt(start) ? subject.start : start,
      end,
      timeFromSentence: true,
      focus: { start, end },
    });
  }
}

export const jobCutExtractor: ClaimExtractor = new JobCutExtractor();
