import { DESCRIPTIVE_SUFFIXES, GENERIC_NAME_WORDS, LEGAL_SUFFIXES } from './lexicons/organisationWords';

// Keys that make identity a function of the name, so that one organisation or person gets the
// same canonical id in every document without any shared state.

/** "The King’s Fund" → "kings-fund"; "Paul Massey" → "paul-massey". */
export function slug(name: string): string {
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
 * The merge key of an organisation name. Brands add and drop descriptive words freely, so a
 * trailing "Health", "Healthcare", "Partnership(s)", "Group", "Holdings" or "UK" is stripped
 * ("Circle Health Partnership", "Circle Healthcare" and "Circle" share the key "circle"; "John
 * Lewis Partnerships" shares "john-lewis"). Two things stop the stripping: a legal-form suffix
 * (Ltd, plc, LLP …) names one specific legal entity, which RULES.md keeps apart from the brand
 * ("Circle Partnership Ltd", "Circle International plc" are not "Circle"); and a remainder that
 * would be a generic word ("Local Partnerships" stays whole, it does not become "local").
 */
export function organisationKey(name: string): string {
  const parts = words(name);
  const last = parts[parts.length - 1];
  if (last !== undefined && !LEGAL_SUFFIXES.has(last)) {
    while (parts.length > 1 && DESCRIPTIVE_SUFFIXES.has(parts[parts.length - 1]!)) {
      const remainderLast = parts[parts.length - 2]!;
      if (GENERIC_NAME_WORDS.has(remainderLast) || (DESCRIPTIVE_SUFFIXES.has(remainderLast) && parts.length === 2)) break;
      parts.pop();
    }
  }
  return slug(parts.join(' '));
}

/** "paul massey" → "Paul Massey": commenters' names are written as they like, identities are not. */
export function titleCase(name: string): string {
  return name.replace(/(^|[\s\u00a0'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

export function personId(name: string): string {
  return `person:${slug(name)}`;
}

export function organisationId(key: string): string {
  return `org:${key}`;
}
