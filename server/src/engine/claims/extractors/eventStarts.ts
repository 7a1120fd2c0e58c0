// When an event began that a text names by a noun, or tells of people rather than of a named body.
// eventDates.ts reads verbs whose subject is the body ("X went into administration on D"); reports
// as often say "the outage that began on D", "strike action began on D", "the transfer will take
// effect on D", "nurses walked out a week after the ballot closed on 3 March", "the parish council
// takes over all three on 1 July". Four general classes of event are read, each
// keyed by the body it is an event of, so that two wordings of one event meet:
//   incident   an outage, a loss of supply, a power cut, a failure;             date:began:incident
//              homes that "lost heating on D" or are "without water since D"
//              (a fire or a flood is its own event: date:began:fire, date:began:flood)
//   strike     a strike, strike action, a walkout, industrial action          date:began:strike
//   contract   a contract, franchise, lease or concession beginning           date:began:contract
//              (keyed by the contractor: "X's contract", "the contract with X")
//   hand-over  "the transfer takes effect on D", "X takes over (all three) on D",  date:handed-over
//              "from D the lines will be run by X", "X took over a fortnight later"
//              (keyed by X, the receiver; what is handed over is named elsewhere, or by
//              handovers.ts, which keys "Y passes to X on D" as X took over Y)
// The body: a possessive ("X's strike"), a name after the noun ("the outage at X", "the transfer to
// X"); else, for a hand-over, the last body something was transferred to before; else the nearest
// body that is a clause's subject earlier in the paragraph ("X balloted its members ... strike
// action began on D"); else the body the page is about (most named, not its author).
// Look-alikes left alone: an announcement, a ballot, a vote or an agreement (no noun or verb here
// names them), a date after "by" (a deadline), a financial year, a "second" or "further" strike (a
// different event), and any event a page dates twice differently (two events of one class).

import type { Claim, Entity } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import { insideQuote, quotedRanges, type QuotedRange } from '../quotes';
import { countedFromAt, laterDayAt, shiftDay } from '../relativeDays';
import type { SentenceSpan } from '../sentences';
import { WordGate, wordStarts } from '../wordGates';
import { completeDate } from './eventDates';
import type { ClaimExtractor } from './extractor';
import { isPrepositionalObject } from './grammar';
import { mostNamedBody } from '../pageBody';

type EventClass = 'incident' | 'fire' | 'flood' | 'strike' | 'handover' | 'contract';
const ATTRIBUTE: Record<EventClass, string> = {
  incident: 'date:began:incident',
  fire: 'date:began:fire',
  flood: 'date:began:flood',
  strike: 'date:began:strike',
  handover: 'date:handed-over',
  contract: 'date:began:contract',
};
/** A fire or a flood is an event of its own, not the outage it may cause: each keyed by its noun. */
function incidentClass(noun: string): EventClass {
  const first = noun.charCodeAt(0) | 32;
  return first === 102 /* f */ && /^fire/i.test(noun) ? 'fire' : first === 102 && /^flood/i.test(noun) ? 'flood' : 'incident';
}

