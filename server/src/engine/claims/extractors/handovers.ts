// A service or site handed to a body on a day, told from the side of what is handed over:
//   "Custody will return to Kenmarsh Police on 1 October"      "the library service passes back to
//   X Council in April 2027"      "cleaning moves over to Y Ltd from 1 June"      "catering was
//   transferred to Z Ltd on 3 May"
// Returning, passing, going, moving, reverting, coming or being transferred to a body are one class
// of event: the body takes the thing over. So the claim is keyed as eventDates.ts keys "Y took over
// <thing> on D" (date:took-over:<thing>, under the body that receives it), and a text that words the
// hand-over one way is compared with one that words it another.
// Bringing or taking a thing back in house is the same event told by the body that gets it back:
// "the council will bring household collections back in house on 4 May", unless a clause on the
// date names the body that takes over: "on 4 May, when its new company, X Ltd, takes over" (the
// company takes the collections over, as "X Ltd will take over collections on 4 May" says).

import type { Claim, Entity } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import type { ClaimExtractor } from './extractor';
import type { SentenceSpan } from '../sentences';
import { CueWords, cueSentences } from '../cueSentences';
import { laterDayAt } from '../relativeDays';
import { completeDate } from './eventDates';

const S = '[\\s\\u00a0]';
const HANDED = [
  'return', 'returns', 'returned', 'returning', 'pass', 'passes', 'passed', 'passing', 'go', 'goes', 'went', 'gone', 'going',
  'move', 'moves', 'moved', 'moving', 'revert', 'reverts', 'reverted', 'reverting', 'transfer', 'transfers', 'transferred',
  'transferring', 'come', 'comes', 'came', 'coming', 'handed', 'switch', 'switches', 'switched',
].join('|');
const AUXILIARY = `(?:(?:will|would|shall|is|are|was|were|has|have|had|be|been|being|due|set|to|then|finally|formally|fully)${S}+)*`;
/** Up to the date: the thing (a word), auxiliaries, the verb, "back"/"over", "to" and the body, then "on"/"in"/"from". */
const HANDOVER_CORE = `(?:^|[^\\p{L}’'-])(?<thing>\\p{L}[\\p{L}’'-]*)${S}+${AUXILIARY}(?:${HANDED})${S}+(?:(?:back|over|across)${S}+)?(?:(?:in-house|in${S}+house)${S}+)?to${S}+(?:the${S}+)?(?<to>\\p{Lu}[^,;:()]{1,80}?)${S}+`;
const HANDOVER = new RegExp(`${HANDOVER_CORE}(?:on|in|from)${S}+$`, 'u');
/** The same hand-over dated by a day counted on from another: "… passes to X three weeks later". */
const HANDOVER_THEN = new RegExp(`${HANDOVER_CORE}(?=(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})${S}+(?:day|week|fortnight|month)s?${S}+(?:later|afterwards)|the${S}+(?:following|next)${S})`, 'gu');
/** A day opening its sentence: "On 1 December 2025", "From Monday 3 March". */
const FRONTING_DAY = new RegExp(`^[\\s\\u00a0"“‘']*(?:on|from|in)${S}+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?${S}+)?$`, 'i');
/** A clause reported after the fronted day: the day dates the report, not the hand-over. */
const REPORTED = /\b(?:that|told|said|says|announced|agreed|decided|approved|voted|confirmed|learned|heard)\b/i;
/** "On", "From" with a capital right before a day: a cheap test before FRONTING_DAY. */
const FRONTING_WORD_BEFORE = /(?:^|[^\p{L}])(?:On|From|In)[\s\u00a0]+(?:\p{Lu}\p{Ll}+day,?[\s\u00a0]+)?$/u;
/** The day dates another clause: "In March the board met, and cleaning passed to X three weeks later". */
const OTHER_CLAUSE = /,[\s\u00a0]+(?:and|but|while|when)[\s\u00a0]|\b(?:later|afterwards|after|before|until)\b/i;
/** After a fronting day: the thing's words, its verb of handing over and "to" the body. */
const HANDOVER_AFTER_DAY = new RegExp(`^,?${S}+[^;:.]{0,140}?(?<thing>\\p{L}[\\p{L}’'-]*)(?<tail>${S}+${AUXILIARY}(?:${HANDED})${S}+(?:(?:back|over|across)${S}+)?(?:(?:in-house|in${S}+house)${S}+)?to${S}+(?:the${S}+)?)(?<to>\\p{Lu})`, 'u');
/** The verb of handing over right before " to ": checked on a few words before HANDOVER is tried. */
const VERB_TO = new RegExp(`(?:^|[^\\p{L}])(?:${HANDED})(?:${S}+(?:back|over|across|in-house|in${S}+house))*${S}$`, 'iu');
/** Words that count a day on from another: only sentences holding one are read for HANDOVER_THEN. */
const LATER_CUES = new CueWords([{ word: 'later' }, { word: 'afterwards' }, { word: 'following' }]);
const COUNTED_ON = /(?:day|week|fortnight|month)s?[\s\u00a0]+(?:later|afterwards)|following[\s\u00a0]+(?:day|week|month)/i;
/** "bring household collections back in house on", with up to four words of what is brought back. */
const BACK_IN_HOUSE = new RegExp(
  `(?:^|[^\\p{L}])(?:bring|brings|brought|bringing|take|takes|took|taking|taken)${S}+(?:(?:the|its|their|our)${S}+)?(?<thing>(?:[\\p{L}’'-]+${S}+){0,3}?[\\p{L}’'-]+)${S}+back${S}+(?:in-house|in${S}+house)${S}+(?:on|in|from)${S}+$`,
  'iu',
);
/** Between the subject and "bring": auxiliaries and verbs of deciding. */
const SUBJECT_TO_BRING = new RegExp(`^${S}+(?:(?:will|would|shall|has|have|had|is|are|was|were|to|set|due|plans|planned|voted|decided|agreed|going|now|also)${S}+)*$`, 'iu');
/** After the date: ", when" and a few words (an apposition: "its new company,") before the body that takes over. */
const WHEN_AFTER = /^[\s\u00a0]*,?[\s\u00a0]*when[\s\u00a0]+/i;
/** After that body (and its bracketed short form): it takes over. */
const TAKES_OVER_AFTER = new RegExp(`^(?:${S}*\\([^()]{1,20}\\))?,?${S}+(?:(?:will|would|is${S}+to)${S}+)?(?:takes?|took|taking)${S}+over(?![\\p{L}])`, 'iu');
const ON_IN_FROM_JUST_BEFORE = /[\s\u00a0](?:on|in|from)[\s\u00a0]+$/;
/**
 * What is handed over is a service, a site or a contract, not people or a referring word: "staff
 * transfer to X on D" is a transfer of employment (staffTransferDates.ts), "it passes to X" names
 * nothing.
 */
