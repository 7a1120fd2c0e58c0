// Money claims: what a fund is worth, what an organisation's accounts say, what a post is paid.
//   value        "a £12m Community Care Innovation Fund", "The fund is worth £20m", "the Better Care
//                Fund, worth £3.8bn", "the fund ..., which offers £12m in 2014/15"
//   money:<what> "Our income rose to £4.2m in 2013/14, from £3.9m in 2012/13", "X's turnover was
//                £31m", "The Trust is forecasting a deficit of £12m for 2014/15"
//   pay:<post>   "pays its chief executive more than £140,000", "the Chief Executive received a
//                salary of £78,500", "the chief executive's salary was £95,000"
// The subject is a named organisation or thing, or a referring word resolved to one ("its", "our",
// "the fund"); a post's organisation comes from titles.ts. Each figure is dated by the date
// nearest to it in its own clause, so "£4.2m in 2013/14" and "£3.9m in 2012/13" are two years,
// not two rival figures.

import type { Claim, Entity } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import { sumValue } from '../numbers';
import { normaliseTitle } from '../offices';
import { THING_HEADS } from '../things';
import { organisationOfTitle } from '../titles';
import { singular } from '../vocabulary';
import type { ClaimExtractor } from './extractor';
import { SHORTFALL_ATTRIBUTE, isShortBy } from '../figures/shortfalls';
import { PAID_BY, furtherSum, periodAfter, runningTotal, totalOf } from './paymentTotals';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
// A budget gap or shortfall is what a council's finance officer forecasts it cannot fund: one
// measure however it is called ("a funding gap of", "an in-year shortfall of").
const MEASURE = '(?<measure>income|turnover|revenues?|deficits?|surplus(?:es)?|budgets?|spending|expenditure|reserves|profits?|loss(?:es)?|debts?|assets|endowment|funding|gaps?|shortfalls?)';
const MEASURE_WORD = /income|turnover|revenue|deficit|surplus|budget|spending|expenditure|reserves|profit|loss|debt|assets|endowment|funding|gap|shortfall/;
const MEASURE_VERB = `(?:was|is|were|are|will${S}+be|stood${S}+at|stands${S}+at|totalled|totaled|totals|reached|came${S}+to|amounted${S}+to|of|(?:rose|fell|increased|grew|dropped|decreased|climbed|jumped|slipped)${S}+to)`;
/**
 * "its income was", "X's turnover rose to", "our total income of", "X's budget for 2025/26 is",
 * "X's 2025/26 budget is" — right before the figure (a year beside the measure dates the figure).
 */
const POSSESSIVE_MEASURE = new RegExp(
  `(?<owner>['’]s|\\b(?:its|their|our|his|her))${S}+(?:\\d{4}(?:[/–-]\\d{2,4})?${S}+)?(?:(?:total|annual|overall|gross|net|operating|in-year|budget|funding|financial)${S}+)?${MEASURE}(?:${S}+(?:for|in)${S}+(?:the${S}+year${S}+)?\\d{4}(?:[/–-]\\d{2,4})?)?${S}+${MEASURE_VERB}${S}+(?:(?:a|an)${S}+)?$`,
  'iu',
);
/** "X is forecasting a deficit of", "X reported a surplus of" — the clause's subject owns it. */
const HAS_MEASURE = new RegExp(
  `\\b(?:has|had|have|reported|reports|posted|posts|recorded|records|made|makes|forecasts?|forecasting|expects?|expecting|faces?|faced|facing|ran|runs|running|predicts?|predicting|(?:ran|run|runs|running|racked|racks|racking|built|builds|building)${S}+up)${S}+(?:a|an)${S}+(?:(?:total|annual|overall|gross|net|operating|projected|forecast|expected|recurrent|underlying|in-year|budget|funding|financial)${S}+){0,2}${MEASURE}${S}+of${S}+$`,
  'iu',
);
/** Between a body and its verb, a relative clause opened right after its name: "X, which (has) ran up". */
const RELATIVE_OPENS = new RegExp(`^${S}*,${S}*(?:which|that)${S}+(?:(?:has|had|have|last${S}+year|this${S}+year)${S}+)?$`, 'iu');
/**
 * "could face a gap of", "if it runs a deficit of", "does not face a shortfall of": a measure only
 * supposed, demanded, heard of or denied (clauseMood.ts); "will run a deficit of" and "said it
 * would face a gap of" are forecasts, which count.
 */