const S = '[\\s\\u00a0]';
/** The verbs, found first: a sentence with none of them is passed over at once. */
const VERB = new RegExp(
  `\\b(?:(?<begin>beg[au]n|begins?|start(?:ed|s)?|commence[ds]?|broke${S}+out)|(?<effect>(?:took|takes?|taking|came|comes?|coming)${S}+(?:effect|into${S}+(?:effect|force))|completed)` +
    `|(?<strike>(?:walked|walks?|walking)${S}+out|(?:went|goes|go|going|came|come|comes)${S}+(?:out${S}+)?on${S}+strike)` +
    `|(?<takeOver>(?:take|takes|took|taking)${S}+(?:over|charge|control|the${S}+keys)|(?:became|becomes|become|becoming)${S}+responsible${S}+for|(?:assumed|assumes|assume|took${S}+on|takes${S}+on|take${S}+on)${S}+(?:full${S}+)?(?:responsibility|control)${S}+(?:for|of))` +
    `|(?<runBy>(?:be|been|is|are)${S}+(?:run|operated|managed|provided|delivered)${S}+by)` +
    `|(?<lost>(?:lost|lose|loses|losing)${S}+(?:their${S}+|its${S}+|all${S}+)?(?:heat|heating|power|water|supply|hot${S}+water|electricity|gas)|without${S}+(?:heat|heating|power|water|supply|hot${S}+water|electricity|gas)${S}+since))\\b`,
  'giu',
);
const INCIDENT = `outages?|loss${S}+of${S}+(?:supply|power|heating|heat|water|service)|power${S}+cuts?|power${S}+failure|blackouts?|breakdown|failure|leak|flood(?:ing)?|fire|disruption|shutdown|interruption|cyber[\\s\\u00a0-]?attack`;
const STRIKE = `strikes?(?:${S}+action)?|walk-?outs?|industrial${S}+action|stoppages?`;
const HANDOVER = `transfer(?:${S}+of${S}+engagements)?|hand-?over`;
const CONTRACT = `contract|franchise|lease|concession`;
/**
 * The noun right before a begin or effect verb, read backwards from the verb: a determiner or a
 * possessive, at most one modifier word, the noun, a name after it ("at X", "to X"), ", which" or
 * "that", auxiliaries. Or "it", standing for an event noun earlier in the sentence.
 */
const NOUN_BEFORE = new RegExp(
  `(?:(?<det>\\b(?:the|its|their|this|that|a)${S}+)|(?<poss>['’]s${S}+))?(?:(?<![\\p{L}’'-])(?!(?:by|to|of|on|at|for|with|and|or|but|when|while|after|before|as|then|since|until)${S})(?<mod>[\\p{L}-]+)${S}+)?\\b(?:(?<incident>${INCIDENT})|(?<strike>${STRIKE})|(?<handover>${HANDOVER})|(?<contract>${CONTRACT})|(?<it>it))` +
    `(?<owner>${S}+(?:at|of|on|to|by|across|affecting|with|for)${S}+[^,;:.()]{1,80}?)?(?:,?${S}+(?:that|which))?(?:${S}+(?:has|had|have|was|were|is|would|will|should|finally|formally|officially|eventually|first|actually|then|only))*${S}+$`,
  'iu',
);
/** A cheap test before NOUN_BEFORE: one of its nouns' stems, or "it", somewhere in the words before the verb. */
const NOUN_STEMS = /outage|loss|cut|failure|blackout|breakdown|leak|flood|fire|disruption|shutdown|interruption|attack|strike|walk|industrial|stoppage|transfer|hand|contract|franchise|lease|concession|\bit\b/i;
/** Words before a noun that make it another event than the one a page dates: "a second strike". */
const OTHER_EVENT = /^(?:second|third|another|further|next|new|latest|previous|last|earlier|later|planned|proposed|threatened|possible|potential|future|national|one-day|two-day)$/i;
/** An event noun anywhere before "it": what "it" stands for. */
const EVENT_NOUN = new RegExp(`\\b(?:(?<incident>${INCIDENT})|(?<strike>${STRIKE})|(?<handover>${HANDOVER})|(?<contract>${CONTRACT}))\\b`, 'giu');
/** From the verb to its date: "on", "in", "from" (and a weekday the date leaves out). */
const TO_DATE = new RegExp(`^${S}+(?:on|in|from)${S}+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?${S}+)?$`, 'i');
/** After "take over": nothing, or what was named before ("all three", "them", "both"). */
const TAKE_OVER_ANAPHOR = new RegExp(
  `^(?:${S}+(?:all${S}+(?:three|four|five|six|of${S}+them|the${S}+sites)|both|them|it|the${S}+lot))?(?=${S}+(?:on|in|from)${S}|${S}+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})${S}+(?:day|week|fortnight|month)s?${S}+(?:later|afterwards|after|before)\\b)`,
  'iu',
);
const WEEKDAY = `(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?${S}+)?`;
/** A sentence opening with its date: "From Sunday", "On", "With effect from". */
const OPENING_TO_DATE = new RegExp(`^${S}*(?:from|on|with${S}+effect${S}+from)${S}+${WEEKDAY}$`, 'i');
/** After "became responsible for": what it became responsible for, up to "on", "from" or "in"; it starts at a
 * character that is not a space, so that a long run of spaces cannot be split between the gap and the
 * object in every way (catastrophic backtracking). */
