import { boundedMemo } from '../text/boundedMemo';
import { CORPORATE_WORDS, DESCRIPTIVE_SUFFIXES, GENERIC_NAME_WORDS, INSTITUTION_HEADS, LEGAL_PHRASES, LEGAL_SUFFIXES } from './lexicons/organisationWords';

// Keys that make identity a function of the name, so that one organisation or person gets the
// same canonical id in every document without any shared state.

/**
 * "The King’s Fund" → "kings-fund"; "Paul Massey" → "paul-massey". Memoised: names repeat in and
 * across documents, and each slug is five replacements.
 */
export const slug = boundedMemo(slugOf);

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/&/g, ' and ')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function words(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/^the\s+/, '')
    .split(/[\s\u00a0]+/)
    .filter((word) => word.length > 0);
}

/**
 * How many of a name's words (lower-case keys) make its core: the words that tell the body apart,
 * without what merely describes its legal or corporate form or its line of business. Three kinds
 * of trailing word are dropped, and the difference between them is what keeps identity right:
 *  - a legal form (Ltd, plc, LLP, CIC, "Community Interest Company") only says how the body in
 *    front of it is registered, so "Greywell Capital LLP" is the body "Greywell Capital";
 *  - a corporate word (Capital, Holdings, Group, Company, Ventures, Partners) names the company
 *    itself, and people call it by the word in front: "Greywell Capital" is "Greywell";
 *  - a descriptive word (Health, Healthcare, Care, Partnership, UK) is one a brand adds and drops
 *    freely ("Circle Health Partnership", "Circle Healthcare", "Circle") - but only when no legal
 *    form is present. A name with a legal form names one registered entity, and groups register
 *    related vehicles under names that differ from the brand in exactly these words: "Circle
 *    Partnership Ltd" (the employees' vehicle) keeps "Partnership" and stays apart from "Circle",
 *    as RULES.md requires, while "X Capital LLP" and "X Capital" remain one body.
 * A remainder that would be a generic word stops the stripping ("Local Partnerships" stays whole),
 * and a corporate word after an institution's whole name stays ("Tarnside College Group" is not
 * "Tarnside College"): the group formed around a college is another body (INSTITUTION_HEADS), while
 * a descriptive word after one ("Tarnside Schools Partnership") is still dropped.
 */
export function coreLength(keys: readonly string[]): number {
  let length = withoutLegalForm(keys);
  const legal = length < keys.length;
  while (length > 1) {
    const last = keys[length - 1]!;
    const corporate = CORPORATE_WORDS.has(last);
    if (!corporate && (legal || !DESCRIPTIVE_SUFFIXES.has(last))) break;
    const remainderLast = keys[length - 2]!;
    if (GENERIC_NAME_WORDS.has(remainderLast) || (corporate && INSTITUTION_HEADS.has(remainderLast))) break;
    if (length === 2 && (DESCRIPTIVE_SUFFIXES.has(remainderLast) || CORPORATE_WORDS.has(remainderLast))) break;
    length--;
  }
  return length;
}

/** The number of words before a trailing legal form (all of them when there is none). */
export function withoutLegalForm(keys: readonly string[]): number {
  const length = keys.length;
  for (const phrase of LEGAL_PHRASES) {
    if (length > phrase.length && phrase.every((word, i) => keys[length - phrase.length + i] === word)) return length - phrase.length;
  }
  return length > 1 && LEGAL_SUFFIXES.has(keys[length - 1]!) ? length - 1 : length;
}

/**
 * "Kestrel Partnership Ltd" → "kestrel-partnership": the registered name a text may repeat without
 * its legal form. Undefined for a name that has no legal form.
 */
export function registeredName(name: string): string | undefined {
  const parts = words(name);
  const length = withoutLegalForm(parts);
  return length < parts.length ? slug(parts.slice(0, length).join(' ')) : undefined;
}

/**
 * The NHS's local bodies go by their area and the acronym of their kind as often as by the words
 * ("Dunmere CCG", "Dunmere Clinical Commissioning Group"): the words make one key of both.
 */
const NHS_KIND_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ccg', ['clinical', 'commissioning', 'group']],
  ['pct', ['primary', 'care', 'trust']],
  ['icb', ['integrated', 'care', 'board']],
  ['csu', ['commissioning', 'support', 'unit']],
]);

/** The merge key of an organisation name: its core words (see coreLength) as a slug. */
export function organisationKey(name: string): string {
  let parts = words(name);
  // "Her Majesty’s Prison and Probation Service" is "HM Prison and Probation Service", under either monarch.
  if (parts.length > 2 && (parts[0] === 'her' || parts[0] === 'his') && parts[1] === 'majestys') parts = ['hm', ...parts.slice(2)];
  const kind = parts.length > 1 ? NHS_KIND_WORDS.get(parts[parts.length - 1]!) : undefined;
  if (kind) parts = [...parts.slice(0, -1), ...kind];
  return slug(parts.slice(0, coreLength(parts)).join(' '));
}

// Made once: a regular expression literal with \p{…} inside a function is rebuilt on every call in the shipped bundle.
const WORD_START_LOWER_CASE = /(^|[\s\u00a0'’-])(\p{Ll})/gu;

/** "paul massey" → "Paul Massey": commenters' names are written as they like, identities are not. */
export function titleCase(name: string): string {
  return name.replace(WORD_START_LOWER_CASE, (_, before: string, letter: string) => before + letter.toUpperCase());
}

export function personId(name: string): string {
  return `person:${slug(name)}`;
}

export function organisationId(key: string): string {
  return `org:${key}`;
}
