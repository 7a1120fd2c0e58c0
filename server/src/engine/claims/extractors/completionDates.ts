// The day a purchase completed, however the text words it and whether it gives the day or counts
// it from another:
//   "X and Y completed the purchase of the airport from Z on Friday 14 March 2025"
//   "The purchase completed on 30 September 2025", "the acquisition was completed on 2 May"
//   "Contracts were exchanged on 14 March and the deal completed a fortnight later"
//   "We exchanged contracts on the day the offer closed, and completion followed five weeks later"
// A day counted on ("a fortnight later", "five weeks later") is counted from the day the same
// sentence gives before it, or from the day of an event it names ("the day the offer closed"),
// found where an earlier sentence dates that event ("the offer … closed on Friday 12 September
// 2025"). With no such anchor in the text it dates nothing.
// The claim is the buyer's date:purchase-completed. The buyer: the subject of "completed the
// purchase"; else the body a possessive or "by" names ("its purchase", "the purchase by X"); else
// the clause's subject in the sentence ("We exchanged contracts …, and completion followed");
// else the body the page names most (a news outlet aside). Exchange of contracts, an offer's
// close and an announcement are other events, never read as the completion. A buyer given two
// completion days by one text (two purchases) gets neither.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import { isMedia } from '../referents';
import { laterDayAt } from '../relativeDays';
import type { SentenceSpan } from '../sentences';
import { completeDate } from './eventDates';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';
import { mostNamedBody } from '../pageBody';

const S = SPACE;
export const PURCHASE_COMPLETED = 'date:purchase-completed';
// A rescue, a sale and a handover complete as a purchase does: one event, however a source names it.
const DEAL = `(?:purchase|acquisition|takeover|buy-?out|deal|rescue|sale|hand-?over)`;
const CUES = new CueWords([{ word: 'completed' }, { word: 'completes' }, { word: 'completion' }]);
/** "X completed the purchase of", "X has completed its acquisition of": the buyer is before the verb. */
const COMPLETED_THE_DEAL = new RegExp(`\\b(?<verb>completed|completes)${S}+(?:the|its|their|our)${S}+(?:[£$€][\\d.,]+${S}*(?:m|bn|million|billion)?${S}+)?(?:purchase|acquisition|takeover|buy-?out)\\b`, 'gi');
/** "the purchase (of X) (was) completed", "the deal completed", "completion followed". */
const DEAL_COMPLETED = new RegExp(
  `\\b(?<det>the|this|that|its|their|our)${S}+(?:[\\p{Ll}£\\d.,-]+${S}+){0,2}?${DEAL}(?:${S}+(?:of|by)${S}+[^,;.]{1,60}?)?${S}+(?:was${S}+|were${S}+|is${S}+|has${S}+been${S}+|had${S}+been${S}+)?(?:completed|completes)\\b` +
    `|\\bcompletion${S}+(?:followed|came|took${S}+place|happened)\\b` +
    // "we exchanged contracts on D and it completed a fortnight later": conveyancing's two steps,
    // so the "it" that completes is the deal whose contracts were exchanged
    `|\\bit${S}+(?:was${S}+|has${S}+|had${S}+)?completed\\b`,
  'giu',
);
/** From the verb to its day: "on", "in", or the rest of the deal's words and then "on". */
const WEEKDAY = `(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?${S}+)?`;
const TO_DAY = new RegExp(`^(?:${S}+(?:of|from|with)${S}+[^,;.]{1,80}?)?${S}+(?:on|in)${S}+${WEEKDAY}$`, 'i');
/** "on the day the offer closed": the day of an event the text dates elsewhere. */
const DAY_OF_EVENT = new RegExp(`\\bon${S}+the${S}+day${S}+(?:that${S}+)?(?:the|its|our|their)${S}+(?<noun>[\\p{Ll}-]+)${S}+(?<verb>[\\p{Ll}]+ed)\\b`, 'iu');
/** "we exchanged contracts", "contracts were exchanged", "exchange of contracts": the step before completion. */
const EXCHANGED = /\bexchang(?:e|ed|es|ing)\b[^.;]{0,40}\bcontracts?\b|\bcontracts?\b[^.;]{0,20}\bexchanged\b/i;
/** A date opening its sentence: "On 2 May 2025", "At 3pm on Friday 21 November 2025", "In June 2024". */
const FRONTED = new RegExp(`^[\\s\\u00a0"“‘']*(?:(?:at|by)${S}+[\\d.:]+${S}*(?:am|pm)?${S}+)?(?:on|in)${S}+${WEEKDAY}$`, 'i');
/** The doer left to the page: "the Trust", "the club", "we" right before the verb. */
const GENERIC_DOER = new RegExp(`(?:^|[\\s\\u00a0,])(?:the${S}+\\p{L}+|we)$`, 'iu');
const AUXILIARIES_BEFORE = new RegExp(`(?:${S}+(?:has|have|had|finally|formally|now|then|also|successfully))*${S}*$`, 'i');
/** How far back an event's own day may be dated ("the offer … closed on D"). */
const EVENT_REACH = 3000;

