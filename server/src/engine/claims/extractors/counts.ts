// Count claims: how many people or organisations an organisation has, gives, funds or counts.
//   "X, which has turned all 770 staff into co-owners"   → X count:staff = 770
//   "X ... giving 900 NHS staff on secondment ..."       → X count:staff = 900
//   "approximately 1000 healthcare co-ops working within the NHS" → NHS count:healthcare co-op ≈ 1000
// The subject is the nearest organisation before the figure in its sentence that is a clause's
// subject (not "set up by X", not inside the counted phrase); failing that, an organisation the
// counted phrase is "in", "within" or "across". The counted noun phrase, without organisation
// names used as modifiers ("NHS staff" → "staff"), names the attribute; the people an organisation
// employs are its staff whatever the word ("employs 770 people", "3,000 employees"). A figure for
// one place ("In the North West it represents 160,000 members", "members in Wales") is about a part
// of the subject, so the place joins the attribute and it is never compared with the whole; a
// figure spread "across" or "throughout" a place after it is the whole.

import type { Claim, Entity, Qualifier } from '../../types';
import type { ClaimContext } from '../context';
import { intervalOf } from '../numbers';
import { normalisePhrase, tokenise } from '../vocabulary';
import type { ClaimExtractor } from './extractor';
import { isSpaceUnit } from './afterName';
import { appositionAntecedent } from './appositionRelative';
import { TAKEN_ON, chosenNoun, countMeasure, staffMeasure } from './countMeasures';
import { customerClass, transferReceiver } from './customerCounts';
import { HEDGE_WORDS } from './jobCuts';
import { SPACE, isPrepositionalObject } from './grammar';
import { writersBody } from './writersBody';

