import { ownCopy } from './ownCopy';
import { hashRange } from './rangeHash';

// Memoising a function of a word that is read straight from a range of a text: the answer for a
// word seen before costs a hash of its characters and a comparison with the word kept, with no
// slice of the text and no look-up of a fresh string in a Map (which hashes it again). Words
// repeat heavily (Zipf): the claim extractors normalise about 33,000 words a pass of the bench
// texts, of 399 distinct forms.

/**
 * A direct-mapped cache in front of `compute`: each word has one slot, by its hash; a word that
 * finds its slot taken by another replaces it. Answers are always `compute`'s for the exact
 * characters of the range, so a collision costs only a recomputation. `bits`: log2 of the slots.
 */
export function rangeMemo<T>(compute: (word: string) => T, bits = 12): (text: string, start: number, end: number) => T {
  const mask = (1 << bits) - 1;
  const words: Array<string | undefined> = new Array(mask + 1);
  const answers: Array<T | undefined> = new Array(mask + 1);
  return (text, start, end) => {
    const slot = hashRange(text, start, end) & mask;
    const kept = words[slot];
    if (kept !== undefined && holds(kept, text, start, end)) return answers[slot] as T;
    // Kept beyond this text: a word cut from it would keep the whole text alive (see ownCopy.ts).
    const word = ownCopy(text.slice(start, end));
    const answer = compute(word);
    words[slot] = word;
    answers[slot] = answer;
    return answer;
  };
}

/** True when `word` is text[start, end). */
function holds(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = start; i < end; i++) if (word.charCodeAt(i - start) !== text.charCodeAt(i)) return false;
  return true;
}
