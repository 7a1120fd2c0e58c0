// The generic reading of a change "from A to B" of what a body has: "X is to reduce its inpatient
// beds from 20 to 12", "X will cut its inpatient unit from 20 beds to eight", "X grew its fleet
// from 40 buses to 55", "X has increased its depots from three to five", and "by N to B" ("X will
// cut its beds by eight to 12", which starts at 20: a fall adds N back, a rise takes it off). The result, B, is the
// fact; the starting figure, A, names which change it is, so it joins the key with the counted
// head (countedHead.ts): `count:<head> after the change from <A>`. Two sources that agree on where
// a change starts and disagree on where it ends meet; a change from another start (another year's
// change) or a stock with no change ("X has 12 beds") never does. The head is the noun after A
// or B, or else the object right before "from" ("its inpatient beds from"). Look-alikes kept
// apart: a change told as possible or hoped for ("could cut", "plans to"), denied ("will not
// cut"), years ("from 2019 to 2024"), sums and shares ("from £20m to £12m", "from 20% to 12%"),
// and a change of another body in the clause.

import { NUMBER_WORD_VALUES } from '../../entities/numbers';
import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { intervalOf } from '../numbers';
import { countedHeadAfter, headKey, pluralBefore } from './countedHead';
import { clauseSubject } from './figureSubject';
import { notStatedAt } from './measureClasses';
import { ownsTheSubject } from './thingCounts';
import { codePointBefore } from '../notAfter';
import { WordGate, wordStarts, type GatedText } from '../wordGates';
import type { FigureReading } from './reading';

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`;
/**
 * "from 20 (beds) to 12 (beds)": the two figures and the words after each; or "by 8 (beds) to 12",
 * the change and the result, from which the start follows.
 */
export const FROM_TO = new RegExp(String.raw`(?<![\p{L}])(?<prep>from|by)[\s\u00a0]+(?<a>${NUMBER})(?![\d%\p{L}]|[.,]\d)(?<mid>(?:[\s\u00a0]+[\p{Ll}-]+){0,3}?)[\s\u00a0]+to[\s\u00a0]+(?<b>${NUMBER})(?![\d%\p{L}]|[.,]\d)`, 'gu');
/**
 * FROM_TO without its look-behind, which made it slow over a whole text (notAfter.ts), and sticky:
 * it is tried only where "from" or "by" stands, which the token census finds (a match opens with
 * one of them, a run of letters that lies in one token), and "from" after a letter is refused there.
 */
const FROM_TO_HERE = new RegExp(String.raw`(?<prep>from|by)[\s\u00a0]+(?<a>${NUMBER})(?![\d%\p{L}]|[.,]\d)(?<mid>(?:[\s\u00a0]+[\p{Ll}-]+){0,3}?)[\s\u00a0]+to[\s\u00a0]+(?<b>${NUMBER})(?![\d%\p{L}]|[.,]\d)`, 'uy');
const FROM_OR_BY = new WordGate('from or by a figure', ['from', 'by'], 'anywhere', [FROM_TO]);
const LETTER = /\p{L}/u;

/** FROM_TO's matches in a text, in order. */
export function fromToSpans(source: GatedText): RegExpExecArray[] {
  const text = source.text;
  const found: RegExpExecArray[] = [];
  let searchedTo = 0;
  for (const at of wordStarts(source, FROM_OR_BY)) {
    // a match found goes on from its end, as a global search would
    if (at < searchedTo) continue;
    const before = codePointBefore(text, at);
    if (before >= 0 && LETTER.test(String.fromCodePoint(before))) continue;
    FROM_TO_HERE.lastIndex = at;
    const m = FROM_TO_HERE.exec(text);
    if (m === null) continue;
    found.push(m);
    searchedTo = at + m[0].length;
  }
  return found;
}
/** A verb of change in the clause before "from": the figures are a stock before and after it. */
const CHANGE_VERB = /(?<![\p{L}])(?:reduce|reduces|reduced|reducing|cut|cuts|cutting|increase|increases|increased|increasing|expand|expands|expanded|expanding|grow|grows|grew|grown|growing|shrink|shrinks|shrank|shrunk|halve|halves|halved|raise|raises|raised|lower|lowers|lowered|trim|trims|trimmed|slash|slashes|slashed|boost|boosts|boosted|go|goes|went|gone|fall|falls|fell|fallen|rise|rises|rose|risen|drop|drops|dropped|bring|brings|brought|take|takes|took|taken)(?![\p{L}])[^,;:.!?]{0,50}$/iu;
const PER_CENT = /(?<![\p{L}])per[\s\u00a0]+cent(?![\p{L}])/u;
const PER_CENT_AFTER = /^[\s\u00a0]+per[\s\u00a0]+cent(?![\p{L}])/u;
/** Verbs of a fall: "cut by 8 to 12" started at 20 (any other verb of change rose to its result). */
const FALLING = /^(?:reduc|cut|shr|halv|lower|trim|slash|fall|fell|drop|bring|brought|take|took)/i;
/** A year on either side makes a span of time, not a count. */
const YEAR = /^(?:1[89]|20)\d\d$/;

function valueOf(word: string): number {
  const digit = word.charCodeAt(0);
  return digit >= 48 && digit <= 57 ? Number(word.replace(/,/g, '')) : (NUMBER_WORD_VALUES[word.toLowerCase()] ?? Number.NaN);
}

const POSSESSIVE_AFTER = /^['’]s?[\s\u00a0]/u;

/** A body named as a possessor between the verb and the figures: the owner of what is changed. */
function objectPossessor(context: ClaimContext, verbStart: number, figuresStart: number): Entity | undefined {
  const text = context.text;
  return context.within(context.organisations, verbStart, figuresStart).find((o) => POSSESSIVE_AFTER.test(text.slice(o.end, o.end + 3)));
}

export const changeResults: FigureReading = {
  name: 'change-results',
  read(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const m of fromToSpans(context)) {
      const groups = m.groups!;
      if (YEAR.test(groups.a!) || YEAR.test(groups.b!) || PER_CENT.test(groups.mid!) || PER_CENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
      const b = valueOf(groups.b!);
      const first = valueOf(groups.a!);
      if (!Number.isFinite(first) || !Number.isFinite(b)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const sentence = context.sentenceAt(start);
      if (!sentence) continue;
      const lead = text.slice(Math.max(sentence.start, start - 70), start);
      const verb = CHANGE_VERB.exec(lead);
      if (!verb || notStatedAt(context, start, lead)) continue;
      const a = groups.prep === 'from' ? first : FALLING.test(verb[0]) ? b + first : b - first;
      if (!(a > 0) || a === b) continue;
      // what is counted: the noun after the first figure ("from 20 beds", "by 8 beds"), after B ("to eight beds"), or the object before "from"
      const aEnd = start + m[0].indexOf(groups.a!, groups.prep!.length) + groups.a!.length;
      const head = (groups.mid ? countedHeadAfter(text, aEnd)?.head : undefined) ?? countedHeadAfter(text, end)?.head ?? pluralBefore(text, start);
      if (!head) continue;
      const verbStart = start - lead.length + verb.index;
      // "the council will cut X's beds from 20 to 12": the things are X's, whoever changes them
      const subject = objectPossessor(context, verbStart, start) ?? clauseSubject(context, verbStart, sentence);
      if (!subject?.canonical || ownsTheSubject(text, subject, verbStart)) continue;
      const kind = headKey(head);
      const interval = intervalOf(b, groups.b!, undefined, context.rules, { low: 0 });
      claims.push(
        context.claim({
          subject,
          attribute: `count:${kind} after the change from ${a}`,
          value: { kind: 'number', value: b, unit: kind, low: interval.low, high: interval.high },
          start: verbStart,
          end,
          timeFromSentence: true,
          focus: { start, end },
        }),
      );
    }
    return claims;
  },
};
