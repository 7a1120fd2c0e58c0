// A process that is open for a time, and the day it opens or closes: a share offer, a consultation,
// a ballot, a petition, an appeal, a tender, a call for nominations or applications. The fact has
// three parts found apart from their wording: the process (a noun of that closed set), its edge (a
// verb of opening or closing, in any tense: "closes", "closed", "will close", "ends") and a day,
// either written right after the verb ("closes on Friday 17 July 2026", a key-facts line's "Offer
// closes: 17 July 2026") or counted on from a day the sentence gives before ("a fortnight later").
// The claim is date:<process>-opens or date:<process>-closes: opening and closing are two events,
// and two processes of one body are two keys. The body: the one the process is said to belong to
// (a possessive or a name right before it, "the consultation by X"), else the body the sentence
// names as its subject, else the body the page names most (a news outlet aside), else the body of
// the sentence before. A question, a
// condition, or a body given two days for one edge by one text gives nothing.

import type { Claim, Entity } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import { mostNamedBody } from '../pageBody';
import { isMedia } from '../referents';
import { laterDayAt } from '../relativeDays';
import { completeDate } from './eventDates';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
/** The processes, singular as keyed: "applications" and "nominations" are named in the plural. */
const PROCESSES = ['offer', 'consultation', 'ballot', 'petition', 'appeal', 'tender', 'nominations', 'applications', 'vote'];
const CUES = new CueWords(PROCESSES.map((word) => ({ word, prefix: word === 'offer' || word === 'petition' || word === 'appeal' || word === 'tender' || word === 'ballot' })));
/** The process, its edge, and what may stand between the edge and its day. */
const EDGE = new RegExp(
  `\\b(?<noun>offer|consultation|ballot|petition|appeal|tender|nominations|applications|vote)(?:${S}+(?:period|window))?` +
    `(?<tail>${S}+(?:(?:by|for|of|from|to|on|in)${S}+[^,;:.?!\\d]{1,60}?))?` +
    `${S}*(?:${S}(?:will|would|shall|is|was|has|had|have|finally|formally|officially|now|then|also|be|been|due|set|to|expected)(?=${S}))*${S}*` +
    `(?<verb>(?:re)?opens|(?:re)?opened|(?:re)?open|opening|closes|closed|close|closing|ends|ended|end|ending|runs${S}+until|ran${S}+until|run${S}+until)` +
    `(?<gap>${S}*:${S}*|${S}+(?:on|at|from)${S}+|${S}+(?=[\\p{L}\\d]))`,
  'giu',
);
const EDGE_STEM = /open|clos|end|run|ran/i;
const WEEKDAY = new RegExp(`^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|midnight${S}+on|noon${S}+on|\\d{1,2}(?:[.:]\\d{2})?${S}*(?:am|pm)${S}+on),?${S}*$`, 'i');
/** Words right before the process that make it another's step ("the offer's close"), or a plan's object ("to launch the offer"). */
const NOT_EDGE_BEFORE = /(?:^|[^\p{L}])(?:launch(?:ed|es)?|announc(?:ed|es)?|extend(?:ed|s)?|when|whether|until|before|after|if|unless)[\s\u00a0]+(?:the[\s\u00a0]+|its[\s\u00a0]+|our[\s\u00a0]+|their[\s\u00a0]+)?(?:[\p{L}-]+[\s\u00a0]+)?$/iu;