const RESPONSIBLE_FOR_OBJECT = new RegExp(
  `^${S}+[^,;:.()\\s\\u00a0][^,;:.()]{0,59}?(?=${S}+(?:on|in|from)${S}|${S}+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})${S}+(?:day|week|fortnight|month)s?${S}+(?:later|afterwards|after|before)\\b)`,
  'iu',
);
/** "took charge of X", "took the keys to X": what was taken over follows the verb. */
const OBJECT_AFTER_TAKING = new RegExp(`^${S}+(?:of|to|for)${S}`, 'i');
/** "without heating since D". */
const SINCE_DATE = new RegExp(`^${S}*since${S}+${WEEKDAY}$`, 'i');
/** After a passive "run by X": "from D", "on D". */
const FROM_DATE = new RegExp(`^${S}*,?${S}+(?:from|on|with${S}+effect${S}+from)${S}+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?${S}+)?$`, 'i');
/** Before "take over": the subject, written as "the <kind>" ("the town council") or named. */
const THE_KIND_BEFORE = new RegExp(`(?:^|[^\\p{L}])the${S}+((?:[\\p{Ll}]+${S}+){0,2}[\\p{Ll}]+)(?:${S}+(?:will|would|then|formally|finally))*${S}+$`, 'iu');
/** Where the receiver search for "the transfer" looks back: a transfer told in the text before. */
const TRANSFER_WORD = /\b(?:transfer|hand|pass)/i;
const RECEIVER_REACH = 2000;
/** A receiver told: "to X", "to the X". */
const TO_JUST_BEFORE = new RegExp(`\\bto${S}+(?:the${S}+)?$`, 'i');

type DateEntity = Entity & { value: { kind: 'date'; iso: string; precision: string } };
type DatedSpan = { iso: string; precision: 'day' | 'month' | 'year'; end: number; start: number };

interface Found {
  subject: Entity;
  eventClass: EventClass;
  iso: string;
  precision: 'day' | 'month' | 'year';
  start: number;
  end: number;
}

class EventStartExtractor implements ClaimExtractor {
  readonly name = 'event-start';

  extract(context: ClaimContext): Claim[] {
    const found: Found[] = [];
    const state: DocumentState = { focus: undefined, focusDone: false, quotes: undefined };
    const dated = context.datedSentences();
    for (const sentence of dated) this.read(context, sentence, found, state);
    // "X took over a fortnight later": a day counted from one told in an earlier sentence
    for (const sentence of undatedSentencesWith(context, dated, LATER_WORDS)) {
      // "after" is common: only a span counted on or after ("a fortnight after") makes the sentence worth reading
      if (COUNTED_SPAN.test(context.text.slice(sentence.start, sentence.end))) this.read(context, sentence, found, state);
    }
    if (found.length === 0) return [];
    return keepOneEventEach(found).map((f) => {
      const claim = context.claim({ subject: f.subject, attribute: ATTRIBUTE[f.eventClass], value: { kind: 'date', iso: f.iso, precision: f.precision }, start: f.start, end: f.end });
      // A dated event speaks of its own date.
      claim.time = f.iso;
      return claim;
    });
  }

