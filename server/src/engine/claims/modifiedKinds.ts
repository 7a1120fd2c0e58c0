// "The merged credit union", "the enlarged housing association", "the district council": a
// definite description of a kind of body with lower-case words between "the" and its head noun.
// Such words either repeat the body's own name ("credit", "housing", "district") or say what
// became of it ("merged", "enlarged"); any other word points at another body ("the county
// council" after a district council, "the other trust", "the ambulance trust"), which the
// description then does not stand for. referents.ts resolves the head noun as it does "the trust";
// this file finds the words and tells whether a named body fits them.

/** Words that give a body's state after a change rather than a part of its name. */
const STATE_WORDS = new Set(['merged', 'enlarged', 'combined', 'new', 'joint', 'single', 'expanded', 'restructured', 'renamed', 'unified', 'amalgamated']);

/** At most this many words between "the" and the head: "the merged credit union". */
const MAX_WORDS = 2;

export interface ModifiedLead {
  /** Offset of "the". */
  start: number;
  /** The words between, lower-case, in text order. */
  words: string[];
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * "the w1 [w2] " right before `head`: one or two lower-case words (letters and hyphens), single
 * spaces, and "the" or "The" after a non-letter. Walks back by character codes; no slicing
 * unless the shape is there.
 */
export function modifiedLead(text: string, head: number): ModifiedLead | undefined {
  let at = head - 1;
  const words: string[] = [];
  for (let n = 0; n <= MAX_WORDS; n++) {
    if (text.charCodeAt(at) !== 32) return undefined;
    const end = at;
    at--;
    while (at >= 0 && (isLower(text.charCodeAt(at)) || text.charCodeAt(at) === 45)) at--;
    const start = at + 1;
    if (start === end) return undefined;
    const word = text.slice(start, end);
    if (word === 'the' && !isLetter(text.charCodeAt(start - 1))) return words.length > 0 ? { start, words: words.reverse() } : undefined;
    if (word === 'he' && text.charCodeAt(start - 1) === 84 && !isLetter(text.charCodeAt(start - 2))) return words.length > 0 ? { start: start - 1, words: words.reverse() } : undefined;
    if (isLetter(text.charCodeAt(start - 1)) || n === MAX_WORDS || word.charCodeAt(0) === 45) return undefined;
    words.push(word);
  }
  return undefined;
}

function isLetter(code: number): boolean {
  return isLower(code) || (code >= 65 && code <= 90) || code > 127;
}

/** Whether a body whose name has `nameWords` (lower-case, singular) fits every word of the description. */
export function fitsModifiers(nameWords: ReadonlySet<string>, words: readonly string[], singular: (word: string) => string): boolean {
  for (const word of words) if (!STATE_WORDS.has(word) && !nameWords.has(word) && !nameWords.has(singular(word))) return false;
  return true;
}