const NOT_A_THING = new Set([
  'it', 'this', 'that', 'which', 'who', 'we', 'they', 'he', 'she', 'you', 'i', 'staff', 'workers', 'employees', 'people', 'members',
  'officers', 'crews', 'pupils', 'patients', 'residents', 'tenants', 'children', 'colleagues', 'everyone', 'all', 'and', 'or', 'then',
  'also', 'money', 'funding', 'power', 'powers', 'control',
  // "approved the transfer to X on D": a noun, not a verb; its date is the approval's (eventStarts.ts reads the transfer's own)
  'the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'this',
]);

/**
 * A hand-over in a clause denied, only possible, demanded or supposed ("will not return", "won't
 * pass", "could move over", "should transfer", "if catering passes"): none is told (clauseMood.ts).
 * "will pass to X on 1 April" is the plan's day, and counts.
 */
const NOT_TOLD = Mood.Denied | Mood.Possible | Mood.Demanded | Mood.Conditional;
/** The word read as the thing handed over is no thing (a determiner, a modal), or its clause tells of no hand-over. */
const notTold = (context: ClaimContext, thing: string, at: number): boolean => NOT_A_THING.has(thing) || (context.moodAt(at) & NOT_TOLD) !== 0;

class HandoverExtractor implements ClaimExtractor {
  readonly name = 'handover';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const date of context.dates) {
      if (date.value?.kind !== 'date' || date.value.precision === 'financial-year') continue;
      // cheap tests first: "on"/"in"/"from" right before the date, then " to " within reach
      if (!ON_IN_FROM_JUST_BEFORE.test(text.slice(Math.max(0, date.start - 6), date.start))) {
        if (FRONTING_WORD_BEFORE.test(text.slice(Math.max(0, date.start - 18), date.start))) {
          const sentence = context.sentenceAt(date.start);
          const fronted = sentence && FRONTING_DAY.test(text.slice(sentence.start, date.start)) ? this.frontedDay(context, sentence, date) : undefined;
          if (fronted) claims.push(fronted);
        }
        continue;
      }
      const sentence = context.sentenceAt(date.start);
      if (!sentence) continue;
      const lead = text.slice(Math.max(sentence.start, date.start - 160), date.start);
      if (lead.indexOf(' back ') >= 0) {
        const brought = this.broughtBack(context, sentence.start, lead, date);
        if (brought) {
          claims.push(brought);
          continue;
        }
      }
      const to = lead.lastIndexOf(' to ');
      if (to < 0 || !VERB_TO.test(lead.slice(Math.max(0, to - 40), to + 1))) continue;
      const m = HANDOVER.exec(lead);
      if (!m) continue;
      const thing = m.groups!.thing!.toLowerCase();
      const leadStart = date.start - lead.length;
      if (notTold(context, thing, leadStart + m.index + m[0].indexOf(m.groups!.thing!))) continue;
      const toAt = leadStart + m.index + m[0].lastIndexOf(m.groups!.to!);
      const body = context.organisationStartingAt(toAt);
      if (!body?.canonical || body.end !== toAt + m.groups!.to!.length) continue;
      const thingAt = leadStart + m.index + m[0].indexOf(m.groups!.thing!);
      claims.push(takeOver(context, body, thing, thingAt, date));
    }
    claims.push(...this.counted(context));
    return claims;
  }

  /**
   * Hand-overs dated by a day counted on from the last day given before them in the sentence or
   * the one before: "We gave notice on 2 June. Catering passed to X a fortnight later."
   */
  private counted(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const sentence of cueSentences(context, LATER_CUES)) {
      const words = text.slice(sentence.start, sentence.end);
      if (words.indexOf(' to ') >= 0 && COUNTED_ON.test(words)) claims.push(...this.countedIn(context, sentence, words));
    }
    return claims;
  }

  private countedIn(context: ClaimContext, sentence: SentenceSpan, words: string): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    HANDOVER_THEN.lastIndex = 0;
    for (let m = HANDOVER_THEN.exec(words); m; m = HANDOVER_THEN.exec(words)) {
      const thing = m.groups!.thing!.toLowerCase();
      if (notTold(context, thing, sentence.start + m.index + m[0].indexOf(m.groups!.thing!))) continue;
      const toAt = sentence.start + m.index + m[0].lastIndexOf(m.groups!.to!);
      const body = context.organisationStartingAt(toAt);
      if (!body?.canonical || body.end !== toAt + m.groups!.to!.length) continue;
      const laterAt = sentence.start + m.index + m[0].length;
      const anchor = anchorDay(context, sentence, laterAt);
      const later = anchor && laterDayAt(text.slice(laterAt, Math.min(sentence.end, laterAt + 40)), anchor);
      if (!later) continue;
      const claim = context.claim({
        subject: body,
        attribute: `date:took-over:${singular(thing)}`,
        value: { kind: 'date', iso: later.iso, precision: later.precision },
        start: sentence.start + m.index + m[0].indexOf(m.groups!.thing!),
        end: laterAt + later.length,
      });
      claim.time = later.iso;
      claims.push(claim);
    }
    return claims;
  }

  /** "On 1 December the contracts for A, B and C passed to X": a day opening the sentence dates its hand-over. */
  private frontedDay(context: ClaimContext, sentence: SentenceSpan, date: Entity): Claim | undefined {
    const text = context.text;
    const rest = text.slice(date.end, Math.min(sentence.end, date.end + 200));
    const m = HANDOVER_AFTER_DAY.exec(rest);
    // another day in the sentence would be the hand-over's own; a reported clause ("were told that") is dated by its telling
    if (!m || context.within(context.dates, date.end, sentence.end).length > 0 || REPORTED.test(m[0])) return undefined;
    if (OTHER_CLAUSE.test(m[0]) || OTHER_CLAUSE.test(text.slice(date.end + m.index + m[0].length, sentence.end))) return undefined;
    const thing = m.groups!.thing!.toLowerCase();
    const toAt = date.end + m.index + m[0].length - m.groups!.to!.length;
    const thingAt = toAt - m.groups!.tail!.length - m.groups!.thing!.length;
    if (notTold(context, thing, thingAt)) return undefined;
    const body = context.organisationStartingAt(toAt);
    if (!body?.canonical || body.end < toAt + 2) return undefined;
    return takeOver(context, body, thing, thingAt, date);
  }

  /** "X will bring Y back in house on D[, when Z takes over]": Z's, else X's, take-over of Y. */
  private broughtBack(context: ClaimContext, sentenceStart: number, lead: string, date: Entity): Claim | undefined {
    const m = BACK_IN_HOUSE.exec(lead);
    if (!m) return undefined;
    const text = context.text;
    const verbAt = date.start - lead.length + m.index + m[0].search(/\p{L}/u);
    const words = m.groups!.thing!.split(/[\s\u00a0]+/);
    const thing = words[words.length - 1]!.toLowerCase();
    if (notTold(context, thing, verbAt)) return undefined;
    let body: Entity | undefined;
    const when = WHEN_AFTER.exec(text.slice(date.end, date.end + 12));
    if (when) {
      const from = date.end + when[0].length;
      const sentence = context.sentenceAt(date.start)!;
      body = context
        .within(context.organisations, from, Math.min(sentence.end, from + 80))
        .find((org) => org.start - from <= 40 && !/[;:.]/.test(text.slice(from, org.start)) && TAKES_OVER_AFTER.test(text.slice(org.end, org.end + 40)));
    }
    if (!body) {
      const before = context.within(context.organisations, sentenceStart, verbAt);
      const subject = before[before.length - 1];
      if (subject && SUBJECT_TO_BRING.test(text.slice(subject.end, verbAt))) body = subject;
    }
    if (!body?.canonical) return undefined;
    return takeOver(context, body, thing, verbAt, date);
  }
}

