// The generic reading of a cut told as a workforce reduced by a number of posts: "reduce staffing
// by 46 full-time equivalent posts", "X will reduce its headcount by about 60 roles", "cut the
// workforce by 120 jobs", "a reduction of 46 posts", "a reduction in staffing of 46 FTE posts".
// It is the same measure as "X plans to cut 85 jobs" (extractors/jobCuts.ts), count:job-cut, or
// count:job-cut-made for a cut already made ("reduced its workforce by 40 posts last year", "made a
// reduction of 40 posts", "a reduction of 40 posts was completed"). The
// body is the clause's subject; a clause with no body in a body's own document (minutes, a
// statement: "The Board approved the proposal to reduce staffing by 46 posts") is the author's.
// Look-alikes kept apart: a part of the workforce ("reduce agency staff by 20 posts"), a share
// ("by 10%"), hours or money ("by 400 hours", "by £2m"), a cut denied, hoped for or only possible,
// a cut in another body's workforce named after "at" or "of".

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { normaliseQualifier } from '../../entities/numbers';
import { intervalOf } from '../numbers';
import { isMedia } from '../referents';
import { WordGate, mayHold } from '../wordGates';
import { clauseSubject } from './figureSubject';
import { SUPPOSED } from './measureClasses';
import { Mood } from '../clauseMood';
import type { FigureReading } from './reading';

const S = String.raw`[\s\u00a0]`;
const QUALIFIER = String.raw`(?:(?<q>about|around|some|nearly|almost|roughly|approximately|up${S}+to|more${S}+than|over|at${S}+least)${S}+)?`;
/** What a cut is counted in: posts, jobs, roles, with "full-time equivalent" or "FTE" before them. */
const POSTS = String.raw`(?:(?:full[\s\u00a0-]+time${S}+equivalent|FTE|permanent)${S}+)?(?:posts|jobs|roles|positions|FTE|FTEs)(?![\p{L}])`;
/** The whole workforce, with no word that makes it a part of it. */
const WORKFORCE = String.raw`(?:(?:its|their|our|the|his|her)${S}+)?(?:staffing|headcount|workforce|establishment|staff${S}+numbers|number${S}+of${S}+(?:staff|posts|jobs|employees))`;
const FIGURE = String.raw`(?<figure>\d{1,3}(?:,\d{3})+|\d+)`;
const CUT_VERB = '(?:reduce|reduces|reduced|reducing|cut|cuts|cutting|shrink|shrinks|shrank|shrinking|slim|slims|slimmed)';
/** "reduce staffing by 46 posts", "cut its headcount by 60 roles". */
const REDUCE_BY = new RegExp(
  // (no lookbehind and no case folding: a pattern run over the whole text that opens with literal
  // words is searched for fast; the letter before a match is checked apart, and the verb is lower case mid-sentence)
  String.raw`(?<verb>${CUT_VERB})${S}+${WORKFORCE}${S}+by${S}+${QUALIFIER}${FIGURE}${S}+${POSTS}`,
  'gu',
);
/** "a reduction of 46 posts", "a reduction in staffing of 46 FTE posts". */
const REDUCTION_OF = new RegExp(
  String.raw`(?<verb>reduction)(?:${S}+in${S}+${WORKFORCE})?${S}+of${S}+${QUALIFIER}${FIGURE}${S}+${POSTS}`,
  'gu',
);
/**
 * The words each pattern needs, found by the token census before either reads the text
 * (wordGates.ts): its verb or noun, the workforce after a verb, and what the cut is counted in.
 */
