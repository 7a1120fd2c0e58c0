// Small pieces of English grammar shared by the extractors.

import type { Entity } from '../../types';

export const SPACE = '[\\s\\u00a0]';

/** A word that, right before a name, makes the name an object rather than a clause's subject. */
const PREPOSITION_BEFORE = /(?:^|[\s\u00a0(])(?:of|by|from|with|to|at|for|into|in|on|about|against|than|via|under|over|between|among|towards|through)[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;

/** True when the entity is governed by a preposition ("set up by X", "co-owners of X"). */
export function isPrepositionalObject(text: string, entity: Entity, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, entity.start - 30), entity.start);
  return PREPOSITION_BEFORE.test(before);
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