const SUPPOSED_OR_DENIED = Mood.Possible | Mood.Conditional | Mood.Demanded | Mood.Reported | Mood.Denied;
/** "..., from £3.9m" after a measure's figure: the figure it changed from. */
const CHANGED_FROM = new RegExp(`^(?:${S}+(?:in|for)${S}+[^,;.]{1,20})?,?${S}+(?:(?:up|down)${S}+)?from${S}+$`, 'i');
/** "worth £20m", "which offers £12m", "valued at £3bn". */
const VALUE_CUE = new RegExp(
  `(?<which>,${S}*(?:which|that)${S}+)?(?:(?:is|was|are|were|will${S}+be|would${S}+be|has${S}+been)${S}+)?(?:(?:now|currently|still|only)${S}+)?(?<cue>worth|valued${S}+at|offers|offering|offered|provides|providing|provided|totals|totalling|totaling|amounts${S}+to)${S}+$`,
  'iu',
);
const SCHEME_CUES = /^(?:offers|offering|offered|provides|providing|provided|totals|totalling|totaling|amounts)/i;
/** "will share £12m", "split a total of £3m": the figure is everything handed out, not one grant. */
const SHARED_OUT = new RegExp(`\\b(?:share|shares|shared|sharing|split|splits|splitting|divide|divides|divided|dividing)(?:${S}+(?:out|up))?(?:${S}+(?:a${S}+total${S}+of|all${S}+of))?${S}+$`, 'i');
/** Between the shared figure and its fund: "£12m in 2014/15 from the", "£3m through its". */
const FROM_SCHEME = new RegExp(`^(?:${S}+(?:in|for|during|over)${S}+[^,;.()]{1,25}?)?,?${S}+(?:from|through|via|under|out${S}+of)${S}+(?:(?:the|its|their|our)${S}+)?(?:new${S}+)?$`, 'i');
/** After "£12m Better Care Fund": the name ends there, not in a longer noun phrase ("... Fund grant"). */
const NAME_ENDS = new RegExp(`^(?:${S}*[,.;:)!?]|${S}*$|${S}+(?:in|for|to|from|which|that|is|was|will|would|has|had|have|and|or|but|over|across|this|last|next|of|on|at|by|with|since|until|each|a|per)(?![\\p{L}]))`, 'iu');
/** "pays its chief executive", "paid the director" — the post is the words up to the figure. */
const PAYS_TITLE = new RegExp(`\\b(?:pays|paid|paying|pay)${S}+(?<det>its|their|our|the|his|her)${S}+(?<title>(?:\\p{L}[\\p{L}-]*${S}+){0,4}?\\p{L}[\\p{L}-]*)${S}+$`, 'iu');
/** "received a salary of", "is paid", "earns": what a post receives, right before the figure. */
const RECEIVES = new RegExp(
  `(?:received|receives|receive|receiving|earned|earns|earn|earning|got|gets|took${S}+home|takes${S}+home|(?:is|was|were|are|being)${S}+paid)${S}+(?:(?:a|an|the)${S}+)?(?:(?:total|annual|basic|gross|combined)${S}+)?(?:(?:salary|pay|remuneration|package|pay${S}+package|salary${S}+and${S}+benefits)${S}+(?:of|worth)${S}+)?$`,
  'iu',
);
const SALARY_OF_TITLE = new RegExp(`(?<title>(?:\\p{L}[\\p{L}-]*${S}+){0,3}?\\p{L}[\\p{L}-]*)['’]s${S}+(?:total${S}+|annual${S}+|basic${S}+)?(?:salary|pay|remuneration|pay${S}+package)${S}+${MEASURE_VERB}${S}+$`, 'iu');
// Payments to a body: "the council will pay Explore X £1.8m in 2015/16", "Y, which paid it £2m".
// The recipient stands between a giving verb and the figure; the payer is the verb's subject.
/**
 * Between the recipient and the figure of a gift: nothing ("paid X £2m"), or the gift's article
 * and noun ("gave X a £40,000 grant", "awarded X a grant of £450,000", "lent X a further £1m").
 */
const RECIPIENT_TO_FIGURE = new RegExp(`^${S}+(?:(?:a|an)${S}+(?:(?:further|one-off|new|capital|emergency|small|large|single)${S}+)?(?:(?:grant|loan|contribution|donation|payment|sum)${S}+of${S}+)?)?$`, 'i');
const GIVING_VERB = new RegExp(`(?:^|[^\\p{L}])(?:pay|pays|paid|paying|give|gives|gave|giving|grant|grants|granted|granting|award|awards|awarded|awarding|lend|lends|lent|lending)${S}+(?:(?:the|its|their)${S}+)?$`, 'iu');
/** Right after the payer: ", which", " will", " has agreed to", " will now", " is" (of "is giving"). */
const PAYER_TO_VERB = new RegExp(`^(?:,?${S}*(?:which|who|that))?(?:${S}+(?:will|would|has|have|had|is${S}+to|are${S}+to|agreed${S}+to|agrees${S}+to|plans${S}+to|is|are|was|were|also|now|still|then|only|already|to))*${S}+$`, 'i');
/** A local council payer the text does not name: "the borough council will pay it". */
const COUNCIL_PAYER = new RegExp(`\\b(?:the|its|our|their)${S}+(?:local${S}+|borough${S}+|county${S}+|city${S}+|district${S}+|town${S}+|parish${S}+|unitary${S}+)?(?:council|local${S}+authority)$`, 'i');
/** A local council's name: "Y Borough Council", "Y County Council", "London Borough of Y". */
const LOCAL_COUNCIL_NAME = /(?:^|[\s\u00a0])(?:borough|county|city|district|town|parish|metropolitan|unitary)[\s\u00a0]+council$|^(?:the[\s\u00a0]+)?(?:london|royal)[\s\u00a0]+borough[\s\u00a0]+of[\s\u00a0]/i;

