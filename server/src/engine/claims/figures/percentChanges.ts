// The generic reading of a change in a body's measure, told as a share or a multiple: "X's average
// bill rose by 41%", "bills at X have nearly doubled", "its fees fell by 12 per cent", "X raised
// its prices by 41%", "X cut its charges by half". A multiple is a share of change: doubled is
// +100%, tripled or trebled +200%, halved -50%, with the hedge before it ("nearly doubled" is
// about +100%). Keyed `change:<head> in <month>` on the body whose measure it is, the head the
// measure's noun as written (its singular: "bills" and "the average bill" meet), the month the
// sentence dates it to: "rose by 41% when the tariff took effect in April 2025" and "nearly doubled
// since the tariff came in last April" (written in 2026) meet; a change dated to no month (a
// measure may change more than once a year) is not read. The owner is read from structure: a possessor ("X's",
// an "its" resolved to X), a body after the noun ("bills at X", "charges of X") or the subject of a
// transitive verb ("X raised its prices by"). Look-alikes kept apart: a level, not a change ("rose
// to 41%"), a forecast or a hope ("could rise by", "is expected to rise by", "will rise by"),
// percentage points, money ("rose by £41"), another measure, another body.

import type { Claim, Entity, Qualifier } from '../../types';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import { intervalOf } from '../numbers';
import { isMedia } from '../referents';
import { isPluralWord, singular } from './countedHead';
import { clauseSubject } from './figureSubject';
import { notStatedAt } from './measureClasses';
import type { FigureReading } from './reading';

const S = String.raw`[\s\u00a0]`;
const HEDGE = String.raw`(?:(?<q>about|around|roughly|nearly|almost|some|more${S}+than|over|well${S}+over|less${S}+than|under)${S}+)?`;
/** "by" right before a share: "rose by 41%", "by about 12 per cent" (the hedge is the percentage's own). */
const BY_BEFORE = new RegExp(String.raw`(?<![\p{L}])by${S}+$`, 'iu');
/** The intransitive verb before "by": "rose by", "has fallen by". */
const INTRANSITIVE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?<verb>rose|risen|rises|rise|increased|increases|grew|grown|grows|went${S}+up|gone${S}+up|jumped|climbed|fell|fallen|falls|dropped|drops|decreased|decreases|went${S}+down|gone${S}+down)${S}+$`,
  'iu',
);
/** A change told as a multiple: "doubled", "nearly doubled", "more than tripled", "halved"; the hedge read back from it. */
const MULTIPLE = /(?<![\p{L}])(?<verb>doubled|tripled|trebled|quadrupled|halved)(?![\p{L}])/giu;
const MULTIPLE_CUES = new CueWords([{ word: 'doubled' }, { word: 'tripled' }, { word: 'trebled' }, { word: 'quadrupled' }, { word: 'halved' }]);
const HEDGE_TAIL = new RegExp(String.raw`(?<![\p{L}])${HEDGE.slice(0, -1)}$`, 'iu');
const MULTIPLES: Readonly<Record<string, number>> = { doubled: 100, tripled: 200, trebled: 200, quadrupled: 300, halved: -50 };
const FALLING = /^(?:fell|fallen|falls|dropped|drops|decreased|decreases|went|gone)/i;
/** The transitive form: "X raised its prices by", "X has cut its fees by". */
const TRANSITIVE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?<verb>raised|raises|increased|increases|put${S}+up|puts${S}+up|cut|cuts|reduced|reduces|lowered|lowers|doubled|halved|tripled|trebled)${S}+(?:its|their|the)${S}+(?:[\p{Ll}-]+${S}+){0,2}?(?<head>[\p{Ll}-]+)${S}+$`,
  'iu',
);
const TRANSITIVE_FALLING = /^(?:cut|reduc|lower|halved)/i;
/** Auxiliaries between the measure and its verb: "bills have nearly doubled", "the bill has risen". */
const AUXILIARIES = new RegExp(String.raw`(?:${S}+(?:has|have|had|been|is|are|was|were|also|now|already|almost|nearly|more|than|well|over|about|roughly|around|some))*${S}*$`, 'iu');
/** The measure's noun right before the verb (after auxiliaries), and what stands before it. */
const HEAD_BEFORE = /(?<![\p{L}])(?<head>\p{L}[\p{Ll}-]*)$/u;
const POSSESSOR_BEFORE = new RegExp(String.raw`['’]s?${S}+(?:[\p{Ll}-]+${S}+){0,2}$`, 'u');
const OWNER_AFTER_NOUN = new RegExp(String.raw`(?<![\p{L}])(?<head>\p{L}[\p{Ll}-]*)${S}+(?:at|of|on|from|for)${S}+(?:the${S}+)?$`, 'u');
/** A forecast, a target or a hope is no change that happened. */
const FORECAST = /(?<![\p{L}])(?:will|shall|expected|expects?|forecasts?|forecast|projected|predicted|set[\s\u00a0]+to|likely|could|would|might|may|if)(?![\p{L}])/iu;
const MONTH = /^\d{4}-\d\d/;
/** Words a measure's head is never: the verbs and function words a lead may end in. */
const NOT_HEADS = new Set(['it', 'they', 'which', 'that', 'who', 'and', 'or', 'but', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'also', 'the', 'a', 'an', 'its', 'their', 'our', 'this', 'these', 'those', 'there']);