const WORKFORCE_WORD = new WordGate('reduce staffing by', ['staffing', 'headcount', 'workforce', 'establishment', 'staff', 'number'], 'whole', [REDUCE_BY], {
  // REDUCE_BY up to "by", from a verb one or two tokens before the workforce's first word to "by" at most three after
  near: { before: 2, after: 3, pattern: new RegExp(String.raw`${CUT_VERB}${S}+${WORKFORCE}${S}+by`, 'u') },
});
const REDUCTION_WORD = new WordGate('a reduction of posts', ['reduction'], 'end', [REDUCTION_OF], {
  // REDUCTION_OF up to "of", at most six tokens on ("reduction in its number of posts of")
  near: { before: 0, after: 6, pattern: new RegExp(String.raw`reduction(?:${S}+in${S}+${WORKFORCE})?${S}+of`, 'u') },
});
const POSTS_WORD = new WordGate('posts cut', ['posts', 'jobs', 'roles', 'positions', 'fte', 'ftes'], 'start', [REDUCE_BY, REDUCTION_OF]);
/** Besides a supposed or denied clause (clauseMood.ts): a cut refused or weighed, "to avoid a reduction of", "options to". */
const NOT_MADE = /(?<![\p{L}])(?:avoid|avoids|avoided|prevent|against|rejected|opposed|instead|options?)(?![\p{L}])[^,;:]*$/iu;
/** A verb form of a cut already made; the base form is made unless a word looking ahead stands before it. */
const PAST = /^(?:reduced|shrank|slimmed)$/i;
const BASE = /^(?:cut|reduce|shrink|slim)$/i;
const LOOKS_AHEAD = /(?<![\p{L}])(?:will|would|shall|to|must|should|can|plans?|proposes?|['’]ll)(?:[\s\u00a0]+[\p{L}'’-]+){0,2}?[\s\u00a0]+$/iu;
/**
 * A reduction told as made: "made a reduction of 40 posts", "has achieved a reduction of", or "a
 * reduction of 40 posts … was completed". "will have made a reduction" is still to come.
 */
const MADE_NOUN_BEFORE = /(?<![\p{L}])(?:made|achieved|delivered|completed|implemented|saw|seen)[\s\u00a0]+(?:a|an|the|its|their)[\s\u00a0]+$/iu;
const MADE_NOUN_AFTER = /^[^.;:!?]{0,40}?(?<![\p{L}])(?:was|were|has[\s\u00a0]+been|had[\s\u00a0]+been)[\s\u00a0]+(?:made|achieved|delivered|completed|implemented)(?![\p{L}])/iu;
/** "at X", "of X" after the posts: the body whose posts they are. */
const AT_BODY = new RegExp(String.raw`^${S}+(?:at|in|of|across)${S}+(?:the${S}+)?`, 'iu');

function madeReduction(clause: string, after: string): boolean {
  const verb = MADE_NOUN_BEFORE.exec(clause);
  if (verb) return !LOOKS_AHEAD.test(clause.slice(0, verb.index));
  return MADE_NOUN_AFTER.test(after);
}

export const workforceCuts: FigureReading = {
  name: 'workforce-cuts',
  read(context: ClaimContext): Claim[] {
    const text = context.text;
    // each pattern needs its words: most documents reduce no workforce
    const patterns = [];
    if (mayHold(context, POSTS_WORD)) {
      if (mayHold(context, WORKFORCE_WORD)) patterns.push(REDUCE_BY);
      if (mayHold(context, REDUCTION_WORD)) patterns.push(REDUCTION_OF);
    }
    const claims: Claim[] = [];
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const start = m.index;
        if (start > 0 && /\p{L}/u.test(text[start - 1]!)) continue;
        const end = start + m[0].length;
        const sentence = context.sentenceAt(start);
        if (!sentence) continue;
        const lead = text.slice(Math.max(sentence.start, start - 60), start);
        const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1);
        if (context.moodAt(start) & (SUPPOSED | Mood.Denied) || NOT_MADE.test(clause)) continue;
        const at = AT_BODY.exec(text.slice(end, end + 12));
        const named = at ? context.organisationStartingAt(end + at[0].length) : undefined;
        let subject: Entity | undefined = named ?? clauseSubject(context, start, sentence);
        // no body in the clause: in a body's own document, the body itself
        if (!subject && context.author && !isMedia(context.author) && context.within(context.organisations, sentence.start, end).length === 0) subject = context.author;
        if (!subject?.canonical) continue;
        const verb = m.groups!.verb;
        const made = PAST.test(verb) || (BASE.test(verb) && !LOOKS_AHEAD.test(clause)) || (verb.toLowerCase() === 'cut' && /(?:has|have|had)[\s\u00a0]+$/i.test(lead));
        const madeNoun = pattern === REDUCTION_OF && madeReduction(clause, text.slice(end, sentence.end));
        const literal = m.groups!.figure!;
        const value = Number(literal.replace(/,/g, ''));
        const qualifier = normaliseQualifier(m.groups!.q);
        const interval = intervalOf(value, literal, qualifier, context.rules, { low: 0 });
        claims.push(
          context.claim({
            subject,
            attribute: made || madeNoun ? 'count:job-cut-made' : 'count:job-cut',
            value: { kind: 'number', value, unit: 'job', ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
            start,
            end,
            timeFromSentence: true,
            focus: { start, end },
          }),
        );
      }
    }
    return claims;
  },
};