/** Every local council is one party ("local-authority") to what it pays or hands over; any other body is itself. */
export const LOCAL_AUTHORITY = 'local-authority';
export function partyKey(body: Entity): string | undefined {
  const name = body.canonicalName ?? body.text;
  return LOCAL_COUNCIL_NAME.test(name) || isPlaceCouncil(name) ? LOCAL_AUTHORITY : body.canonical;
}
/** "Ravensmoor Council", "Kings Norton Council": one or two capitalised words and "Council". */
const SHORT_COUNCIL_NAME = /^(?:[Tt]he[\s\u00a0]+)?(\p{Lu}[\p{L}'’-]+)(?:[\s\u00a0]+(\p{Lu}[\p{L}'’-]+))?[\s\u00a0]+Council$/u;
/**
 * Words that make "<word> Council" a national or special body rather than a place's council: a
 * field ("Arts Council", "Design Council", "Sentencing Council"), a nation or union ("British
 * Council", "European Council"), a region named by its adjective ("Northern … Council": local
 * councils take the compass noun, "North Tyneside Council"), or an institution's own ("Privy
 * Council", "Security Council").
 */
const NOT_A_PLACE_BEFORE_COUNCIL = new Set([
  'the', 'arts', 'art', 'design', 'crafts', 'craft', 'sentencing', 'science', 'research', 'medical', 'health', 'housing', 'youth', 'student', 'students',
  'schools', 'press', 'security', 'privy', 'legal', 'nursing', 'sports', 'sport', 'education', 'funding', 'advisory', 'governing', 'general',
  'northern', 'southern', 'eastern', 'western', 'national', 'british', 'english', 'scottish', 'welsh', 'irish', 'european', 'international', 'world', 'commonwealth', 'nordic', 'atlantic',
  'city', 'county', 'borough', 'district', 'parish', 'town', 'community', 'regional', 'local', 'trades', 'works', 'staff', 'church', 'ecumenical',
  'economic', 'social', 'environment', 'transport', 'energy', 'food', 'water', 'heritage', 'museums', 'libraries', 'charity', 'charities',
]);
/**
 * A place's council called by the place and "Council" alone ("Ravensmoor Council" for Ravensmoor
 * Borough Council) is a local council too: every local council is one party (LOCAL_AUTHORITY), so
 * "Ravensmoor Council lent £2m" and "the council lent £2.4m" speak of one payer. A field, nation
 * or institution before "Council" names some other body.
 */
