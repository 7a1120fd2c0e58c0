import { Shape, type Token } from '../text/tokens';
import { NOT_ORGANISATION_ACRONYMS } from './lexicons/organisationWords';
import type { NameScan } from './nameScan';

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
  return !isShouted(tokens, i) && !isPostcodePart(tokens, i) && !isInAddress(tokens, i);
}

export function findAcronyms(scan: NameScan): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const shape = scan.shapes[i];
    if ((shape === Shape.AllCaps || shape === Shape.AcronymPlural) && scan.owner[i] === -1 && isOrganisationAcronym(tokens, i)) {
      scan.claim('organisation', i, i, 'acronym');
    }
  }
}
