// The generic reading of what a body has, runs or serves, of whatever the text counts: a fleet
// ("X will start with a fleet of 64 refuse collection vehicles", "X's 52 bin lorries"), homes ("X
// owns 4,200 homes", "X connects 2,400 homes", "X supplies heat to about 1,650 homes"), beds,
// kitchens ("all 68 school kitchens it runs", "X provides meals from 54 school kitchens"), depots,
// branches. Things counted are no entities (RULES.md), so the figure and its noun are read from
// the text: the counted noun's own head (countedHead.ts), joined to its synonyms by a small table,
// keys the claim, `count:<head>` (what a body has) or `count:<head> at the start` (what it starts
// with: "from day one", "at launch"), so the two never meet. The figure must be the object of a
// verb of having or serving whose subject is a body (or a possessor's: "X's 52 lorries").
// Look-alikes kept apart: things bought, built, ordered, added or replaced (a change, not the
// stock), a subset ("18 of them", "12 electric buses", "homes in Leeds" for a body not named after
// Leeds), a hypothetical, a plan or a future ("will have", "aims to run"), "up to", a rate ("a
// week"), a span of time or a unit ("has 20 years"), and a figure another reading already counts.

import { normaliseQualifier, parseNumber } from '../../entities/numbers';
import { SMALL_NUMBER_WORDS } from './numberWords';
import { figuresIn } from './figureScan';
import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { appositionAntecedent } from '../extractors/appositionRelative';
import { isPrepositionalObject } from '../extractors/grammar';
import { intervalOf } from '../numbers';
import type { SentenceSpan } from '../sentences';
import { countedHeadAfter, headKey, stateAfter } from './countedHead';
import { figureSubject } from './figureSubject';
import { notStatedAt } from './measureClasses';
import type { FigureReading } from './reading';

/**
 * A figure in digits, or a small one in words: house styles spell out small counts ("runs nine
 * shops", "has twenty-two studios"), and a count is one fact however its figure is written. "one"
 * counts no plural, and "a dozen" and "hundred" are too loose to key a stock by. The reading finds
 * its matches with figuresIn (figureScan.ts), which reads the number words off the tokens.
 */
