// The day a regulator or inspectorate changed a body's grade, however the change is worded:
//   "The regulator downgraded X to G3 on 26 March", "X was downgraded from G1 to G3 in March 2025"
//   "We published our judgement on 12 March 2025 and regraded X from G1 to G3"
//   "On 4 June Ofsted downgraded X to inadequate"
// Downgrading, upgrading and regrading to a grade are one event: the body reaching that grade. So
// the claim is the body's date:regraded:<grade>, and two texts that date the body's move to one
// grade differently disagree; a move to another grade is another event. A date is the change's
// when it follows the grade ("to G3 on D"), fronts the clause ("On D, …"), or dates a verb the
// change is coordinated with ("published … on D and regraded X"): the two acts were one.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import { completeDate } from './eventDates';
import type { ClaimExtractor } from './extractor';
import { SPACE } from './grammar';

const S = SPACE;
export const REGRADED = 'date:regraded';
const CUES = new CueWords([{ word: 'downgraded' }, { word: 'upgraded' }, { word: 'regraded' }, { word: 're-graded' }]);
/** A grade: a regulator's code (G3, V2, C1), "grade 4", or an inspectorate's word. */
const GRADE = `(?:[a-z]{1,2}\\d|grade${S}+\\d|inadequate|requires${S}+improvement|good|outstanding|special${S}+measures)`;
const VERB = new RegExp(`\\b(?:downgraded|upgraded|regraded|re-graded)\\b`, 'gi');
/** After the body: "from G1 to G3", "to G3". */
const TO_GRADE = new RegExp(`^${S}+(?:from${S}+["“‘']?${GRADE}["”’']?${S}+)?to${S}+["“‘']?(?<grade>${GRADE})(?![\\p{L}\\d])["”’']?`, 'iu');
/** Before the verb: "X was", "X has been". */
const PASSIVE_BEFORE = new RegExp(`${S}+(?:was|were|is|has${S}+been|had${S}+been|have${S}+been)${S}+$`, 'i');
const WEEKDAY = `(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?${S}+)?`;
/** From the grade to its date: "on", "in", "for governance on". */
const GRADE_TO_DATE = new RegExp(`^(?:${S}+for${S}+[\\p{L}-]+)?${S}+(?:on|in)${S}+${WEEKDAY}$`, 'iu');
/** From another verb's date to the change coordinated with it: "… on D and regraded". */
const COORDINATED = new RegExp(`^,?${S}+and${S}+(?:then${S}+|also${S}+)?$`, 'i');
/** A date fronting the clause: "On 4 June, Ofsted downgraded". */
const FRONTED = new RegExp(`^[\\s"“]*(?:on|in)${S}+${WEEKDAY}$`, 'i');

type DateEntity = Entity & { value: { kind: 'date'; iso: string; precision: string } };

class GradeChangeExtractor implements ClaimExtractor {
  readonly name = 'grade-changes';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const body = text.slice(sentence.start, sentence.end);
      VERB.lastIndex = 0;
      for (let m = VERB.exec(body); m; m = VERB.exec(body)) {
        const verbAt = sentence.start + m.index;
        const verbEnd = verbAt + m[0].length;
        const changed = this.changedBody(context, sentence, verbAt, verbEnd);
        if (!changed?.body.canonical) continue;
        const grade = TO_GRADE.exec(text.slice(changed.after, Math.min(sentence.end, changed.after + 60)));
        if (!grade) continue;
        const gradeEnd = changed.after + grade[0].length;
        const date = this.dateOf(context, sentence, verbAt, gradeEnd);
        if (!date) continue;
        const value = completeDate(context, date);
        if (value.precision !== 'day' && value.precision !== 'month') continue;
        const key = grade.groups!.grade!.toLowerCase().replace(/[\s\u00a0]+/g, '-');
        const start = Math.min(changed.body.start, verbAt, date.start);
        claims.push(context.claim({ subject: changed.body, attribute: `${REGRADED}:${key}`, value: { kind: 'date', iso: value.iso, precision: value.precision }, start, end: Math.max(gradeEnd, date.end) }));
      }
    }
    return claims;
  }

  /** The body whose grade changed: the verb's object ("downgraded X"), or the subject of a passive ("X was downgraded"). */
  private changedBody(context: ClaimContext, sentence: SentenceSpan, verbAt: number, verbEnd: number): { body: Entity; after: number } | undefined {
    const text = context.text;
    const gap = /^[\s\u00a0]+(?:the[\s\u00a0]+)?/.exec(text.slice(verbEnd, verbEnd + 8));
    const object = gap ? context.organisationStartingAt(verbEnd + gap[0].length) : undefined;
    if (object) return { body: object, after: object.end };
    const lead = text.slice(sentence.start, verbAt);
    const passive = PASSIVE_BEFORE.exec(lead);
    if (!passive) return undefined;
    const subject = context.within(context.organisations, sentence.start, verbAt).filter((o) => o.end === sentence.start + passive.index).pop();
    return subject ? { body: subject, after: verbEnd } : undefined;
  }

  private dateOf(context: ClaimContext, sentence: SentenceSpan, verbAt: number, gradeEnd: number): DateEntity | undefined {
    const text = context.text;
    const dates = context.within(context.dates, sentence.start, sentence.end) as DateEntity[];
    const after = dates.find((d) => d.start >= gradeEnd && GRADE_TO_DATE.test(text.slice(gradeEnd, d.start)));
    if (after) return after;
    const before = dates.filter((d) => d.end <= verbAt);
    const last = before[before.length - 1];
    if (!last) return undefined;
    // "published … on D and regraded": only when nothing but "and" stands between the date and the verb's clause
    const between = text.slice(last.end, verbAt);
    const subjectGap = between.replace(/[\s\u00a0]+(?:the[\s\u00a0]+)?[\p{L}-]+(?:[\s\u00a0]+[\p{L}-]+)?[\s\u00a0]*$/u, ' ');
    if (COORDINATED.test(between)) return last;
    if (FRONTED.test(text.slice(sentence.start, last.start)) && /^,?[\s\u00a0]/.test(between) && subjectGap.length <= 3) return last;
    return undefined;
  }
}

export const gradeChangeExtractor: ClaimExtractor = new GradeChangeExtractor();