  private read(context: ClaimContext, sentence: SentenceSpan, found: Found[], state: DocumentState): void {
    const text = context.text;
    const sentenceText = text.slice(sentence.start, sentence.end);
    VERB.lastIndex = 0;
    for (let m = VERB.exec(sentenceText); m; m = VERB.exec(sentenceText)) {
      const verbStart = sentence.start + m.index;
      const verbEnd = verbStart + m[0].length;
      const g = m.groups!;
      if (g.takeOver) {
        this.tookOver(context, sentence, verbStart, verbEnd, found);
        continue;
      }
      if (g.runBy) {
        this.runBy(context, sentence, verbStart, verbEnd, found);
        continue;
      }
      let eventClass: EventClass | undefined;
      let owner: Entity | undefined;
      let nounStart = verbStart;
      if (g.strike || g.lost) {
        // "nurses walked out on D", "1,400 homes lost heating on D", "tenants have been without water since D"
        eventClass = g.strike ? 'strike' : 'incident';
        owner = this.clauseSubject(context, sentence, verbStart);
      } else {
        const before = text.slice(Math.max(sentence.start, verbStart - 140), verbStart);
        // "started", "began" are common: the end-anchored pattern is tried only when a noun's stem is near
        if (!NOUN_STEMS.test(before)) continue;
        const noun = NOUN_BEFORE.exec(before);
        if (!noun) continue;
        const n = noun.groups!;
        if (n.mod && OTHER_EVENT.test(n.mod)) continue;
        nounStart = verbStart - before.length + noun.index;
        if (n.it) {
          eventClass = lastEventNoun(text.slice(sentence.start, nounStart));
        } else eventClass = classOf(n);
        // an outage or a strike begins; a hand-over or a contract may also take effect
        if (!eventClass || (g.effect && eventClass !== 'handover' && eventClass !== 'contract')) continue;
        // "the council's contract with X": the contract is X's, as "X's contract" says
        if (n.poss && !(eventClass === 'contract' && n.owner)) owner = context.within(context.organisations, sentence.start, nounStart + 1).find((o) => o.end === nounStart);
        if (!owner && n.owner) {
          const ownerAt = nounStart + noun[0].indexOf(n.owner);
          // a hand-over's body is the receiver ("the transfer of the park to X"); an outage's, a
          // strike's or a contract's the one named after it ("at X", "by members of X", "with X")
          const inside = context.within(context.organisations, ownerAt, ownerAt + n.owner.length);
          owner =
            eventClass === 'handover'
              ? inside.find((o) => TO_JUST_BEFORE.test(context.text.slice(Math.max(ownerAt, o.start - 8), o.start)))
              : inside.find((o) => !TO_JUST_BEFORE.test(context.text.slice(Math.max(ownerAt, o.start - 8), o.start)));
        }
        if (!owner && eventClass === 'handover') owner = this.lastReceiver(context, sentence.start);
      }
      const date = g.lost && /since$/i.test(m[0]) ? this.dateAfter(context, sentence, verbEnd - 5, SINCE_DATE) : this.dateAfter(context, sentence, verbEnd);
      if (!date) continue;
      if (!owner) {
        if (eventClass === 'handover') continue;
        // the paragraph's or the page's body: not for words quoted from someone else
        state.quotes ??= quotedRanges(text);
        if (insideQuote(state.quotes, verbStart)) continue;
        // a page's main body is the one an unowned outage or strike hits; a contract has two parties, and is nobody's by default
        owner = this.paragraphSubject(context, sentence.start, nounStart) ?? (eventClass === 'contract' ? undefined : focusBody(context, state));
      }
      if (!owner?.canonical) continue;
      found.push({ subject: owner, eventClass, ...date, start: nounStart, end: date.end });
    }
  }

