import { anchorFormTest, SearchAtStarts } from '../text/anchoredMatches';
import { isLetterUnit } from '../text/charClass';
import type { Token } from '../text/tokens';
import type { Entity } from '../types';
import { COUNTED_ACRONYMS, COUNTED_HEADS, IDENTIFIER_WORDS, NON_COUNTING_HEADS, PARTITIVE_DETERMINERS, PHRASE_BREAKERS } from './lexicons/quantityWords';
import { NUMBER_ANCHORS, NUMERAL, NUMBER_WORDS, SCALE_WORDS, hedgeBefore, normaliseQualifier, parseNumber, scaleValue, scaled, startsFreely } from './numbers';
import { numberEntity } from './numberEntity';
import { SENTENCE_OPENERS } from './lexicons/sentenceOpeners';

// Quantities: a numeral that counts people or organisations, with the counted noun phrase when it
// follows ("770 staff", "approximately 1000 healthcare co-ops", "10 of the larger voluntary
// organisations", "four big outsourcing contractors"), or the number alone when it is large
// enough to be a population ("2.9 million", "500,000"). A numeral followed by a unit, a time word
// or a countable thing is not a quantity; neither is a number inside a name ("Radio 3") or a
// rate ("1 in 4", "per 1,000").

const SPACE = String.raw`[ \u00a0]`;
const QUANTITY = new RegExp(
  String.raw`\b(?:(${NUMERAL})(?:${SPACE}(${SCALE_WORDS}))?|(${NUMBER_WORDS})(?:${SPACE}(${SCALE_WORDS}))?)(?![\w%£$€/:-]|[.,]\d)`,
  'gi',
);

/** QUANTITY tried at one position: with the tokens, only where a digit or a number word begins a word. */
const QUANTITY_AT = new RegExp(QUANTITY.source, 'iy');
/**
 * Every alternative of QUANTITY opens at a word boundary with a digit or a number word: one of
 * these (the others begin with one: "fourteen", "sixty"), or "a" ending its word ("a hundred").
 */
const QUANTITY_ANCHORS =
  /(?<![A-Za-z0-9_])(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|dozen|hundred|a$)/gi;
const QUANTITY_STARTS = NUMBER_ANCHORS.add({ anchorForms: anchorFormTest(QUANTITY_ANCHORS), anchors: QUANTITY_ANCHORS });

/**
 * The article "a" is an anchor of QUANTITY for "a hundred" and "a dozen" only, and it is one of the
 * commonest words: at an "a", the pattern is tried only when " h" or " d" follows.
 */
function mayStartQuantity(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  if (first !== 97 && first !== 65) return true;
  const next = text.charCodeAt(at + 2) | 32;
  return text.charCodeAt(at + 1) === 32 && (next === 104 || next === 100);
}

