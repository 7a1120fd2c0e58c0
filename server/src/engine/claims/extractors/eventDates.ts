// Dates of events: when an organisation or person was founded, launched, announced or published
// something. "X was founded in 1844", "Founded in 1844, X ...", "X announced the scheme on
// 3 May 2011". The event verb is normalised (set up / established / formed → founded) and, for
// events that recur (announcing, publishing, launching), the attribute also carries what was
// announced, so two different announcements by one body are never compared as one event.
// When what was launched or announced is a named thing (a fund, a pilot, a programme; see
// things.ts), the date is the thing's own: "the Warm Homes Pilot, which we launched in January
// 2013", "its Warm Homes Pilot, launched in October 2012" → thing date:launched. A named event is
// dated where it is held: "the Care Futures 2014 summit in Manchester on 12 May" → date:held. A
// day and month with no year take the year of the section or document they are written in.

import type { Claim, Entity } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import type { SentenceSpan } from '../sentences';
import { THING_HEADS, type ThingMention } from '../things';
import { tokenise } from '../vocabulary';
import type { ClaimExtractor } from './extractor';
import { isPrepositionalObject } from './grammar';
import { LOCAL_AUTHORITY, partyKey } from './money';

const EVENT_VERBS: Record<string, { event: string; recurring: boolean }> = {
  founded: { event: 'founded', recurring: false },
  established: { event: 'founded', recurring: false },
  'set up': { event: 'founded', recurring: false },
  formed: { event: 'founded', recurring: false },
  created: { event: 'founded', recurring: false },
  incorporated: { event: 'founded', recurring: false },
  dissolved: { event: 'dissolved', recurring: false },
  abolished: { event: 'dissolved', recurring: false },
  closed: { event: 'dissolved', recurring: false },
  // "X, which shut in January 2023": shutting is closing, when a day follows (see VERB)
  shut: { event: 'dissolved', recurring: false },
  launched: { event: 'launched', recurring: true },
  // a launch still to come is dated the same way: "the scheme, which launches on 1 May"
  launches: { event: 'launched', recurring: true },
  launch: { event: 'launched', recurring: true },
  unveiled: { event: 'announced', recurring: true },
  announced: { event: 'announced', recurring: true },
  published: { event: 'published', recurring: true },
  released: { event: 'published', recurring: true },
};

/**
 * A body's collapse, closure, start and merger told by a phrase: "went into administration",
 * "entered compulsory liquidation", "ceased trading", "came into being", "began trading", "merged
 * with". Only past and perfect forms ("went", "has gone", "was placed") and "going" are read: "could
 * go into administration" or "plans to merge" tell of what has not happened.
 */