  /** "X takes over on D", "the town council takes over all three on D": X's hand-over of what was named before. */
  private tookOver(context: ClaimContext, sentence: SentenceSpan, verbStart: number, verbEnd: number, found: Found[]): void {
    const text = context.text;
    // "took over" with an object is eventDates.ts's and handovers.ts's; "became responsible for" any object is read here
    // "if X took control of it on D": a take-over supposed, not told
    if (context.moodAt(verbStart) & Mood.Conditional) return;
    const after = text.slice(verbEnd, Math.min(sentence.end, verbEnd + 80));
    // "took charge", "took control", "took the keys": taking over, told with its object ("of X", "to X") or without
    const anaphoric = /^take|^took/i.test(text.slice(verbStart, verbStart + 4)) && (/over$/i.test(text.slice(verbStart, verbEnd)) || !OBJECT_AFTER_TAKING.test(after));
    const rest = (anaphoric ? TAKE_OVER_ANAPHOR : RESPONSIBLE_FOR_OBJECT).exec(after);
    if (!rest) return;
    const named = context.within(context.organisations, sentence.start, verbStart).pop();
    let subject: Entity | undefined;
    // "X (XO) took over": the short form in brackets is the same body
    const gap = text.slice(named?.end ?? verbStart, verbStart).replace(/^\)/, '');
    if (named && !isPrepositionalObject(text, named, sentence.start) && /^(?:[\s\u00a0]+(?:will|would|then|formally|finally))*[\s\u00a0]+$/i.test(gap)) subject = named;
    else {
      const kind = THE_KIND_BEFORE.exec(text.slice(Math.max(sentence.start, verbStart - 60), verbStart));
      if (kind) subject = bodyOfKind(context, kind[1]!);
    }
    if (!subject?.canonical) return;
    const date = this.dateAfter(context, sentence, verbEnd + rest[0].length);
    if (date) found.push({ subject, eventClass: 'handover', ...date, start: subject.start >= sentence.start ? Math.min(subject.start, verbStart) : verbStart, end: date.end });
  }

  /** "From D, the lines will be run by X", "the service will be run by X from D": the day X takes it over. */
  private runBy(context: ClaimContext, sentence: SentenceSpan, verbStart: number, verbEnd: number, found: Found[]): void {
    const text = context.text;
    const the = /^[\s\u00a0]+(?:the[\s\u00a0]+)?/i.exec(text.slice(verbEnd, verbEnd + 6));
    const taker = the ? context.organisationStartingAt(verbEnd + the[0].length) : undefined;
    if (!taker?.canonical) return;
    const after = /^(?:[\s\u00a0]*\([^()]{1,40}\))?/.exec(text.slice(taker.end, taker.end + 44))![0].length;
    const date = this.dateAfter(context, sentence, taker.end + after, FROM_DATE) ?? this.openingDate(context, sentence, verbStart);
    if (date) found.push({ subject: taker, eventClass: 'handover', ...date, start: Math.min(date.start, verbStart), end: Math.max(date.end, taker.end) });
  }

  /** "From Sunday 2 March, … will be run by X": a date opening the sentence after "from" or "on", with no other date or clause break before the verb. */
  private openingDate(context: ClaimContext, sentence: SentenceSpan, verbStart: number): DatedSpan | undefined {
    const dates = context.within(context.dates, sentence.start, verbStart) as DateEntity[];
    const date = dates[0];
    if (!date || dates.length > 1 || !OPENING_TO_DATE.test(context.text.slice(sentence.start, date.start))) return undefined;
    if (/[;:()]/.test(context.text.slice(date.end, verbStart))) return undefined;
    return dated(context, date);
  }

  /**
   * The event's date right after `from`: "on D", "in D", or counted from another dated event, "a
   * week after the ballot closed on 6 January", "three weeks later" (from the sentence's last date
   * before). A day with no year takes its section's or page's year.
   */
  private dateAfter(context: ClaimContext, sentence: SentenceSpan, from: number, gap: RegExp = TO_DATE): DatedSpan | undefined {
    const text = context.text;
    const dates = context.within(context.dates, from, sentence.end) as DateEntity[];
    const after = text.slice(from, Math.min(sentence.end, from + 160));
    const counted = countedFromAt(after);
    if (counted) {
      const anchor = dates.find(
        (d) =>
          d.start - from < 150 &&
          !/[;]/.test(text.slice(from, d.start)) &&
          // "a week after the ballot closed on 3 March", "three days after the 8 May open day"
          (/[\s\u00a0](?:on|in)[\s\u00a0]+$/i.test(text.slice(from, d.start)) || /^[\s\u00a0]*the[\s\u00a0]+$/i.test(text.slice(from + counted.length, d.start))),
      );
      const day = anchor ? fullDay(context, anchor) : decisionDay(context, sentence, text.slice(from + counted.length, Math.min(sentence.end, from + counted.length + 40)));
      const iso = day ? shiftDay(day, counted.days) : undefined;
      return iso ? { iso, precision: 'day', start: from, end: anchor?.end ?? from + counted.length } : undefined;
    }
    const later = /^[\s\u00a0]*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|the)[\s\u00a0]/i.test(after) ? this.laterDay(context, sentence, from, after) : undefined;
    if (later) return later;
    const date = dates[0];
    if (!date || date.value?.kind !== 'date' || !gap.test(text.slice(from, date.start))) return undefined;
    return dated(context, date);
  }

  /** "three weeks later": counted from the last day told before, in the sentence or else earlier in its paragraph. */
  private laterDay(context: ClaimContext, sentence: SentenceSpan, from: number, after: string): DatedSpan | undefined {
    const paragraphStart = context.text.lastIndexOf('\n', sentence.start) + 1;
    const anchor = (context.within(context.dates, Math.min(sentence.start, paragraphStart), from) as DateEntity[]).filter((d) => fullDay(context, d) !== undefined).pop();
    const day = anchor ? fullDay(context, anchor) : undefined;
    const later = day ? laterDayAt(after, day) : undefined;
    return later ? { iso: later.iso, precision: later.precision, start: from, end: from + later.length } : undefined;
  }

  /** A strike told of people: the body named as their clause's subject ("Unison members walked out"), else the paragraph's. */
  private clauseSubject(context: ClaimContext, sentence: SentenceSpan, verbStart: number): Entity | undefined {
    const text = context.text;
    const lead = text.slice(sentence.start, verbStart);
    const clauseStart = sentence.start + lead.search(/[^,;:]*$/);
    return context
      .within(context.organisations, clauseStart, verbStart)
      .filter((o) => !isPrepositionalObject(text, o, clauseStart) && o.canonical !== context.author?.canonical)
      .pop();
  }

  /** The last body that is a clause's subject in the paragraph before `at` (not the page's author). */
  private paragraphSubject(context: ClaimContext, sentenceStart: number, at: number): Entity | undefined {
    const text = context.text;
    const paragraphStart = text.lastIndexOf('\n', sentenceStart) + 1;
    const candidates = context.within(context.organisations, paragraphStart, at);
    for (let i = candidates.length - 1; i >= 0; i--) {
      const o = candidates[i]!;
      if (o.canonical === context.author?.canonical) continue;
      const own = context.sentenceAt(o.start);
      if (!isPrepositionalObject(text, o, own?.start ?? paragraphStart)) return o;
    }
    return undefined;
  }

  /** "The transfer takes effect on D": the last body something was transferred or handed to before it. */
  private lastReceiver(context: ClaimContext, before: number): Entity | undefined {
    const text = context.text;
    const candidates = context.within(context.organisations, Math.max(0, before - RECEIVER_REACH), before);
    for (let i = candidates.length - 1; i >= 0; i--) {
      const o = candidates[i]!;
      if (!TO_JUST_BEFORE.test(text.slice(Math.max(0, o.start - 8), o.start))) continue;
      const own = context.sentenceAt(o.start);
      if (own && TRANSFER_WORD.test(text.slice(own.start, o.start))) return o;
    }
    return undefined;
  }
}

