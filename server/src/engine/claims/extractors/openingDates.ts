// When a named place or body opened its doors: "Corvey Skate Park opened in May 2021", "The
// Bellhouse Theatre first opened in 2010", "Corvey Skate Park, opened in September 2020, is ...",
// "the Plough and Harrow, which reopened on 18 April", "Kelby Library opens on Saturday 3 May",
// "X opened its doors in 2008". The opening is one event of the body, date:opened; a reopening
// (after a closure or a refit) is another, date:reopened, so "first opened in 1978" does not meet
// "reopened in 2024". facilityOpenings.ts keys a facility that has no name by its kind and place.
// Only the opening of the body itself counts: the verb right after its name (a bracket, an aside between commas, ", which",
// auxiliaries and "first" between) and its date right after the verb, so "X opened a new wing in
// 2020" or "X opened talks on 3 May" is no opening of X. Not read: a plan ("is due to open",
// "hopes to open"), a condition or a question.

import type { Claim, Entity } from '../../types';
import { Mood, UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import { completeDate } from './eventDates';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
const CUES = new CueWords([{ word: 'opened' }, { word: 'reopened' }, { word: 'opens' }, { word: 'reopens' }, { word: 're-opened' }]);
const WEEKDAY = `(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?${S}+)?`;
/** From the body's name to its date: the gap, the verb, "its doors", "to the public", "on"/"in". */
const NAME_TO_DATE = new RegExp(
  `^(?:${S}*\\([^()]{1,40}\\))?(?:${S}*,[^,;:()]{1,60},)?(?:${S}*,${S}*(?:which|that)|${S}*,)?(?:${S}+(?:has|had|was|were|is|first|originally|officially|formally|finally|only|eventually|then|now|today))*` +
    `${S}+(?<verb>(?:re-?)?open(?:ed|s))(?:${S}+(?:its|their)${S}+doors)?(?:${S}+(?:to${S}+the${S}+public|to${S}+visitors))?${S}+(?:on|in)${S}+${WEEKDAY}$`,
  'iu',
);
/** How far before its date a body's name may end. */
const REACH = 100;

type DateEntity = Entity & { value: { kind: 'date'; iso: string; precision: string } };

class OpeningDateExtractor implements ClaimExtractor {
  readonly name = 'opening-date';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      for (const date of context.within(context.dates, sentence.start, sentence.end) as DateEntity[]) {
        if (date.value?.kind !== 'date' || date.value.precision === 'financial-year') continue;
        // the nearest body before the verb that is no preposition's object: in "the café at Kelby Library
        // opened" no body opened; in "Kelby Library, run by Tarn Council, opened" the library did
        const body = context
          .within(context.organisations, Math.max(sentence.start, date.start - REACH), date.start)
          .filter((o) => !isPrepositionalObject(text, o, sentence.start))
          .pop();
        if (!body?.canonical) continue;
        const gap = NAME_TO_DATE.exec(text.slice(body.end, date.start));
        if (!gap || context.moodAt(body.end + gap.index + gap[0].indexOf(gap.groups!.verb!)) & (UNREAL | Mood.Denied)) continue;
        const value = completeDate(context, date);
        if (value.precision === 'day-month' || value.precision === 'financial-year') continue;
        const reopened = /^re/i.test(gap.groups!.verb!);
        const claim = context.claim({
          subject: body,
          attribute: reopened ? 'date:reopened' : 'date:opened',
          value: { kind: 'date', iso: value.iso, precision: value.precision },
          start: body.start,
          end: date.end,
        });
        claim.time = value.iso;
        claims.push(claim);
      }
    }
    return claims;
  }
}

export const openingDateExtractor: ClaimExtractor = new OpeningDateExtractor();