const S = SPACE;
// "the 4,800 members of X", "the 22,000 customers of X": a count "of" a body is its own, as "at" or "in" it.
const LOCATED_IN = new RegExp(`^${S}+(?:\\p{Ll}+ing${S}+)?(?:in|within|across|inside|at|for|of)${S}+(?:the${S}+)?`, 'iu');
// "600 people work for X", "around 600 staff are employed by X": the body after the verb employs them.
const WORKS_FOR_AFTER = new RegExp(`^${S}+(?:(?:are|were|is|was|currently|now|still)${S}+)*(?:work|worked|working|employed)${S}+(?:for|at|by)${S}+(?<the>the${S}+)?`, 'iu');
const MAX_CLAUSE_GAP = 80;
const CLAUSE_BREAK = /[;:–—]|\s-\s/;
// Determiners before the counted noun are not part of what is counted: "all of her 60 members"
// counts members, whoever "her" is.
const LEADING_FILLER = new Set(['of', 'the', 'all', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'these', 'those', 'whole', 'entire']);
const COUNTED_PRONOUNS = new Set(['them', 'these', 'those']);
/** Words for the people an organisation employs. */
// ("our 1,250 colleagues": a body's word for its whole workforce in its own voice)
const EMPLOYEE_NOUNS = new Set(['employee', 'staff member', 'member of staff', 'paid staff', 'full time staff', 'personnel', 'colleague']);
const EMPLOYED_NOUNS = new Set(['people', 'person', 'worker', 'employee', 'staff']);
// "all 1,340 workers at X", "the 200 workers of X": a body's workers are its staff, as "X employs
// 950 people" counts them (a trade's workers, "care workers", keep their own noun).
const WORKERS_OF_AFTER = /^[\s\u00a0]+(?:at|of)[\s\u00a0]/;
// "The board of X has twelve trustees", "the governing body of X has 14 governors": a body's own
// organ stands for it as the clause's subject, though its name follows "of", when what it counts is
// the body's board seats (the board's "14 members" are not the body's members).
const BOARD_SEATS_COUNTED = /(?:trustees|directors|governors)$/i;
const ORGAN_OF_BEFORE = /(?:^|[^\p{L}])(?:board(?:[\s\u00a0]+of[\s\u00a0]+(?:trustees|directors|governors))?|governing[\s\u00a0]+body|management[\s\u00a0]+committee|trustees)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;
const ONE_EACH_AFTER = /^[\s\u00a0]*[,–—-]?[\s\u00a0]*one[\s\u00a0]/i;
const JOINT_AFTER = /^[^.;:!?]{0,20}?(?<![\p{L}])(?:between[\s\u00a0]+them|jointly|combined)(?![\p{L}])/u;
const TOOK_PART_AFTER = /^[^.;:!?]{0,40}?(?<![\p{L}])(?:walked[\s\u00a0]+out|walk[\s\u00a0]+out|(?:went|go|are|were)[\s\u00a0]+on[\s\u00a0]+strike|struck|voted|balloted|signed[\s\u00a0]+(?:a|the)[\s\u00a0]+petition|marched|protested)(?![\p{L}])/u;
// "employed an average of 2,350 people": an average or a total over the year is still the workforce.
const EMPLOY_VERB_BEFORE = /\b(?:employ|employs|employed|employing|workforce[\s\u00a0]+of|staff[\s\u00a0]+of)[\s\u00a0]+(?:(?:an[\s\u00a0]+average|a[\s\u00a0]+total)[\s\u00a0]+of[\s\u00a0]+)?$/i;
const PLACE = String.raw`(?:the[\s\u00a0]+)?(?<place>\p{Lu}[\p{L}’'-]*(?:[\s\u00a0]+(?:and[\s\u00a0]+)?\p{Lu}[\p{L}’'-]*){0,3})`;
const FRONTED_PLACE = new RegExp(`^(?:In|Across|Throughout|Within)[\\s\\u00a0]+${PLACE}[\\s\\u00a0,]`, 'u');
// Only "in" marks a part: "900 pupils across the North" spreads the whole over its area.
const PLACE_AFTER = new RegExp(`^[\\s\\u00a0]+in[\\s\\u00a0]+${PLACE}(?![\\p{L}])`, 'u');
// The figure at the start of a quantity, in digits or in words ("four directors", "twenty-one
// schools", "a dozen staff"), so the counted noun never takes a number word.
const NUMBER_WORD = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|dozens|hundreds|thousands|\p{L}+illion)`;
const FIGURE = new RegExp(String.raw`^[^\p{L}]*(?:(?:${NUMBER_WORD}(?:[-\s\u00a0]+(?:and[\s\u00a0]+)?${NUMBER_WORD})*|bn|m|k)(?!\p{L})(?:[\s\u00a0]+of(?![\p{L}]))?)?`, 'iu');
/**
 * A bare figure's noun stated before it: "a workforce of 1,250", "a headcount of 1,250", "which
 * employs about 1,250" count staff; "a membership of 4,800", "its membership stands at 4,800"
 * count members.
 */
const STAFF_BEFORE_BARE = /\b(?:(?:workforce|headcount|staff)[\s\u00a0]+of|employs|employed|employing)[\s\u00a0]+(?:(?:about|around|some|nearly|almost|over|more[\s\u00a0]+than|just[\s\u00a0]+under|just[\s\u00a0]+over)[\s\u00a0]+)?$/i;
const MEMBERS_BEFORE_BARE = /\bmembership[\s\u00a0]+(?:of|stands[\s\u00a0]+at|stood[\s\u00a0]+at|is|was|totals|totalled|reached|(?:has[\s\u00a0]+)?(?:rose|risen|grown|grew|fell|fallen)[\s\u00a0]+to)[\s\u00a0]+(?:(?:about|around|some|nearly|almost|over|more[\s\u00a0]+than|just[\s\u00a0]+under|just[\s\u00a0]+over)[\s\u00a0]+)?$/i;
/** "Our membership is …": whose it is depends on who writes, which the nearest name does not say. */
const OURS_BEFORE_BARE = /\b(?:our|my)[\s\u00a0]+(?:(?:total|whole|entire|current)[\s\u00a0]+)?(?:workforce|headcount|membership|staff)\b/i;
function nounBeforeBareFigure(before: string): string | undefined {
  const noun = STAFF_BEFORE_BARE.test(before) ? 'staff' : MEMBERS_BEFORE_BARE.test(before) ? 'member' : undefined;
  return noun && !OURS_BEFORE_BARE.test(before) ? noun : undefined;
}
/** A figure aimed at, not had: "aims to have", "plans to recruit", "a target of", "wants to reach". */
const TARGET_BEFORE = /\b(?:aims?|aiming|plans?|planning|hopes?|hoping|wants?|wanting|intends?|intending|expects?|expecting|seeks?|seeking|is[\s\u00a0]+set|are[\s\u00a0]+set)[\s\u00a0]+to[\s\u00a0]+(?:have|employ|recruit|hire|reach|take[\s\u00a0]+on|create|add|double|help|support|house|serve|train|enrol|attract|sign[\s\u00a0]+up|(?:grow|increase|rise|expand)(?:[\s\u00a0]+(?:its|their|our)[\s\u00a0]+\p{L}+)?[\s\u00a0]+to)[\s\u00a0]+(?:(?:an?|the)[\s\u00a0]+)?(?:(?:\p{L}+[\s\u00a0]+)?of[\s\u00a0]+)?(?:(?:about|around|some|nearly|almost|over|more[\s\u00a0]+than|at[\s\u00a0]+least|up[\s\u00a0]+to)[\s\u00a0]+)?$|\btarget[\s\u00a0]+of[\s\u00a0]+$/iu;
// The people a service is given to are its clients, whatever the text calls them: "provided
// visits to around 1,100 people", "delivered 24,000 hours of care a week to about 1,700 clients",
// "gives support to 300 service users" are one measure of one provider, count:client.
const SERVICE_TO_BEFORE = /(?<![\p{L}])(?:care|visits|services?|support|meals|help|treatment)(?:[\s\u00a0]+[\p{L}\d,]+){0,4}?[\s\u00a0]+to[\s\u00a0]+(?:(?:about|around|some|nearly|almost|over|more[\s\u00a0]+than|roughly|approximately|at[\s\u00a0]+least)[\s\u00a0]+)?$/u;
// "cares for 900 people", "home care for about 300 clients": the same clients, told by the verb.
const CARE_FOR_BEFORE = /(?<![\p{L}])(?:(?:care|cares|cared|caring)[\s\u00a0]+for|(?:looks|looked|looking)[\s\u00a0]+after)[\s\u00a0]+(?:(?:about|around|some|nearly|almost|over|more[\s\u00a0]+than|roughly|approximately|at[\s\u00a0]+least)[\s\u00a0]+)?$/u;
const RECIPIENT_NOUNS = new Set(['people', 'person', 'client', 'service user', 'user']);
// "in X and two neighbouring counties": the place is only part of the area named, so the figure is
// the whole body's, not a part's.
const MORE_PLACES_AFTER = /^[\s\u00a0]+and[\s\u00a0]+(?:(?:its|the)[\s\u00a0]+)?(?:two|three|four|five|six|several|other|neighbouring|surrounding|nearby|adjoining|adjacent)[\s\u00a0]/i;
// People cut are not the workforce: "plans to cut 200 staff", "will make 150 employees redundant"
// count a cut (jobCuts.ts), not how many the body employs.
const HEDGE = `(?:(?:${HEDGE_WORDS})[\\s\\u00a0]+)?`;
const CUT_BEFORE = new RegExp(`\\b(?:cut|cuts|cutting|axe|axes|axed|axing|shed|sheds|shedding|slash|slashes|slashed|slashing|lose|loses|losing|lost|(?:lay|lays|laid|laying)[\\s\\u00a0]+off)[\\s\\u00a0]+${HEDGE}$`, 'i');
const MAKE_BEFORE = new RegExp(`\\b(?:make|makes|making|made)[\\s\\u00a0]+${HEDGE}$`, 'i');
const REDUNDANT_AFTER = /^[\s\u00a0]+redundant\b/i;
function servesClients(lead: string): boolean {
  return SERVICE_TO_BEFORE.test(lead) || CARE_FOR_BEFORE.test(lead);
}
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * The counted phrase with its head word for employees made "staff": "310 probation staff
 * members" and "310 probation staff" are one measure. The words before the head stay, since a
 * part of a workforce ("probation staff", "care staff") is not the whole of it ("staff").
 */
function staffHead(counted: string): string {
  const head = STAFF_HEAD.exec(counted);
  return head ? `${counted.slice(0, head.index)} staff` : counted;
}
const STAFF_HEAD = / (?:staff member|member of staff|employee|colleague)$/;

/** The counted noun phrase of a quantity: its words after the figure, without organisation names. */
function countedNoun(context: ClaimContext, quantity: Entity): string | undefined {
  const core = quantity.core ?? quantity;
  const figure = FIGURE.exec(context.text.slice(core.start, core.end));
  const from = core.start + (figure ? figure[0].length : 0);
  const orgs = context.within(context.organisations, from, quantity.end);
  // "180 of X's staff": what is counted starts after the possessor's "'s"
  const owner = innerPossessor(context, quantity);
  const tokens = tokenise(context.text, owner ? owner.end + 2 : from, quantity.end).filter(
    (t) => !orgs.some((o) => t.start >= o.start && t.end <= o.end),
  );
  while (tokens.length && LEADING_FILLER.has(tokens[0].norm)) tokens.shift();
  if (tokens.length === 0) return undefined;
  return tokens.map((t) => t.norm).join(' ');
}

/**
 * "all 180 of X's staff", "the 42,000 of X's customers": an organisation with a possessive inside
 * the counted phrase owns what is counted, whoever the clause's subject is ("Y will take on all 180
 * of X's staff" counts X's staff).
 */
function innerPossessor(context: ClaimContext, quantity: Entity): Entity | undefined {
  const owner = context.within(context.organisations, quantity.start + 1, quantity.end).pop();
  return owner && owner.end < quantity.end && POSSESSIVE_AFTER.test(context.text.slice(owner.end, owner.end + 3)) ? owner : undefined;
}
const POSSESSIVE_AFTER = /^['’]s[\s\u00a0]/;

/** The place a figure is given for, fronting its sentence or right after the counted words. */
function placeOf(context: ClaimContext, quantity: Entity, sentenceStart: number, sentenceEnd: number): string | undefined {
  const text = context.text;
  const fronted = FRONTED_PLACE.exec(text.slice(sentenceStart, Math.min(sentenceEnd, sentenceStart + 80)));
  const after = fronted ? null : PLACE_AFTER.exec(text.slice(quantity.end, Math.min(sentenceEnd, quantity.end + 80)));
  const match = fronted ?? after;
  if (!match) return undefined;
  const placeStart = (fronted ? sentenceStart : quantity.end) + match.index + match[0].indexOf(match.groups!.place);
  const placeEnd = placeStart + match.groups!.place.length;
  // A name is an organisation, not a place ("members in Unison"), and a month is a time.
  if (context.anyOverlapping(context.organisations, placeStart, placeEnd) || MONTHS.test(match.groups!.place)) return undefined;
  if (!fronted && MORE_PLACES_AFTER.test(text.slice(placeEnd, Math.min(sentenceEnd, placeEnd + 40)))) return undefined;
  return normalisePhrase(match.groups!.place);
}

/**
 * The body whose board a body's nominees sit on, when the clause names it: "nominates three
 * members to the board of X", "appoints two directors to X's board", "has four nominees on X's
 * board". A council may fill seats on many boards, so each board's seats are a count of their own;
 * seats with no board named ("its four nominees") stay one count of the nominating body.
 */
const TO_BOARD_OF = /^[\s\u00a0]+(?:to|on)[\s\u00a0]+the[\s\u00a0]+(?:board|governing[\s\u00a0]+body|council|committee)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?/i;
const TO_NAME = /^[\s\u00a0]+(?:to|on)[\s\u00a0]+(?:the[\s\u00a0]+)?/i;
const POSSESSIVE_BOARD = /^['’]s?[\s\u00a0]+(?:board|governing[\s\u00a0]+body|council|committee)\b/i;
function boardOf(context: ClaimContext, quantity: Entity, sentenceEnd: number): string | undefined {
  const after = context.text.slice(quantity.end, Math.min(sentenceEnd, quantity.end + 60));
  const of = TO_BOARD_OF.exec(after);
  if (of) return context.organisationStartingAt(quantity.end + of[0].length)?.canonical;
  const to = TO_NAME.exec(after);
  const body = to ? context.organisationStartingAt(quantity.end + to[0].length) : undefined;
  return body && POSSESSIVE_BOARD.test(context.text.slice(body.end, body.end + 30)) ? body.canonical : undefined;
}

function literalOf(context: ClaimContext, quantity: Entity): string {
  const core = quantity.core ?? quantity;
  return /[\d.,]+/.exec(context.text.slice(core.start, core.end))?.[0] ?? '';
}

// "all of its 770 staff" and "each of its 12 branches" are the whole; "four of the six" is a part.
const PART_OF_WHOLE = /(?:^|[^\p{L}\d])(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|most|many|half|none|several)[\s\u00a0]+of[\s\u00a0]+(?:(?:the|its|their|our|his|her|these|those)[\s\u00a0]+)?$/iu;
// A caseload: the people a service has on its books at one time, whatever it calls them
// ("supervises 9,500 offenders", "has 7,000 people on its books", "a caseload of 400 clients").
// They are one measure, count:caseload, apart from people helped, housed or trained over a year.
const CASELOAD_PEOPLE = new Set(['offender', 'people', 'person', 'client', 'service user', 'user', 'case', 'patient', 'probationer', 'young people', 'young person', 'adult', 'child', 'children', 'family', 'families']);
const CASELOAD_BEFORE = /\b(?:supervises|supervise|supervised|supervising|caseload[\s\u00a0]+of|case[\s\u00a0]+load[\s\u00a0]+of)(?:[\s\u00a0]+(?:about|around|some|nearly|almost|over|more[\s\u00a0]+than|fewer[\s\u00a0]+than|less[\s\u00a0]+than|up[\s\u00a0]+to))?[\s\u00a0]+$/i;
const CASELOAD_AFTER = /^[\s\u00a0]+on[\s\u00a0]+(?:its|their|the|our|his|her)[\s\u00a0]+(?:books|caseload|case[\s\u00a0]+load)\b/i;
const PART_OF_WHOLE_INSIDE = /^(?!(?:all|each|every)[\s\u00a0])[^\p{L}]*\p{L}*[\s\u00a0]+of[\s\u00a0]+(?:the|its|their|our|his|her|these|those)[\s\u00a0]/u;
/**
 * A necessary condition for PART_OF_WHOLE and OTHER_BODY_OF, which end in "of", white space, at
 * most one more word and white space: the lead ends in white space, and "of" (in any case) stands
 * right before it or before the last word and its white space. Checked by reading the last
 * characters, where the patterns, anchored at the end, are tried from every position of the lead.
 */
function mayEndInOf(lead: string): boolean {
  let end = spaceRunStart(lead, lead.length);
  if (end === lead.length) return false;
  if (endsInOf(lead, end)) return true;
  while (end > 0 && !isSpaceUnit(lead.charCodeAt(end - 1))) end--;
  const beforeWord = spaceRunStart(lead, end);
  return beforeWord < end && endsInOf(lead, beforeWord);
}

/** Where the run of white space that ends at `end` starts. */
function spaceRunStart(text: string, end: number): number {
  while (end > 0 && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The word a lead ends with before its last white space, lower-cased: undefined when the lead does
 * not end in white space after a word, null when the word holds a character beyond ASCII (which a
 * pattern's case folding may read as a letter: the pattern itself decides then). The patterns
 * anchored at the end below end in one of a few words and white space; this reads that word, where
 * they would be tried from every position of the lead.
 */
function lastWordOf(lead: string): string | null | undefined {
  const end = spaceRunStart(lead, lead.length);
  if (end === lead.length) return undefined;
  let start = end;
  let ascii = true;
  for (; start > 0; start--) {
    const code = lead.charCodeAt(start - 1);
    if (code >= 128) ascii = false;
    else if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) break;
  }
  if (start === end) return undefined;
  return ascii ? lead.slice(start, end).toLowerCase() : null;
}

/** The words TARGET_BEFORE may end with (then white space). */
const TARGET_LAST_WORDS = new Set([
  'have', 'employ', 'recruit', 'hire', 'reach', 'on', 'create', 'add', 'double', 'help', 'support', 'house', 'serve', 'train', 'enrol', 'attract',
  'up', 'to', 'a', 'an', 'the', 'of', 'about', 'around', 'some', 'nearly', 'almost', 'over', 'than', 'least',
]);
/** The words FROM_BEFORE may end with (then white space). */
const FROM_LAST_WORDS = new Set(['from', 'about', 'around', 'some', 'nearly', 'almost', 'over', 'than', 'to', 'least']);

/** A necessary condition for a pattern whose last words are `words`: the lead's last word is one (or may be one). */
function mayEndInOneOf(lastWord: string | null | undefined, words: ReadonlySet<string>): boolean {
  return lastWord === null || (lastWord !== undefined && words.has(lastWord));
}

/** True when text[end - 2, end) is "of" in any case. */
function endsInOf(text: string, end: number): boolean {
  return end >= 2 && (text.charCodeAt(end - 2) | 0x20) === 111 && (text.charCodeAt(end - 1) | 0x20) === 102;
}

/** PART_OF_WHOLE_INSIDE, tried only on a figure's text that holds "of" (few do). */
function partOfWholeInside(figure: string): boolean {
  return figure.includes('of') && PART_OF_WHOLE_INSIDE.test(figure);
}
/**
 * "all 180 of X's staff" counts X's whole workforce; "40 of X's staff", with no word of the whole
 * before it, is a part of it (the members a union represents, those who signed), never the stock.
 */
const WHOLE_BEFORE = /(?<![\p{L}])(?:all|each|every|the|its|their|our)[\s\u00a0]+$/iu;
const COMPOSED_OF = /\b(?:formed|made[\s\u00a0]+up|consists|consisting|composed)[\s\u00a0]+of[\s\u00a0]+$|\bcompris(?:es|ing)[\s\u00a0]+$/i;
const POSSESSOR_BEFORE = /['’]s[\s\u00a0]+$/;
/**
 * A figure after "from" says where something came from ("evidence from 57 organisations",
 * "trainees from 22 charities") or what a figure changed from ("grew from 200 staff to 300"):
 * neither is what the subject has now.
 */
/**
 * "a seat on a board of 12 directors", "joined a consortium of 20 charities": the figure sizes the
 * body the subject sits on or joins, not the subject. ("its board of 12", "has a board of 12",
 * "with a workforce of 500" are the subject's own.)
 */
const OTHER_BODY_OF = /(?:^|[^A-Za-z])(?:on|onto|to|into|join|joins|joined|joining|among)[\s\u00a0]+(?:a|an|the)[\s\u00a0]+(?:[a-z]+[\s\u00a0]+)?[a-z]+[\s\u00a0]+of[\s\u00a0]+$/;
const FROM_BEFORE = /(?:^|[^A-Za-z])from[\s\u00a0]+(?:(?:about|around|some|nearly|almost|over|more[\s\u00a0]+than|fewer[\s\u00a0]+than|less[\s\u00a0]+than|up[\s\u00a0]+to|at[\s\u00a0]+least)[\s\u00a0]+)?$/i;
// ", which has run X since 2015," / ", who ... ,": a relative clause closed before the figure.
const CLOSED_RELATIVE = /,[\s\u00a0]*(?:which|who)[\s\u00a0][^,;:()]*,/g;
/**
 * A reporting verb: what follows it is what the speaker said, estimated or reported. A figure
 * after it ("X said more than 400 parents had objected", "X estimated that 1.2 million older
 * people ...") counts people in the reported clause, not the speaker's own staff or members, so
 * the subject is sought only after the verb ("X said it employs 500 staff": "it" is there).
 */
const REPORTING_VERB = /(?:^|[^A-Za-z])(?:said|says|say|told|tells|estimated|estimates|warned|warns|claimed|claims|argued|argues|reported|reports|believes|believed|added|adds|stated|states|insisted|insists|noted|notes|predicted|predicts|calculated|calculates)(?![A-Za-z])/gi;
/**
 * An organisation's name followed by more capitalised words is a modifier in a longer name, a
 * document's, scheme's or event's ("the Acme Union Fair Pay Pledge, which 30 employers have
 * signed"): a figure about that longer thing is not about the organisation it is named after.
 */
// (one space: a line break after a name ends it, as in a heading)
const NAME_GOES_ON = /^[ \u00a0]\p{Lu}\p{Ll}/u;
const NEW_CLAUSE_SUBJECT = /,[\s\u00a0]*(?:and|but)[\s\u00a0]+(?!(?:it|they|we|which|who|that|its|their|our|then|now|also|so)[\s\u00a0])(?:(?:the|a|an)[\s\u00a0]+)?[\p{L}’'-]+[\s\u00a0]+(?:says|said|has|have|had|is|are|was|were|will|would|now|also)[\s\u00a0]/iu;
/**
 * The last ", which" that opens a relative clause still open at the figure. ("who" is left out:
 * its antecedent is people, often the organisation's own: "our 84 staff, who answered 11,000 calls".)
 */
const OPEN_RELATIVE = /,[\s\u00a0]*which[\s\u00a0][^,;:()]*$/u;

/** Where the last reporting verb between `from` and `to` ends, or `none` when there is none. */
function afterLastReportingVerb(text: string, from: number, to: number, none: number): number {
  let end = none;
  REPORTING_VERB.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = REPORTING_VERB.exec(slice); m; m = REPORTING_VERB.exec(slice)) end = from + m.index + m[0].length;
  return end;
}

/**
 * The relative clauses that open and close in the sentence `from`–`to`. A name inside one is the
 * clause's object ("X, which has run Y since 2015, employs 650 staff"): the figure after the
 * closing comma belongs to the main clause's subject, X. Read once per sentence, not once per
 * figure: a long sentence with many figures would otherwise be scanned again for each. A clause
 * holds no comma but its two, so the clauses that close before a figure are exactly those a scan
 * of the text up to the figure finds.
 */
function closedRelativeClauses(text: string, from: number, to: number): Array<[number, number]> {
  const sentence = text.slice(from, to);
  if (!sentence.includes(',')) return [];
  const spans: Array<[number, number]> = [];
  CLOSED_RELATIVE.lastIndex = 0;
  for (let m = CLOSED_RELATIVE.exec(sentence); m; m = CLOSED_RELATIVE.exec(sentence)) spans.push([from + m.index, from + m.index + m[0].length]);
  return spans;
}

// "the remaining 25% will be held by the X Trust on behalf of about 410 staff": the staff a
// holding is kept for are the staff of the company whose shares are held, not the holder's nor
// another owner's.
const HELD_FOR = /(?:^|[^A-Za-z])(?:on[\s\u00a0]+behalf[\s\u00a0]+of|in[\s\u00a0]+trust[\s\u00a0]+for)[\s\u00a0]+$/i;
const SHARE_OF = /(?:%|per[\s\u00a0]+cent|shares?|stakes?|shareholdings?)[\s\u00a0]+(?:of|in)[\s\u00a0]+$/i;

/** The company whose shares the sentence says are held for the staff counted, if it says so. */
function companyHeldFor(context: ClaimContext, quantity: Entity, lead: string, sentenceStart: number): Entity | undefined {
  if (!lead.includes('behalf') && !lead.includes('trust')) return undefined;
  if (!HELD_FOR.test(lead)) return undefined;
  const orgs = context.within(context.organisations, sentenceStart, quantity.start);
  for (let i = orgs.length - 1; i >= 0; i--) {
    const org = orgs[i]!;
    if (SHARE_OF.test(context.text.slice(Math.max(sentenceStart, org.start - 20), org.start))) return org;
  }
  return undefined;
}

/**
 * "Jo Bale (Tarnwick Trust) and 9 volunteers", "Ann Lee (Chair, Holm Society) said 40 staff…": a
 * body in brackets after a person's name says where the person is from; it is not a clause's subject
 * ("X (XY) has 300 staff", an acronym after a body's name, still is).
 */
function isPersonsAffiliation(context: ClaimContext, org: Entity): boolean {
  const text = context.text;
  const open = text.lastIndexOf('(', org.start);
  if (open < 0 || org.start - open > 40 || text.indexOf(')', org.end) !== skipSpaces(text, org.end)) return false;
  if (text.slice(open + 1, org.start).includes(')')) return false;
  let nameEnd = open;
  while (nameEnd > 0 && (text.charCodeAt(nameEnd - 1) === 32 || text.charCodeAt(nameEnd - 1) === 0xa0)) nameEnd--;
  return context.within(context.people, Math.max(0, nameEnd - 80), nameEnd).some((p) => p.end === nameEnd);
}
function skipSpaces(text: string, at: number): number {
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 0xa0)) at++;
  return at;
}

class CountExtractor implements ClaimExtractor {
  readonly name = 'count';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    /** Each sentence's closed relative clauses, by the sentence's start (see closedRelativeClauses). */
    const asidesBySentence = new Map<number, Array<[number, number]>>();
    for (const quantity of context.numbers) {
      if (quantity.type !== 'quantity' || quantity.value?.kind !== 'quantity') continue;
      const before = context.text.slice(Math.max(0, quantity.start - 32), quantity.start);
      // "a workforce of 1,250", "a membership of 4,800": the noun before the figure says what is counted.
      const counted = countedNoun(context, quantity) ?? nounBeforeBareFigure(before);
      // "1,150,000 of them": a pronoun counts what the sentence named before, a part of it, not a measure of its own
      if (!counted || COUNTED_PRONOUNS.has(counted) || !Number.isFinite(quantity.value.value)) continue;
      // "one member, one vote": a rule of equal shares, not a count
      if (quantity.value.value === 1 && ONE_EACH_AFTER.test(context.text.slice(quantity.end, quantity.end + 8))) continue;
      // "9 members of the public": people from outside any body, whoever is named before them
      if (counted.endsWith(' of the public')) continue;
      // "fewer than 900 of us": the staff of the body the writer works at (writersBody.ts)
      if (counted === 'us') {
        // "all 1,640 of us become Y employees": the writer's colleagues join Y's staff
        const joined = context.sentenceAt(quantity.start);
        const receiver = joined ? transferReceiver(context, quantity, joined.end) : undefined;
        if (receiver) {
          claims.push(this.staffOfUs(context, receiver, quantity, `staff ${TAKEN_ON}`));
          continue;
        }
        const body = writersBody(context, quantity.start);
        if (body) claims.push(this.staffOfUs(context, body, quantity));
        continue;
      }
      const sentence = context.sentenceAt(quantity.start);
      if (!sentence) continue;
      const worksFor = EMPLOYED_NOUNS.has(counted) ? WORKS_FOR_AFTER.exec(context.text.slice(quantity.end, Math.min(sentence.end, quantity.end + 40))) : null;
      const noun =
        EMPLOYEE_NOUNS.has(counted) ||
        (EMPLOYED_NOUNS.has(counted) && (EMPLOY_VERB_BEFORE.test(before) || worksFor !== null)) ||
        (counted === 'worker' && WORKERS_OF_AFTER.test(context.text.slice(quantity.end, quantity.end + 6)))
          ? 'staff'
          : RECIPIENT_NOUNS.has(counted) && servesClients(context.text.slice(Math.max(sentence.start, quantity.start - 70), quantity.start))
            ? 'client'
            : (chosenNoun(before, counted) ?? staffHead(counted));
      const lead = context.text.slice(Math.max(sentence.start, quantity.start - 40), quantity.start);
      // "four of the six directors": the whole is some group's, the part what one party has a say in.
      // A body "formed of 10 of the larger charities" is made of them: the part is all it has.
      // Both "of" patterns are tried only where the lead may end in "of" (most figures follow a verb).
      const ofAtEnd = mayEndInOf(lead);
      const lastWord = lastWordOf(lead);
      if ((mayEndInOneOf(lastWord, FROM_LAST_WORDS) && FROM_BEFORE.test(lead)) || (ofAtEnd && OTHER_BODY_OF.test(lead))) continue;
      if (
        (noun === 'staff' || EMPLOYED_NOUNS.has(counted)) &&
        (CUT_BEFORE.test(lead) || (MAKE_BEFORE.test(lead) && REDUNDANT_AFTER.test(context.text.slice(quantity.end, quantity.end + 12))))
      )
        continue;
      // "400 workers at X walked out", "1,200 staff voted to strike": those who took part, not the workforce
      if (noun === 'staff' && TOOK_PART_AFTER.test(context.text.slice(quantity.end, Math.min(sentence.end, quantity.end + 60)))) continue;
      // "X and Y have seven schools between them": a count two bodies share is neither's own
      if (JOINT_AFTER.test(context.text.slice(quantity.end, Math.min(sentence.end, quantity.end + 30)))) continue;
      // "the 42,000 households moved to Y", "1,150 staff will transfer to Y": people handed over to a body, who are then its own
      const receiver = transferReceiver(context, quantity, sentence.end);
      const innerOwner = innerPossessor(context, quantity);
      if (
        ((ofAtEnd && PART_OF_WHOLE.test(lead)) || ((!innerOwner || !WHOLE_BEFORE.test(lead)) && partOfWholeInside(quantity.text)) || (quantity.core !== undefined && partOfWholeInside(quantity.core.text))) &&
        !COMPOSED_OF.test(lead) &&
        !receiver
      )
        continue;
      // "the mutual's two directors": the possessor owns the count; a possessor that is no
      // recognised organisation leaves it to no one rather than to a name nearby.
      const possessive = POSSESSOR_BEFORE.exec(lead);
      const possessor = possessive ? context.organisationBefore(quantity.start - possessive[0].length + 1, Math.max(sentence.start, quantity.start - 120)) : undefined;
      if (possessive && possessor?.end !== quantity.start - possessive[0].length) continue;
      // Staff are counted by employing them, or as an intake by taking them on (not "all 180 of
      // X's staff", which counts X's workforce); any other count says what was done to those counted.
      const measure = noun === 'staff' ? (innerOwner || possessor ? undefined : receiver ? TAKEN_ON : staffMeasure(lead)) : receiver ? TAKEN_ON : countMeasure(context.text.slice(Math.max(sentence.start, quantity.start - 40), quantity.start), context.text.slice(quantity.end, Math.min(sentence.end, quantity.end + 60)));
      // A target ("aims to have 1,500 staff by 2030") is not what the body has now. (A service
      // figure aimed at, "plans to help 250 families next year", is kept with its own measure and time.)
      if (measure === undefined && mayEndInOneOf(lastWord, TARGET_LAST_WORDS) && TARGET_BEFORE.test(lead)) continue;
      // A service measure reported by a body ("X says 95 people were trained") is the body's own
      // work: the reporting verb does not hide the speaker there.
      let asides = asidesBySentence.get(sentence.start);
      if (asides === undefined) asidesBySentence.set(sentence.start, (asides = closedRelativeClauses(context.text, sentence.start, sentence.end)));
      // "work at the college": a referring word resolved to a body is a mention that starts at its "the"
      const employerAt = worksFor ? quantity.end + worksFor[0].length : 0;
      const employer = worksFor
        ? (context.organisationStartingAt(employerAt) ?? (worksFor.groups!.the ? context.organisationStartingAt(employerAt - worksFor.groups!.the.length) : undefined))
        : undefined;
      const subject = innerOwner ?? receiver ?? possessor ?? employer ?? (noun === 'staff' ? companyHeldFor(context, quantity, lead, sentence.start) : undefined) ?? this.subjectOf(context, quantity, sentence.start, sentence.end, measure !== undefined, asides);
      if (!subject) continue;
      const place = placeOf(context, quantity, sentence.start, sentence.end);
      const caseload =
        CASELOAD_PEOPLE.has(counted) &&
        (CASELOAD_BEFORE.test(lead) || CASELOAD_AFTER.test(context.text.slice(quantity.end, Math.min(sentence.end, quantity.end + 30))));
      const counts = customerClass(noun, context.text.slice(Math.max(sentence.start, quantity.start - 60), quantity.start), measure) ?? noun;
      const board = counts === 'nominee' || counts === 'appointee' ? boardOf(context, quantity, sentence.end) : undefined;
      const measured = caseload ? 'caseload' : measure ? `${counts} ${measure}` : board ? `${counts} on ${board}` : counts;
      const { value, qualifier } = quantity.value;
      const interval = intervalOf(value, literalOf(context, quantity), qualifier, context.rules, { low: 0 });
      // The claim spans its subject too when both sit in one short clause; else just the figure.
      const between = subject.end <= quantity.start ? context.text.slice(subject.end, quantity.start) : '';
      const oneClause =
        subject.start >= sentence.start &&
        (subject.end > quantity.start || (between.length <= MAX_CLAUSE_GAP && !CLAUSE_BREAK.test(between)));
      // A subject from the sentence before ("It has 300 staff") leaves the claim in its own sentence.
      const start = oneClause ? Math.min(subject.start, quantity.start) : subject.start < sentence.start ? sentence.start : quantity.start;
      const end = oneClause ? Math.max(subject.end, quantity.end) : quantity.end;
      claims.push(
        context.claim({
          subject,
          attribute: place ? `count:${measured} in ${place}` : `count:${measured}`,
          value: { kind: 'number', value, unit: caseload ? 'people' : counts, ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
          start,
          end,
          timeFromSentence: true,
          // the figure is what a date in the sentence must be near, not its subject
          focus: quantity,
        }),
      );
    }
    return claims;
  }

  /** The writer's body's staff, counted as "N of us". */
  private staffOfUs(context: ClaimContext, body: Entity, quantity: Entity, attribute = 'staff'): Claim {
    const { value, qualifier } = quantity.value as { value: number; qualifier?: Qualifier };
    const interval = intervalOf(value, literalOf(context, quantity), qualifier, context.rules, { low: 0 });
    return context.claim({
      subject: body,
      attribute: `count:${attribute}`,
      value: { kind: 'number', value, unit: 'staff', ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
      start: quantity.start,
      end: quantity.end,
      timeFromSentence: true,
      focus: quantity,
    });
  }

  private subjectOf(
    context: ClaimContext,
    quantity: Entity,
    sentenceStart: number,
    sentenceEnd: number,
    speakerMayOwn: boolean,
    sentenceAsides: ReadonlyArray<[number, number]>,
  ): Entity | undefined {
    const text = context.text;
    const asides = sentenceAsides.filter(([, end]) => end <= quantity.start);
    const inSentence = context.within(context.organisations, sentenceStart, quantity.start);
    // the verb scan only when a name could be the speaker
    const clauseStart = speakerMayOwn || inSentence.length === 0 ? sentenceStart : afterLastReportingVerb(text, inSentence[0].end, quantity.start, sentenceStart);
    const before = inSentence
      .filter((o) => o.start >= clauseStart)
      .filter(
        (o) =>
          (!isPrepositionalObject(text, o, sentenceStart) || (BOARD_SEATS_COUNTED.test(quantity.text) && ORGAN_OF_BEFORE.test(text.slice(Math.max(sentenceStart, o.start - 40), o.start)))) &&
          !isPersonsAffiliation(context, o) &&
          !asides.some(([from, to]) => o.start >= from && o.end <= to) &&
          !NAME_GOES_ON.test(text.slice(o.end, Math.min(quantity.start, o.end + 3))),
      );
    // A figure inside a relative clause ("…, which more than 30 councils have signed") is about
    // the clause's antecedent, the words just before its comma: the organisation named there, or,
    // when those words name something else (a charter, a scheme, a report), no organisation.
    // (Policy texts open such clauses after a name far more often than after a whole clause.)
    const clause = text.slice(Math.max(clauseStart, quantity.start - 200), quantity.start);
    const relative = clause.includes('which') ? OPEN_RELATIVE.exec(clause) : null;
    if (relative) {
      const comma = quantity.start - relative[0].length;
      const antecedent = context.within(context.organisations, clauseStart, comma).find((o) => /^[\s\u00a0)]*$/.test(text.slice(o.end, comma)));
      // the antecedent may be a preposition's object: "works with X, which has 4,000 members"
      return antecedent;
    }
    // "for X, the water company that supplies 1.4 million customers" (appositionRelative.ts)
    const apposed = appositionAntecedent(context, clauseStart, quantity.start);
    if (apposed) return apposed;
    if (before.length) {
      const last = before[before.length - 1]!;
      // "X nominates three members, and the board has 12 members": a clause joined after the name
      // with a subject of its own (not "it") counts for that subject, which is no organisation
      const joined = text.slice(last.end, quantity.start);
      if ((joined.includes(', and') || joined.includes(', but')) && NEW_CLAUSE_SUBJECT.test(joined)) return undefined;
      return last;
    }
    const located = LOCATED_IN.exec(text.slice(quantity.end, Math.min(sentenceEnd, quantity.end + 60)));
    if (!located) return undefined;
    const at = quantity.end + located[0].length;
    return context.within(context.organisations, at, sentenceEnd).find((o) => o.start === at);
  }
}

export const countExtractor: ClaimExtractor = new CountExtractor();

/** The lead patterns ending in "of" and their precheck, for the tests that hold one to the other. */
export const LEAD_ENDING_IN_OF = { PART_OF_WHOLE, OTHER_BODY_OF, mayEndInOf };