interface DocumentState {
  focus: Entity | undefined;
  focusDone: boolean;
  quotes: QuotedRange[] | undefined;
}

/** The body a page is about (see pageBody.ts), found once per document. */
function focusBody(context: ClaimContext, state: DocumentState): Entity | undefined {
  if (state.focusDone) return state.focus;
  state.focusDone = true;
  state.focus = mostNamedBody(context, { notAuthor: true });
  return state.focus;
}

/** "the town council": the one body named in the page whose name ends with those words. */
function bodyOfKind(context: ClaimContext, kindWords: string): Entity | undefined {
  const kind = kindWords.toLowerCase().replace(/[\s\u00a0]+/g, ' ');
  if (!/\b(?:council|authority|trust|company|board|agency|service|association|society|charity|partnership|force|group)$/.test(kind)) return undefined;
  let match: Entity | undefined;
  for (const o of context.organisations) {
    const name = (o.canonicalName ?? o.text).toLowerCase().replace(/[\s\u00a0]+/g, ' ');
    if (!o.canonical || !name.endsWith(` ${kind}`)) continue;
    if (match && match.canonical !== o.canonical) return undefined;
    match = o;
  }
  return match;
}

/**
 * The words undatedSentencesWith looks for, anywhere in the text (inside longer words too), as
 * written: found among the few tokens the census lists (wordGates.ts), not by reading the text.
 */
