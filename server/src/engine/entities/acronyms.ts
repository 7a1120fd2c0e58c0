import { Gap, Shape, type Token } from '../text/tokens';
import { NOT_ORGANISATION_ACRONYMS } from './lexicons/organisationWords';
import { PHRASE_BREAKERS } from './lexicons/quantityWords';
import { SENTENCE_OPENERS } from './lexicons/sentenceOpeners';
import { isConnector, type NameScan, type NameSpan } from './nameScan';

// Acronyms as organisations: "NCIA", "3SC", "G4S", "KF", and "NHS" wherever it is not part of a
// longer name (also as a modifier: "NHS staff"). Not: places and classes of body ("UK", "PCTs",
// "GPs"), programmes ("QIPP"), shouted words ("NOT", "MAJORITY"), postcodes ("SW1H 9BP"), Roman
// numerals, and words inside all-capital headings.

const POSTCODE_OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const POSTCODE_INWARD = /^\d[A-Z]{2}$/;
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

function letterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) count++;
  }
  return count;
}

function startsWithDigits(text: string, count: number): boolean {
  for (let i = 0; i < count; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return false;
  }
  return true;
}

function isLongCapitalWord(token: Token | undefined): boolean {
  return token !== undefined && token.shape === Shape.AllCaps && token.text.length > 6;
}

/** In a run of capitals ("WESTMINSTER SW1H 9BP", "ACTION PLAN FOR NHS") the words are shouted, not acronyms. */
function isShouted(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const previousCaps = previous !== undefined && previous.shape === Shape.AllCaps && tokens[i]!.gapBefore <= 1;
  const nextCaps = next !== undefined && next.shape === Shape.AllCaps && next.gapBefore <= 1;
  if ((previousCaps && isLongCapitalWord(previous)) || (nextCaps && isLongCapitalWord(next))) return true;
  return previousCaps && nextCaps;
}

function isPostcodePart(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (POSTCODE_OUTWARD.test(token.text) && tokens[i + 1] && POSTCODE_INWARD.test(tokens[i + 1]!.text)) return true;
  return POSTCODE_INWARD.test(token.text) && i > 0 && POSTCODE_OUTWARD.test(tokens[i - 1]!.text);
}

const ADDRESS_JOINERS = new Set(['_', '@', '.', '/']);

/**
 * Capitals glued into a handle or a web address ("@annie_BI", "GOV.UK", "www.EXAMPLE.org") are
 * part of that address, not a name: a joiner touches them on the left, or a dot glues them to a
 * word on the right.
 */
function isInAddress(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  if (previous && token.gapBefore === 0 && ADDRESS_JOINERS.has(previous.text)) return true;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  return next !== undefined && after !== undefined && next.text === '.' && next.gapBefore === 0 && after.gapBefore === 0 && after.shape !== Shape.Punct;
}

/**
 * Capitals, possessive or not: "EFA’s" has the shape of a plural ("GPs", capitals and one lower-case
 * s), but the apostrophe makes it the body's possessive, and the body is named as often that way.
 */
function isCapitalsWord(token: Token): boolean {
  return token.shape === Shape.AllCaps || (token.shape === Shape.AcronymPlural && token.bareEnd < token.end);
}

export function isOrganisationAcronym(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!isCapitalsWord(token)) return false;
  const text = token.text.slice(0, token.bareEnd - token.start);
  if (text.length < 2 || text.length > 6 || letterCount(text) < 2) return false;
  if (NOT_ORGANISATION_ACRONYMS.has(text.toLowerCase())) return false;
  if (ROMAN.test(text)) return false;
  // Two digits or more before the letters make a number with a unit or a reference ("201WH", a
  // Hansard column; "100MW", "24HR"): bodies named with a digit have one ("3SC", "G4S").
  if (startsWithDigits(text, 2)) return false;
  return !isShouted(tokens, i) && !isPostcodePart(tokens, i) && !isInAddress(tokens, i) && !isReferenceLabel(tokens, i) && !isReferenceCode(tokens, i);
}

/**
 * "CAB/2025/118", "KD/26/04": capitals glued by "/" to a number open a paper's or a decision's
 * reference, whose letters are a series' code, not a body named in the text.
 */