function isPlaceCouncil(name: string): boolean {
  const match = SHORT_COUNCIL_NAME.exec(name);
  if (!match) return false;
  for (const word of [match[1], match[2]]) if (word !== undefined && NOT_A_PLACE_BEFORE_COUNCIL.has(word.toLowerCase())) return false;
  return true;
}
const NOT_A_LETTER = /^[^\p{L}]/u;
/** The auxiliaries between an unnamed payer and its verb, taken off before COUNCIL_PAYER is tried. */
const PAYER_TO_VERB_TAIL = new RegExp(`(?:${S}+(?:will|would|has|have|had|is${S}+to|are${S}+to|agreed${S}+to|agrees${S}+to|plans${S}+to|also|now|still|then|only|already|to))*${S}*$`, 'i');
// Receipts from a body: "X, which runs the pools, will receive £1.2m from the council in 2015/16".
// The same payment as "the council will pay X £1.2m", seen from the recipient's side: the
// recipient is the verb's subject, the payer follows "from".
// The sum may stand inside what is received, "got a £12,000 grant", "gets an annual £40,000
// contribution": the article and a word or two before the figure, the gift's noun after it.
const RECEIVING_VERB = new RegExp(`(?:^|[^\\p{L}])(?:receive|receives|received|receiving|get|gets|got|getting)${S}+(?:(?:a|an)${S}+(?:(?:annual|yearly|one-off|new|further|small|capital|emergency)${S}+)?)?$`, 'iu');
/** Right after the figure: "from the", "a year from", "in 2015/16 from", "grant from". */
const FROM_PAYER = new RegExp(`^(?:${S}+(?:grant|award|contribution|donation|payment|loan))?(?:${S}+(?:a|per|each)${S}+year)?(?:${S}+(?:in|for)${S}+[^,;.()]{1,20}?)?${S}+from${S}+`, 'iu');
const COUNCIL_AFTER_FROM = new RegExp(`^(?:the|its|our|their)${S}+(?:local${S}+|borough${S}+|county${S}+|city${S}+|district${S}+|town${S}+|parish${S}+|unitary${S}+)?(?:council|local${S}+authority)(?![\\p{L}])`, 'iu');
// Between a recipient and its verb: auxiliaries, after an apposition or a relative clause set off
// by commas ("X, which has run the centres since 2011, will receive"), which a sentence's subject
// often carries and which never holds a full stop or a semicolon.
const RECIPIENT_TO_VERB = new RegExp(`^(?:,[^;:.!?()]{1,160},)?(?:${S}+(?:will|would|is${S}+to|are${S}+to|is${S}+due${S}+to|also|now|still|then|only|already|expects${S}+to|is${S}+set${S}+to))*${S}+$`, 'i');
// A fee a body pays the document's author: "The council's management fee fell again, to £1.5m,
// and it will fall to £900,000 in 2015/16" in a leisure trust's own report. A fee, grant or
// subsidy named after its payer is what that payer pays the body it contracts with; in a text
// that speaks for an organisation (author.ts), the body paid is the author.
const PAYERS_FEE = new RegExp(`(?<payer>\\b(?:the|its|our)${S}+(?:local${S}+|borough${S}+|county${S}+|city${S}+|district${S}+)?(?:council|local${S}+authority)|\\p{Lu}[\\p{L}’'-]*(?:${S}+\\p{Lu}[\\p{L}’'-]*){0,5})['’]s${S}+(?:(?:annual|yearly|core)${S}+)?(?:(?:management|service|contract|operating)${S}+)?(?:fee|grant|subsidy)\\b`, 'giu');
/** Right after a fee's figure: its year ("in 2015/16", "for 2016"). */
const FEE_YEAR_AFTER = new RegExp(`^${S}+(?:in|for)${S}+(?:the${S}+year${S}+)?\\d{4}(?:[/–-]\\d{2,4})?(?!\\d)`, 'i');
/** Right before the figure: the fee (or "it", the fee again) changing to it. */
const CHANGES_TO = new RegExp(`(?:fell|falls|fall|falling|rose|rises|rise|rising|increased|increases|increase|decreased|decreases|decrease|dropped|drops|drop|(?:was|is|be|been)${S}+(?:cut|reduced|increased|raised))(?:${S}+(?:again|further|sharply))?,?${S}+to${S}+$`, 'iu');
// A loan or grant a payer agrees, in a text that speaks for an organisation (author.ts) and in a
// sentence in its own voice: "In 2017/18 the Borough Council agreed a loan of £2.4m, which paid for
// our second phase". An organisation's own report names what others lend or give it without
// saying "to us"; a named recipient ("a loan of £2m to X") is left to the other rules.
const AGREED_SUM = new RegExp(
  `(?:^|[^\\p{L}])(?:agreed|approved|granted|gave|made|offered|provided|awarded|secured)(?:${S}+(?:us|to${S}+us))?${S}+(?:(?:a|an|the)${S}+)?(?:(?:new|further|second|first|long-term|low-interest|interest-free|capital)${S}+)?(?:loan|grant)${S}+of${S}+(?:(?:up${S}+to|about|around|almost|nearly|over|some)${S}+)?$`,
  'iu',
);
const FIRST_PERSON = /(?:^|[^\p{L}])(?:we|us|our|ours)(?![\p{L}])/iu;
const TO_RECIPIENT_AFTER = new RegExp(`^(?:${S}+(?:in|for)${S}+[^,;.()]{1,20}?)?${S}+to${S}+`, 'iu');

const POST_WORDS = /\b(?:chief|executive|director|chair|chairman|chairwoman|chairperson|president|secretary|head|manager|officer|principal|governor|treasurer|chancellor|leader)\b/i;

const MEASURE_FORMS: Record<string, string> = { revenues: 'revenue', surpluses: 'surplus', losses: 'loss', profits: 'profit', deficits: 'deficit', debts: 'debt', budgets: 'budget', gap: 'budget-gap', gaps: 'budget-gap', shortfall: 'budget-gap', shortfalls: 'budget-gap' };

function measureKey(word: string): string {
  const lower = word.toLowerCase();
  return MEASURE_FORMS[lower] ?? lower;
}

// Made once: a regular expression literal with \p{…} inside a function is rebuilt on every call in the shipped bundle.
const LETTER_RUNS = /\p{L}+/gu;

/** A fund, programme or scheme: a thing, or an organisation whose name ends in such a word. */
function isScheme(e: Entity): boolean {
  if (e.canonical?.startsWith('thing:')) return THING_HEADS[(e as Entity & { head?: string }).head ?? ''] === 'scheme';
  const last = (e.canonicalName ?? e.text).toLowerCase().match(LETTER_RUNS)?.pop() ?? '';
  return THING_HEADS[singular(last)] === 'scheme';
}

/** The post a title names: an office id's name, or its words ("chief-executive", "director finance"). */
function postKey(context: ClaimContext, title: string): string | undefined {
  const words = normaliseTitle(title).replace(/^(?:its|their|our|his|her) /, '');
  if (!words || !POST_WORDS.test(words)) return undefined;
  const office = context.offices.officeOf(words);
  return office ? office.replace(/^office:/, '') : words;
}