function isNameMention(e: Entity): boolean {
  const first = e.text.charCodeAt(0);
  return first >= 65 && first <= 90;
}

function headKey(word: string): string {
  return isPluralWord(word) ? singular(word) : word;
}

/**
 * Measure nouns that are only half a name ("staff costs", "customer numbers", "food prices"): the
 * noun before them says what is measured, and two measures of one body must not meet.
 */
const GENERIC_MEASURES = new Set(['number', 'cost', 'price', 'rate', 'level', 'figure', 'total', 'spending', 'income', 'charge']);
/** Words before a generic measure that say how it is taken, not what: these keep the bare key. */
const HOW_MEASURED = new Set(['average', 'overall', 'total', 'typical', 'mean', 'median', 'annual', 'monthly', 'weekly', 'daily', 'yearly', 'own', 'new', 'all', 'some', 'higher', 'lower', 'rising']);
const WORD_BEFORE = /(?<![\p{L}'’])(\p{L}[\p{Ll}-]*)[\s\u00a0]+$/u;

/** The key of the measure whose head starts at `headStart`: the head's singular, after its noun when the head is generic. */
function measureKey(text: string, head: string, headStart: number): string {
  const key = headKey(head);
  if (!GENERIC_MEASURES.has(key)) return key;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, headStart - 24), headStart))?.[1]?.toLowerCase();
  return before && !HOW_MEASURED.has(before) && !NOT_HEADS.has(before) ? `${before} ${key}` : key;
}

function qualifierOf(word: string | undefined): Qualifier | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w.startsWith('more') || w.startsWith('over') || w.startsWith('well')) return 'over';
  if (w.startsWith('less') || w === 'under') return 'under';
  return 'around';
}

/** Whose measure is the noun ending at `headEnd`, and where its phrase starts. */
function ownerBefore(context: ClaimContext, headStart: number, sentenceStart: number): Entity | undefined {
  const text = context.text;
  const lead = text.slice(Math.max(sentenceStart, headStart - 40), headStart);
  const possessive = POSSESSOR_BEFORE.exec(lead);
  if (!possessive) return undefined;
  const at = headStart - possessive[0].length;
  const owner = context.organisationBefore(at + 2, Math.max(sentenceStart, at - 120));
  return owner && (owner.end === at || owner.end === at + 2) ? owner : undefined;
}

interface Candidate {
  start: number;
  end: number;
  /** The share of change in per cent, and the digits it is written with. */
  n: number;
  literal: string;
  qualifier?: Qualifier;
  /** The multiple's verb ("doubled"); none for a share. */
  verb?: string;
}

/**
 * Every share after "by" and every multiple. The shares are the recognisers' percentages (no pass
 * over the text); the multiples are read in the few sentences whose words the token census says
 * hold one (a pattern that opens with an optional hedge would be tried at every position).
 */
