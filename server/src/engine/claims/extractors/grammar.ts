// Small pieces of English grammar shared by the extractors.

import type { Entity } from '../../types';

export const SPACE = '[\\s\\u00a0]';

/** Words that, right before a name (or before "the" and a name), make the name an object rather than a clause's subject. */
const PREPOSITIONS = [
  'of', 'by', 'from', 'with', 'to', 'at', 'for', 'into', 'in', 'on', 'about', 'against', 'than', 'via', 'under', 'over',
  'between', 'among', 'towards', 'through',
];
/** How far before a name the preposition is looked for. */
const PREPOSITION_REACH = 30;
const OPEN_BRACKET = 40;

/** What \s matches (U+00A0 among it), by code unit, learnt on first sight: 0 unknown, 1 yes, 2 no. */
const spaceUnits = new Uint8Array(0x10000);
function isSpaceUnit(code: number): boolean {
  let known = spaceUnits[code]!;
  if (known === 0) spaceUnits[code] = known = /\s/.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** True when text[end - word.length, end) is the lower-case ASCII word in either case (what flag 'i' compares without 'u'). */
function endsWithWord(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  for (let i = 0; i < word.length; i++) {
    let code = text.charCodeAt(start + i);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** True when a preposition ends at `end`, starting at `from` or after white space or "(". */
function prepositionEndsAt(text: string, from: number, end: number): boolean {
  for (const word of PREPOSITIONS) {
    const start = end - word.length;
    if (start < from || !endsWithWord(text, end, word)) continue;
    if (start === from || isSpaceUnit(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === OPEN_BRACKET) return true;
  }
  return false;
}

/** The start of the run of white space that ends at `end` (not before `from`). */
function spaceRunStart(text: string, from: number, end: number): number {
  let i = end;
  while (i > from && isSpaceUnit(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * True when the entity is governed by a preposition ("set up by X", "co-owners of X", "for the X"):
 * in the PREPOSITION_REACH characters before it (not before the sentence), a preposition at a word
 * start, white space, and maybe "the" and white space. Read backwards from the entity, where a
 * pattern anchored at the end would be tried at every position of the window.
 */
export function isPrepositionalObject(text: string, entity: Entity, sentenceStart: number): boolean {
  const from = Math.max(sentenceStart, entity.start - PREPOSITION_REACH);
  const wordEnd = spaceRunStart(text, from, entity.start);
  if (wordEnd === entity.start) return false;
  if (prepositionEndsAt(text, from, wordEnd)) return true;
  if (wordEnd - 3 < from || !endsWithWord(text, wordEnd, 'the')) return false;
  const prepositionEnd = spaceRunStart(text, from, wordEnd - 3);
  return prepositionEnd < wordEnd - 3 && prepositionEndsAt(text, from, prepositionEnd);
}

// Where a predicate phrase ends: punctuation that closes a clause, a spaced dash, or a word that
// opens a new clause, including a concessive one written without a comma ("not a charity whatever
// its website says", "a co-op regardless of what the board claims").
const PHRASE_END = /[,;:.!?()[\]–—]|[\s\u00a0]-[\s\u00a0]|[\s\u00a0](?:that|which|who|whom|whose|where|when|while|whereas|because|since|but|although|though|unless|if|so that|whatever|whoever|whichever|however|regardless|despite|notwithstanding|whether|according to|no matter)(?=[\s\u00a0])/i;

/** The end offset of the phrase starting at `start`, not beyond `limit` nor `maxChars` on. */
export function phraseEnd(text: string, start: number, limit: number, maxChars = 120): number {
  const stop = Math.min(limit, start + maxChars);
  const slice = text.slice(start, stop);
  const m = PHRASE_END.exec(slice);
  let end = m ? start + m.index : stop;
  // keep a closing quote with the phrase, drop trailing spaces
  while (end < stop && /["”’']/.test(text[end])) end++;
  while (end > start && /[\s\u00a0]/.test(text[end - 1])) end--;
  return end;
}

/** Denial of what follows: "misinformation ... that X is Y", "it is not true that", "denied that". */
export const DENIAL_CUE = /\b(?:misinformation|disinformation|myths?|falsehoods?|lies|untrue|false(?:ly)?|wrong(?:ly)?|mistaken(?:ly)?|inaccurate(?:ly)?|misleading(?:ly)?|erroneous(?:ly)?|baseless|deny|denies|denied|denying|refute[sd]?|rebut(?:s|ted)?|not true|nonsense)\b/i;