/** A figure of money in its sentence, with what every rule for sums paid and received reads of it. */
interface FigureInSentence {
  context: ClaimContext;
  money: Entity;
  sentenceStart: number;
  sentenceEnd: number;
  /** The organisations and things between two offsets, in reading order. */
  mentions: (from: number, to: number) => Entity[];
  /** Records a claim of `subject` about the figure, with the claim's words from start to end. */
  push: (subject: Entity, attribute: string, money: Entity, start: number, end: number) => void;
}

class MoneyExtractor implements ClaimExtractor {
  readonly name = 'money';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    // Where an organisation's name is also read as a thing ("Better Care Fund"), the thing comes last and wins.
    const mentions = (from: number, to: number): Entity[] =>
      [...context.within(context.organisations, from, to), ...context.within(context.things, from, to)].sort(
        (a, b) => a.start - b.start || Number(a.canonical?.startsWith('thing:')) - Number(b.canonical?.startsWith('thing:')),
      );
    const push = (subject: Entity, attribute: string, money: Entity, start: number, end: number): void => {
      const value = sumValue(money, context.rules);
      if (!value || !subject.canonical) return;
      // "its reserves were £600,000 short": the sum is a shortfall, not the reserves (figures/shortfalls.ts)
      if (isShortBy(text, money.end) && !attribute.startsWith(PAID_BY)) attribute = SHORTFALL_ATTRIBUTE;
      // "lent X £24.5m between 2017 and 2022": a sum over a period is its total up to the last year,
      // never one year's payment, so it meets only other totals (see paymentTotals.ts)
      const period = attribute.startsWith(PAID_BY) ? periodAfter(text, money.end) : undefined;
      const claim = context.claim({
        subject,
        attribute: period ? totalOf(attribute) : attribute,
        value,
        start,
        end: period ? Math.max(end, period.end) : end,
        timeFromSentence: true,
        focus: money,
      });
      if (period) claim.time = period.lastYear;
      claims.push(claim);
    };