function phraseEvent(verb: string): string | undefined {
  const lower = verb.toLowerCase();
  // "X appointed administrators", "X called in administrators": its administration began
  if (lower.endsWith('administration') || lower.endsWith('administrators')) return 'administration';
  // a company is wound up by its liquidation
  if (lower.endsWith('liquidation') || lower === 'liquidated' || lower.startsWith('wound')) return 'liquidation';
  if (/^(?:ceased|shut|closed)[\s\u00a0]/.test(lower)) return 'dissolved';
  // Verbs of failing: a body that "went under", "went bust", "collapsed" or "folded" stopped
  // trading, the same event as "ceased trading", however the text words it.
  if (FAILED.test(lower)) return 'dissolved';
  if (lower.startsWith('came')) return 'founded';
  if (/^(?:began|started|commenced)[\s\u00a0]/.test(lower)) return 'started';
  if (lower.startsWith('merged')) return 'merged';
  if (lower.endsWith(' by')) return 'taken-over';
  return undefined;
}
const FAILED = /^(?:(?:went|gone)[\s\u00a0]+(?:under|bust|out[\s\u00a0]+of[\s\u00a0]+business)|collapsed|folded)$/;
/** "a bid to rescue X", "its plan to buy X": the name is the object of another verb. */
const INFINITIVE_OBJECT_BEFORE = /(?:^|[^\p{L}])to[\s\u00a0]+\p{L}+[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;
/** "X and Y": the name is the second of two. */
const AND_BEFORE = /[\s\u00a0]and[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;
/**
 * The name before a phrase event is not the body that failed: the event is only supposed ("if X
 * went under"), or, for a bare verb of failing, which talks, deals and plans do too ("collapsed",
 * "folded"), the name is another verb's object ("its plan to buy X collapsed") or joined to a
 * preposition's object ("talks between X and Y collapsed").
 */
function notTheFailedBody(context: ClaimContext, sentenceStart: number, actors: readonly Entity[], subject: Entity, verb: string): boolean {
  // a name in a clause of "if", "unless" or "whether" (clauseMood.ts): a failure supposed, not told
  if (context.moodAt(subject.start) & Mood.Conditional) return true;
  const text = context.text;
  const before = text.slice(Math.max(sentenceStart, subject.start - 80), subject.start);
  if (!FAILED.test(verb.toLowerCase())) return false;
  if (INFINITIVE_OBJECT_BEFORE.test(before)) return true;
  const and = AND_BEFORE.exec(before);
  if (!and) return false;
  const first = actors.filter((a) => a.end <= subject.start - and[0].length).pop();
  return first !== undefined && /^[\s\u00a0]*$/.test(text.slice(first.end, subject.start - and[0].length)) && isPrepositionalObject(text, first, sentenceStart);
}
/**
 * Between a phrase event's subject and its verb: nothing but auxiliaries and adverbs, a bracketed
 * short form, an aside between commas ("X, founded in 1987, went into administration") or ", which".
 * So the subject is the body itself, never a noun of a clause between ("X bought a company that had
 * gone into liquidation").
 */
const PHRASE_SUBJECT_GAP = /^(?:[\s\u00a0]*\([^()]{1,40}\))?(?:[\s\u00a0]*,[^,;()]{1,80},)?(?:[\s\u00a0]*,[\s\u00a0]*(?:which|that))?(?:[\s\u00a0]+(?:has|had|have|was|were|is|been|finally|eventually|subsequently|later|then|itself|formally|officially|both|also))*[\s\u00a0]+$/i;
/**
 * A date, a comma and only auxiliaries before the verb: the date closed an aside about another
 * event ("X, a corporation founded as a polytechnic in 1970, will be dissolved"), not this one's.
 */
const ASIDE_CLOSED_BEFORE_VERB = /^[\s\u00a0]*,(?:[\s\u00a0]+(?:will|would|shall|is|are|was|were|be|been|being|has|have|had|to|now|then|later|also|soon|itself))*[\s\u00a0]+$/i;
/**
 * A date before the verb that is not this event's: a bound of another predicate's span ("left the
 * market since 2021", "until 2019", "by 2020") or one that a clause break parts from the verb
 * ("... since 2021, and the third set up by a council": the date closed the first conjunct). Only a
 * date fronting the verb's own clause ("In 2012 the council set up X") dates it.
 */
const BOUND_BEFORE_DATE = /(?:^|[^\p{L}])(?:since|until|till|by|from|between|after|before)[\s\u00a0]+(?:(?:early|late|mid|the[\s\u00a0]+end[\s\u00a0]+of)[\s\u00a0-]+)?$/iu;
const CLAUSE_BREAK_TO_VERB = /[;:–—]|,[\s\u00a0]*(?:and|but|while|whereas|or)[\s\u00a0]/i;
function dateBeforeIsOthers(text: string, sentenceStart: number, date: Entity, verbStart: number): boolean {
  return BOUND_BEFORE_DATE.test(text.slice(Math.max(sentenceStart, date.start - 24), date.start)) || CLAUSE_BREAK_TO_VERB.test(text.slice(date.end, verbStart));
}
/** After "appointed administrators": "to X", "for X". */
const ADMINISTRATORS_TO = /^[\s\u00a0]+(?:to|for|of|at|over)[\s\u00a0]+(?:the[\s\u00a0]+)?/i;
/** ", which" or ", that" opening the gap between a name and its phrase event (see PHRASE_SUBJECT_GAP). */
const RELATIVE_RIGHT_AFTER = /^(?:[\s\u00a0]*\([^()]{1,40}\))?[\s\u00a0]*,[\s\u00a0]*(?:which|that)[\s\u00a0]/i;
/** From the body that took over to its date: "by X on", "by X in". */
const TAKER_TO_DATE = /^[\s\u00a0]+(?:in|on)[\s\u00a0]+$/i;
/** "In 2016 X ...": a date that opens its sentence. */
const SENTENCE_OPENING_DATE = /^[\s\u00a0]*(?:in|on|by)[\s\u00a0]+$/i;
/** "X and Y merged": the partner named before the subject. */
const AND_BETWEEN = /^[\s\u00a0]+and[\s\u00a0]+$/;
const VERB = /\b((?:went|gone|entered|placed|put|collapsed|fell)[\s\u00a0]+(?:(?:in|into)[\s\u00a0]+)?(?:(?:compulsory|voluntary|creditors['’]?[\s\u00a0]+voluntary|members['’]?[\s\u00a0]+voluntary)[\s\u00a0]+)?(?:administration|liquidation)|(?:appointed|called[\s\u00a0]+in)[\s\u00a0]+(?:the[\s\u00a0]+)?administrators|liquidated|wound[\s\u00a0]+up|ceased[\s\u00a0]+trading|(?:went|gone)[\s\u00a0]+(?:under|bust|out[\s\u00a0]+of[\s\u00a0]+business)|collapsed|folded|shut[\s\u00a0]+down|closed[\s\u00a0]+(?:down|its[\s\u00a0]+doors)|came[\s\u00a0]+into[\s\u00a0]+(?:being|existence)|(?:began|started|commenced)[\s\u00a0]+(?:trading|operating)|merged[\s\u00a0]+with|merged|(?:was|were|been)[\s\u00a0]+taken[\s\u00a0]+over[\s\u00a0]+by|founded|established|set up|formed|created|incorporated|dissolved|abolished|closed|shut(?=[\s\u00a0]+(?:in|on)[\s\u00a0]+(?:\d|[A-Z]))|launched|launches|launch|unveiled|announced|published|released|take[\s\u00a0]+over|takes[\s\u00a0]+over|took[\s\u00a0]+over|taking[\s\u00a0]+over|(?:left|leaves|leaving)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[A-Za-z\u2019'-]+[\s\u00a0]+){0,2}?control|spun[\s\u00a0-]+(?:out|off)|became[\s\u00a0]+independent)\b/gi;
// The day a body began to run on its own: it "left council control", was "spun out" or "became
// independent", or, said of the body itself with nothing else launched, "was launched" ("since it
// was launched on 1 April"). A spun-out body starts running its service the day it leaves its
// parent's control, so these name one event, date:started. (Its founding, "set up" or
// "incorporated", may come earlier, as a shell company: that stays date:founded.)
const STARTED_ON_ITS_OWN = /^(?:(?:left|leaves|leaving)[\s\u00a0].*control|spun[\s\u00a0-]+(?:out|off)|became[\s\u00a0]+independent)$/i;
/** "was launched", "has been launched", "X, launched in 2014": the launched is the subject. */
const PASSIVE_BEFORE = /(?:\b(?:was|were|is|are|been|being)[\s\u00a0]+(?:(?:first|formally|officially|originally)[\s\u00a0]+)?|,[\s\u00a0]*)$/i;
// Taking over a service or a body: a body may take over several, so the event is one per thing
// taken over, named by the object ("took over the Y Company", "take over the running of Y",
// "took over our library service") or, for "X, which has run Y since taking over in 2015", by
// what the clause says it runs. With no object the date names no one event and is left alone.
const TAKE_OVER = /^(?:take|takes|took|taking)[\s\u00a0]+over$/i;
const TAKEN_OVER_THING = /^[\s\u00a0]+(?:(?:the|its|our|their)[\s\u00a0]+)?(?:(?:running|operation|management|delivery|control|contract)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?)?/i;
const RUNS_SINCE = /\b(?:run|runs|ran|running|operated|operates|operating|managed|manages|managing|delivered|delivers|delivering|provided|provides|providing)[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;
const SINCE_BEFORE = /[\s\u00a0]+(?:since|after|when|on|upon)[\s\u00a0]+(?:it[\s\u00a0]+)?$/i;
const OBJECT_ENDS = /(?:^| )(?:from|for|with|to|under|across|as|after|before|since|when|and|or)(?: .*)?$/;
const RELATIVE_BEFORE = /,[\s\u00a0]*(?:which|who)[\s\u00a0][^,;]*$/i;
/**
 * "X ran the consultation, which closed on 30 November": a relative clause is about the noun right
 * before its comma. When words of the sentence's own predicate stand between the name and that
 * comma, the founding or closing told in the clause is the other noun's, not the body's. A bracketed
 * short form or an apposition ("X (XY), which closed", "X, the council's company, which was set
 * up") still leaves the name as the clause's antecedent.
 */
const RELATIVE_OPENING = /,[\s\u00a0]*(?:which|that|who)[\s\u00a0]/i;
const NAME_TO_COMMA = /^(?:[\s\u00a0]*\([^()]*\))?[\s\u00a0)]*(?:,.*)?$/s;

function relativeOfAnotherNoun(between: string): boolean {
  const relative = RELATIVE_OPENING.exec(between);
  return relative !== null && !NAME_TO_COMMA.test(between.slice(0, relative.index));
}
/**
 * "X's share offer closed on 1 February", "… three weeks after the offer closed": a noun of the
 * body's, or a noun phrase right before the verb, is what closed or was founded, not the body.
 */
const NOUN_BEFORE_VERB = /(?:['’]s|(?:^|[^\p{L}])(?:the|its|their|our|his|her))(?:[\s\u00a0]+[\p{Ll}-]+){1,3}[\s\u00a0]+$/u;
function anotherNounBeforeVerb(between: string): boolean {
  return NOUN_BEFORE_VERB.test(between);
}
const S = '[\\s\\u00a0]';
// Between a thing and its verb: ", which we", ", that the council", ",", " was", " will be".
const THING_TO_VERB = new RegExp(`^(?:,?${S}*(?:which|that)(?:${S}+[\\p{L}’']+){0,3}?|,|${S}+(?:was|were|is|are|will${S}+be|has${S}+been|had${S}+been|being))${S}+(?:(?:first|formally|officially|originally|only|now|successfully)${S}+)?$`, 'iu');
// Between a verb and its date: "in", "on", "by the Department of Health in".
const VERB_TO_DATE = new RegExp(`^(?:${S}+by${S}+[^,;.]{1,60}?)?${S}+(?:in|on|during|from)${S}+$`, 'i');
// Between a verb and the thing it acts on: " the", " its new".
const VERB_TO_THING = new RegExp(`^${S}+(?:(?:the|its|our|their|a|an|his|her)${S}+)?(?:(?:new|first|latest|pilot)${S}+)?$`, 'i');
const THING_TO_DATE = new RegExp(`^${S}+(?:in|on)${S}+$`, 'i');
// Where a named event is held: "summit in Manchester on", "conference, held at the Guildhall on".
const EVENT_TO_DATE = new RegExp(`^(?:,?${S}*(?:(?:which|that)${S}+)?(?:(?:will${S}+be|was|is|are|were)${S}+)?(?:held|hosted|taking${S}+place|takes${S}+place|took${S}+place)(?=${S}))?(?:${S}+(?:in|at)${S}+(?:the${S}+)?\\p{Lu}[\\p{L}’'-]*(?:${S}+\\p{Lu}[\\p{L}’'-]*){0,3})?,?${S}+on${S}+$`, 'u');
const DATE_REACH = 120;
// "the council’s children’s services": services named after the body that ran them.
const POSSESSED_SERVICES = /^['’]s(?:[\s\u00a0]+[\p{L}’'-]+){0,3}?[\s\u00a0]+services\b/u;
// "fostering, adoption and services for care leavers from Y": a list of services (a clause of
// its own words and commas, no other verb's break), then "from" and the body that ran them.
const SERVICES_FROM = /^[^;:.()–—]*?\bservices\b[^;:.()–—]*?[\s\u00a0]from[\s\u00a0]+(?:the[\s\u00a0]+)?/iu;
/** A council not named: "the council", "the local authority", "the borough council". */
const COUNCIL_WORDS = /^(?:the|its|their)[\s\u00a0]+(?:(?:local|borough|county|city|district|town|unitary)[\s\u00a0]+)?(?:council|local[\s\u00a0]+authority)(?![\p{L}])/iu;
/** From a services list's source body to its date: "... from Y on". */
const LIST_END_TO_DATE = /[\s\u00a0]from[\s\u00a0][^,]+[\s\u00a0](?:on|in)[\s\u00a0]+$/i;
// A date just before "and (will) take over": the coordinated verb of the same subject shares it.
const COORDINATED_BEFORE = /^[\s\u00a0]+and[\s\u00a0]+(?:(?:will|would|then|also)[\s\u00a0]+)*$/i;
// A copyright year ("© 2015", "Copyright 2014") dates the page, not an event: a footer's
// "X is published by Y. © 2015" would otherwise date Y's publishing, and two pages of one outlet
// from different years would seem to disagree about it.
const COPYRIGHT_BEFORE = /(?:©|\([cC]\)|\bcopyright)[\s\u00a0]*$/i;
/** What a take-over's object says when it points back at things named before: "all three", "both", "them". */
const ANAPHORIC_OBJECT = /^(?:all(?: (?:three|four|five|six|of them|the sites))?|both|them|these|those|the lot)$/;
const OBJECT_SKIP = new Set(['a', 'an', 'the', 'it', 'its', 'their', 'his', 'her', 'new', 'latest', 'first', 'on', 'in', 'at', 'by', 'that', 'this', 'today', 'yesterday', 'plan', 'to']);
const MAX_OBJECT_WORDS = 3;
/** After a verb with no object: a preposition, an adverb, punctuation or the sentence's end. */
const NO_OBJECT_AFTER = /^(?:[\s\u00a0]*(?:[,.;:()–—]|$)|[\s\u00a0]+(?:in|on|during|from|by|at|as|under|with|after|before|since|over|more|nearly|almost|about|around|some|originally|formally|officially|jointly|only|back|and|but|to|for|when|because|itself)(?![\p{L}]))/iu;
/** Only white space and determiners between a verb and its object's name. */
const OBJECT_DETERMINER_ONLY = /^[\s\u00a0]+(?:(?:the|a|an|its|their|our|his|her|new)[\s\u00a0]+)*$/i;
const OBJECT_DETERMINER = /^[\s\u00a0]+(?:(?:the|a|an|its|their|our|his|her|new)[\s\u00a0]+)*/i;
const AFTER_DATE_STOP = new Set(['with', 'for', 'as', 'after', 'before', 'by', 'from', 'under', 'and', 'but', 'when', 'while', 'to', 'at', 'in', 'on']);

/** The words naming what was announced / published: the noun phrase after the verb. */
function objectOf(context: ClaimContext, from: number, to: number, dates: Entity[]): string {
  const words: string[] = [];
  let dateEnd = -1;
  for (const t of tokenise(context.text, from, to)) {
    const date = dates.find((d) => t.start >= d.start && t.end <= d.end);
    if (date) {
      dateEnd = date.end;
      continue;
    }
    // "it was launched on 1 April 2014, when ...": a clause break after the date ends the search,
    // so a passive with no object names none ("when" is not what was launched)
    if (dateEnd >= 0 && /[,;:.()–—]/.test(context.text.slice(dateEnd, t.start))) break;
    // so does a preposition or conjunction right after the date: "launched on 1 April 2014 with
    // 90 staff" launched nothing called "with"
    if (dateEnd >= 0 && words.length === 0 && AFTER_DATE_STOP.has(t.norm)) break;
    dateEnd = -1;
    if (words.length === 0 && OBJECT_SKIP.has(t.norm)) continue;
    if (words.length > 0 && (OBJECT_SKIP.has(t.norm) || /^\d/.test(t.norm))) break;
    words.push(t.norm);
    if (words.length === MAX_OBJECT_WORDS) break;
  }
  return words.join(' ');
}

type DateEntity = Entity & { value: { kind: 'date' } };

/**
 * A date's value with the year filled in when it gives none: from its section or document, else
 * from the day the page was written by its masthead or byline ("Jo Bloggs | 26 February 2025"),
 * taking the year that puts the day nearest to it: on a page of late February, "6 January" is of
 * the same year and "in December" of the year before. The masthead's day still does not date a
 * page's present-tense claims (timeAt): tried in round 15, it put a blog's "X's chair" or "fewer
 * than 7,000 on its books" half a year away from a press release's, outside the time tolerance of
 * roles and counts, and lost conflicts people see as one (heldout3 10 → 8 found, heldout9 8 → 7).
 * A day with no year is different: without a year it is compared with nothing, and a writer who
 * leaves the year out means the nearest such day to when they wrote.
 */
export function completeDate(context: ClaimContext, date: DateEntity): { iso: string; precision: 'day' | 'month' | 'year' | 'day-month' | 'financial-year' } {
  if (date.value.precision !== 'day-month') return { iso: date.value.iso, precision: date.value.precision };
  const year = /^(\d{4})/.exec(context.timeAt(date.start, false) ?? '')?.[1];
  if (year) return { iso: `${year}${date.value.iso.slice(1)}`, precision: 'day' };
  const nearest = nearestYear(date.value.iso, context.ownDay);
  return nearest ? { iso: `${nearest}${date.value.iso.slice(1)}`, precision: 'day' } : { iso: date.value.iso, precision: 'day-month' };
}

/** The year that puts a day and month ("--01-06") nearest to a page's day ("2025-02-26"). */
export function nearestYear(dayMonth: string, pageDay: string | undefined): number | undefined {
  const page = pageDay ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(pageDay) : null;
  const dm = /^--(\d{2})-(\d{2})$/.exec(dayMonth);
  if (!page || !dm) return undefined;
  const year = Number(page[1]);
  const pageMs = Date.UTC(year, Number(page[2]) - 1, Number(page[3]));
  let best = year;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const y of [year - 1, year, year + 1]) {
    const gap = Math.abs(Date.UTC(y, Number(dm[1]) - 1, Number(dm[2])) - pageMs);
    if (gap < bestGap) [best, bestGap] = [y, gap];
  }
  return best;
}

/** The first date starting exactly where `gap` (a pattern for the words between) lets it. */
function dateAfter(context: ClaimContext, dates: readonly DateEntity[], from: number, gap: RegExp): DateEntity | undefined {
  return dates.find((d) => d.start >= from && d.start - from <= DATE_REACH && gap.test(context.text.slice(from, d.start)));
}

/**
 * Dates of named things in one sentence; returns the claims and the offsets of the verbs they
 * used, so the organisation-actor reading does not take the same verb again.
 */
function thingDates(context: ClaimContext, sentence: SentenceSpan, dates: readonly DateEntity[]): { claims: Claim[]; verbs: Set<number> } {
  const text = context.text;
  const claims: Claim[] = [];
  const verbs = new Set<number>();
  const things = context.within(context.things, sentence.start, sentence.end) as ThingMention[];
  if (things.length === 0) return { claims, verbs };
  const add = (thing: ThingMention, event: string, date: DateEntity, start: number): void => {
    const value = completeDate(context, date);
    const claim = context.claim({ subject: thing, attribute: `date:${event}`, value: { kind: 'date', ...value }, start, end: date.end });
    claim.time = value.iso.startsWith('--') ? undefined : value.iso;
    if (!claim.time) delete claim.time;
    claims.push(claim);
  };
  const sentenceText = text.slice(sentence.start, sentence.end);
  VERB.lastIndex = 0;
  for (let m = VERB.exec(sentenceText); m; m = VERB.exec(sentenceText)) {
    const verbStart = sentence.start + m.index;
    const verbEnd = verbStart + m[0].length;
    const verbEntry = EVENT_VERBS[m[1].toLowerCase().replace(/\s+/g, ' ')];
    // a phrase event (a collapse, a merger) is a body's own, never a named thing's
    if (!verbEntry) continue;
    const { event } = verbEntry;
    // "the Warm Homes Pilot, which we launched in ...", "the fund, announced by X in ..."
    // a verb right after the thing counts too, as the thing's own verb or a bare participle:
    // "the scheme launched in May 2013", "the fund announced by the Department in ..."; the date
    // must then follow the verb, so "the fund launched a bid" gives nothing.
    const before = things
      .filter((t) => t.end <= verbStart && (THING_TO_VERB.test(text.slice(t.end, verbStart)) || /^[\s\u00a0]+$/.test(text.slice(t.end, verbStart))))
      .pop();
    if (before) {
      const date = dateAfter(context, dates, verbEnd, VERB_TO_DATE);
      if (date) {
        add(before, event, date, before.start);
        verbs.add(verbStart);
        continue;
      }
    }
    // "launched the Warm Homes Pilot in January 2013"
    const object = things.find((t) => t.start >= verbEnd && VERB_TO_THING.test(text.slice(verbEnd, t.start)));
    if (object) {
      const date = dateAfter(context, dates, object.end, THING_TO_DATE);
      if (date) {
        add(object, event, date, verbStart);
        verbs.add(verbStart);
      }
    }
  }
  for (const thing of things) {
    if (THING_HEADS[thing.head] !== 'event') continue;
    const date = dateAfter(context, dates, thing.end, EVENT_TO_DATE);
    if (date) add(thing, 'held', date, thing.start);
  }
  return { claims, verbs };
}

class EventDateExtractor implements ClaimExtractor {
  readonly name = 'event-date';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const sentence of context.datedSentences()) {
      const allDates = context
        .within(context.dates, sentence.start, sentence.end)
        .filter((d): d is DateEntity => d.value?.kind === 'date' && !COPYRIGHT_BEFORE.test(text.slice(Math.max(sentence.start, d.start - 12), d.start)));
      if (allDates.length === 0) continue;
      const fromThings = thingDates(context, sentence, allDates);
      claims.push(...fromThings.claims);
      const dates = allDates.filter((d) => d.value.precision !== 'day-month');
      // A collapse or merger "on 9 October" takes the year of its section or document: a failure is
      // retold in the weeks after it, where the day and month are all a speaker gives.
      const completed = dates.length === allDates.length ? dates : allDates.filter((d) => d.value.precision !== 'day-month' || completeDate(context, d).precision !== 'day-month');
      if (completed.length === 0) continue;
      const actors = [
        ...context.within(context.organisations, sentence.start, sentence.end),
        ...context.within(context.people, sentence.start, sentence.end),
      ].sort((a, b) => a.start - b.start);
      if (actors.length === 0) continue;
      const sentenceText = text.slice(sentence.start, sentence.end);
      VERB.lastIndex = 0;
      for (let m = VERB.exec(sentenceText); m; m = VERB.exec(sentenceText)) {
        const verbStart = sentence.start + m.index;
        const verbEnd = verbStart + m[0].length;
        if (fromThings.verbs.has(verbStart)) continue;
        if (TAKE_OVER.test(m[1])) {
          const claim = this.takeOver(context, sentence, actors, allDates, verbStart, verbEnd);
          if (claim) claims.push(claim);
          continue;
        }
        const phrase = phraseEvent(m[1]);
        if (phrase) {
          claims.push(...this.phraseEventClaims(context, sentence, actors, completed, verbStart, verbEnd, phrase, m[1]));
          continue;
        }
        const started = STARTED_ON_ITS_OWN.test(m[1]);
        const { event, recurring } = started ? { event: 'started', recurring: false } : EVENT_VERBS[m[1].toLowerCase().replace(/\s+/g, ' ')];
        // The actor: the nearest subject-like name before the verb; "Founded in 1844, X ..." names it after.
        let subject =
          actors.filter((a) => a.end <= verbStart && !isPrepositionalObject(text, a, sentence.start)).pop() ??
          actors.find((a) => a.start >= verbEnd && /^[^.;]*,[\s\u00a0]*$/.test(text.slice(verbEnd, a.start))) ??
          // "The department set up X in 2009": an actor not named still founds a named body
          (!recurring && !started ? actors.find((a) => a.start >= verbEnd && OBJECT_DETERMINER_ONLY.test(text.slice(verbEnd, a.start))) : undefined);
        if (!subject || !subject.canonical) continue;
        if (!recurring && !started && relativeOfAnotherNoun(text.slice(subject.end, verbStart))) continue;
        if (!recurring && !started && anotherNounBeforeVerb(text.slice(subject.end, verbStart))) continue;
        // Founding and closing are events of what was founded or closed: "the council set up
        // Acme Trading in 2012" dates Acme Trading, and "X set up a company in 2012" or "X closed
        // its Leeds office" dates nothing named. The actor is dated only when the verb has no
        // object: "X was set up in 2012", "X closed in 2015", "X was formed by a merger in 2001".
        if (!recurring && !started) {
          const afterVerb = text.slice(verbEnd, Math.min(sentence.end, verbEnd + 40));
          if (!NO_OBJECT_AFTER.test(afterVerb) && !dates.some((d) => d.start >= verbEnd && /^[\s\u00a0]*$/.test(text.slice(verbEnd, d.start)))) {
            const determiner = OBJECT_DETERMINER.exec(afterVerb);
            const founded = context.organisationStartingAt(verbEnd + (determiner ? determiner[0].length : 0));
            if (!founded?.canonical) continue;
            subject = founded;
          }
        }
        // The date of this event: the first date after the verb in its clause, else just before it.
        const date =
          dates.find((d) => d.start >= verbEnd && !/[;]/.test(text.slice(verbEnd, d.start)) && d.start - verbEnd < 80 && !BOUND_BEFORE_DATE.test(text.slice(Math.max(verbEnd, d.start - 24), d.start))) ??
          dates.filter((d) => d.end <= verbStart && verbStart - d.end < 40 && !ASIDE_CLOSED_BEFORE_VERB.test(text.slice(d.end, verbStart))).pop();
        if (date && date.end <= verbStart && dateBeforeIsOthers(text, sentence.start, date, verbStart)) continue;
        if (!date || date.value?.kind !== 'date') continue;
        let attribute = `date:${event}`;
        if (recurring) {
          const object = objectOf(context, verbEnd, Math.min(sentence.end, verbEnd + 60), dates);
          if (object) attribute += `:${object}`;
          // a body launched itself: "X was launched on 1 April", not "X launched a bid"
          else if (event === 'launched' && subject.type === 'organisation' && PASSIVE_BEFORE.test(text.slice(Math.max(sentence.start, verbStart - 30), verbStart))) attribute = 'date:started';
          else continue;
        }
        const claim = context.claim({
          subject,
          attribute,
          value: { kind: 'date', iso: date.value.iso, precision: date.value.precision },
          start: Math.min(subject.start, verbStart, date.start),
          end: Math.max(subject.end, verbEnd, date.end),
        });
        // A dated event speaks of its own date.
        claim.time = date.value.iso;
        claims.push(claim);
      }
    }
    return claims;
  }

  /**
   * "X went into administration on 12 June 2019", "X, founded in 1987, ceased trading in 2019",
   * "X merged with Y in 2016", "In 2016 X and Y merged": the body right before the phrase, dated by
   * the first date after it in its clause, or by a date opening the sentence. A merger is an event
   * of both bodies, keyed by the other (a body may merge more than once).
   */
  private phraseEventClaims(
    context: ClaimContext,
    sentence: SentenceSpan,
    actors: readonly Entity[],
    dates: readonly DateEntity[],
    verbStart: number,
    verbEnd: number,
    event: string,
    verb: string,
  ): Claim[] {
    const text = context.text;
    // "the bank appointed administrators to X on 8 March": the administration is X's
    const appointedTo = /administrators$/i.test(verb) ? ADMINISTRATORS_TO.exec(text.slice(verbEnd, verbEnd + 16)) : null;
    if (appointedTo) {
      // "appointed administrators for its subsidiary": a part of the body, which is not named
      if (/^(?:its|their|his|her|our)[\s\u00a0]/i.test(text.slice(verbEnd + appointedTo[0].length, verbEnd + appointedTo[0].length + 6))) return [];
      const company = context.organisationStartingAt(verbEnd + appointedTo[0].length);
      return company?.canonical ? this.phraseEventClaimsOf(context, sentence, actors, dates, verbEnd, event, verb, company) : [];
    }
    const subject = actors.filter((a) => a.type === 'organisation' && a.end <= verbStart && PHRASE_SUBJECT_GAP.test(text.slice(a.end, verbStart))).pop();
    // "the parent of X went into administration" is the parent's; but a relative clause right
    // after the name is the name's own, whatever governs it: "care from X, which entered
    // administration on 1 March" dates X's collapse
    if (!subject?.canonical) return [];
    if (isPrepositionalObject(text, subject, sentence.start) && !RELATIVE_RIGHT_AFTER.test(text.slice(subject.end, verbStart))) return [];
    if (notTheFailedBody(context, sentence.start, actors, subject, verb)) return [];
    return this.phraseEventClaimsOf(context, sentence, actors, dates, verbEnd, event, verb, subject);
  }

  private phraseEventClaimsOf(
    context: ClaimContext,
    sentence: SentenceSpan,
    actors: readonly Entity[],
    dates: readonly DateEntity[],
    verbEnd: number,
    event: string,
    verb: string,
    subject: Entity,
  ): Claim[] {
    const text = context.text;
    // "X shut down the depot", "X wound up its pension scheme", "X started operating a bus
    // service", "X and Y merged their back offices": what ended, began or merged is the object
    if ((/(?:down|up|trading|operating)$/i.test(verb) || /^merged$/i.test(verb)) && !NO_OBJECT_AFTER.test(text.slice(verbEnd, Math.min(sentence.end, verbEnd + 40)))) return [];
    let partner: Entity | undefined;
    if (event === 'taken-over') {
      // "Y was taken over by X on 1 October 2015": X's take-over of Y
      const gap = OBJECT_DETERMINER.exec(text.slice(verbEnd, Math.min(sentence.end, verbEnd + 20)));
      const taker = context.organisationStartingAt(verbEnd + (gap ? gap[0].length : 0));
      if (!taker?.canonical || taker.canonical === subject.canonical) return [];
      const date = dates.find((d) => d.start >= taker.end && d.start - taker.end < 40 && TAKER_TO_DATE.test(text.slice(taker.end, d.start)));
      if (!date) return [];
      const value = completeDate(context, date);
      const claim = context.claim({ subject: taker, attribute: `date:took-over:${subject.canonical}`, value: { kind: 'date', ...value }, start: subject.start, end: date.end });
      claim.time = value.iso;
      return [claim];
    }
    if (event === 'merged') {
      if (/with$/i.test(verb)) {
        const gap = OBJECT_DETERMINER.exec(text.slice(verbEnd, Math.min(sentence.end, verbEnd + 20)));
        partner = context.organisationStartingAt(verbEnd + (gap ? gap[0].length : 0));
      } else {
        partner = actors.filter((a) => a.type === 'organisation' && a.end <= subject.start && AND_BETWEEN.test(text.slice(a.end, subject.start))).pop();
      }
      if (!partner?.canonical || partner.canonical === subject.canonical) return [];
    }
    const first = partner && partner.start < subject.start ? partner : subject;
    const date =
      dates.find((d) => d.start >= verbEnd && d.start - verbEnd < 80 && !/[;,:()]/.test(text.slice(verbEnd, d.start))) ??
      dates.find((d) => d.end <= first.start && SENTENCE_OPENING_DATE.test(text.slice(sentence.start, d.start)) && /^,?[\s\u00a0]+$/.test(text.slice(d.end, first.start)));
    if (!date) return [];
    const value = completeDate(context, date);
    const claimFor = (who: Entity, attribute: string): Claim => {
      const claim = context.claim({
        subject: who,
        attribute,
        value: { kind: 'date', ...value },
        start: Math.min(first.start, date.start),
        end: Math.max(verbEnd, date.end),
      });
      claim.time = value.iso;
      return claim;
    };
    if (!partner) return [claimFor(subject, `date:${event}`)];
    return [claimFor(subject, `date:merged:${partner.canonical}`), claimFor(partner, `date:merged:${subject.canonical}`)];
  }

  /** The body whose services a take-over's object names: "the council's ... services", "... services ... from Y". */
  private servicesOwner(context: ClaimContext, sentence: SentenceSpan, verbEnd: number, objectAt: number): string | undefined {
    const text = context.text;
    const space = /^[\s\u00a0]*/.exec(text.slice(verbEnd, verbEnd + 4))![0].length;
    // Every local council is one key, as for payments (money.ts): a body takes over the services
    // of the council of the area it serves, which a text may name in full or call "the council".
    const possessor = context.organisationStartingAt(verbEnd + space) ?? context.organisationStartingAt(objectAt);
    const afterVerb = text.slice(verbEnd + space, Math.min(sentence.end, verbEnd + space + 80));
    if (possessor?.canonical && POSSESSED_SERVICES.test(text.slice(possessor.end, Math.min(sentence.end, possessor.end + 60)))) return partyKey(possessor);
    const council = COUNCIL_WORDS.exec(afterVerb);
    if (council && POSSESSED_SERVICES.test(afterVerb.slice(council[0].length))) return LOCAL_AUTHORITY;
    const phrase = text.slice(objectAt, Math.min(sentence.end, objectAt + 160));
    const from = SERVICES_FROM.exec(phrase);
    if (!from) return undefined;
    const source = context.organisationStartingAt(objectAt + from[0].length) ?? context.organisationStartingAt(objectAt + from[0].length - 4);
    if (source) return partyKey(source);
    return COUNCIL_WORDS.test(phrase.slice(from[0].length - 4).replace(/^the[\s\u00a0]+/i, 'the ')) ? LOCAL_AUTHORITY : undefined;
  }

  /** "X took over Y on 1 May 2015", "X, which has run Y since taking over in 2015": date:took-over:<Y>. */
  private takeOver(
    context: ClaimContext,
    sentence: SentenceSpan,
    actors: readonly Entity[],
    dates: readonly DateEntity[],
    verbStart: number,
    verbEnd: number,
  ): Claim | undefined {
    const text = context.text;
    const lead = text.slice(sentence.start, verbStart);
    // The one who takes over: for "X, which has run Y since taking over", the name before "which";
    // else the nearest name before the verb that is a clause's subject.
    const relative = RELATIVE_BEFORE.exec(lead);
    const relativeAt = relative ? sentence.start + relative.index : -1;
    const subject =
      (relative ? actors.filter((a) => a.end === relativeAt).pop() : undefined) ??
      actors.filter((a) => a.end <= verbStart && !isPrepositionalObject(text, a, sentence.start) && (relativeAt < 0 || a.end <= relativeAt)).pop();
    if (!subject?.canonical) return undefined;
    // What was taken over: a name right after the verb, else the object's words, else what the clause runs.
    const skip = TAKEN_OVER_THING.exec(text.slice(verbEnd, Math.min(sentence.end, verbEnd + 60)));
    const objectAt = verbEnd + (skip ? skip[0].length : 0);
    let object = context.organisationStartingAt(objectAt)?.canonical;
    if (!object) {
      const since = SINCE_BEFORE.exec(lead);
      const runs = since ? actors.filter((a) => a.end === sentence.start + since.index && RUNS_SINCE.test(text.slice(sentence.start, a.start))).pop() : undefined;
      // the object's words end before a preposition: "took over home care from private agencies"
      const words = objectOf(context, objectAt, Math.min(sentence.end, objectAt + 60), dates as DateEntity[]).replace(OBJECT_ENDS, '');
      object = runs?.canonical ?? (words || undefined);
    }
    // A body's services taken over, however they are listed: "the council's children's services"
    // and "fostering, adoption ... and services for care leavers from Marrick County Council" are
    // one hand-over, from one body, so both are keyed by the body that ran them.
    const servicesOf = this.servicesOwner(context, sentence, verbEnd, objectAt);
    if (servicesOf && servicesOf !== subject.canonical) object = `services-of:${servicesOf}`;
    if (!object || object === subject.canonical || /^(?:on|in|from|at|by)$/.test(object)) return undefined;
    // "takes over all three on D", "takes them over": what was named before, a hand-over of its
    // own keyed by the receiver alone (eventStarts.ts)
    if (ANAPHORIC_OBJECT.test(object)) return undefined;
    const date =
      dates.find((d) => d.start >= verbEnd && d.start - verbEnd < 100 && !/[;,]/.test(text.slice(verbEnd, d.start))) ??
      // a list of services holds commas of its own: its date comes right after the body it left
      (servicesOf ? dates.find((d) => d.start >= verbEnd && d.start - verbEnd < 200 && !/[;:]/.test(text.slice(verbEnd, d.start)) && LIST_END_TO_DATE.test(text.slice(verbEnd, d.start))) : undefined) ??
      // "X will start work on 1 October and will take over Y": coordinated verbs of one subject share the day
      dates.find((d) => d.end <= verbStart && COORDINATED_BEFORE.test(text.slice(d.end, verbStart)));
    if (!date) return undefined;
    const value = completeDate(context, date);
    const claim = context.claim({
      subject,
      attribute: `date:took-over:${object}`,
      value: { kind: 'date', ...value },
      start: Math.min(subject.start, verbStart),
      end: Math.max(date.end, verbEnd),
    });
    if (value.precision === 'day-month') delete claim.time;
    else claim.time = value.iso;
    return claim;
  }
}

export const eventDateExtractor: ClaimExtractor = new EventDateExtractor();
