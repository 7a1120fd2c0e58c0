// Dates of a body's events told as nouns, as annual reports and news often do: "the closure of X
// on 31 March 2018", "X's founding in 1998", "since its foundation in 1998, X ...", "the merger of
// X and Y in 2016", "X's merger with Y", "X's takeover of Y on 1 October 2015", "X's registration
// as a charity in 2004"; or with the year before the noun: "the 2021 merger of X and Y", "its 2015
// closure". The attributes are the verbs' own (eventDates.ts, classification.ts), so a
// source that says "X was set up in 1998" and one that says "X's founding in 1999" disagree.
// The date must follow the noun phrase at once ("in", "on"): "the closure of X's Leeds office in
// 2015" and "the merger talks of 2014" give nothing. "Administration" is not read as a noun: "the
// council's administration in 2019" is its ruling group, not an insolvency.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import type { SentenceSpan } from '../sentences';
import { tokenise } from '../vocabulary';
import type { ClaimExtractor } from './extractor';

// "the 2021 merger of X and Y", "its 2015 closure": the year may stand before the noun as its modifier
const EVENT_NOUN = /(?:\b(?:the|its)|['’]s)[\s\u00a0]+(?:(\d{4})[\s\u00a0]+)?(founding|foundation|formation|creation|establishment|launch|closure|dissolution|liquidation|merger|takeover|take-over|registration|conversion)\b/gi;
/** "the 2021 merger talks", "its 2015 closure plan": a noun after the event's is what the year dates. */
const NOUN_AFTER_EVENT = /^[\s\u00a0]+(?:talks|plans?|proposals?|bid|deal|date|consultation|process|agreement|review|programme|costs?)\b/i;
const NOUN_EVENTS: Record<string, string> = {
  founding: 'founded',
  foundation: 'founded',
  formation: 'founded',
  creation: 'founded',
  establishment: 'founded',
  // a body's own launch is the day it started running ("since its launch on 1 April 2011")
  launch: 'started',
  closure: 'dissolved',
  dissolution: 'dissolved',
  liquidation: 'liquidation',
  merger: 'merged',
  takeover: 'took-over',
  'take-over': 'took-over',
  registration: 'became',
  conversion: 'became',
};
const OF = /^[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?/i;
const WITH = /^[\s\u00a0]+with[\s\u00a0]+(?:the[\s\u00a0]+)?/i;
const AND = /^[\s\u00a0]+and[\s\u00a0]+(?:the[\s\u00a0]+)?/i;
/** "as a charity", "into a community interest company", "to a CIC": the form taken, up to its date. */
const AS_FORM = /^[\s\u00a0]+(?:as|into|to)[\s\u00a0]+(?:an?[\s\u00a0]+)?([\p{L}’'\s\u00a0-]{2,60}?)[\s\u00a0]+(?:in|on)[\s\u00a0]+$/u;
const OF_AFTER_DATE = /^[\s\u00a0]+of[\s\u00a0]/i;
const TO_DATE = /^[\s\u00a0]+(?:in|on)[\s\u00a0]+$/i;
/** "Since its foundation in 1998, X ...": the body named after the opening phrase. */
const OPENING_CLAUSE_END = /^[^.;:()]*,[\s\u00a0]*(?:the[\s\u00a0]+)?$/;

type DatedEntity = Entity & { value: { kind: 'date'; iso: string; precision: 'day' | 'month' | 'year' | 'financial-year' } };

class EventNounExtractor implements ClaimExtractor {
  readonly name = 'event-noun';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    // a noun event without a date in its sentence says nothing here
    for (const sentence of context.datedSentences()) this.read(context, sentence, claims);
    return claims;
  }

  private read(context: ClaimContext, sentence: SentenceSpan, claims: Claim[]): void {
    const text = context.text;
    const sentenceText = text.slice(sentence.start, sentence.end);
    EVENT_NOUN.lastIndex = 0;
    for (let m = EVENT_NOUN.exec(sentenceText); m; m = EVENT_NOUN.exec(sentenceText)) {
      const at = sentence.start + m.index;
      const noun = m[2]!.toLowerCase();
      const fronted = m[1] !== undefined;
      if (fronted && NOUN_AFTER_EVENT.test(text.slice(at + m[0].length, Math.min(sentence.end, at + m[0].length + 16)))) continue;
      const event = NOUN_EVENTS[noun]!;
      const form = m[0][0] === "'" || m[0][0] === '’' ? 'possessive' : m[0].slice(0, 3).toLowerCase() === 'its' ? 'pronoun' : 'article';
      let cursor = at + m[0].length;
      let owner: Entity | undefined;
      if (form === 'possessive') owner = context.within(context.organisations, Math.max(sentence.start, at - 200), at).find((o) => o.end === at);
      else if (form === 'pronoun') owner = this.referent(context, sentence, at);
      else {
        // "the closure of X": the body follows "of"
        owner = this.nameAfter(context, cursor, OF);
        if (owner) cursor = owner.end;
      }
      if (!owner?.canonical || owner.type !== 'organisation') continue;
      let attribute = `date:${event}`;
      let other: Entity | undefined;
      let category: string | undefined;
      if (event === 'merged') {
        // "the merger of X and Y", "X's merger with Y"
        other = this.nameAfter(context, cursor, form === 'article' ? AND : WITH);
        if (!other?.canonical || other.canonical === owner.canonical) continue;
        cursor = other.end;
        attribute = `date:merged:${other.canonical}`;
      } else if (event === 'took-over') {
        if (form === 'article') continue;
        other = this.nameAfter(context, cursor, OF);
        if (!other?.canonical || other.canonical === owner.canonical) continue;
        cursor = other.end;
        attribute = `date:took-over:${other.canonical}`;
      } else if (event === 'became') {
        if (fronted) continue;
        const date = context.within(context.dates, cursor, Math.min(sentence.end, cursor + 80))[0];
        const asForm = date ? AS_FORM.exec(text.slice(cursor, date.start)) : null;
        if (!asForm) continue;
        const wordsAt = cursor + asForm[0].indexOf(asForm[1]!);
        const found = context.vocabulary.categories.findAll(tokenise(text, wordsAt, wordsAt + asForm[1]!.length));
        if (found.length !== 1) continue;
        category = found[0]!.id;
        attribute = `date:became:${category}`;
      }
      const yearAt = fronted ? at + m[0].indexOf(m[1]!) : -1;
      const date = (
        fronted
          ? context.within(context.dates, yearAt, yearAt + 4).find((d) => d.start === yearAt && d.value?.kind === 'date' && d.value.precision === 'year')
          : context.within(context.dates, cursor, Math.min(sentence.end, cursor + 80)).find((d) => d.value?.kind === 'date' && d.value.precision !== 'day-month')
      ) as DatedEntity | undefined;
      if (!date) continue;
      if (!fronted && event !== 'became' && !TO_DATE.test(text.slice(cursor, date.start))) continue;
      // "X's launch in 2011 of a new service": the noun's object comes after its date
      if (!fronted && OF_AFTER_DATE.test(text.slice(date.end, Math.min(sentence.end, date.end + 5)))) continue;
      const start = Math.min(at, owner.start);
      const claimFor = (subject: Entity, name: string): Claim => {
        const claim = context.claim({ subject, attribute: name, value: { kind: 'date', iso: date.value.iso, precision: date.value.precision }, start, end: Math.max(date.end, cursor) });
        claim.time = date.value.iso;
        return claim;
      };
      claims.push(claimFor(owner, attribute));
      if (event === 'merged') claims.push(claimFor(other!, `date:merged:${owner.canonical}`));
      // "X's registration as a charity" says X is one
      if (category) claims.push(context.claim({ subject: owner, attribute: 'category', value: { kind: 'category', category, polarity: 'affirm' }, start, end: date.start }));
    }
  }

  /** The organisation named right after `from` once `gap` ("of the", "and") is passed. */
  private nameAfter(context: ClaimContext, from: number, gap: RegExp): Entity | undefined {
    const words = gap.exec(context.text.slice(from, from + 12));
    return words ? context.organisationStartingAt(from + words[0].length) : undefined;
  }

  /** What "its" stands for: the nearest organisation before it in the sentence, else the one an opening phrase leads to. */
  private referent(context: ClaimContext, sentence: SentenceSpan, at: number): Entity | undefined {
    const before = context.within(context.organisations, sentence.start, at);
    if (before.length) return before[before.length - 1];
    return context.within(context.organisations, at, sentence.end).find((o) => OPENING_CLAUSE_END.test(context.text.slice(at, o.start)));
  }
}

export const eventNounExtractor: ClaimExtractor = new EventNounExtractor();