    // The measure each figure states, so that "..., from £3.9m" can take the measure before it.
    const stated = new Map<Entity, { subject: Entity; attribute: string }>();
    let previous: Entity | undefined;
    for (const money of context.sums) {
      const earlierFigure = previous;
      previous = money;
      const sentence = context.sentenceAt(money.start);
      if (!sentence) continue;
      // "lent it £20m in 2019 and a further £18m in 2022": the further sum is the same measure, and
      // the two together are what was paid by the later year at least
      const chained = earlierFigure && earlierFigure.start >= sentence.start ? stated.get(earlierFigure) : undefined;
      if (chained && chained.attribute.startsWith(PAID_BY) && furtherSum(text, earlierFigure!.end, money.start)) {
        push(chained.subject, chained.attribute, money, money.start, money.end);
        const total = runningTotal(context, chained.subject, chained.attribute, earlierFigure!, money);
        if (total) claims.push(total);
        stated.set(money, chained);
        continue;
      }
      const before = text.slice(Math.max(sentence.start, money.start - 200), money.start);
      const beforeStart = money.start - before.length;

      // "a £12m Community Care Innovation Fund"
      const named = mentions(money.end, Math.min(sentence.end, money.end + 120)).filter((m) => /^[\s\u00a0]+$/.test(text.slice(money.end, m.start))).pop();
      if (named && !context.isReference(named) && isScheme(named) && NAME_ENDS.test(text.slice(named.end, named.end + 12))) {
        push(named, 'value', money, money.start, named.end);
        continue;
      }

      // "Councils will share £12m in 2014/15 from the Better Care Fund": the fund's whole value.
      // Only a sharing verb says so; "X received £2m from the fund" is one grant out of it.
      if (SHARED_OUT.test(before.slice(-40))) {
        const fund = mentions(money.end, Math.min(sentence.end, money.end + 80)).find((m) => FROM_SCHEME.test(text.slice(money.end, m.start)));
        if (fund && !context.isReference(fund) && isScheme(fund)) {
          push(fund, 'value', money, money.start, fund.end);
          continue;
        }
      }

      // The patterns below are anchored at the figure and tried only when their key word is near.
      const near = before.slice(-60).toLowerCase();
      // "The fund is worth £20m", "X, which offers £12m"
      const value = /worth|valued|offer|provid|total|amount/.test(near) ? VALUE_CUE.exec(before) : null;
      if (value) {
        const cueStart = beforeStart + value.index;
        const candidates = mentions(sentence.start, cueStart).filter((m) => !isPrepositionalObject(text, m, sentence.start));
        const subject = candidates.pop();
        const gap = subject ? text.slice(subject.end, cueStart) : '';
        const near = value.groups!.which ? gap.length <= 100 && !/[;:]/.test(gap) : /^,?[\s\u00a0]*$/.test(gap) || /^[\s\u00a0]+(?:is|was|will be)[\s\u00a0]*$/.test(gap);
        if (subject && near && (!SCHEME_CUES.test(value.groups!.cue) || isScheme(subject))) {
          push(subject, 'value', money, subject.start, money.end);
          continue;
        }
      }

      // "Our income rose to £4.2m", "X's turnover was £31m"
      const measureNear = MEASURE_WORD.test(near);
      const possessive = measureNear ? POSSESSIVE_MEASURE.exec(before) : null;
      if (possessive) {
        const ownerAt = beforeStart + possessive.index;
        const owner = /['’]s/.test(possessive.groups!.owner)
          ? mentions(Math.max(sentence.start, ownerAt - 120), ownerAt).filter((m) => m.end === ownerAt).pop()
          : mentions(ownerAt, ownerAt + possessive.groups!.owner.length)[0];
        if (owner) {
          const attribute = `money:${measureKey(possessive.groups!.measure)}`;
          push(owner, attribute, money, Math.min(owner.start, ownerAt), money.end);
          stated.set(money, { subject: owner, attribute });
          continue;
        }
      }

      // "The Trust is forecasting a deficit of £12m"
      const has = measureNear ? HAS_MEASURE.exec(before) : null;
      if (has && !(context.moodAt(beforeStart + has.index) & SUPPOSED_OR_DENIED)) {
        const verbAt = beforeStart + has.index;
        // "X, which ran up a deficit of": the body the relative clause describes
        const subject = mentions(sentence.start, verbAt)
          .filter((m) => !isPrepositionalObject(text, m, sentence.start) && verbAt - m.end <= 40 && (!/[,;:]/.test(text.slice(m.end, verbAt)) || RELATIVE_OPENS.test(text.slice(m.end, verbAt))))
          .pop();
        if (subject) {
          const attribute = `money:${measureKey(has.groups!.measure)}`;
          push(subject, attribute, money, subject.start, money.end);
          stated.set(money, { subject, attribute });
          continue;
        }
      }

      // "£4.2m in 2013/14, from £3.9m in 2012/13": the earlier figure of the same measure
      const earlier = earlierFigure && stated.get(earlierFigure);
      if (earlierFigure && earlier && earlierFigure.start >= sentence.start && CHANGED_FROM.test(text.slice(earlierFigure.end, money.start))) {
        push(earlier.subject, earlier.attribute, money, money.start, money.end);
        continue;
      }

      const figure: FigureInSentence = { context, money, sentenceStart: sentence.start, sentenceEnd: sentence.end, mentions, push };
      const paid =
        (/pa[yi]|give|gave|giving|grant|award|len[dt]/.test(near) ? this.payment(figure) : undefined) ??
        (/receiv|get|got/.test(near.slice(-34)) ? this.receipt(figure) : undefined);
      if (paid) {
        stated.set(money, paid);
        continue;
      }

      const lent = context.author && /loan|grant/.test(near.slice(-30)) ? this.sumAgreedForAuthor(figure) : undefined;
      if (lent) {
        stated.set(money, lent);
        continue;
      }

      const fee = context.author && /fall|fell|rose|rise|increase|decrease|drop|cut|reduc|raise/.test(near) ? this.authorsFee(figure) : undefined;
      if (fee) {
        stated.set(money, fee);
        continue;
      }

      if (/pay|paid|salar|earn|remunerat|receiv|got|gets|home/.test(near)) this.pay(figure, before, beforeStart);
    }
    return claims;
  }

  /**
   * A sum paid to a body: "the council will pay Explore X £1.8m in 2015/16". The claim is the
   * recipient's `money:paid-by:<payer>`, dated like any figure, so one payer's sums in two years
   * are never rivals and two payers' sums are different attributes. Every local council is one
   * payer ("local-authority"): a body is funded by the council of the area it serves, which a text
   * may name in full ("Y Borough Council") or only call "the council".
   */
  private payment(figure: FigureInSentence): { subject: Entity; attribute: string } | undefined {
    const { context, money, sentenceStart, mentions, push } = figure;
    const text = context.text;
    const recipient = context
      .within(context.organisations, Math.max(sentenceStart, money.start - 120), money.start)
      .filter((o) => RECIPIENT_TO_FIGURE.test(text.slice(o.end, money.start)))
      .pop();
    if (!recipient) return undefined;
    const lead = text.slice(Math.max(sentenceStart, recipient.start - 40), recipient.start);
    const verb = GIVING_VERB.exec(lead);
    if (!verb) return undefined;
    const verbAt = recipient.start - lead.length + verb.index + (NOT_A_LETTER.test(verb[0]) ? 1 : 0);
    let payer: string | undefined;
    let payerStart = verbAt;
    const named = mentions(sentenceStart, verbAt)
      .filter((m) => !m.canonical?.startsWith('thing:') && PAYER_TO_VERB.test(text.slice(m.end, verbAt)))
      .pop();
    if (named) {
      // a name, or what a referring word ("the council") was resolved to: never the word itself
      payer = partyKey(named);
      payerStart = named.start;
    } else {
      const words = text.slice(Math.max(sentenceStart, verbAt - 80), verbAt).replace(PAYER_TO_VERB_TAIL, '');
      const council = COUNCIL_PAYER.exec(words);
      if (council) {
        payer = LOCAL_AUTHORITY;
        payerStart = Math.max(sentenceStart, verbAt - 80) + council.index;
      }
    }
    if (!payer || payer === recipient.canonical) return undefined;
    const attribute = `money:paid-by:${payer}`;
    push(recipient, attribute, money, Math.min(payerStart, recipient.start), money.end);
    return { subject: recipient, attribute };
  }