/** From the process to a body named right after it, which runs it: "the consultation by X", "the ballot of X". */
const OWNER_BEFORE = /^[\p{L}-]+(?:[\s\u00a0]+(?:period|window))?[\s\u00a0]+(?:by|of)[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;
/** How far back the body of an earlier sentence may be. */
const PREVIOUS_REACH = 300;

type DateEntity = Entity & { value: { kind: 'date'; iso: string; precision: string } };

interface Found {
  body: Entity;
  attribute: string;
  iso: string;
  precision: 'day' | 'month' | 'year';
  start: number;
  end: number;
}

const edgeOf = (verb: string): 'opens' | 'closes' => (/open/i.test(verb) ? 'opens' : 'closes');
const keyOf = (noun: string): string => noun.toLowerCase();

class ProcessWindowExtractor implements ClaimExtractor {
  readonly name = 'process-windows';

  extract(context: ClaimContext): Claim[] {
    const found: Found[] = [];
    let focus: Entity | null | undefined;
    const pageBody = (): Entity | undefined => (focus === undefined ? (focus = mostNamedBody(context, { notMedia: true }) ?? null) : focus) ?? undefined;
    const text = context.text;
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const body = text.slice(sentence.start, sentence.end);
      // the process nouns are common ("offer", "vote"): the pattern runs only where an edge verb's stem is
      if (!EDGE_STEM.test(body)) continue;
      EDGE.lastIndex = 0;
      for (let m = EDGE.exec(body); m; m = EDGE.exec(body)) {
        const at = sentence.start + m.index;
        const end = at + m[0].length;
        const groups = m.groups!;
        // "opened nominations on 3 March": the noun after the verb is its object, read by the verb's own clause
        if (NOT_EDGE_BEFORE.test(text.slice(Math.max(sentence.start, at - 40), at))) continue;
        if (context.moodAt(at) & Mood.Conditional) continue;
        const day = this.dayAt(context, sentence.start, sentence.end, end, at);
        if (!day) continue;
        const owner = this.ownerOf(context, sentence.start, at, at + groups.noun!.length + (groups.tail?.length ?? 0), pageBody);
        if (!owner?.canonical) continue;
        found.push({ body: owner, attribute: `date:${keyOf(groups.noun!)}-${edgeOf(groups.verb!)}`, iso: day.iso, precision: day.precision, start: at, end: day.end });
      }
    }
    return this.claims(context, found);
  }

  /** The day right after the edge's words, or a day counted on from a full day earlier in the sentence. */
  private dayAt(context: ClaimContext, sentenceStart: number, sentenceEnd: number, from: number, eventStart: number): { iso: string; precision: 'day' | 'month' | 'year'; end: number } | undefined {
    const text = context.text;
    const next = context.within(context.dates, from, sentenceEnd)[0] as DateEntity | undefined;
    if (next && (next.start === from || WEEKDAY.test(text.slice(from, next.start)))) {
      const value = completeDate(context, next);
      if (value.precision === 'day' || value.precision === 'month' || value.precision === 'year') return { iso: value.iso, precision: value.precision, end: next.end };
      return undefined;
    }
    const before = context.within(context.dates, sentenceStart, eventStart) as DateEntity[];
    for (let i = before.length - 1; i >= 0; i--) {
      const value = completeDate(context, before[i]!);
      if (value.precision !== 'day') continue;
      // the words after the verb, back to where the gap began: "closed a fortnight later"
      const verbEnd = from - (/[\s\u00a0]*$/.exec(text.slice(eventStart, from))?.[0].length ?? 0);
      const later = laterDayAt(text.slice(verbEnd, Math.min(sentenceEnd, verbEnd + 40)), value.iso);
      return later ? { iso: later.iso, precision: later.precision, end: verbEnd + later.length } : undefined;
    }
    return undefined;
  }

  /** The body the process belongs to: named with it, else the page's body, else the sentence's subject. */
  private ownerOf(context: ClaimContext, sentenceStart: number, at: number, nounEnd: number, pageBody: () => Entity | undefined): Entity | undefined {
    const text = context.text;
    // "Oxley Community Wind's share offer", "the Farrowdale Residents Association ballot"
    const before = context.within(context.organisations, Math.max(sentenceStart, at - 80), at);
    const last = before[before.length - 1];
    if (last && !isMedia(last) && /^(?:['’]s?)?(?:[\s\u00a0]+[\p{Ll}-]+){0,2}[\s\u00a0]+$/u.test(text.slice(last.end, at))) return last;
    // "the consultation by X", "the ballot of X members"; not "the consultation on the closure of X", which X is the topic of
    const inside = context.within(context.organisations, at, nounEnd).filter((o) => !isMedia(o) && OWNER_BEFORE.test(text.slice(at, o.start)));
    if (inside.length) return inside[0];
    // "X chair Jo Bell told listeners the offer closes …": the sentence's own body, not an object's
    const subjects = context.within(context.organisations, sentenceStart, at).filter((o) => !isMedia(o) && !isPrepositionalObject(text, o, sentenceStart));
    if (subjects.length) return subjects[0];
    const page = pageBody();
    if (page) return page;
    // "X is raising £2m. The share offer closes on …": the body of the sentence before
    const earlier = context.within(context.organisations, Math.max(0, sentenceStart - PREVIOUS_REACH), sentenceStart).filter((o) => !isMedia(o));
    const previous = earlier[earlier.length - 1];
    if (!previous) return undefined;
    const own = context.sentenceAt(previous.start);
    return own && !isPrepositionalObject(text, previous, own.start) ? previous : undefined;
  }

  private claims(context: ClaimContext, found: readonly Found[]): Claim[] {
    const days = new Map<string, Set<string>>();
    for (const f of found) {
      const key = `${f.body.canonical} ${f.attribute}`;
      days.set(key, (days.get(key) ?? new Set()).add(f.iso));
    }
    const claims: Claim[] = [];
    for (const f of found) {
      if (days.get(`${f.body.canonical} ${f.attribute}`)!.size > 1) continue;
      const claim = context.claim({ subject: f.body, attribute: f.attribute, value: { kind: 'date', iso: f.iso, precision: f.precision }, start: f.start, end: f.end });
      claims.push(claim);
    }
    return claims;
  }
}

export const processWindowExtractor: ClaimExtractor = new ProcessWindowExtractor();
