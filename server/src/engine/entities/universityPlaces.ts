import { Gap, Shape, type Token } from '../text/tokens';
import { bareKey } from './lowerCaseUses';
import { isCapitalised, type NameScan, type NameSpan } from './nameScan';

// A text about a university calls it by its town: "Northgate to take over struggling Ellesford",
// "Northgate’s vice-chancellor", "members at Ellesford", "the Ellesford and Northgate merger".
// Where the text names "University of X", "X University" or "X Metropolitan University", a lone
// X is that university, unless it stands as a place: after a preposition of place ("students in
// X", "the people of X"), before a noun of place ("the X campus"), before a postcode ("X EF1 4QX"), inside a hyphened word ("X-based") or
// a longer name ("X Borough Council"). Two universities joined in one name ("Ellesford and
// Northgate Metropolitan University", when the text also names the University of Ellesford) are
// the town of the one and the whole name of the other.

/** Words before a place that make it the place, not the body. */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'around', 'across', 'outside', 'of', 'throughout', 'within', 'from', 'towards', 'via']);

/** Nouns after a town's word that make it a place's modifier: "the Stourmead campus", "the Kelby area". */
const PLACE_NOUNS_AFTER = new Set(['campus', 'campuses', 'site', 'sites', 'area', 'town', 'city', 'centre', 'station', 'road', 'street', 'district', 'estate', 'residents', 'people', 'economy']);

/** The town's word of a university's name: "Ellesford" of "University of Ellesford", "Northgate" of "Northgate Metropolitan University". */
function townOf(tokens: readonly Token[], first: number, last: number): number {
  if (last === first + 2 && tokens[first]!.key === 'university' && tokens[first + 1]!.key === 'of') return last;
  if (bareKey(tokens[last]!) !== 'university') return -1;
  if (last === first + 1) return first;
  if (last === first + 2 && tokens[first + 1]!.key === 'metropolitan') return first;
  return -1;
}

function isTown(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.shape === Shape.Capitalised;
}

export function findUniversityPlaces(scan: NameScan): void {
  const { tokens } = scan;
  let universities: Map<string, NameSpan | null> | undefined;
  const add = (town: number, span: NameSpan): void => {
    const key = bareKey(tokens[town]!);
    universities ??= new Map();
    universities.set(key, universities.has(key) && universities.get(key) !== span ? null : span);
  };
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || span.antecedent) continue;
    const town = townOf(tokens, span.first, span.last);
    if (town >= 0 && isTown(tokens, town)) add(town, span);
  }
  if (!universities) return;
  splitJoinedUniversities(scan, universities, add);
  const towns = universities;
  // Mentions found already (by context) take the university's identity.
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || span.antecedent || span.first !== span.last || span.via === 'reference') continue;
    const university = towns.get(bareKey(tokens[span.first]!));
    if (university && university !== span) span.antecedent = university;
  }
  for (const i of scan.capitalised) {
    if (scan.owner[i] !== -1) continue;
    const university = towns.get(bareKey(tokens[i]!));
    if (!university || !standsForBody(scan, i)) continue;
    scan.claim('organisation', i, i, 'back-reference', { antecedent: university });
  }
}

/**
 * "Ellesford and Northgate Metropolitan University" read as one name, in a text that names the
 * University of Ellesford: the first town is that university, the rest a name of its own.
 */
function splitJoinedUniversities(scan: NameScan, universities: Map<string, NameSpan | null>, add: (town: number, span: NameSpan) => void): void {
  const { tokens } = scan;
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || span.antecedent || span.last < span.first + 3 || tokens[span.first + 1]!.key !== 'and') continue;
    const first = universities.get(bareKey(tokens[span.first]!));
    if (!first || first === span) continue;
    const rest = span.first + 2;
    const town = townOf(tokens, rest, span.last);
    if (town < 0 || !isTown(tokens, town)) continue;
    for (let k = span.first; k < rest; k++) scan.owner[k] = -1;
    span.first = rest;
    span.start = tokens[rest]!.start;
    add(town, span);
    scan.claim('organisation', rest - 2, rest - 2, 'back-reference', { antecedent: first });
  }
}

/** A lone town's word where only the body fits, or where nothing marks it as the place. */
function standsForBody(scan: NameScan, i: number): boolean {
  const { tokens } = scan;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (previous !== undefined) {
    if (previous.shape === Shape.Lower && PLACE_PREPOSITIONS.has(previous.key)) return false;
    // part of a longer name: a capitalised word right before that is no sentence opener
    if (tokens[i]!.gapBefore <= Gap.WideSpace && isCapitalised(previous) && !previous.sentenceStart) return false;
    if (tokens[i]!.gapBefore === Gap.None && previous.text === '-') return false;
  }
  if (next !== undefined && next.gapBefore <= Gap.WideSpace) {
    if (next.gapBefore === Gap.None && next.text === '-') return false;
    // a longer name ("Ellesford Borough Council") or a postcode ("Ellesford EF1 4QX")
    if (isCapitalised(next) || next.shape === Shape.AllCaps || next.shape === Shape.Mixed) return false;
    if (next.shape === Shape.Lower && PLACE_NOUNS_AFTER.has(next.key)) return false;
  }
  return true;
}
