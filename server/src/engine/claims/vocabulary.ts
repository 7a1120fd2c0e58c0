// Word-level normalisation shared by the extractors and the rules: phrases are compared as
// sequences of lower-case, singular tokens, so "Co-ops", "co-op" and "co op" are the same words.

import { rangeMemo } from '../text/rangeMemo';
import type { ConflictRules } from './rules';

export interface PhraseToken {
  /** Lower-case, singular form. */
  norm: string;
  start: number;
  end: number;
}

/** Crude English singular: enough to make "charities", "co-ops" and "businesses" meet their singulars. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length >= 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Letter-or-digit answers for the Basic Multilingual Plane, filled in on first sight: 0 unknown, 1 yes, 2 no. */
const bmpWordChar = new Uint8Array(0x10000);
const astralWordChar = new Map<number, boolean>();

function isBmpWordChar(code: number): boolean {
  let known = bmpWordChar[code];
  if (known === 0) bmpWordChar[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/**
 * How many code units the letter or digit at `i` takes (1, or 2 for a surrogate pair), 0 when
 * there is none; a pair cut by `end` is two lone surrogates, which are not letters.
 */
function wordCharWidth(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      let known = astralWordChar.get(point);
      if (known === undefined) astralWordChar.set(point, (known = WORD_CHAR.test(String.fromCodePoint(point))));
      return known ? 2 : 0;
    }
  }
  return isBmpWordChar(code) ? 1 : 0;
}

// Made once: a regular expression literal with \p{…} inside a function is rebuilt on every call in the shipped bundle.
const HAS_CAPITAL = /\p{Lu}/u;

/** A word's normal form: lower case, singular. */
function normalForm(word: string): string {
  // Acronyms keep their final S: "NHS" is not the plural of "NH".
  const acronym = word.length > 1 && word === word.toUpperCase() && HAS_CAPITAL.test(word);
  return acronym ? word.toLowerCase() : singular(word.toLowerCase());
}

/**
 * normalForm of text[start, end), memoised by the characters of the range: words repeat, and
 * lower-casing and the singular rules are not free, nor is a slice per word to look one up by.
 */
const normAt = rangeMemo(normalForm);

/**
 * Tokens of text[start, end): runs of letters and digits; hyphens, quotes and spaces separate
 * them. Only the first `limit` are made when fewer are needed.
 */
export function tokenise(text: string, start = 0, end = text.length, limit = Number.POSITIVE_INFINITY): PhraseToken[] {
  const tokens: PhraseToken[] = [];
  let i = start;
  while (i < end && tokens.length < limit) {
    let width = wordCharWidth(text, i, end);
    if (width === 0) {
      // not a letter: step over a whole surrogate pair, as a Unicode-aware pattern would
      const code = text.charCodeAt(i);
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const wordStart = i;
    do i += width;
    while (i < end && (width = wordCharWidth(text, i, end)) > 0);
    tokens.push({ norm: normAt(text, wordStart, i), start: wordStart, end: i });
  }
  return tokens;
}

/** The normalised words of a phrase, joined by single spaces. */
export function normalisePhrase(phrase: string): string {
  return tokenise(phrase)
    .map((t) => t.norm)
    .join(' ');
}

/** The first `count` normalised words of text[start, end), joined by single spaces: normalisePhrase of the slice, cut after them. */
export function firstWordsNormalised(text: string, start: number, end: number, count: number): string {
  return tokenise(text, start, end, count)
    .map((t) => t.norm)
    .join(' ');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  id?: string;
}

export interface PhraseMatch {
  id: string;
  /** Token indices, end-exclusive. */
  from: number;
  to: number;
}

/** Finds known multi-word terms in token sequences, longest match first, left to right. */
export class PhraseDictionary {
  private readonly root: TrieNode = { next: new Map() };

  add(phrase: string, id: string): void {
    const words = tokenise(phrase).map((t) => t.norm);
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.id ??= id;
  }

  /** The longest term starting at token `at`, if any. */
  matchAt(tokens: readonly PhraseToken[], at: number): PhraseMatch | undefined {
    let node: TrieNode | undefined = this.root;
    let best: PhraseMatch | undefined;
    for (let i = at; i < tokens.length && node; i++) {
      node = node.next.get(tokens[i].norm);
      if (node?.id) best = { id: node.id, from: at, to: i + 1 };
    }
    return best;
  }

  findAll(tokens: readonly PhraseToken[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}

/** The rules' word lists compiled for matching; built once per rule set. */
export interface CompiledVocabulary {
  categories: PhraseDictionary;
  categoryNames: Map<string, string>;
  ownerClasses: PhraseDictionary;
}

const compiled = new WeakMap<ConflictRules, CompiledVocabulary>();

export function vocabularyOf(rules: ConflictRules): CompiledVocabulary {
  let v = compiled.get(rules);
  if (v) return v;
  const categories = new PhraseDictionary();
  const categoryNames = new Map<string, string>();
  for (const c of rules.categories) {
    categoryNames.set(c.id, c.name);
    // a category with no synonyms is derived, the value of other readings' claims ("paid", "awarded",
    // "cut", "lent"): its name labels the diagnostic and is no wording ("X was awarded a prize")
    if (c.synonyms.length > 0) categories.add(c.name, c.id);
    for (const s of c.synonyms) categories.add(s, c.id);
  }
  const ownerClasses = new PhraseDictionary();
  for (const o of rules.ownerClasses) for (const t of o.terms) ownerClasses.add(t, o.id);
  v = { categories, categoryNames, ownerClasses };
  compiled.set(rules, v);
  return v;
}