  /**
   * A sum a body receives from another: "X will receive £1.2m from the council in 2015/16". The
   * same claim as payment() makes of "the council will pay X £1.2m", so the two wordings of one
   * payment are compared; a sum without a named or council payer after "from" is left alone.
   */
  private receipt(figure: FigureInSentence): { subject: Entity; attribute: string } | undefined {
    const { context, money, sentenceStart, sentenceEnd, mentions, push } = figure;
    const text = context.text;
    const lead = text.slice(Math.max(sentenceStart, money.start - 30), money.start);
    const verb = RECEIVING_VERB.exec(lead);
    if (!verb) return undefined;
    const verbAt = money.start - lead.length + verb.index + (NOT_A_LETTER.test(verb[0]) ? 1 : 0);
    const from = FROM_PAYER.exec(text.slice(money.end, Math.min(sentenceEnd, money.end + 60)));
    if (!from) return undefined;
    const payerStart = money.end + from[0].length;
    const named = mentions(payerStart, Math.min(sentenceEnd, payerStart + 120)).find((m) => m.start - payerStart <= 4 && !m.canonical?.startsWith('thing:'));
    let payer: string | undefined;
    let payerEnd = payerStart;
    if (named) {
      payer = partyKey(named);
      payerEnd = named.end;
    } else {
      const council = COUNCIL_AFTER_FROM.exec(text.slice(payerStart, Math.min(sentenceEnd, payerStart + 40)));
      if (!council) return undefined;
      payer = LOCAL_AUTHORITY;
      payerEnd = payerStart + council[0].length;
    }
    // the verb's subject: the first name in the sentence that no preposition governs
    const recipient = mentions(sentenceStart, verbAt).find((m) => !m.canonical?.startsWith('thing:') && !isPrepositionalObject(text, m, sentenceStart));
    if (!recipient || !payer || payer === recipient.canonical || !RECIPIENT_TO_VERB.test(text.slice(recipient.end, verbAt))) return undefined;
    const attribute = `money:paid-by:${payer}`;
    push(recipient, attribute, money, recipient.start, Math.max(money.end, payerEnd));
    return { subject: recipient, attribute };
  }

  /**
   * A loan or grant agreed for the author: "the Borough Council agreed a loan of £2.4m, …, which
   * paid for our second phase" in a society's own report is the council's loan to the society,
   * `money:paid-by:<payer>` of the author as payment() would make of "the council lent X £2.4m".
   * The payer is the verb's subject (a name, or "the council"); the sentence must speak in the
   * author's voice, and no "to Y" may name another recipient.
   */
  private sumAgreedForAuthor(figure: FigureInSentence): { subject: Entity; attribute: string } | undefined {
    const { context, money, sentenceStart, sentenceEnd, mentions, push } = figure;
    const author = context.author;
    const text = context.text;
    if (!author) return undefined;
    const lead = text.slice(Math.max(sentenceStart, money.start - 80), money.start);
    const agreed = AGREED_SUM.exec(lead);
    if (!agreed) return undefined;
    if (TO_RECIPIENT_AFTER.test(text.slice(money.end, Math.min(sentenceEnd, money.end + 40)))) return undefined;
    // the author's voice near the figure (bounded: a sentence may be a whole run-on paragraph)
    if (!FIRST_PERSON.test(text.slice(Math.max(sentenceStart, money.start - 200), Math.min(sentenceEnd, money.end + 200)))) return undefined;
    const verbAt = money.start - lead.length + agreed.index + (NOT_A_LETTER.test(agreed[0]) ? 1 : 0);
    const named = mentions(sentenceStart, verbAt)
      .filter((m) => !m.canonical?.startsWith('thing:') && PAYER_TO_VERB.test(text.slice(m.end, verbAt)))
      .pop();
    let payer: string | undefined;
    let payerStart = verbAt;
    if (named) {
      payer = partyKey(named);
      payerStart = named.start;
    } else {
      const words = text.slice(Math.max(sentenceStart, verbAt - 80), verbAt).replace(PAYER_TO_VERB_TAIL, '');
      const council = COUNCIL_PAYER.exec(words);
      if (!council) return undefined;
      payer = LOCAL_AUTHORITY;
      payerStart = Math.max(sentenceStart, verbAt - 80) + council.index;
    }
    if (!payer || payer === author.canonical) return undefined;
    const attribute = `money:paid-by:${payer}`;
    push(author, attribute, money, payerStart, money.end);
    return { subject: author, attribute };
  }

