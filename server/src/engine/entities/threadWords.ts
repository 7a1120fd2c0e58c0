import { SPEECH_VERBS, VERBS_AFTER_NAME } from './lexicons/personWords';
import { PHRASE_BREAKERS } from './lexicons/quantityWords';
import { SENTENCE_OPENERS } from './lexicons/sentenceOpeners';
import type { NameScan, NameSpan } from './nameScan';

// Word tests shared by the comment-thread readers (signature.ts, threadHeaders.ts,
// threadLowerCaseNames.ts), so that a header's writer, a bare handle and a lower-case surname
// turn away the same words.

/** Words that can follow or stand beside a name without being part of it: "@dave is right", "@jo agreed". */
export function isFunctionWord(key: string): boolean {
  return SENTENCE_OPENERS.has(key) || PHRASE_BREAKERS.has(key) || SPEECH_VERBS.has(key) || VERBS_AFTER_NAME.has(key);
}

/** The same words, whatever their case: "Jo Bell" and "jo bell" name one writer. */
export function sameWordsAnyCase(scan: NameScan, a: NameSpan, b: NameSpan): boolean {
  return scan.text.slice(a.start, a.end).toLowerCase() === scan.text.slice(b.start, b.end).toLowerCase();
}
