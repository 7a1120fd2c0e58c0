// A count told with "number" as its verb: "Its volunteers now number 230", "X's members number about
// 4,800", "Our staff now number 52". The figure stands alone after the verb, so no counted phrase
// follows it; the possessor owns what is counted, and the count keys as "X has 230 volunteers" does
// (`count:volunteer`; a body's staff or employees `count:staff`). Look-alikes kept apart: "a number
// of", "numbered" as in order ("numbered 1 to 12"), a count supposed or hoped for, and a possessor
// that is no recognised body.

import { normaliseQualifier } from '../../entities/numbers';
import type { Claim } from '../../types';
import type { ClaimContext } from '../context';
import { intervalOf } from '../numbers';
import { singular } from './countedHead';
import { notStatedAt } from './measureClasses';
import type { FigureReading } from './reading';
import { WordGate, wordStarts, type GatedText } from '../wordGates';

const S = String.raw`[\s\u00a0]`;
/** "<possessor> (adjective) <plural noun> (now) number (about) N". */
export const NUMBER_VERB = new RegExp(
  String.raw`(?<owner>['’]s?|(?<![\p{L}])(?:[Ii]ts|[Tt]heir|[Oo]ur))${S}+(?<noun>(?:[\p{Ll}-]+${S}+)?(?:[\p{Ll}-]+s|staff))${S}+(?:(?:now|currently|still|today)${S}+)?number${S}+(?:(?<q>about|around|some|nearly|almost|roughly|more${S}+than|over|fewer${S}+than|under)${S}+)?(?<figure>\d{1,3}(?:,\d{3})+|\d+)(?![\d\p{L}%]|[.,]\d)`,
  'gu',
);
/**
 * NUMBER_VERB's tail, "number (about) N", with nothing before it: a literal a scan skips ahead to.
 * Most texts that say " number " say "a number of", and NUMBER_VERB, which starts with the
 * possessor, would be tried at every position of those texts for nothing.
 */
export const NUMBER_THEN_FIGURE = new RegExp(String.raw`number${S}+(?:(?:about|around|some|nearly|almost|roughly|more${S}+than|over|fewer${S}+than|under)${S}+)?\d`, 'u');
const STAFF_NOUNS = new Set(['staff', 'employees', 'paid staff', 'colleagues', 'workers']);

/** "number" in the text, found by the token census (wordGates.ts). */
const NUMBER_WORD = new WordGate('a number then its figure', ['number'], 'anywhere', [/ number /]);
const NUMBER_THEN_FIGURE_HERE = new RegExp(NUMBER_THEN_FIGURE.source, 'uy');
const SPACE = 32;

/**
 * Whether the text has " number " and NUMBER_THEN_FIGURE's match, which NUMBER_VERB needs: both are
 * tested only where "number" stands, not searched for over the whole text (a match's "number" is a
 * run of letters, so it lies in one token and the census finds it).
 */
export function mayHoldNumberVerb(source: GatedText): boolean {
  const text = source.text;
  let spaced = false;
  let figured = false;
  for (const at of wordStarts(source, NUMBER_WORD)) {
    if (!spaced) spaced = text.charCodeAt(at - 1) === SPACE && text.charCodeAt(at + 'number'.length) === SPACE;
    if (!figured) {
      NUMBER_THEN_FIGURE_HERE.lastIndex = at;
      figured = NUMBER_THEN_FIGURE_HERE.test(text);
    }
    if (spaced && figured) return true;
  }
  return false;
}

export const numberVerb: FigureReading = {
  name: 'number-verb',
  read(context: ClaimContext): Claim[] {
    const text = context.text;
    if (!mayHoldNumberVerb(context)) return [];
    const claims: Claim[] = [];
    for (const m of text.matchAll(NUMBER_VERB)) {
      const at = m.index!;
      const owner = m.groups!.owner!;
      const sentence = context.sentenceAt(at);
      if (!sentence) continue;
      // "X's": the body whose name ends at the apostrophe; "Its": the body it stands for, a mention over the word
      const body = /^['’]/.test(owner)
        ? context.organisationBefore(at + 1, Math.max(sentence.start, at - 120))
        : context.overlapping(context.organisations, at, at + owner.length)[0];
      if (!body?.canonical || (/^['’]/.test(owner) && body.end !== at)) continue;
      if (notStatedAt(context, at, text.slice(sentence.start, at))) continue;
      const noun = m.groups!.noun!;
      const attribute = STAFF_NOUNS.has(noun) ? 'count:staff' : `count:${noun.includes(' ') ? noun.slice(0, noun.lastIndexOf(' ') + 1) : ''}${singular(noun.slice(noun.lastIndexOf(' ') + 1))}`;
      const literal = m.groups!.figure!;
      const value = Number(literal.replace(/,/g, ''));
      const qualifier = normaliseQualifier(m.groups!.q);
      const interval = intervalOf(value, literal, qualifier, context.rules, { low: 0 });
      const end = at + m[0].length;
      claims.push(
        context.claim({
          subject: body,
          attribute,
          value: { kind: 'number', value, unit: attribute.slice('count:'.length), ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
          start: Math.min(at, body.start >= sentence.start ? body.start : at),
          end,
          timeFromSentence: true,
          focus: { start: end - literal.length, end },
        }),
      );
    }
    return claims;
  },
};