/** The words after a numeral, each with its offsets; a sticky pattern read one word at a time. */
const NEXT_WORD = /[ \u00a0]+([A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'’-]*)/y;
const MAX_MODIFIERS = 3;
/** A numeral in digits after a partitive's determiner: the " 21" of "10 of the 21 trusts". */
const NEXT_DIGITS = /[ \u00a0]+\d[\d,]*(?=[ \u00a0])/y;

interface CountedNoun {
  end: number;
  noun: string;
}

/**
 * "9 members of the public", "40 members of staff": the complement says who they are, and it is
 * no body's membership, so it belongs to the counted phrase.
 */
const MEMBERS_OF = /[ \u00a0]+of[ \u00a0]+(the[ \u00a0]+public|staff)(?![\w'’-])/iy;

function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && /^[A-Z]/.test(word);
}

/** Demonyms count people: "Londoners", "Britons", "Europeans". */
function isDemonym(word: string): boolean {
  // (most words read here are lower case: the capital is looked at before the pattern is tried)
  const first = word.charCodeAt(0);
  return first >= 65 && first <= 90 && DEMONYM.test(word);
}
const DEMONYM = /^[A-Z][a-z]+(?:ers|ians|ans|ese)$/;

/** "CCGs", "NGOs": a plural acronym of a kind of body or office-holder, in capitals ("mats" is a thing). */
function isCountedAcronym(word: string, key: string): boolean {
  return COUNTED_ACRONYMS.has(key) && /^[A-Z]{2,}s$/.test(word);
}

function headOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Reads the noun phrase after a numeral and returns where it ends if its head counts people or bodies. */
function countedNoun(text: string, from: number, partitive: boolean): CountedNoun | 'not-counting' | undefined {
  NEXT_WORD.lastIndex = from;
  let m = NEXT_WORD.exec(text);
  if (!m) return undefined;
  let word = m[1]!;
  // "10 of the larger voluntary organisations", "two of its trustees", "four of the six
  // directors": a partitive counts the part of a group, never for "one" ("one of our speakers" is
  // not a count). A numeral after the determiner is the whole group, part of the counted phrase.
  if (word === 'of') {
    if (!partitive) return undefined;
    m = NEXT_WORD.exec(text);
    // "more than 300 of us", "263 of you": the writer's or the readers' own group, people by the
    // pronoun alone. "nearly 70 of them" counts what "them" stands for: see themCounts.
    if (m && (m[1] === 'us' || m[1] === 'you')) return { end: NEXT_WORD.lastIndex, noun: m[1] };
    if (m && m[1] === 'them') return themCounts(text, from) ? { end: NEXT_WORD.lastIndex, noun: 'them' } : 'not-counting';
    if (!m || !PARTITIVE_DETERMINERS.has(headOf(m[1]!))) return undefined;
    NEXT_DIGITS.lastIndex = NEXT_WORD.lastIndex;
    if (NEXT_DIGITS.exec(text)) NEXT_WORD.lastIndex = NEXT_DIGITS.lastIndex;
    m = NEXT_WORD.exec(text);
    if (!m) return undefined;
    word = m[1]!;
  }
  let seen = 0;
  for (; m && seen <= MAX_MODIFIERS; seen++) {
    word = m[1]!;
    const key = headOf(word);
    if (COUNTED_HEADS.has(key) || isDemonym(word) || isCountedAcronym(word, key)) {
      // "healthcare co-ops working": the head is the last counted noun of a compound ("social
      // workers"), and a counted noun may qualify another ("310 staff members", "12 partner
      // charities"): the phrase runs on while counted nouns follow.
      let end = NEXT_WORD.lastIndex;
      let noun = key;
      for (let more = NEXT_WORD.exec(text); more && COUNTED_HEADS.has(headOf(more[1]!)); more = NEXT_WORD.exec(text)) {
        end = NEXT_WORD.lastIndex;
        noun = headOf(more[1]!);
      }
      end = coordinatedEnd(text, end);
      if (noun === 'members' || noun === 'member') {
        MEMBERS_OF.lastIndex = end;
        const of = MEMBERS_OF.exec(text);
        if (of) return { end: MEMBERS_OF.lastIndex, noun: `${noun} of ${of[1]!.toLowerCase()}` };
      }
      return { end, noun };
    }
    if (NON_COUNTING_HEADS.has(key)) return 'not-counting';
    if (PHRASE_BREAKERS.has(key)) return seen === 0 ? undefined : 'not-counting';
    if (word[0] !== word[0]!.toLowerCase() && !isAcronym(word) && seen > 0) return 'not-counting';
    m = NEXT_WORD.exec(text);
  }
  // Words followed the number but none of them counts people or bodies ("100,000 vacancies",
  // "5,000 beds"): a count of something else.
  return seen > 0 ? 'not-counting' : undefined;
}

/** The comma or conjunction before a coordinated noun phrase's next conjunct: ", ", " and ", ", and ", " or ". */
const CONJUNCTION = /,?[ \u00a0]+(?:and|or)(?=[ \u00a0])|,(?=[ \u00a0])/y;

/**
 * "410 cooks, kitchen assistants and area supervisors", "Nearly 90 nurses and healthcare
 * assistants": the numeral counts every conjunct that, like the first, counts people or bodies (a
 * counted head within its first three words), so the phrase runs to the last of them. A conjunct
 * of anything else ("90 nurses and two wards") ends it.
 */
/** Words that open a noun phrase of its own, or a comment on the count, rather than a conjunct of it. */
const CONJUNCT_BREAKERS = new Set(['my', 'including', 'especially', 'mainly', 'mostly', 'many', 'some', 'all', 'both', 'several', 'other', 'most']);

function coordinatedEnd(text: string, end: number): number {
  for (;;) {
    const next = text.charCodeAt(end);
    // Cheap test first: a conjunct opens with a comma or a space before "and"/"or".
    if (next !== 44 && next !== 32 && next !== 0xa0) return end;
    CONJUNCTION.lastIndex = end;
    if (!CONJUNCTION.exec(text)) return end;
    NEXT_WORD.lastIndex = CONJUNCTION.lastIndex;
    let conjunctEnd = -1;
    for (let seen = 0, m = NEXT_WORD.exec(text); m && seen < 3; seen++, m = NEXT_WORD.exec(text)) {
      const word = m[1]!;
      if (word[0] !== word[0]!.toLowerCase() || PHRASE_BREAKERS.has(word) || CONJUNCT_BREAKERS.has(word)) break;
      // A bare class noun ("borrowers and staff") is another group beside the one counted; a
      // compound of a field and a post ("and healthcare assistants") is a part of the workforce counted.
      if (COUNTED_HEADS.has(headOf(word)) && (seen > 0 || conjunctEnd >= 0)) conjunctEnd = NEXT_WORD.lastIndex;
      else if (conjunctEnd >= 0) break;
    }
    if (conjunctEnd < 0) return end;
    end = conjunctEnd;
  }
}

/** How far back "them" may find what it stands for: this sentence, else the one before. */
const THEM_REACH = 300;
const SENTENCE_END = /[.!?](?=[ \u00a0\n\r"”’)])|[\n\r]/g;
const WORD = /[A-Za-z][a-z'’-]*/g;
/** Words ending in "s" that are no plural noun. */
const NOT_PLURALS = new Set(['is', 'was', 'has', 'does', 'us', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'this', 'thus', 'plus', 'less', 'unless', 'across', 'always', 'perhaps', 'whereas', 'yes', 'news', 'as']);

/**
 * "trained 96 apprentice cooks, with nearly 70 of them", "what happens to Oldfield’s staff? … All
 * four of them": "them" stands for the nearest plural noun before it, in its own sentence or the
 * one before, and the count is a quantity when that noun counts people or bodies ("around 27,000
 * of them" after "smart meters" counts things).
 */
function themCounts(text: string, at: number): boolean {
  const from = Math.max(0, at - THEM_REACH);
  const window = text.slice(from, at);
  const bounds: number[] = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) bounds.push(m.index + 1);
  // This sentence, then the one before it (blank lines between paragraphs are no sentences).
  let read = 0;
  for (let b = bounds.length - 1; b >= 0 && read < 2; b--) {
    const sentence = window.slice(bounds[b]!, b === bounds.length - 1 ? window.length : bounds[b + 1]!);
    const words = sentence.match(WORD);
    if (!words) continue;
    read++;
    for (let w = words.length - 1; w >= 0; w--) {
      const word = words[w]!;
      const key = headOf(word);
      if (COUNTED_HEADS.has(key) || isDemonym(word)) return true;
      if (NON_COUNTING_HEADS.has(key)) return false;
      if (key.length > 3 && key.endsWith('s') && !key.endsWith('ss') && !NOT_PLURALS.has(key) && word[0] === key[0]) return false;
    }
  }
  return false;
}

/**
 * "7.1 Officers have consulted …", "3.2 Staff will transfer …": a decimal opening a line before a
 * capitalised word numbers a report's paragraph; a count at a line's start is a whole number or
 * carries a scale ("2.9 million people").
 */
function isParagraphNumber(text: string, start: number, end: number, numeral: string): boolean {
  if (!numeral.includes('.')) return false;
  const before = start === 0 ? 10 : text.charCodeAt(start - 1);
  if (before !== 10 && before !== 13) return false;
  const after = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === 32 && after >= 65 && after <= 90;
}

function isHalfADozen(text: string, start: number, matched: string): boolean {
  return /dozen$/i.test(matched) && /half[ \u00a0]+$/i.test(text.slice(Math.max(0, start - 6), start));
}

function isCapitalisedInsideSentence(text: string, index: number): boolean {
  const first = text.charCodeAt(index);
  if (first < 65 || first > 90) return false;
  let i = index - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  return i >= 0 && !/[.!?:;\n\r"“‘(•*–—-]/.test(text[i]!);
}

/** "Radio 3", "Windows 10", "Section 4": a number right after a capitalised word belongs to a name. */
function followsName(text: string, start: number): boolean {
  let i = start - 1;
  if (i < 0 || (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 0xa0)) return false;
  i--;
  let wordStart = i;
  while (wordStart >= 0 && isLetterUnit(text.charCodeAt(wordStart))) wordStart--;
  const word = text.slice(wordStart + 1, i + 1);
  if (word.length < 2 || !/^[A-Z]/.test(word)) return false;
  const before = wordStart >= 0 ? text[wordStart]! : '\n';
  // A function word is capitalised because it opens a sentence ("Its 38,000 members", "Then 10
  // of them"): it names nothing.
  return !/[\n\r.!?:"“‘(•]/.test(before) && !/^(?:About|Around|Over|Some|Nearly|Almost|Approximately|Only|All|Just|Up|More|Less|Fewer|By|In|Of|To|From|With)$/.test(word) && !SENTENCE_OPENERS.has(word.toLowerCase());
}

/**
 * A necessary condition for RATE_BEFORE on text[from, to): it ends in white space (a space or a
 * no-break space) after the last letter of "in", "of" or "per" (n, f or r, in either case).
 * Anchored at the end, the pattern is otherwise tried from each of the 16 positions.
 */
function mayEndRateBefore(text: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 0xa0)) i--;
  if (i === to || i === from) return false;
  const last = text.charCodeAt(i - 1) | 0x20;
  return last === 110 || last === 102 || last === 114;
}

/** "1 in 4 people", "per 1,000 patients": rates, not counts. */
const RATE_BEFORE = /(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ \u00a0]+(?:in|out of)|\bper)[ \u00a0]+$/i;
// "52,290 in 2013": "in" before a year says when, not out of how many.
const RATE_AFTER = /^[ \u00a0]+(?:in|out of)[ \u00a0]+(?:(?!(?:19|20)\d\d(?!\d))\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b)/i;

function isRate(text: string, start: number, end: number): boolean {
  // Cheap look for the words before running the patterns: most numbers are not rates.
  if (mayEndRateBefore(text, Math.max(0, start - 16), start) && RATE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  const after = text.slice(end, end + 14);
  return (after.includes(' in ') || after.includes(' out of ')) && RATE_AFTER.test(after);
}

/** The word before a number, across the punctuation that may follow it ("no. 1094417", "number: 12"). */
function wordBefore(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && i > start - 6 && /[\s\u00a0.,:#(]/.test(text[i]!)) i--;
  let wordStart = i;
  while (wordStart >= 0 && start - wordStart < 24 && /[A-Za-z]/.test(text[wordStart]!)) wordStart--;
  return text.slice(wordStart + 1, i + 1).toLowerCase();
}

/**
 * "collapsed in 2021 owing customers", "In 2021 customers complained", "since 2019 staff have":
 * a year after a word that places a time is the year, whatever noun follows it. (A count of that
 * size after "in" is written with its comma: "in 2,000 homes".)
 */
const TIME_WORDS = new Set(['in', 'since', 'until', 'till', 'during', 'before', 'after']);
function isYearAfterTimeWord(text: string, start: number, numeral: string): boolean {
  return numeral.length === 4 && /^(?:19|20)\d\d$/.test(numeral) && TIME_WORDS.has(wordBefore(text, start));
}

/**
 * "not to any one member", "no one body", "each one of them", "which one director": after a
 * determiner "one" picks out a single one of a group; it counts nothing, since the group's size is
 * not said.
 */
const SINGLING_DETERMINERS = new Set(['any', 'no', 'each', 'every', 'which', 'whichever', 'not']);
function isSingling(text: string, start: number, numberWord: string): boolean {
  return numberWord.length === 3 && numberWord.toLowerCase() === 'one' && SINGLING_DETERMINERS.has(wordBefore(text, start));
}

/** A bare number with no counted noun is a quantity only if it is large: a scale word or a thousands separator. */
function largeEnoughAlone(numeral: string, scale: string | undefined, value: number): boolean {
  if (scale) return true;
  return numeral.includes(',') ? value >= 1000 : value >= 10000;
}

/**
 * "a board of 12", "a workforce of 3,000", "a team of nine": a number right after a group of
 * people and "of" counts its members, however small and with no noun after it.
 */
const GROUP_OF_BEFORE = /\b(?:board|team|committee|panel|workforce|staff|membership|cabinet|council|crew|cohort|squad|delegation)[ \u00a0]+of[ \u00a0]+$/i;

/**
 * A line of a table: a row label (perhaps with a bracket: "Staff (full-time equivalent)"), then two
 * or more spaces or a tab before the figures, perhaps after the row's earlier figures, set off by a
 * bracket (last year's figure: "Volunteers     312 (264)") or by a column's spaces
 * ("Members     1,240     960").
 */
const TABLE_ROW = /^[ \t]*([A-Za-z][A-Za-z’'\- ]*?)(?:[ \t]*(\([^()\n]{1,30}\)))?(?: {2,}|\t)[ \t]*(?:[\d,.]+(?:[ \t]*\(|(?: {2,}|\t)[ \t]*))*$/;
/**
 * A unit in brackets after a row label ("Solar capacity installed (kWp)", "Electricity generated
 * (MWh)", "Distance (km)"): the row measures in that unit, it counts no one. A bracket that names
 * no unit ("Staff (full-time equivalent)") leaves the label's words to decide.
 */
const BRACKETED_UNIT = /^\((?:[kMGT]Wh?|[kMG]Wp|kWe|MWe|km|kg|tonnes|t|m2|m²|m3|m³|litres|%|£m|£k|£000|£'000|hours|hrs|miles|acres|hectares|ha)\)$/;
const MAX_ROW_PREFIX = 80;

/**
 * In a table row the label is the counted noun: the figures of "Volunteers   312 (264)" or
 * "Partner organisations   47 (39)" count people or bodies, whatever their size, and those of
 * "Nights of accommodation   6,870" count something else, however large. The label's first
 * word that is a counted or a non-counting noun decides; undefined when the number is not in a
 * table row or its label says neither.
 */
/** A figure in a table row stands after two spaces, a tab, or the bracket of a second figure: a cheap test before the row is read. */
function mayFollowRowLabel(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return before === 9 || before === 40 || (before === 32 && text.charCodeAt(start - 2) === 32);
}

function tableRowLabel(text: string, start: number): 'counting' | 'not-counting' | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > MAX_ROW_PREFIX) return undefined;
  const row = TABLE_ROW.exec(text.slice(lineStart, start));
  if (!row) return undefined;
  if (row[2] !== undefined && BRACKETED_UNIT.test(row[2])) return 'not-counting';
  for (const word of row[1]!.split(/[ -]+/)) {
    const key = headOf(word);
    if (COUNTED_HEADS.has(key)) return 'counting';
    if (NON_COUNTING_HEADS.has(key)) return 'not-counting';
  }
  return undefined;
}

/** "up from", "down from", "compared with": a comparison whose second number leaves its noun unsaid. */
const COMPARISON_BEFORE = /\b(?:up|down|rising|falling|rose|fell|increased|decreased|compared)[ \u00a0]+(?:from|with|to)[ \u00a0]+$/i;
/** How far back the counted quantity of a comparison may stand: "1,200 volunteers, up from 950". */
const COMPARISON_REACH = 40;

/**
 * "1,200 volunteers, up from 950 in 2012/13": a number that a comparison sets against a count just
 * before it, in the same sentence, counts the same people or bodies however small it is.
 */
function comparesWithCount(text: string, start: number, previous: Entity | undefined): boolean {
  if (!previous || previous.value?.kind !== 'quantity' || !previous.value.noun || start - previous.end > COMPARISON_REACH) return false;
  const between = text.slice(previous.end, start);
  return !/[.!?;\n]/.test(between) && COMPARISON_BEFORE.test(between);
}

/** `tokens`: tokenize(text), when known, so that the pattern is only tried where a number may start. */
export function recogniseQuantities(text: string, tokens?: readonly Token[]): Entity[] {
  const found: Entity[] = [];
  if (tokens) {
    const search = new SearchAtStarts(text, QUANTITY_AT, NUMBER_ANCHORS.positions(tokens, QUANTITY_STARTS), mayStartQuantity);
    for (let m = search.exec(0); m !== null; m = search.exec(m.index + m[0].length)) {
      const entity = quantityAt(text, m, found[found.length - 1]);
      if (entity) found.push(entity);
    }
    return found;
  }
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m !== null; m = QUANTITY.exec(text)) {
    const entity = quantityAt(text, m, found[found.length - 1]);
    if (entity) found.push(entity);
  }
  return found;
}

/** `previous`: the quantity found last before this number, for a comparison that refers back to it. */
function quantityAt(text: string, m: RegExpExecArray, previous: Entity | undefined): Entity | undefined {
  if (!startsFreely(text, m.index, ".,£$€/:'’-")) return undefined;
  const digits = m[1] !== undefined;
  // "Four Seasons Health Care": a capitalised number word inside a sentence belongs to a name.
  if (!digits && isCapitalisedInsideSentence(text, m.index)) return undefined;
  // "half a dozen of our reps": a vague few, not a count.
  if (!digits && isHalfADozen(text, m.index, m[0])) return undefined;
  const coreStart = m.index;
  const numberEnd = coreStart + m[0].length;
  // The cheaper tests that turn most numbers away come before reading the number's value and hedge.
  if (followsName(text, coreStart) || isRate(text, coreStart, numberEnd)) return undefined;
  if (digits && m[2] === undefined && isYearAfterTimeWord(text, coreStart, m[1]!)) return undefined;
  if (digits && m[2] === undefined && isParagraphNumber(text, coreStart, numberEnd, m[1]!)) return undefined;
  if (!digits && isSingling(text, coreStart, m[3]!)) return undefined;
  const counted = countedNoun(text, numberEnd, digits || !/^(?:one|a)$/i.test(m[3]!));
  if (counted === 'not-counting') return undefined;
  const numeral = (m[1] ?? m[3])!;
  const scale = m[2] ?? m[4];
  const value = scaled(parseNumber(numeral), scaleValue(scale));
  if (Number.isNaN(value)) return undefined;
  let end: number;
  let noun: string | undefined;
  if (counted) {
    end = counted.end;
    noun = counted.noun;
  } else {
    const label = digits && mayFollowRowLabel(text, coreStart) ? tableRowLabel(text, coreStart) : undefined;
    if (label === 'not-counting') return undefined;
    const countsMembers =
      label === 'counting' ||
      (text.startsWith('of', coreStart - 3) && GROUP_OF_BEFORE.test(text.slice(Math.max(0, coreStart - 24), coreStart))) ||
      comparesWithCount(text, coreStart, previous);
    if (!countsMembers) {
      if (!digits || !largeEnoughAlone(numeral, scale, value)) return undefined;
      // "registered charity no. 1094417": a reference number identifies, it does not count.
      if (IDENTIFIER_WORDS.has(wordBefore(text, coreStart))) return undefined;
    }
    end = numberEnd;
  }
  const hedge = hedgeBefore(text, coreStart);
  const start = hedge?.start ?? coreStart;
  const qualifier = normaliseQualifier(hedge?.raw);
  return numberEntity(text, 'quantity', start, coreStart, end, {
    kind: 'quantity',
    value,
    ...(noun ? { noun } : {}),
    ...(qualifier ? { qualifier } : {}),
  });
}
