// Cheap necessary conditions for the patterns the classification extractor tries right after an
// organisation's name. Almost every name is followed by something none of them can match (" and",
// " said", "."), and a pattern run on a slice of text costs far more than reading one or two
// characters: each condition reads the first character after the name, or the first one after the
// white space that follows it, and says false only where its pattern cannot match.
// A pattern with flag 'i' but not 'u' matches an ASCII letter only by an ASCII letter, so reading
// the ASCII case is exact.

/** What \s matches, by code unit (0 not known yet, 1 yes, 2 no). */
const whiteSpace = new Uint8Array(0x10000);

/** What the patterns' SPACE ([\s\u00a0]) matches. */
export function isSpaceUnit(code: number): boolean {
  let known = whiteSpace[code]!;
  if (known === 0) whiteSpace[code] = known = /\s/.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** The first position at or after `from`, before `limit`, that is not white space (`limit` if none). */
export function skipSpace(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && isSpaceUnit(text.charCodeAt(at))) at++;
  return at;
}

/** The code unit at `at`, lower-cased if an ASCII capital; -1 at or beyond `limit`. */
function lowerCodeAt(text: string, at: number, limit: number): number {
  if (at >= limit) return -1;
  const code = text.charCodeAt(at);
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** One bit per lower-case ASCII letter. */
function lettersMask(letters: string): number {
  let mask = 0;
  for (const letter of letters) mask |= 1 << (letter.charCodeAt(0) - 97);
  return mask;
}

function inMask(mask: number, code: number): boolean {
  return code >= 97 && code <= 122 && (mask & (1 << (code - 97))) !== 0;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/** BRACKETED_ASIDE (`^S*\(`) on text[from, limit): the first character after white space is "(". */
export function mayOpenBracketedAside(text: string, from: number, limit: number): boolean {
  return lowerCodeAt(text, skipSpace(text, from, limit), limit) === 40;
}

/**
 * LOCATIVE and LOCATIVE_BEFORE (`^S+(?:in|at|from)S+`, case as written) on text[from, limit):
 * white space, then an "i", "a" or "f".
 */
export function mayOpenLocative(text: string, from: number, limit: number): boolean {
  if (from >= limit || !isSpaceUnit(text.charCodeAt(from))) return false;
  const at = skipSpace(text, from, limit);
  if (at >= limit) return false;
  const code = text.charCodeAt(at);
  return code === 105 || code === 97 || code === 102;
}

/** The words COPULA may begin with after white space: its modifiers and verbs. */
const COPULA_OPENING_WORDS = [
  ...['itself', 'now', 'still', 'also', 'clearly', 'certainly', 'undoubtedly', 'effectively', 'essentially'],
  ...['is', 'was', 'are', 'were', 'remains', 'remained', 'became', 'becomes', 'has', 'had', 'have', 'will', 'would', 'isn', 'wasn', 'aren'],
  ...['registered', 'operates', 'operated', 'converted'],
  ...['describes', 'described', 'calls', 'called', 'bills', 'billed', 'presents', 'presented', 'markets', 'marketed', 'brands', 'branded'],
];
const COPULA_FIRST_LETTERS = lettersMask(COPULA_OPENING_WORDS.map((word) => word[0]!).join(''));
/** The opening words by their first letter ("a" at 0), so a word is compared with a few at most. */
const COPULA_OPENINGS_BY_LETTER: string[][] = Array.from({ length: 26 }, (_, letter) =>
  COPULA_OPENING_WORDS.filter((word) => word.charCodeAt(0) - 97 === letter),
);

/**
 * COPULA on text[from, limit): it opens with "'s own" (an apostrophe), or with white space and a
 * run of ASCII letters that is one of its modifiers or verbs (each is followed by white space or,
 * "isn", "wasn", "aren", an apostrophe: never by another letter).
 */
export function mayOpenCopula(text: string, from: number, limit: number): boolean {
  if (from >= limit) return false;
  const first = text.charCodeAt(from);
  if (first === APOSTROPHE || first === RIGHT_QUOTE) return true;
  if (!isSpaceUnit(first)) return false;
  const wordStart = skipSpace(text, from, limit);
  const letter = lowerCodeAt(text, wordStart, limit);
  if (!inMask(COPULA_FIRST_LETTERS, letter)) return false;
  let wordEnd = wordStart + 1;
  while (wordEnd < limit && isAsciiLetter(text.charCodeAt(wordEnd))) wordEnd++;
  for (const word of COPULA_OPENINGS_BY_LETTER[letter - 97]!) {
    if (!sameLowerCase(text, wordStart, wordEnd, word)) continue;
    // An auxiliary is no modifier, so it is COPULA's verb, which goes on with one of these words:
    // "has been", "has become", "had never been", "will be", "will remain". ("X has 300 staff", "X will open")
    const next = AUXILIARY_NEXT_WORDS.get(word);
    return next === undefined || nextWordIsOneOf(text, wordEnd, limit, next);
  }
  return false;
}

/** The words COPULA lets follow an auxiliary it opens with, after white space. */
const AUXILIARY_NEXT_WORDS = new Map<string, readonly string[]>([
  ['has', ['been', 'become', 'never']],
  ['had', ['been', 'never']],
  ['have', ['never']],
  ['will', ['be', 'remain']],
  ['would', ['be']],
]);

/** True when white space follows text[.., from) and then a run of ASCII letters that is one of `words` in any case. */
function nextWordIsOneOf(text: string, from: number, limit: number, words: readonly string[]): boolean {
  if (from >= limit || !isSpaceUnit(text.charCodeAt(from))) return false;
  const wordStart = skipSpace(text, from, limit);
  let wordEnd = wordStart;
  while (wordEnd < limit && isAsciiLetter(text.charCodeAt(wordEnd))) wordEnd++;
  for (const word of words) if (wordEnd - wordStart === word.length && (text.charCodeAt(wordStart) | 0x20) === word.charCodeAt(0) && sameLowerCase(text, wordStart, wordEnd, word)) return true;
  return false;
}

/** True when text[start, end) is `word` (lower-case ASCII) in any case. */
function sameLowerCase(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 1; i < word.length; i++) if ((text.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** CONTRACTED_COPULA (`^['’]s`) on text[from, limit). */
export function mayOpenContractedCopula(text: string, from: number, limit: number): boolean {
  if (from >= limit) return false;
  const first = text.charCodeAt(from);
  return first === APOSTROPHE || first === RIGHT_QUOTE;
}

/** PARENTHETICAL (`^S*,`) on text[from, limit). */
export function mayOpenParenthetical(text: string, from: number, limit: number): boolean {
  return lowerCodeAt(text, skipSpace(text, from, limit), limit) === 44;
}

/** The words APPOSITION reads first after its punctuation: its markers' first words, or the article or "so" of "so-called". */
const APPOSITION_FIRST_WORDS = [
  ...['itself', 'also', 'now', 'still', 'which', 'that', 'originally'],
  ...['set', 'established', 'founded', 'formed', 'registered', 'incorporated', 'constituted'],
  ...['a', 'an', 'the', 'so'],
];

/**
 * APPOSITION (`^S*(?:,|[-–—(])S*`, then one of APPOSITION_FIRST_WORDS) on text[from, limit): the
 * punctuation, and after it and any white space a run of ASCII letters that is one of those words
 * (each is followed by white space or, "so", a hyphen: never by another letter). Most commas after
 * a name go on with another name or a clause.
 */
export function mayOpenApposition(text: string, from: number, limit: number): boolean {
  const at = skipSpace(text, from, limit);
  const code = lowerCodeAt(text, at, limit);
  if (!(code === 44 || code === 45 || code === 0x2013 || code === 0x2014 || code === 40)) return false;
  const wordStart = skipSpace(text, at + 1, limit);
  let wordEnd = wordStart;
  while (wordEnd < limit && isAsciiLetter(text.charCodeAt(wordEnd))) wordEnd++;
  if (wordEnd === wordStart) return false;
  const first = text.charCodeAt(wordStart) | 0x20;
  for (const word of APPOSITION_FIRST_WORDS) if (word.charCodeAt(0) === first && sameLowerCase(text, wordStart, wordEnd, word)) return true;
  return false;
}