export const FIGURE = new RegExp(String.raw`\d{1,3}(?:,\d{3})+|\d+|(?<![\p{L}-])(?:${SMALL_NUMBER_WORDS})(?![\p{L}-])`, 'gu');
/** A figure glued to what is before it is part of another number, a sum or a code. */
const GLUED_BEFORE = /[\p{L}\d.,£$€/-]/u;
/**
 * Four digits with no separator that could be a year: before a plural after a possessive or a
 * determiner they name which ones ("X's 2023 accounts", "its 2024 elections"), and only the object
 * of a verb of having is read as a count ("owns 2400 homes").
 */
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;
/** A figure glued to what is after it is a decimal, a share, a range or a code. */
const GLUED_AFTER = /[\p{L}\d.%/:-]/u;
/** Modifiers that pick out a part of a stock or a change to it. */
const SUBSET_MODIFIERS = /(?<![\p{L}])(?:new|electric|hybrid|diesel|extra|additional|more|replacement|spare|older|old|leased|hired|empty|vacant|affordable|social|council|private|rented|temporary|sheltered|supported|critical|intensive|acute|mental|maternity|escape|unfit|unsafe|damp|other|further|remaining|closed|planned|proposed)(?![\p{L}])/u;
/** Verbs of a change to a stock, not its size: bought, ordered, added, replaced, retired. */
const CHANGE_BEFORE = /(?<![\p{L}])(?:buy|buys|bought|buying|order|orders|ordered|ordering|add|adds|added|adding|replace|replaces|replaced|replacing|retire|retires|retired|lease|leases|leased|hire|hires|hired|sell|sells|sold|scrap|scraps|scrapped|cut|cuts|close|closes|closed|closing|lose|loses|lost|build|builds|built|building|deliver|delivers|delivered|refurbish|refurbished|demolish|demolished|transfer|transferred|another|extra|further|open|opens|opened|opening|reduce|reduces|reduced|increase|increases|increased)(?![\p{L}])/iu;
/** A figure told as aimed at or to come: "will have", "aims to run", "a target of", "expects to connect". */
const FUTURE_BEFORE = /(?<![\p{L}])(?:will|shall|expects?|expected|targets?|pledged?|promised?|wants?|intends?|going[\s\u00a0]+to|set[\s\u00a0]+to|by[\s\u00a0]+20\d\d)(?![\p{L}])/iu;
/** A stock told as owed, not held: "should have 60 caretakers", "is meant to have", "ought to run". */
const OWED_BEFORE = /(?<![\p{L}])(?:should|ought[\s\u00a0]+to|must|(?:meant|supposed|required|obliged)[\s\u00a0]+to|needs?[\s\u00a0]+to)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?$/u;
/** A figure two bodies have together: "X and Y have 32 beds (between them)", "owns 9,000 homes together with". */
const JOINT_AFTER = /^[^.;:!?]{0,30}?(?<![\p{L}])(?:between[\s\u00a0]+them|together|combined|jointly)(?![\p{L}])/iu;
const AND_BEFORE = /(?<![\p{L}])(?:and|&)[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;
const AND_AFTER = /^[\s\u00a0]+(?:and|&)[\s\u00a0]+(?:the[\s\u00a0]+)?\p{Lu}/u;

/** Whether the subject is one of two bodies coordinated as the figure's subject, or the figure is a joint one. */
function isJoint(context: ClaimContext, subject: Entity, figureStart: number, after: string): boolean {
  if (JOINT_AFTER.test(after)) return true;
  const text = context.text;
  // "X and Y have": the subject either conjunct, the verb after the second (no verb between the first and "and")
  const and = AND_BEFORE.exec(text.slice(Math.max(0, subject.start - 8), subject.start));
  if (and) {
    // the first conjunct a body too ("X and Y have"), not a clause's last word ("owns 4,200 homes and Y owns")
    const andAt = subject.start - and[0].length;
    const first = context.organisationBefore(andAt, Math.max(0, andAt - 80));
    if (first && /^[\s\u00a0]*$/.test(text.slice(first.end, andAt))) return true;
  }
  return subject.end < figureStart && AND_AFTER.test(text.slice(subject.end, subject.end + 8));
}

/** "homes in Leeds", "beds at the new wing": a part of the whole, told by where it is. */
const PART_PLACE_AFTER = /^[\s\u00a0]+(?:in|at)[\s\u00a0]+(?:the[\s\u00a0]+)?(?<place>\p{Lu}[\p{L}’'-]*)/u;
const START_BEFORE = /(?<![\p{L}])(?:start|starts|starting|begin|begins|beginning|launch|launches|launching)[\s\u00a0]+with(?![\p{L}])/iu;
const START_AFTER = /^[^,;:.!?]{0,60}?(?<![\p{L}])(?:from|on)[\s\u00a0]+day[\s\u00a0]+one|^[^,;:.!?]{0,60}?(?<![\p{L}])at[\s\u00a0]+(?:launch|the[\s\u00a0]+start)(?![\p{L}])/iu;
const DETERMINERS = String.raw`(?:(?:a|its|their|all|some|about|around|nearly|almost|roughly|approximately|more[\s\u00a0]+than|fewer[\s\u00a0]+than|less[\s\u00a0]+than|under|over|just|well|only|the)[\s\u00a0]+)*`;
/**
 * What a body has, runs or serves, the figure the verb's object: "a fleet of", "runs", "operates",
 * "has", "connects", "looks after"; and the verbs whose object is a service with the things after a
 * preposition: "provides meals from 54 kitchens", "supplies heat and hot water to 1,650 homes".
 */
const STATE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:(?:fleet|portfolio|stock|estate|network)[\s\u00a0]+of|runs|run|running|ran|operates|operate|operating|operated|owns|own|owned|manages|manage|managing|managed|maintains|maintain|provides|supplies|supply|has|have|had|holds|hold|held|handles|handle|handled|supports|support|supported|houses|housed|(?:is|are)[\s\u00a0]+responsible[\s\u00a0]+for|connects|connect|serves|serve|(?:looks|look)[\s\u00a0]+after|(?:cares|care)[\s\u00a0]+for)|(?:provides|provide|supplies|supply|delivers|deliver|serves|serve|cooks|cook)(?:[\s\u00a0]+[\p{Ll}-]+){1,5}?[\s\u00a0]+(?:to|from|for|in|across))[\s\u00a0]+${DETERMINERS}$`,
  'iu',
);
/** "all 68 kitchens it runs", "the 54 depots that X operates": the figure the object of a relative clause. */
const RELATIVE_VERB = String.raw`(?:now[\s\u00a0]+|currently[\s\u00a0]+|still[\s\u00a0]+)?(?:has|have|runs|run|operates|operate|owns|own|manages|manage|maintains|maintain|connects|serves|supplies|(?:looks|look)[\s\u00a0]+after)(?![\p{L}])`;
const PRONOUN_RELATIVE_AFTER = new RegExp(String.raw`^[\s\u00a0]+(?:(?:that|which)[\s\u00a0]+)?(?:it|they)[\s\u00a0]+${RELATIVE_VERB}`, 'iu');
const RELATIVE_OPEN_AFTER = /^[\s\u00a0]+(?:(?:that|which)[\s\u00a0]+)?/iu;
const NAME_RELATIVE_VERB = new RegExp(String.raw`^[\s\u00a0]+${RELATIVE_VERB}`, 'iu');
const QUALIFIER_BEFORE = /(?<![\p{L}])(?<q>about|around|some|nearly|almost|roughly|approximately|more[\s\u00a0]+than|over|fewer[\s\u00a0]+than|less[\s\u00a0]+than|under|up[\s\u00a0]+to)[\s\u00a0]+$/iu;
const PART_BEFORE = /(?<![\p{L}])of[\s\u00a0]+(?:the|its|their|our|these|those|them)[\s\u00a0]+$|(?<![\p{L}])(?:\d+|some|most|half)[\s\u00a0]+of[\s\u00a0]+$/iu;
const RATE_AFTER = /^[\s\u00a0]+(?:each|per|every|(?:for|in|to)[\s\u00a0]+every|a[\s\u00a0]+(?:week|month|year|day)|an[\s\u00a0]+hour)(?![\p{L}])/iu;
/** How far the body a relative clause's "it" stands for may open its sentence. */
const SUBJECT_OPENS_WITHIN = 40;

/** The body a figure's relative clause names as the one that has it ("… kitchens it runs", "… depots X runs"). */
function relativeOwner(context: ClaimContext, end: number, sentence: SentenceSpan): Entity | undefined {
  const text = context.text;
  const after = text.slice(end, Math.min(sentence.end, end + 60));
  if (PRONOUN_RELATIVE_AFTER.test(after)) {
    // "it" is the sentence's subject: the body that opens it, governed by no preposition
    const first = context.within(context.organisations, sentence.start, end)[0];
    return first && first.start - sentence.start <= SUBJECT_OPENS_WITHIN && !isPrepositionalObject(text, first, sentence.start) ? first : undefined;
  }
  const open = RELATIVE_OPEN_AFTER.exec(after);
  if (!open) return undefined;
  const named = context.organisationStartingAt(end + open[0].length);
  return named && NAME_RELATIVE_VERB.test(text.slice(named.end, Math.min(sentence.end, named.end + 40))) ? named : undefined;
}

/**
 * "X, which runs 68 kitchens", "X, the company that connects 2,400 homes": the body a relative
 * clause opened right after it (or after its apposition) describes, which has what the verb counts.
 */
function relativeAntecedent(context: ClaimContext, verbStart: number, sentence: SentenceSpan): Entity | undefined {
  const text = context.text;
  const lead = text.slice(Math.max(sentence.start, verbStart - 40), verbStart);
  const relative = RELATIVE_AFTER_NAME.exec(lead);
  if (relative) {
    const comma = verbStart - relative[0].length;
    return context.within(context.organisations, sentence.start, comma + 1).find((o) => /^[\s\u00a0)]*,$/.test(text.slice(o.end, comma + 1)));
  }
  return appositionAntecedent(context, sentence.start, verbStart);
}
const RELATIVE_AFTER_NAME = /,[\s\u00a0]*(?:which|that|who)[\s\u00a0]+(?:(?:now|currently|still|also|already)[\s\u00a0]+)?$/u;

/**
 * "X's members run 1,000 sites": a body named as a possessor opens a subject that is something of
 * its own, which has the figure; the body itself has it only when it possesses the counted things
 * ("X's 52 lorries").
 */
export function ownsTheSubject(text: string, subject: Entity, figureStart: number): boolean {
  const possessed = POSSESSED_AFTER.exec(text.slice(subject.end, Math.min(figureStart, subject.end + 40)));
  return possessed !== null && subject.end + possessed[0].length < figureStart && !STOCK_WORDS.has(possessed[1]!);
}
/** What a body's stock is called: "X's fleet of 64" is X's own. */
const STOCK_WORDS = new Set(['fleet', 'portfolio', 'stock', 'estate', 'network']);
const POSSESSED_AFTER = /^['’]s?[\s\u00a0]+(?:own[\s\u00a0]+)?([\p{Ll}-]+)(?![\p{L}])/u;

/** "homes in Brantmoor" are all of a body named after Brantmoor, a part of any other's. */
function isPartByPlace(after: string, subject: Entity): boolean {
  const place = PART_PLACE_AFTER.exec(after)?.groups!.place;
  // (the canonical id holds the full name where the text used a short form: "BDE")
  return place !== undefined && !subject.text.includes(place) && !(subject.canonical ?? '').includes(place.toLowerCase());
}

export const thingCounts: FigureReading = {
  name: 'thing-counts',
  read(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const figure of figuresIn(context)) {
      const start = figure.start;
      const figureEnd = start + figure.text.length;
      // the noun first: most figures count no thing (dates, sums, shares)
      const counted = countedHeadAfter(text, figureEnd);
      if (!counted) continue;
      if ((start > 0 && GLUED_BEFORE.test(text[start - 1]!)) || GLUED_AFTER.test(text[figureEnd] ?? ' ')) continue;
      // a figure the recognisers mark as a quantity (people, members, schools, a supplier's homes) is the count readings' own
      if (context.anyOverlapping(context.numbers, start, figureEnd)) continue;
      if (SUBSET_MODIFIERS.test(counted.modifiers)) continue;
      const end = counted.end;
      const sentence = context.sentenceAt(start);
      if (!sentence) continue;
      const lead = text.slice(Math.max(sentence.start, start - 60), start);
      const after = text.slice(end, Math.min(sentence.end, end + 80));
      if (CHANGE_BEFORE.test(lead) || notStatedAt(context, start, lead) || PART_BEFORE.test(lead) || RATE_AFTER.test(after)) continue;
      const qualifierWord = QUALIFIER_BEFORE.exec(lead)?.groups!.q;
      if (qualifierWord && /^up/i.test(qualifierWord)) continue;
      const atStart = START_BEFORE.test(lead) || START_AFTER.test(after);
      let subject: Entity | undefined;
      const state = atStart ? null : STATE_BEFORE.exec(lead);
      if (!state && YEAR_LIKE.test(figure.text)) continue;
      if (atStart || state || lead.endsWith('’s ') || lead.endsWith("'s ")) {
        // a stock to come is no stock yet ("will have 60 beds"); what a body starts with is told ahead
        if (!atStart && FUTURE_BEFORE.test(lead)) continue;
        if (state && OWED_BEFORE.test(lead.slice(0, state.index))) continue;
        // the verb's subject is sought before the verb ("X looks after 31 libraries": "after" is no conjunction there)
        const from = state ? start - lead.length + state.index : start;
        subject =
          figureSubject(context, { type: 'quantity', text: text.slice(from, end), start: from, end } as Entity, sentence, end) ??
          (state ? relativeAntecedent(context, from, sentence) : undefined);
      } else {
        subject = relativeOwner(context, end, sentence);
      }
      if (!subject?.canonical || isPartByPlace(after, subject) || ownsTheSubject(text, subject, start) || isJoint(context, subject, start, after)) continue;
      const held = stateAfter(text, end);
      const kind = held ? `${headKey(counted.head)} ${held.words}` : headKey(counted.head);
      const value = parseNumber(figure.text);
      const qualifier = normaliseQualifier(qualifierWord);
      const interval = intervalOf(value, /\d/.test(figure.text) ? figure.text : String(value), qualifier, context.rules, { low: 0 });
      claims.push(
        context.claim({
          subject,
          attribute: atStart ? `count:${kind} at the start` : `count:${kind}`,
          value: { kind: 'number', value, unit: headKey(counted.head), ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
          start,
          end: held?.end ?? end,
          timeFromSentence: true,
          focus: { start, end },
        }),
      );
    }
    return claims;
  },
};
