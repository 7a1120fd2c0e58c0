// Whether a body, or a kind of place a body runs, will close: the category "closes", affirmed or
// denied, keyed by the body and the place (closes:<place>, closes:self for the body itself), so a
// denial and an affirmation of the same place meet as a negation (conflicts/category.ts).
//   affirmed  "X will close in March", "X closes for good on 30 September", "X is to shut",
//             "X will close one of its three shops", "X's pool on Mill Road is to shut",
//             "two of the X centres will close"
//   denied    "X will stay open", "X is not closing", "X won't close", "none of X's shops will
//             close", "no X pool will close", "all three X shops will remain open"
// Look-alikes kept apart: another place of the same body ("none of the shops will close" and "X
// will close its café" are two places); a closure for a while ("closes for refurbishment", "closes
// at 5pm", "closes to new members"); other senses of the verb ("close the gap", "close a deal"),
// since an object must be a place; a closure only supposed, feared or planned ("could close",
// "if X closed", "plans to close"), which the verbs here leave out or clauseMood marks; some of
// the places staying open ("two of the shops will stay open"), which denies nothing.

import type { Claim, Entity } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import { singular } from '../vocabulary';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
export const CLOSES = 'closes';

const CUES = new CueWords([
  { word: 'close' }, { word: 'closes' }, { word: 'closing' }, { word: 'shut' }, { word: 'shuts' }, { word: 'shutting' }, { word: 'open' },
]);
/** The places a body runs that texts say close: an object of "close" must be one of them. */
const PLACES = new Set([
  'shop', 'store', 'branch', 'office', 'pool', 'library', 'centre', 'center', 'surgery', 'practice', 'ward', 'school', 'site', 'depot',
  'station', 'museum', 'gallery', 'café', 'cafe', 'restaurant', 'pub', 'clinic', 'hospital', 'unit', 'plant', 'factory', 'mill', 'theatre',
  'cinema', 'hall', 'hub', 'outlet', 'campus', 'lido', 'venue', 'home', 'hostel', 'shelter', 'bank', 'bakery', 'farm', 'yard', 'works',
  'warehouse', 'rink', 'court', 'counter', 'desk', 'service', 'bar', 'kitchen', 'nursery', 'college', 'church', 'chapel', 'park', 'garden',
]);
const NUMBER = `(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/** The verb that closes, with its time words: "will close", "is to shut", "closes for good", "is closing". */
const CLOSE_VERB = new RegExp(
  `(?<aux>${S}+(?:will|shall|is${S}+to|are${S}+to|is${S}+set${S}+to|are${S}+set${S}+to|is${S}+due${S}+to|are${S}+due${S}+to|is|are))?${S}+(?<verb>close|shut|closes|shuts|closing|shutting)(?<down>${S}+down)?\\b`,
  'giu',
);
/** The verb that keeps open or denies closing: "will stay open", "is not closing", "won't close". */
const KEEP_VERB = new RegExp(
  `${S}+(?:(?:will|shall|is${S}+going${S}+to|are${S}+going${S}+to)${S}+(?:stay|remain)${S}+open|(?:is|are)${S}+(?:staying|remaining)${S}+open|(?:stays|remains)${S}+open` +
    `|(?:will${S}+not|won['’]t|shall${S}+not|is${S}+not${S}+going${S}+to|are${S}+not${S}+going${S}+to|isn['’]t${S}+going${S}+to|aren['’]t${S}+going${S}+to)${S}+(?:close|shut)|(?:is|are)${S}+not${S}+(?:closing|shutting)|(?:isn|aren)['’]t${S}+(?:closing|shutting)` +
    `|ha(?:s|ve)${S}+no${S}+plans?${S}+to${S}+(?:close|shut))\\b`,
  'giu',
);
/** Right after a closing verb: a closure for a while, or to some people only, is no closure. */
const FOR_A_WHILE = new RegExp(`^${S}*(?:for${S}+(?!good\\b)|at${S}+\\d|early|temporarily|briefly|to${S}+(?:new|the${S}+public|visitors|members|patients)|on${S}+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|bank)|each|every|overnight|until)`, 'iu');
/** Right after the verb, an object: "one of its three shops", "its café", "two libraries", "the pool". */
const OBJECT = new RegExp(`^${S}+(?:(?:${NUMBER}|all|both|some|most|any)${S}+of${S}+)?(?:its|their|the|our|${NUMBER}|all|both|any)${S}+(?:${NUMBER}${S}+)?(?<first>[\\p{Ll}é-]+)(?:${S}+(?<second>[\\p{Ll}é-]+))?`, 'iu');
/** A lower-case word right after the verb that is no object: the clause's time or manner. */
const NO_OBJECT = new RegExp(`^${S}*(?:[,.;:!)]|$|(?:in|on|at|by|from|next|this|later|early|before|after|when|for${S}+good|permanently|altogether|completely|entirely|and|but|as|because|until|down|its${S}+doors|their${S}+doors)\\b)`, 'iu');
/** Before the body's name: a quantifier over its places ("none of the", "no", "all three", "two of X's"). */
const QUANTIFIER = new RegExp(`(?:^|[^\\p{L}])(?<q>none${S}+of|not${S}+one${S}+of|no|all(?:${S}+of)?|both|(?<count>${NUMBER})${S}+of)${S}+(?:(?:the|its|their|our)${S}+)?(?:${NUMBER}${S}+)?$`, 'iu');
/** Between the body's name and the verb: its places ("'s pool on Mill Road", " shops in Kelby"). */
const PLACE_AFTER_NAME = new RegExp(`^(?:['’]s?)?${S}+(?:[\\p{Ll}-]+${S}+){0,2}?(?<noun>[\\p{Ll}é]+)(?:${S}+(?:in|on|at)${S}+(?:the${S}+)?[\\p{Lu}\\d][\\p{L}\\d'’-]*(?:${S}+[\\p{Lu}][\\p{L}'’-]*){0,3})?$`, 'u');
const SUPPOSED = Mood.Conditional | Mood.Possible;

/** A place noun as PLACES keys it: lower case, singular ("Libraries" → library, "campus" stays). */
const placeWord = (noun: string): string => singular(noun.toLowerCase());

interface Reading {
  subject: Entity;
  place: string;
  polarity: 'affirm' | 'deny';
  start: number;
  end: number;
}

class ClosureExtractor implements ClaimExtractor {
  readonly name = 'closures';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const orgs = context.within(context.organisations, sentence.start, sentence.end).filter((o) => o.canonical);
      if (orgs.length === 0) continue;
      const body = context.text.slice(sentence.start, sentence.end);
      for (const [pattern, keeps] of [
        [CLOSE_VERB, false],
        [KEEP_VERB, true],
      ] as const) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
          const at = sentence.start + m.index;
          const end = at + m[0].length;
          if (!keeps && !this.closingVerb(m)) continue;
          const reading = this.read(context, sentence, orgs, at, end, keeps);
          if (!reading || (context.moodAt(end - 1) & SUPPOSED) !== 0) continue;
          claims.push(
            context.claim({
              subject: reading.subject,
              attribute: `${CLOSES}:${reading.place}`,
              value: { kind: 'category', category: reading.place === 'self' ? 'closure' : `closure of a ${reading.place}`, polarity: reading.polarity },
              start: reading.start,
              end: reading.end,
              timeFromSentence: true,
            }),
          );
        }
      }
    }
    return claims;
  }

  /** "will close", "is to shut", "closes", "is closing": a bare "close" needs its auxiliary ("to close" in "plans to close" is no closure). */
  private closingVerb(m: RegExpExecArray): boolean {
    const verb = m.groups!.verb!.toLowerCase();
    const aux = m.groups!.aux?.trim().toLowerCase();
    if (verb === 'close' || verb === 'shut') return aux !== undefined && !/^(?:is|are)$/.test(aux);
    if (verb === 'closing' || verb === 'shutting') return aux === 'is' || aux === 'are';
    return aux === undefined;
  }

  private read(context: ClaimContext, sentence: SentenceSpan, orgs: readonly Entity[], at: number, end: number, keeps: boolean): Reading | undefined {
    const text = context.text;
    const after = text.slice(end, Math.min(sentence.end, end + 80));
    if (FOR_A_WHILE.test(after)) return undefined;
    // the subject: the last name before the verb that is no preposition's object, with only its places between
    let subject: Entity | undefined;
    for (const o of orgs) if (o.end <= at) subject = o;
    if (!subject) return undefined;
    const between = text.slice(subject.end, at);
    let place = 'self';
    if (between.trim() !== '') {
      const placed = PLACE_AFTER_NAME.exec(between);
      if (!placed || !PLACES.has(placeWord(placed.groups!.noun!))) return undefined;
      place = placeWord(placed.groups!.noun!);
    } else if (isPrepositionalObject(text, subject, sentence.start)) {
      return undefined;
    }
    let polarity: 'affirm' | 'deny' = keeps ? 'deny' : 'affirm';
    // "will not close any of its shops", "has no plans to close any branches": the object is the place
    if (place === 'self' && (!keeps || /(?:close|shut)$/i.test(text.slice(at, end)))) {
      // "X will close one of its three shops": the object is the place; "X will close the gap" is no closure
      const object = NO_OBJECT.test(after) ? null : OBJECT.exec(after);
      if (object) {
        const second = object.groups!.second && placeWord(object.groups!.second);
        const noun = second && PLACES.has(second) ? second : placeWord(object.groups!.first!);
        if (!PLACES.has(noun)) return undefined;
        place = noun;
      } else if (!NO_OBJECT.test(after)) {
        return undefined;
      }
    }
    let start = subject.start;
    const quantifier = QUANTIFIER.exec(text.slice(Math.max(sentence.start, subject.start - 40), subject.start));
    if (quantifier) {
      if (place === 'self') return undefined;
      const q = quantifier.groups!.q!.toLowerCase();
      const none = /^(?:none|not|no$)/.test(q);
      const some = quantifier.groups!.count !== undefined && !/^all|^both/.test(q);
      // "none of the shops will close" denies; "two of the shops will stay open" says nothing of the rest
      if (none) polarity = keeps ? 'affirm' : 'deny';
      if (some && keeps) return undefined;
      start = subject.start - quantifier[0].length + (quantifier[0].length - quantifier[0].trimStart().length);
    } else if (place !== 'self' && !/^['’]/.test(between) && between.trim() !== '') {
      // "X shops will close" with no quantifier or possessive: which shops is unsaid
      return undefined;
    }
    return { subject, place, polarity, start, end };
  }
}

export const closureExtractor: ClaimExtractor = new ClosureExtractor();