export function isReferenceCode(tokens: readonly Token[], i: number): boolean {
  const slash = tokens[i + 1];
  const number = tokens[i + 2];
  return slash !== undefined && number !== undefined && slash.text === '/' && slash.gapBefore === Gap.None && number.gapBefore === Gap.None && number.shape === Shape.Numeric;
}

/**
 * "FRN 213944", "HC 688", "CRN 04512345": capitals before a serial number of three digits or more
 * label a register's or a paper's number, not a body. A year after them ("NCIA 2011") names
 * something of that year, and leaves the capitals to the other tests.
 */
function isReferenceLabel(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.shape !== Shape.Numeric || next.gapBefore !== Gap.Space || next.text.length < 3 || !startsWithDigits(next.text, next.text.length)) return false;
  const after = tokens[i + 2];
  // "213944" but not "2,900" or "1.5": a serial is one run of digits.
  if (after !== undefined && after.gapBefore === Gap.None && (after.text === ',' || after.text === '.') && tokens[i + 3]?.shape === Shape.Numeric) return false;
  return !(next.text.length === 4 && (next.text.startsWith('19') || next.text.startsWith('20')));
}

const NO_NAMES: NameSpan[] = [];

/** The document's names of more than one word, by their first word's key. */
function namesByFirstWord(scan: NameScan): Map<string, NameSpan[]> {
  const byFirst = new Map<string, NameSpan[]>();
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || span.last === span.first || span.antecedent) continue;
    const key = scan.tokens[span.first]!.key;
    const list = byFirst.get(key);
    if (list) list.push(span);
    else byFirst.set(key, [span]);
  }
  return byFirst;
}

/** Most words a place may have before an acronym that shortens the rest of a name ("Severn and Wyre"). */
const MAX_PREFIX_WORDS = 4;

/**
 * "Tarrow and Fenby CRC" for "Tarrow and Fenby Community Rehabilitation Company", "Ostley CCG" for
 * "Ostley Clinical Commissioning Group": a body named after its area shortens the words after the
 * area to their initials and keeps the area. Capitalised words right before an acronym (joined by
 * "and" if need be) that are the leading words of a longer name of the document, whose remaining
 * words' initials spell the acronym, are with the acronym a mention of that name. Returns the
 * name, or undefined; `first` receives the mention's first token.
 */
function prefixedAcronymOf(scan: NameScan, i: number, names: ReadonlyMap<string, NameSpan[]>, out: { first: number }): NameSpan | undefined {
  const { tokens } = scan;
  const acronym = tokens[i]!.text.slice(0, tokens[i]!.bareEnd - tokens[i]!.start);
  let found: NameSpan | undefined;
  for (let first = i - 1; first >= 0 && i - first <= MAX_PREFIX_WORDS; first--) {
    const token = tokens[first]!;
    if (scan.owner[first] !== -1 || tokens[first + 1]!.gapBefore > Gap.Space || token.bareEnd < token.end) break;
    if (token.key === 'and') continue;
    if (token.shape !== Shape.Capitalised) break;
    for (const name of names.get(token.key) ?? NO_NAMES) {
      if (name.last - name.first + 1 <= i - first || !samePrefix(tokens, first, i, name.first)) continue;
      if (initialsFrom(scan, name.first + (i - first), name.last) === acronym) {
        found = name;
        out.first = first;
      }
    }
  }
  return found;
}

function samePrefix(tokens: readonly Token[], from: number, to: number, nameFirst: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.key !== tokens[nameFirst + k - from]!.key) return false;
  return true;
}

function initialsFrom(scan: NameScan, first: number, last: number): string {
  let result = '';
  for (let k = first; k <= last; k++) {
    const token = scan.tokens[k]!;
    if (isConnector(token) || token.shape === Shape.Punct) continue;
    result += token.text.charAt(0).toUpperCase();
  }
  return result;
}

/**
 * "NHS Dunmere Clinical Commissioning Group (CCG)": a text that puts an acronym in brackets right
 * after a name defines it as that name's short form for the rest of the text, even an acronym that
 * alone names a kind of body ("CCG", "PCT"). The bracketed capitals must be the initials of the
 * name's last words (two or more: a place before them is often left out). By acronym, the name.
 */
