// Everything an extractor needs to know about one document: its sentences, its entities by type
// and position (with referring words resolved to what they stand for, see referents.ts), the
// named things (things.ts), the author organisation (author.ts), the rules, and how to stamp a
// claim with its subject, span and time.

import type { Token } from '../text/tokens';
import type { Claim, ClaimValue, Entity } from '../types';
import { documentAuthor } from './author';
import { OfficeIndex } from './offices';
import { quotedRanges } from './quotes';
import { quoteSpeakerAfter, quoteSpeakerOrganisation } from './quoteSpeaker';
import { turnSpeakerBody } from './turnSpeaker';
import { firstStartingFrom } from './sortedEntities';
import { describedSubjects } from './ledes';
import { REFERRING_WORDS, resolveReferents } from './referents';
import type { ConflictRules } from './rules';
import { splitSentences, type SentenceSpan } from './sentences';
import { ClauseMoods } from './clauseMood';
import { HEAD_WORDS, findThings, thingsNamedAsOrganisations, type ThingMention } from './things';
import { findWords, findWordsInTokens } from './wordScan';
import { datelines } from './time';
import { vocabularyOf, type CompiledVocabulary } from './vocabulary';
import { VENUE_HEADS, findVenues } from './venueSubjects';

// "founded in 1998", "spun out of the NHS in 2011", "since 2001": a date that belongs to another
// event (a verb a few words before it), not to the figure.
const DATE_OF_ANOTHER_EVENT =
  /(?:\b(?:founded|established|set[\s\u00a0]+up|formed|created|launched|opened|published|announced|born|elected|appointed|spun[\s\u00a0]+(?:out|off)|became|become|joined|left|converted|merged|acquired|bought|sold|took[\s\u00a0]+over|registered|incorporated|started|began|closed)\b(?:[\s\u00a0]+[\p{L}’'-]+){0,8}?[\s\u00a0]+(?:in|on|during)|\b(?:since|until|from|by))[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;
/**
 * "By 2024 the trust had 48 volunteers": "by" opening the sentence dates the state the clause
 * tells (as "In 2024" would), where "by" after a verb bounds another predicate ("cut by 2020").
 */
const OPENING_BY = /^[\s\u00a0"“‘']*by[\s\u00a0]+(?:the[\s\u00a0]+end[\s\u00a0]+of[\s\u00a0]+)?$/i;
/**
 * "an operating loss of £74 million (2023/24: £31 million)": in accounts a bracket opening with a
 * period and a colon gives the figure for another period; its date is that figure's, not the
 * main one's.
 */
function labelsComparative(text: string, date: Entity): boolean {
  let before = date.start - 1;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 0xa0)) before--;
  return text.charCodeAt(before) === 40 && text.charCodeAt(date.end) === 58;
}
const CLAIM_WORDS = [...new Set([...HEAD_WORDS, ...REFERRING_WORDS, ...VENUE_HEADS])];
/** Longer than any name or title: bounds the look-back of overlap queries. */
const MAX_ENTITY_LENGTH = 300;
/** How far from the figure a date in its sentence may stand and still date it. */
const SENTENCE_DATE_REACH = 80;
/**
 * A comparison between the figure and a date: the date is the other figure's ("plans to cut 40
 * posts, compared with 120 jobs cut by Y in 2019", "40 staff, against 55 in 2020").
 */
const COMPARISON_BETWEEN = /\b(?:compared[\s\u00a0]+(?:with|to)|as[\s\u00a0]+against|against|than|whereas|while|up[\s\u00a0]+from|down[\s\u00a0]+from)\b/i;

/** A comma and a conjunction that may open a clause of its own. */
const CLAUSE_JOIN = /,[\s\u00a0]*(?:and|but|yet)[\s\u00a0]/i;

const officeIndexes = new WeakMap<ConflictRules, OfficeIndex>();

const isNotARole = (e: Entity): boolean => e.type !== 'role';

export interface ClaimDraft {
  subject: Entity | { canonical: string; name: string };
  attribute: string;
  value: ClaimValue;
  start: number;
  end: number;
  /** Use a date written in the claim's own sentence as its time (figures, titles). */
  timeFromSentence?: boolean;
  /** The words the time is read for (the figure), when narrower than the claim; see timeAt. */
  focus?: { start: number; end: number };
}

export class ClaimContext {
  readonly sentences: SentenceSpan[];
  /** Organisations with a canonical id and the referring words resolved to them, by start offset. */
  readonly organisations: Entity[];
  /** Named funds, programmes, events and the referring words resolved to them, by start offset. */
  readonly things: ThingMention[];
  /** The organisation the document speaks for, when it says so (author.ts). */
  readonly author?: Entity;
  readonly people: Entity[];
  readonly roles: Entity[];
  readonly numbers: Entity[];
  /** The money figures with an amount, by start offset: what every extractor of sums reads. */
  readonly sums: Entity[];
  readonly dates: Entity[];
  readonly vocabulary: CompiledVocabulary;
  readonly offices: OfficeIndex;
  private readonly sectionDates: Entity[];
  private readonly references: Set<Entity>;

  constructor(
    readonly text: string,
    entities: readonly Entity[],
    readonly rules: ConflictRules,
    readonly documentDate?: string,
    /** The author when the caller knows it (a section of a large document: see sections/); null for none. */
    knownAuthor?: Entity | null,
    /** tokenize(text), when the caller has it: some words are then read off its word forms. */
    readonly tokens?: readonly Token[],
    /** The masthead's date when no cue gives the document's (entities/documentDate.ts). */
    private readonly mastheadDate?: string,
  ) {
    this.sentences = splitSentences(text);
    const sorted = inReadingOrder(entities);
    // The lists by type, in one pass over the entities (each keeps the reading order).
    const named: Entity[] = [];
    const names: Entity[] = [];
    const people: Entity[] = [];
    const roles: Entity[] = [];
    const numbers: Entity[] = [];
    const sums: Entity[] = [];
    const dates: Entity[] = [];
    for (const e of sorted) {
      switch (e.type) {
        case 'organisation':
          if (e.canonical) named.push(e);
          names.push(e);
          break;
        case 'person':
          names.push(e);
          if (e.canonical) people.push(e);
          break;
        case 'role':
          roles.push(e);
          break;
        case 'percentage':
        case 'quantity':
        case 'money':
          numbers.push(e);
          if (e.type === 'money' && e.value?.kind === 'money' && Number.isFinite(e.value.amount)) sums.push(e);
          break;
        case 'date':
          dates.push(e);
          break;
      }
    }
    const overlapsName = overlapTest(this, names);
    this.author = knownAuthor === undefined ? documentAuthor(text, named) : (knownAuthor ?? undefined);
    // one pass over the text finds both the head nouns of things and the referring words
    const words = tokens ? findWordsInTokens(text, tokens, CLAIM_WORDS) : findWords(text, CLAIM_WORDS);
    // A lede's description of the body the next sentence names ("One of the region's largest
    // academy chains is to …"): a mention of that body, like a resolved referring word (ledes.ts).
    const described = describedSubjects(text, this.sentences, named);
    const resolved = resolveReferents({
      text,
      sentenceAt: sentenceFinder(this),
      organisations: described.length === 0 ? named : [...named, ...described].sort((a, b) => a.start - b.start || b.end - a.end),
      insideEntity: overlapTest(this, sorted, isNotARole),
      things: [...findThings(text, overlapsName, words), ...thingsNamedAsOrganisations(named)].sort((a, b) => a.start - b.start),
      words,
      quotes: quotesOnce(text),
      author: this.author,
      quoteSpeaker: quoteSpeakerFinder(text, roles, people, named),
      turnSpeaker: (offset) => turnSpeakerBody(text, offset, people, roles, named),
    });
    // Venues named by their kind are subjects of claims, never entities nor antecedents of "it" (venueSubjects.ts).
    const { venues, references } = findVenues(text, words, overlapsName);
    this.organisations = venues.length === 0 ? resolved.organisations : [...resolved.organisations, ...venues, ...references].sort((a, b) => a.start - b.start || b.end - a.end);
    this.things = resolved.things;
    this.references = resolved.references;
    for (const mention of references) this.references.add(mention);
    for (const mention of described) this.references.add(mention);
    this.people = people;
    this.roles = roles;
    this.numbers = numbers;
    this.sums = sums;
    this.dates = dates;
    this.vocabulary = vocabularyOf(rules);
    let offices = officeIndexes.get(rules);
    if (!offices) {
      offices = new OfficeIndex(rules.offices);
      officeIndexes.set(rules, offices);
    }
    this.offices = offices;
    this.sectionDates = datelines(text, this.dates);
  }

  /** The sentence containing `offset`, by binary search. */
  /**
   * The sentences that hold a date, in the order of `sentences`. Most sentences hold none, and the
   * extractors of dated events read only these: a walk through the dates (sorted by start) in step
   * with the sentences tells which, without a search per sentence. Made once, when first asked.
   */
  datedSentences(): readonly SentenceSpan[] {
    if (this.datedSentencesMemo) return this.datedSentencesMemo;
    const dated: SentenceSpan[] = [];
    const dates = this.dates;
    let next = 0;
    let previousStart = -1;
    for (const sentence of this.sentences) {
      if (sentence.start < previousStart) next = 0;
      previousStart = sentence.start;
      while (next < dates.length && dates[next]!.start < sentence.start) next++;
      if (next < dates.length && dates[next]!.start < sentence.end) dated.push(sentence);
    }
    return (this.datedSentencesMemo = dated);
  }
  private datedSentencesMemo: SentenceSpan[] | undefined;

  sentenceAt(offset: number): SentenceSpan | undefined {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** Entities of a sorted list that lie wholly inside [start, end). */
  within(list: readonly Entity[], start: number, end: number): Entity[] {
    const out: Entity[] = [];
    for (let i = firstStartingFrom(list, start); i < list.length && list[i].start < end; i++) if (list[i].end <= end) out.push(list[i]);
    return out;
  }

  /** Entities of a sorted list that overlap [start, end); entities are assumed shorter than MAX_ENTITY_LENGTH. */
  overlapping(list: readonly Entity[], start: number, end: number): Entity[] {
    return this.within(list, Math.max(0, start - MAX_ENTITY_LENGTH), end + MAX_ENTITY_LENGTH).filter((e) => e.start < end && e.end > start);
  }

  /**
   * overlapping(list, start, end).some(accept), without building the lists: asked for every
   * referring word and every named thing, which would otherwise allocate two arrays each time.
   */
  anyOverlapping(list: readonly Entity[], start: number, end: number, accept?: (e: Entity) => boolean): boolean {
    const from = Math.max(0, start - MAX_ENTITY_LENGTH);
    const to = end + MAX_ENTITY_LENGTH;
    // Entities starting at or after `end` cannot overlap [start, end): the scan stops there.
    for (let i = firstStartingFrom(list, from); i < list.length && list[i].start < end; i++) {
      const e = list[i];
      if (e.end <= to && e.end > start && (accept === undefined || accept(e))) return true;
    }
    return false;
  }

  /** The organisation that starts exactly at `offset`, if any. */
  organisationStartingAt(offset: number): Entity | undefined {
    let lo = 0;
    let hi = this.organisations.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.organisations[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    const org = this.organisations[lo];
    return org && org.start === offset ? org : undefined;
  }

  /** The organisation ending closest before `offset`, not before `floor`. */
  organisationBefore(offset: number, floor: number): Entity | undefined {
    let best: Entity | undefined;
    for (const org of this.within(this.organisations, floor, offset)) if (!best || org.end >= best.end) best = org;
    return best;
  }

  /**
   * The mood of the clause at `offset` (clauseMood.ts): 0 when it is stated as fact, else Mood bits
   * (conditional, possible, demanded, intended, denied, reported). Every reading asks this one
   * reading, worked out once per text when first asked, and adds only what its own claim needs.
   */
  moodAt(offset: number): number {
    return (this.moods ??= new ClauseMoods(this.text, sentenceFinder(this), this.tokens)).at(offset);
  }

  /** The moods of any clause that [start, end) reaches into (see moodAt). */
  moodOver(start: number, end: number): number {
    return (this.moods ??= new ClauseMoods(this.text, sentenceFinder(this), this.tokens)).over(start, end);
  }
  private moods: ClauseMoods | undefined;

  /** True for a question: it asks, it does not assert. */
  isQuestion(sentence: SentenceSpan): boolean {
    return /\?["'”’)\]]*$/.test(this.text.slice(Math.max(sentence.start, sentence.end - 4), sentence.end));
  }

  /** True for a mention made from a referring word ("it", "the Trust", "we"), not a name. */
  isReference(e: Entity): boolean {
    return this.references.has(e);
  }

  /** The day the document was written, to count its relative dates from: its own date, else its masthead's. */
  get ownDay(): string | undefined {
    return this.documentDate ?? this.mastheadDate;
  }

  /**
   * The time a claim speaks of. With `useSentenceDate`, the date in its sentence nearest to the
   * figure (`focus`), unless it dates another event ("spun out of the NHS in 2011", a date in a
   * relative clause the figure is not in) or stands far from the figure; else the dateline of its
   * section; else the document's own date.
   */
  timeAt(offset: number, useSentenceDate: boolean, focus: { start: number; end: number } = { start: offset, end: offset }): string | undefined {
    if (useSentenceDate) {
      const sentence = this.sentenceAt(focus.start) ?? this.sentenceAt(offset);
      if (sentence) {
        let best: Entity | undefined;
        let bestDistance = Number.POSITIVE_INFINITY;
        for (const d of this.within(this.dates, sentence.start, sentence.end)) {
          if (d.value?.kind !== 'date' || d.value.precision === 'day-month') continue;
          const distance = d.start >= focus.end ? d.start - focus.end : d.end <= focus.start ? focus.start - d.end : 0;
          if (distance > SENTENCE_DATE_REACH || distance >= bestDistance) continue;
          if (DATE_OF_ANOTHER_EVENT.test(this.text.slice(Math.max(sentence.start, d.start - 100), d.start)) && !OPENING_BY.test(this.text.slice(sentence.start, d.start))) continue;
          if (labelsComparative(this.text, d)) continue;
          if (this.inOtherClause(d, focus, sentence)) continue;
          if (COMPARISON_BETWEEN.test(d.start >= focus.end ? this.text.slice(focus.end, d.start) : this.text.slice(d.end, focus.start))) continue;
          if (d.start >= focus.end && this.datesAnotherClause(focus.end, d.start)) continue;
          best = d;
          bestDistance = distance;
        }
        if (best?.value?.kind === 'date') return best.value.iso;
      }
    }
    let section: Entity | undefined;
    for (const d of this.sectionDates) {
      if (d.start > offset) break;
      section = d;
    }
    if (section?.value?.kind === 'date') return section.value.iso;
    return this.documentDate;
  }

  /**
   * True when a date after the figure belongs to a clause of its own: one after a semicolon ("paid
   * £4m last year; the company expects a profit in 2026"), or one joined by ", and"/", but" that
   * gives a figure of its own ("has paid £4m, and expects to pay £1m more in 2026").
   */
  private datesAnotherClause(from: number, to: number): boolean {
    const between = this.text.slice(from, to);
    if (between.includes(';')) return true;
    const join = CLAUSE_JOIN.exec(between);
    return join !== null && this.within(this.numbers, from + join.index, to).length > 0;
  }

  /** True when a date sits in a comma-bounded relative clause (", which ... ,") that the focus is outside. */
  private inOtherClause(date: Entity, focus: { start: number; end: number }, sentence: SentenceSpan): boolean {
    const before = this.text.slice(sentence.start, date.start);
    const open = before.search(/,[\s\u00a0]*(?:which|who|that|where)[\s\u00a0][^,]*$/i);
    if (open < 0) return false;
    const clauseStart = sentence.start + open;
    const close = this.text.indexOf(',', date.end);
    const clauseEnd = close < 0 || close > sentence.end ? sentence.end : close;
    return focus.end <= clauseStart || focus.start >= clauseEnd;
  }

  claim(draft: ClaimDraft): Claim {
    const subject = draft.subject;
    const canonical = 'type' in subject ? subject.canonical! : subject.canonical;
    const name = 'type' in subject ? (subject.canonicalName ?? subject.text) : subject.name;
    const claim: Claim = {
      start: draft.start,
      end: draft.end,
      text: this.text.slice(draft.start, draft.end),
      subject: canonical,
      subjectName: name,
      attribute: draft.attribute,
      value: draft.value,
    };
    const time = this.timeAt(draft.start, draft.timeFromSentence ?? false, draft.focus ?? { start: draft.start, end: draft.end });
    if (time) claim.time = time;
    return claim;
  }
}

// The closures a context hands to the finders are made by these functions, not bound to a name
// of their own: the shipped bundle keeps names (keepNames), which wraps every named closure in a
// call that sets its name, and that costs more than making the closure, for every document.

/** (start, end) => context.anyOverlapping(list, start, end, accept). */
function overlapTest(context: ClaimContext, list: readonly Entity[], accept?: (e: Entity) => boolean): (start: number, end: number) => boolean {
  return (start, end) => context.anyOverlapping(list, start, end, accept);
}

/** (offset) => context.sentenceAt(offset). */
function sentenceFinder(context: ClaimContext): (offset: number) => SentenceSpan | undefined {
  return (offset) => context.sentenceAt(offset);
}

/** The quoted ranges of the text, found when first asked. */
function quotesOnce(text: string): () => ReturnType<typeof quotedRanges> {
  let quotes: ReturnType<typeof quotedRanges> | undefined;
  return () => (quotes ??= quotedRanges(text));
}

/** The organisation a quote speaks for: named in its introduction, else in the attribution after it. */
function quoteSpeakerFinder(text: string, roles: Entity[], people: Entity[], named: Entity[]): (quoteStart: number, quoteEnd: number) => Entity | undefined {
  return (quoteStart, quoteEnd) => quoteSpeakerOrganisation(text, quoteStart, roles, people, named) ?? quoteSpeakerAfter(text, quoteEnd, roles, people, named);
}

const byReadingOrder = (a: Entity, b: Entity): number => a.start - b.start || b.end - a.end;

/**
 * A copy of the entities by start, the longer first at one start. The recognisers hand them over
 * in that order already, which one look at each neighbour confirms for less than a sort costs.
 */
function inReadingOrder(entities: readonly Entity[]): Entity[] {
  for (let i = 1; i < entities.length; i++) if (byReadingOrder(entities[i - 1]!, entities[i]!) > 0) return [...entities].sort(byReadingOrder);
  return entities.slice();
}