// "two weeks later", and "a fortnight after the cabinet vote": a day counted from an event dated elsewhere
const LATER_WORDS = new WordGate('a day counted later', ['later', 'after'], 'anywhere', [/later|after(?:wards)?/g]);
const COUNTED_SPAN = /later|afterwards|(?:day|week|fortnight|month)s?[\s\u00a0]+after/i;

/** The sentences holding none of the dates but one of the gate's words. */
function undatedSentencesWith(context: ClaimContext, dated: readonly SentenceSpan[], words: WordGate): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const datedStarts = new Set<number>();
  for (const at of wordStarts(context, words)) {
    const sentence = context.sentenceAt(at);
    if (!sentence || out.includes(sentence)) continue;
    if (datedStarts.size === 0) for (const d of dated) datedStarts.add(d.start);
    if (!datedStarts.has(sentence.start)) out.push(sentence);
  }
  return out.sort((a, b) => a.start - b.start);
}

function classOf(groups: Record<string, string | undefined>): EventClass | undefined {
  return groups.incident ? incidentClass(groups.incident) : groups.strike ? 'strike' : groups.handover ? 'handover' : groups.contract ? 'contract' : undefined;
}

/** The class of the last event noun in `before`: what a following "it" stands for. */
function lastEventNoun(before: string): EventClass | undefined {
  let last: EventClass | undefined;
  EVENT_NOUN.lastIndex = 0;
  for (let m = EVENT_NOUN.exec(before); m; m = EVENT_NOUN.exec(before)) last = classOf(m.groups!);
  return last;
}

/** A date as a day, month or year, its year filled in from the section or page; nothing for a financial year or a day with no year found. */
function dated(context: ClaimContext, date: DateEntity): DatedSpan | undefined {
  const value = completeDate(context, date);
  if (value.precision !== 'day' && value.precision !== 'month' && value.precision !== 'year') return undefined;
  return { iso: value.iso, precision: value.precision, start: date.start, end: date.end };
}

/** "the cabinet vote", "the decision", "the council's approval": a decision named by its noun. */
const DECISION_NAMED = /^(?:the|its|their)[\s\u00a0]+(?:[\p{L}’'-]+[\s\u00a0]+){0,2}?(?:vote|decision|approval|ballot)(?![\p{L}])/iu;
/** A sentence telling of a decision taken: voted, decided, agreed, approved. */
const DECIDED = /\b(?:vot(?:ed|e)|decided|decision|agreed|approved|approval|ballot)\b/i;
/** How far back a decision's own day may be told. */
const DECISION_REACH = 600;

/**
 * "a fortnight after the cabinet vote": the day of the decision the words name, from the last
 * sentence before (within reach) that tells of a decision taken on a full day. A day told in a
 * sentence of another event ("the library closed on 10 March") dates no vote.
 */
function decisionDay(context: ClaimContext, sentence: SentenceSpan, named: string): string | undefined {
  if (!DECISION_NAMED.test(named)) return undefined;
  const earlier = context.within(context.dates, Math.max(0, sentence.start - DECISION_REACH), sentence.start) as DateEntity[];
  for (let i = earlier.length - 1; i >= 0; i--) {
    const own = context.sentenceAt(earlier[i]!.start);
    if (!own || !DECIDED.test(context.text.slice(own.start, own.end))) continue;
    return fullDay(context, earlier[i]!);
  }
  return undefined;
}

function fullDay(context: ClaimContext, date: DateEntity): string | undefined {
  const value = completeDate(context, date);
  return value.precision === 'day' ? value.iso : undefined;
}

/** A page that dates one class of event of one body twice, differently, tells of two events: neither is kept. */
function keepOneEventEach(found: readonly Found[]): Found[] {
  const values = new Map<string, Set<string>>();
  for (const f of found) {
    const key = `${f.subject.canonical}|${f.eventClass}`;
    let set = values.get(key);
    if (!set) values.set(key, (set = new Set()));
    set.add(f.iso);
  }
  const kept: Found[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    const key = `${f.subject.canonical}|${f.eventClass}`;
    if (values.get(key)!.size > 1 || seen.has(key)) continue;
    seen.add(key);
    kept.push(f);
  }
  return kept;
}

export const eventStartExtractor: ClaimExtractor = new EventStartExtractor();