function candidates(context: ClaimContext): Candidate[] {
  const text = context.text;
  const out: Candidate[] = [];
  for (const pct of context.numbers) {
    if (pct.type !== 'percentage' || pct.value?.kind !== 'percentage') continue;
    const by = BY_BEFORE.exec(text.slice(Math.max(0, pct.start - 8), pct.start));
    if (!by) continue;
    const core = pct.core ?? pct;
    const literal = /[\d.]+/.exec(core.text)?.[0];
    if (literal === undefined) continue;
    out.push({ start: pct.start - by[0].length, end: pct.end, n: pct.value.value, literal, qualifier: pct.value.qualifier });
  }
  for (const sentence of cueSentences(context, MULTIPLE_CUES)) {
    const body = text.slice(sentence.start, sentence.end);
    MULTIPLE.lastIndex = 0;
    for (let m = MULTIPLE.exec(body); m; m = MULTIPLE.exec(body)) {
      const verb = m.groups!.verb!.toLowerCase();
      const start = sentence.start + m.index;
      const hedge = HEDGE_TAIL.exec(text.slice(Math.max(sentence.start, start - 16), start));
      const q = hedge?.groups!.q;
      out.push({ start: q ? start - hedge![0].length : start, end: start + m[0].length, verb, n: MULTIPLES[verb]!, literal: String(MULTIPLES[verb]), qualifier: qualifierOf(q) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const percentChanges: FigureReading = {
  name: 'percent-changes',
  read(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const found of candidates(context)) {
        const { start, end, n, literal, qualifier } = found;
        const sentence = context.sentenceAt(start);
        if (!sentence) continue;
        const lead = text.slice(Math.max(sentence.start, start - 80), start);
        const share = found.verb === undefined;
        // a share's verb stands before "by": intransitive ("rose by") or transitive ("raised its prices by")
        const intransitive = share ? INTRANSITIVE_BEFORE.exec(lead) : null;
        const transitive = share && !intransitive ? TRANSITIVE_BEFORE.exec(lead) : null;
        if (share && !intransitive && !transitive) continue;
        const verb = (share ? (intransitive ?? transitive)!.groups!.verb! : found.verb!).toLowerCase();
        if (FORECAST.test(lead) || notStatedAt(context, start, lead)) continue;
        let subject: Entity | undefined;
        let head: string | undefined;
        let claimStart = start;
        let headStart = -1;
        let falling = share && FALLING.test(verb) && !/up$/i.test(verb);
        if (transitive) {
          // "X raised its prices by 41%"
          head = transitive.groups!.head;
          headStart = start - lead.length + transitive.index + transitive[0].trimEnd().length - head!.length;
          falling = TRANSITIVE_FALLING.test(transitive.groups!.verb!);
          claimStart = start - lead.length + transitive.index;
          subject = clauseSubject(context, claimStart, sentence);
        } else {
          // "X's average bill rose by", "its fees fell by", "bills at X have nearly doubled"
          const beforeVerb = intransitive ? lead.slice(0, intransitive.index) : lead;
          const bare = beforeVerb.slice(0, beforeVerb.length - AUXILIARIES.exec(beforeVerb)![0].length);
          const bareEnd = start - lead.length + bare.length;
          const orgAtEnd = context.within(context.organisations, sentence.start, start).find((o) => o.end === bareEnd);
          const owned = orgAtEnd ? OWNER_AFTER_NOUN.exec(text.slice(Math.max(sentence.start, orgAtEnd.start - 40), orgAtEnd.start)) : null;
          // "bills at X": a name, not a common noun resolved to a body ("the network"), which may stand for another
          if (orgAtEnd && owned && isNameMention(orgAtEnd)) {
            head = owned.groups!.head.toLowerCase();
            subject = orgAtEnd;
            claimStart = orgAtEnd.start - owned[0].length;
            headStart = claimStart;
          } else if (!orgAtEnd) {
            head = HEAD_BEFORE.exec(bare)?.groups!.head.toLowerCase();
            if (head) {
              headStart = bareEnd - head.length;
              subject = ownerBefore(context, headStart, sentence.start);
              claimStart = subject ? Math.min(subject.start, headStart) : headStart;
            }
          }
        }
        // a news outlet reports measures, it is none's owner ("the network" read as a journal's name)
        if (!head || NOT_HEADS.has(head) || !subject?.canonical || isMedia(subject)) continue;
        const value = falling ? -n : n;
        const interval = intervalOf(value, literal, qualifier, context.rules);
        const claim = context.claim({
          subject,
          attribute: `change:${measureKey(text, head, headStart)}`,
          value: { kind: 'number', value, unit: '%', ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
          start: claimStart,
          end,
          timeFromSentence: true,
          focus: { start, end },
        });
        // a change is an event: only one dated to its month is one change ("in April 2025"), and
        // the month joins the key, since a measure may rise twice in a year
        const month = MONTH.exec(claim.time ?? '')?.[0];
        if (month) claims.push({ ...claim, attribute: `${claim.attribute} in ${month}` });
    }
    return claims;
  },
};