/** The last full day given before `offset` in its sentence or the one before (a day and month take the text's year). */
function anchorDay(context: ClaimContext, sentence: SentenceSpan, offset: number): string | undefined {
  const previous = context.sentenceAt(sentence.start - 2);
  const from = previous && previous.end <= sentence.start ? previous.start : sentence.start;
  const dates = context.within(context.dates, from, offset);
  for (let i = dates.length - 1; i >= 0; i--) {
    const date = dates[i]!;
    if (date.value?.kind !== 'date') continue;
    if (date.value.precision !== 'day' && date.value.precision !== 'day-month') return undefined;
    const value = completeDate(context, date as Parameters<typeof completeDate>[1]);
    return value.precision === 'day' ? value.iso : undefined;
  }
  return undefined;
}

function takeOver(context: ClaimContext, body: Entity, thing: string, start: number, date: Entity): Claim {
  const value = completeDate(context, date as Parameters<typeof completeDate>[1]);
  const claim = context.claim({
    subject: body,
    attribute: `date:took-over:${singular(thing)}`,
    value: { kind: 'date', ...value },
    start: Math.min(start, body.start),
    end: Math.max(date.end, body.end),
  });
  // A dated event speaks of its own date.
  if (value.precision === 'day-month') delete claim.time;
  else claim.time = value.iso;
  return claim;
}

/** "collections" → "collection", as eventDates.ts keys what is taken over. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export const handoverExtractor: ClaimExtractor = new HandoverExtractor();