/** "every CCG", "another CCG": after these the acronym names the kind again, not the defined body. */
const CLASS_DETERMINERS = new Set(['every', 'each', 'any', 'another', 'no', 'other']);

/**
 * "AoC" for "Association of Colleges", "DfE" for "Department for Education": acronyms that keep a
 * connector's letter in lower case. The capitals, when the word opens with one and has no more
 * lower-case letters than capitals (so "McKinsey" or "iPhone" give nothing); otherwise ''.
 */
function mixedAcronymCapitals(text: string): string {
  if (text.length > 6) return '';
  let capitals = '';
  let lower = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) capitals += text.charAt(k);
    else if (c >= 97 && c <= 122) lower++;
    else return '';
  }
  return capitals.length >= 2 && lower < capitals.length && text.charCodeAt(0) <= 90 ? capitals : '';
}

function introducedAcronyms(scan: NameScan): Map<string, NameSpan> | undefined {
  const { tokens } = scan;
  let introduced: Map<string, NameSpan> | undefined;
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || span.last === span.first || span.antecedent) continue;
    const open = tokens[span.last + 1];
    // "… Integrated Care Board (the ICB)": the article may come inside the brackets.
    const at = tokens[span.last + 2]?.key === 'the' ? span.last + 3 : span.last + 2;
    const acronym = tokens[at];
    const close = tokens[at + 1];
    if (open?.text !== '(' || close?.text !== ')' || acronym === undefined || tokens[span.last]!.bareEnd < tokens[span.last]!.end) continue;
    const letters = acronym.shape === Shape.AllCaps ? acronym.text : acronym.shape === Shape.Mixed ? mixedAcronymCapitals(acronym.text) : '';
    if (letters.length < 2) continue;
    for (let from = span.first; from < span.last; from++) {
      if (initialsFrom(scan, from, span.last) !== letters) continue;
      (introduced ??= new Map()).set(acronym.text, span);
      break;
    }
  }
  return introduced;
}

/**
 * "NEWS" or "BUSES" on a line of its own above a headline: news and trade pages label their
 * sections in capitals, with the same word in the site's menu or the story itself ("News",
 * "buses"). A line of one capital word that the text also writes in lower or title case is that
 * word shouted, not an acronym: a body's acronym is not an ordinary word of the same text.
 */
function isSectionLabel(scan: NameScan, i: number): boolean {
  const { tokens, text } = scan;
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (token.gapBefore < Gap.LineBreak && i > 0) return false;
  // "LIVE: Council votes …", "UPDATE: …": a label in capitals before a colon opens the line.
  const label = next !== undefined && next.text === ':' && next.gapBefore === Gap.None;
  if (next !== undefined && next.gapBefore < Gap.LineBreak && !label) return false;
  const word = token.text;
  const lower = word.toLowerCase();
  const title = word.charAt(0) + lower.slice(1);
  return isWordAt(text, lower) || isWordAt(text, title);
}

/**
 * "STRIKE BALLOT RESULT", "DATES FOR YOUR DIARY", "NEWS  >  LOCAL": the words at the edges of a
 * heading in capitals have a capital word beside them on the line only on one side, which
 * isShouted does not take for shouting. Such a word that the text also writes in lower or title
 * case ("Strike ballot result", "your diary") is the word shouted, not an acronym; a body's acronym
 * beside a heading ("KFM: THE FACTS") is not an ordinary word of the same text.
 */
function isHeadingWord(scan: NameScan, i: number): boolean {
  const { tokens, text } = scan;
  if (!(capitalWordBeside(tokens, i, -1) || capitalWordBeside(tokens, i, 1))) return false;
  const token = tokens[i]!;
  const word = token.text.slice(0, token.bareEnd - token.start);
  // "WHAT THE COUNCIL ISN’T TELLING YOU": a function word is a word, used elsewhere or not.
  if (isOrdinaryWord(text, word)) return true;
  return hasVowel(word) && capitalRunLength(tokens, i) >= 3 && (ordinaryWordBeside(scan, i, -1) || ordinaryWordBeside(scan, i, 1));
}