  /**
   * The author's fee from a payer: "The council's management fee fell again, to £1.5m, and it will
   * fall to £900,000 in 2015/16". The figure must follow a change verb ending in "to", and the fee
   * phrase must open the sentence's run of such changes (nothing but those clauses between).
   */
  private authorsFee(figure: FigureInSentence): { subject: Entity; attribute: string } | undefined {
    const { context, money, sentenceStart, mentions, push } = figure;
    const author = context.author;
    const text = context.text;
    const lead = text.slice(sentenceStart, money.start);
    if (!author || !CHANGES_TO.test(lead.slice(-60))) return undefined;
    PAYERS_FEE.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = PAYERS_FEE.exec(lead); m; m = PAYERS_FEE.exec(lead)) last = m;
    PAYERS_FEE.lastIndex = 0;
    if (!last) return undefined;
    const feeStart = sentenceStart + last.index;
    // between the fee and the figure: no other sum's subject, only the fee's own changes ("it")
    const between = text.slice(feeStart + last[0].length, money.start);
    // ("it" may have been read as a body; here it is the fee)
    const others = mentions(feeStart + last[0].length, money.start).filter((m) => !(context.isReference(m) && /^it$/i.test(m.text)));
    if (between.length > 120 || /[;:]/.test(between) || others.length) return undefined;
    // A fee is set for a year: a figure without its year beside it ("fell again, to £1.5m") reads
    // against the report's own year, which a document date does not reliably give, so only a
    // figure dated in its own words ("to £900,000 in 2015/16") is taken.
    if (!FEE_YEAR_AFTER.test(text.slice(money.end, money.end + 24))) return undefined;
    const payerWords = last.groups!.payer;
    const named = /^(?:the|its|our)[\s\u00a0]/i.test(payerWords) ? undefined : mentions(feeStart, feeStart + payerWords.length).find((m) => m.end === feeStart + payerWords.length);
    if (!named && !/council|authority/i.test(payerWords)) return undefined;
    const payer = named ? partyKey(named) : LOCAL_AUTHORITY;
    if (!payer || payer === author.canonical) return undefined;
    const attribute = `money:paid-by:${payer}`;
    // The claim's words start at the figure's own clause ("it will fall to £900,000"), not at an
    // earlier figure's, so a reader is pointed at what this figure says.
    const clause = between.match(/^.*,[\s\u00a0]+(?:and|but|while|whereas)[\s\u00a0]+/s);
    push(author, attribute, money, clause ? feeStart + last[0].length + clause[0].length : feeStart, money.end);
    return { subject: author, attribute };
  }

  /** Pay of a post: "pays its chief executive £X", "the Chief Executive received a salary of £X". */
  private pay(figure: FigureInSentence, before: string, beforeStart: number): void {
    const { context, money, sentenceStart, push } = figure;
    const text = context.text;
    const pays = PAYS_TITLE.exec(before);
    if (pays) {
      const titleStart = beforeStart + pays.index + pays[0].indexOf(pays.groups!.title, pays[0].indexOf(pays.groups!.det) + pays.groups!.det.length);
      const titleEnd = titleStart + pays.groups!.title.length;
      const post = postKey(context, pays.groups!.title);
      const organisation = post && organisationOfTitle(context, titleStart, titleEnd)?.organisation;
      if (post && organisation) push(organisation, `pay:${post}`, money, beforeStart + pays.index, money.end);
      return;
    }
    const salaryOf = SALARY_OF_TITLE.exec(before);
    const receives = salaryOf ? null : RECEIVES.exec(before);
    let titleStart: number;
    let titleEnd: number;
    if (salaryOf) {
      titleStart = beforeStart + salaryOf.index;
      titleEnd = titleStart + salaryOf.groups!.title.length;
    } else if (receives) {
      // the title is the phrase just before the verb: "the Chief Executive, received", "Its chair earns"
      const verbAt = beforeStart + receives.index;
      const lead = text.slice(sentenceStart, verbAt);
      const phrase = /(?:^|,)[\s\u00a0]*(?:the[\s\u00a0]+|its[\s\u00a0]+|our[\s\u00a0]+|their[\s\u00a0]+)?([^,]{2,60}?)[\s\u00a0]*,?[\s\u00a0]*$/.exec(lead);
      if (!phrase) return;
      titleStart = sentenceStart + phrase.index + phrase[0].indexOf(phrase[1]);
      titleEnd = titleStart + phrase[1].length;
    } else return;
    const post = postKey(context, text.slice(titleStart, titleEnd));
    if (!post) return;
    const organisation = organisationOfTitle(context, titleStart, titleEnd)?.organisation;
    if (organisation) push(organisation, `pay:${post}`, money, titleStart, money.end);
  }
}

export const moneyExtractor: ClaimExtractor = new MoneyExtractor();
