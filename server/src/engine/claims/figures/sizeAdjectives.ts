// A count written as a compound adjective before a body's name or in an apposition to it: "the
// 18-bed Greyfriars Respite Centre", "the 1,200-pupil Kelby Academy", "X, a 40-bed hospice,",
// "X, a 75-strong business,". It is the count "X has 18 beds" states, so it keys as the count
// readings do (`count:beds`, `count:pupil`; "N-strong" a business's staff). Look-alikes kept
// apart: spans of time and units ("a 24-hour service", "the 10-year contract", "a 50-metre pool"),
// a number that is part of a name or a range ("A1-class", "2-3"), and a figure before a thing
// that no body's name follows ("a 40-bed ward" of no named body).

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { intervalOf } from '../numbers';
import { headKey } from './countedHead';
import { notStatedAt } from './measureClasses';
import type { FigureReading } from './reading';

const S = String.raw`[\s\u00a0]`;
/** A figure joined by a hyphen to a singular noun: "18-bed", "1,200-pupil", "75-strong". */
const SIZE = /(?<![\p{L}\d.,£$€/-])(\d{1,3}(?:,\d{3})+|\d+)-(\p{Ll}{3,})(?![\p{L}\d-])/gu;
/** Nouns of time, length, rank or kind, which measure something other than a count of things. */
const NOT_COUNTED = new Set([
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'night', 'mile', 'metre', 'meter', 'kilometre', 'foot', 'inch',
  'acre', 'hectare', 'storey', 'story', 'star', 'point', 'page', 'time', 'way', 'part', 'step', 'stage', 'term', 'tonne', 'ton',
  'litre', 'degree', 'percent', 'watt', 'kilowatt', 'megawatt', 'seater', 'odd', 'plus', 'old', 'long', 'high', 'wide', 'deep',
  'year-old', 'fold', 'mph', 'inch', 'yard', 'goal', 'match', 'game', 'nil',
]);
/** "the 18-bed", "a 75-strong", "its 400-home": the determiner before the size. */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|its|their|our)[\s\u00a0]+$/iu;
/** "X, a 40-bed hospice": a comma after the body's name and the determiner. */
const APPOSITION_BEFORE = new RegExp(String.raw`^[\s\u00a0]*,${S}*(?:the|a|an)${S}+$`, 'iu');
/** What a business's size in people ("a 75-strong business") counts: its staff. */
const WORKFORCE_KINDS = /^(?:business|company|firm|workforce|team|staff|employer|brewery|factory|practice)(?![\p{L}])/iu;

function countKey(noun: string, after: string): string | undefined {
  if (noun === 'strong') return WORKFORCE_KINDS.test(after) ? 'count:staff' : undefined;
  return `count:${headKey(`${noun}s`)}`;
}

export const sizeAdjectives: FigureReading = {
  name: 'size-adjectives',
  read(context: ClaimContext): Claim[] {
    const text = context.text;
    // a hyphen after a digit: most texts have few
    if (!/\d-\p{Ll}/u.test(text)) return [];
    const claims: Claim[] = [];
    for (const size of text.matchAll(SIZE)) {
      const noun = size[2]!;
      if (NOT_COUNTED.has(noun)) continue;
      const start = size.index!;
      const end = start + size[0].length;
      const lead = text.slice(Math.max(0, start - 12), start);
      const determiner = DETERMINER_BEFORE.exec(lead);
      if (!determiner) continue;
      const afterNoun = text.slice(end, end + 40);
      // "the 18-bed Greyfriars Respite Centre": the body named right after the size
      let subject: Entity | undefined = /^[\s\u00a0]+\p{Lu}/u.test(afterNoun) ? context.organisationStartingAt(end + (/^[\s\u00a0]+/.exec(afterNoun)?.[0].length ?? 1)) : undefined;
      // "X, a 40-bed hospice,": the body the apposition describes
      if (!subject) {
        const determinerAt = start - determiner[0].length + determiner[0].search(/\p{L}/u);
        const named = context.organisationBefore(determinerAt, Math.max(0, determinerAt - 120));
        if (named && APPOSITION_BEFORE.test(text.slice(named.end, start))) subject = named;
      }
      if (!subject?.canonical || notStatedAt(context, start, lead)) continue;
      const attribute = countKey(noun, afterNoun.replace(/^[\s\u00a0]+/, ''));
      if (!attribute) continue;
      const literal = size[1]!;
      const value = Number(literal.replace(/,/g, ''));
      const interval = intervalOf(value, literal, undefined, context.rules, { low: 0 });
      const unit = attribute.slice('count:'.length);
      claims.push(
        context.claim({
          subject,
          attribute,
          value: { kind: 'number', value, unit, low: interval.low, high: interval.high },
          start: Math.min(start, subject.start),
          end: Math.max(end, subject.end),
          timeFromSentence: true,
          focus: { start, end },
        }),
      );
    }
    return claims;
  },
};
