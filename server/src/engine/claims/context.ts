// Everything an extractor needs to know about one document: its sentences, its entities by type
// and position, the rules, and how to stamp a claim with its subject, span and time.

import type { Claim, ClaimValue, Entity } from '../types';
import { OfficeIndex } from './offices';
import type { ConflictRules } from './rules';
import { splitSentences, type SentenceSpan } from './sentences';
import { datelines } from './time';
import { vocabularyOf, type CompiledVocabulary } from './vocabulary';

// "founded in 1998", "since 2001": a date that belongs to another event, not to the figure.
const DATE_OF_ANOTHER_EVENT = /\b(?:founded|established|set up|formed|created|launched|opened|published|announced|born|elected|appointed|since|until|from)[\s\u00a0]+(?:(?:in|on)[\s\u00a0]+)?(?:the[\s\u00a0]+)?$/i;
const SENTENCE_PRONOUN = /^(?:It|it)(?=[\s\u00a0]+(?:is|was|has|had|remains|employs|employed|owns|runs|ran|isn['’]t|wasn['’]t|now)\b)/;

const officeIndexes = new WeakMap<ConflictRules, OfficeIndex>();

export interface ClaimDraft {
  subject: Entity | { canonical: string; name: string };
  attribute: string;
  value: ClaimValue;
  start: number;
  end: number;
  /** Use a date written in the claim's own sentence as its time (figures, titles). */
  timeFromSentence?: boolean;
}

export class ClaimContext {
  readonly sentences: SentenceSpan[];
  /** Organisations with a canonical id, by start offset. */
  readonly organisations: Entity[];
  readonly people: Entity[];
  readonly roles: Entity[];
  readonly numbers: Entity[];
  readonly dates: Entity[];
  readonly vocabulary: CompiledVocabulary;
  readonly offices: OfficeIndex;
  private readonly sectionDates: Entity[];

  constructor(
    readonly text: string,
    entities: readonly Entity[],
    readonly rules: ConflictRules,
    readonly documentDate?: string,
  ) {
    this.sentences = splitSentences(text);
    const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
    this.organisations = sorted.filter((e) => e.type === 'organisation' && e.canonical);
    this.people = sorted.filter((e) => e.type === 'person' && e.canonical);
    this.roles = sorted.filter((e) => e.type === 'role');
    this.numbers = sorted.filter((e) => e.type === 'percentage' || e.type === 'quantity' || e.type === 'money');
    this.dates = sorted.filter((e) => e.type === 'date');
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
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Entity[] = [];
    for (let i = lo; i < list.length && list[i].start < end; i++) if (list[i].end <= end) out.push(list[i]);
    return out;
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

  /** True for a question: it asks, it does not assert. */
  isQuestion(sentence: SentenceSpan): boolean {
    return /\?["'”’)\]]*$/.test(this.text.slice(Math.max(sentence.start, sentence.end - 4), sentence.end));
  }

  /**
   * What a sentence-initial "It" stands for: the organisation that opens the sentence before
   * ("Acme Care was founded in 1998. It has 300 staff."). Anything less certain is left alone.
   */
  sentenceTopicBefore(sentence: SentenceSpan): Entity | undefined {
    if (!SENTENCE_PRONOUN.test(this.text.slice(sentence.start, sentence.start + 12))) return undefined;
    const index = this.sentences.indexOf(sentence);
    const previous = index > 0 ? this.sentences[index - 1] : undefined;
    if (!previous) return undefined;
    const opening = this.within(this.organisations, previous.start, previous.end)[0];
    if (!opening) return undefined;
    const lead = this.text.slice(previous.start, opening.start);
    return /^(?:the[\s\u00a0]+)?$/i.test(lead) ? opening : undefined;
  }

  /** The time a claim speaks of; see time.ts. */
  timeAt(offset: number, useSentenceDate: boolean): string | undefined {
    if (useSentenceDate) {
      const sentence = this.sentenceAt(offset);
      if (sentence) {
        const inSentence = this.within(this.dates, sentence.start, sentence.end).find(
          (d) =>
            d.value?.kind === 'date' &&
            d.value.precision !== 'day-month' &&
            !DATE_OF_ANOTHER_EVENT.test(this.text.slice(Math.max(sentence.start, d.start - 30), d.start)),
        );
        if (inSentence?.value?.kind === 'date') return inSentence.value.iso;
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
    const time = this.timeAt(draft.start, draft.timeFromSentence ?? false);
    if (time) claim.time = time;
    return claim;
  }
}