type DateEntity = Entity & { value: { kind: 'date'; iso: string; precision: string } };

interface Found {
  buyers: Entity[];
  iso: string;
  precision: 'day' | 'month';
  start: number;
  end: number;
}

class CompletionDateExtractor implements ClaimExtractor {
  readonly name = 'completion-dates';

  extract(context: ClaimContext): Claim[] {
    const found: Found[] = [];
    let focus: Entity | null | undefined;
    const pageBody = (): Entity | undefined => (focus === undefined ? (focus = mostNamedBody(context, { notMedia: true }) ?? null) : focus) ?? undefined;
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const body = context.text.slice(sentence.start, sentence.end);
      COMPLETED_THE_DEAL.lastIndex = 0;
      for (let m = COMPLETED_THE_DEAL.exec(body); m; m = COMPLETED_THE_DEAL.exec(body)) {
        const verbAt = sentence.start + m.index;
        let buyers = this.subjectsBefore(context, sentence, verbAt);
        if (buyers.length === 0 && this.genericDoer(context, sentence, verbAt)) {
          const page = pageBody();
          if (page) buyers = [page];
        }
        const day = this.dayAfter(context, sentence, verbAt + m[0].length, verbAt);
        if (buyers.length && day) found.push({ buyers, ...day, start: buyers[0]!.start, end: Math.max(day.end, verbAt + m[0].length) });
      }
      DEAL_COMPLETED.lastIndex = 0;
      for (let m = DEAL_COMPLETED.exec(body); m; m = DEAL_COMPLETED.exec(body)) {
        const at = sentence.start + m.index;
        const end = at + m[0].length;
        if (/^it/i.test(m[0]) && !EXCHANGED.test(context.text.slice(sentence.start, at))) continue;
        const day = this.dayAfter(context, sentence, end, at);
        if (!day) continue;
        const buyer = this.buyerOfNoun(context, sentence, at, end, pageBody);
        if (buyer) found.push({ buyers: [buyer], ...day, start: at, end: Math.max(day.end, end) });
      }
    }
    return this.claims(context, found);
  }

  /** The day after the event's words: a date joined by "on"/"in", or a day counted on from an anchor. */
  private dayAfter(context: ClaimContext, sentence: SentenceSpan, from: number, eventStart: number): { iso: string; precision: 'day' | 'month'; end: number } | undefined {
    const text = context.text;
    const next = context.within(context.dates, from, sentence.end)[0] as DateEntity | undefined;
    if (next && TO_DAY.test(text.slice(from, next.start))) {
      const value = completeDate(context, next);
      if (value.precision === 'day' || value.precision === 'month') return { iso: value.iso, precision: value.precision, end: next.end };
      return undefined;
    }
    const anchor = this.anchorDay(context, sentence, eventStart);
    const later = anchor ? laterDayAt(text.slice(from, Math.min(sentence.end, from + 40)), anchor) : undefined;
    if (later) return { iso: later.iso, precision: later.precision, end: from + later.length };
    return this.frontedDay(context, sentence, eventStart);
  }

  /** "On Friday 21 November 2025 the Trust completed ...": a date opening the sentence dates its verb. */
  private frontedDay(context: ClaimContext, sentence: SentenceSpan, eventStart: number): { iso: string; precision: 'day' | 'month'; end: number } | undefined {
    const first = context.within(context.dates, sentence.start, eventStart)[0] as DateEntity | undefined;
    if (!first || eventStart - first.end > 60 || !FRONTED.test(context.text.slice(sentence.start, first.start))) return undefined;
    if (/[;:]/.test(context.text.slice(first.end, eventStart))) return undefined;
    const value = completeDate(context, first);
    return value.precision === 'day' || value.precision === 'month' ? { iso: value.iso, precision: value.precision, end: first.end } : undefined;
  }

  /** "the Trust completed", "we completed": a doer the page's own body stands for. */
  private genericDoer(context: ClaimContext, sentence: SentenceSpan, verbAt: number): boolean {
    const lead = context.text.slice(Math.max(sentence.start, verbAt - 40), verbAt);
    return GENERIC_DOER.test(lead.slice(0, lead.length - (AUXILIARIES_BEFORE.exec(lead)?.[0].length ?? 0)));
  }

  /** The day a counted-on day counts from: the sentence's own full day before the event, or the day of the event it names. */
  private anchorDay(context: ClaimContext, sentence: SentenceSpan, eventStart: number): string | undefined {
    const before = context.within(context.dates, sentence.start, eventStart) as DateEntity[];
    for (let i = before.length - 1; i >= 0; i--) {
      const value = completeDate(context, before[i]!);
      if (value.precision === 'day') return value.iso;
    }
    const named = DAY_OF_EVENT.exec(context.text.slice(sentence.start, eventStart));
    if (!named) return undefined;
    // "the offer opened on D1 and closed on D2": the day written right after the same verb
    const verbOn = new RegExp(`\\b${named.groups!.verb}${S}+on${S}+${WEEKDAY}$`, 'i');
    const earlier = context.within(context.dates, Math.max(0, sentence.start - EVENT_REACH), sentence.start) as DateEntity[];
    for (let i = earlier.length - 1; i >= 0; i--) {
      const d = earlier[i]!;
      if (!verbOn.test(context.text.slice(Math.max(0, d.start - 30), d.start))) continue;
      const own = context.sentenceAt(d.start);
      if (!own || !new RegExp(`\\b${named.groups!.noun}\\b`, 'i').test(context.text.slice(Math.max(0, own.start - 200), d.start))) continue;
      const value = completeDate(context, d);
      return value.precision === 'day' ? value.iso : undefined;
    }
    return undefined;
  }

  /** "X and Y completed": the bodies ending right before the verb, a pair joined by "and" too. */
  private subjectsBefore(context: ClaimContext, sentence: SentenceSpan, verbAt: number): Entity[] {
    const text = context.text;
    const lead = text.slice(sentence.start, verbAt);
    const nameEnd = sentence.start + lead.length - (AUXILIARIES_BEFORE.exec(lead)?.[0].length ?? 0);
    const orgs = context.within(context.organisations, sentence.start, nameEnd);
    const last = orgs[orgs.length - 1];
    if (!last || last.end !== nameEnd || isPrepositionalObject(text, last, sentence.start)) return [];
    const first = orgs[orgs.length - 2];
    if (first && /^[\s\u00a0]+and[\s\u00a0]+$/.test(text.slice(first.end, last.start))) return [first, last];
    return [last];
  }

  private buyerOfNoun(context: ClaimContext, sentence: SentenceSpan, at: number, end: number, pageBody: () => Entity | undefined): Entity | undefined {
    const text = context.text;
    // "its purchase", "the purchase by X"
    const owner = context.organisationStartingAt(at);
    if (owner && !isMedia(owner)) return owner;
    // "the purchase by X", "the sale of Y to X", "the handover of Y from Z to X": X gains
    const by = new RegExp(`${S}(?:by|to)${S}+(?:the${S}+)?$`, 'i');
    for (const o of context.within(context.organisations, at, end)) if (by.test(text.slice(Math.max(at, o.start - 12), o.start))) return o;
    const before = context.within(context.organisations, sentence.start, at);
    for (let i = before.length - 1; i >= 0; i--) {
      const o = before[i]!;
      if (!isPrepositionalObject(text, o, sentence.start) && !isMedia(o)) return o;
    }
    // only bodies after a preposition ("administrators at X agreed terms, and the deal
    // completed"): none of them did the deal, which is the page's own
    return pageBody();
  }

  private claims(context: ClaimContext, found: readonly Found[]): Claim[] {
    const days = new Map<string, Set<string>>();
    for (const f of found) for (const b of f.buyers) days.set(b.canonical!, (days.get(b.canonical!) ?? new Set()).add(f.iso));
    const claims: Claim[] = [];
    for (const f of found) {
      for (const buyer of f.buyers) {
        if (!buyer.canonical || days.get(buyer.canonical)!.size > 1) continue;
        claims.push(context.claim({ subject: buyer, attribute: PURCHASE_COMPLETED, value: { kind: 'date', iso: f.iso, precision: f.precision }, start: f.start, end: f.end }));
      }
    }
    return claims;
  }
}

export const completionDateExtractor: ClaimExtractor = new CompletionDateExtractor();