/** A function word, or a word the text also writes in lower or title case. */
function isOrdinaryWord(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (SENTENCE_OPENERS.has(lower) || PHRASE_BREAKERS.has(lower)) return true;
  return isWordAt(text, lower) || isWordAt(text, word.charAt(0) + lower.slice(1));
}

/**
 * "SAVE OUR STATIONS", "WHO IS IN CHARGE", "SIX MONTHS ON": a heading of three capital words or
 * more reads as a phrase when a word next to this one is an ordinary word, and a word that can be
 * spoken (it has a vowel) is then one of its words too, though the text never writes it in lower
 * case. Letters that only spell ("KPL", "GMB") stay acronyms beside any heading.
 */
function ordinaryWordBeside(scan: NameScan, i: number, direction: 1 | -1): boolean {
  const { tokens } = scan;
  const near = tokens[i + direction];
  const later = direction === 1 ? near : tokens[i];
  if (near === undefined || later === undefined || later.gapBefore !== Gap.Space || near.shape !== Shape.AllCaps) return false;
  return isOrdinaryWord(scan.text, near.text.slice(0, near.bareEnd - near.start));
}

/** How many capital words, one space apart, make the run that holds token i. */
function capitalRunLength(tokens: readonly Token[], i: number): number {
  let first = i;
  while (first > 0 && tokens[first - 1]!.shape === Shape.AllCaps && tokens[first]!.gapBefore === Gap.Space) first--;
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1]!.shape === Shape.AllCaps && tokens[last + 1]!.gapBefore === Gap.Space) last++;
  return last - first + 1;
}

function hasVowel(word: string): boolean {
  return /[AEIOU]/.test(word);
}

/** Whether the word next to i on its line in `direction` (one mark between allowed) is in capitals. */
function capitalWordBeside(tokens: readonly Token[], i: number, direction: 1 | -1): boolean {
  let k = i + direction;
  for (let step = 0; step < 2; step++, k += direction) {
    const near = direction === 1 ? tokens[k] : tokens[k + 1];
    const token = tokens[k];
    if (token === undefined || near === undefined || near.gapBefore >= Gap.LineBreak) return false;
    if (token.shape === Shape.AllCaps && token.text.length >= 2) return true;
    if (token.shape !== Shape.Punct) return false;
  }
  return false;
}

/** Whether `word` occurs in the text as a whole word (not inside a longer one). */
function isWordAt(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetter(text.charCodeAt(at - 1)) && !isLetter(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function findAcronyms(scan: NameScan): void {
  const { tokens } = scan;
  /** Names of more than one word, gathered when an acronym first follows a capitalised word. */
  let names: Map<string, NameSpan[]> | undefined;
  const prefix = { first: -1 };
  const introduced = introducedAcronyms(scan);
  // Acronyms are in capitals: only the words not in lower case can be one.
  for (const i of scan.nonLowerWords) {
    const shape = scan.shapes[i];
    // Mixed capitals ("AoC", "AoC’s") are looked up without a possessive: only a defined one is taken.
    // Possessives ("ICB’s") are looked up without the "’s".
    const definedAs =
      introduced && scan.owner[i] === -1 && (shape === Shape.AllCaps || shape === Shape.Mixed || shape === Shape.AcronymPlural)
        ? introduced.get(tokens[i]!.text.slice(0, tokens[i]!.bareEnd - tokens[i]!.start))
        : undefined;
    if (definedAs && !CLASS_DETERMINERS.has(tokens[i - 1]?.key ?? '') && !isShouted(tokens, i) && !isInAddress(tokens, i)) {
      scan.claim('organisation', i, i, 'back-reference', { antecedent: definedAs });
      continue;
    }
    if ((shape === Shape.AllCaps || shape === Shape.AcronymPlural) && scan.owner[i] === -1 && isOrganisationAcronym(tokens, i) && !isSectionLabel(scan, i) && !isHeadingWord(scan, i)) {
      if (i > 0 && scan.shapes[i - 1] === Shape.Capitalised && scan.owner[i - 1] === -1) {
        names ??= namesByFirstWord(scan);
        const name = prefixedAcronymOf(scan, i, names, prefix);
        if (name) {
          scan.claim('organisation', prefix.first, i, 'back-reference', { antecedent: name });
          continue;
        }
      }
      scan.claim('organisation', i, i, 'acronym');
    }
  }
}
