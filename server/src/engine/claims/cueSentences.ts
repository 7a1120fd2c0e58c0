import type { ClaimContext } from './context';
import type { SentenceSpan } from './sentences';

// The sentences that hold one of a few cue words, found by indexOf rather than a pattern over the
// whole text: the extractors that need a rare word ("outright", "dividend") read only those.

export interface Cue {
  /** The word in lower case; its capitalised form is looked for too. */
  word: string;
  /** True when longer words may start with it ("loan" → "loans", "loaned"). */
  prefix?: boolean;
}

const isLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 127;

/** The sentences holding a cue as a word (not inside one: "stake" of "stakeholders", "lent" of "silent"), in order. */
export function cueSentences(context: ClaimContext, cues: readonly Cue[]): SentenceSpan[] {
  const text = context.text;
  const found = new Set<SentenceSpan>();
  for (const { word, prefix } of cues) {
    for (const form of [word, word.charAt(0).toUpperCase() + word.slice(1)]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        if (at > 0 && isLetter(text.charCodeAt(at - 1))) continue;
        if (!prefix && isLetter(text.charCodeAt(at + form.length))) continue;
        const sentence = context.sentenceAt(at);
        if (!sentence) continue;
        found.add(sentence);
        at = Math.max(at, sentence.end - form.length);
      }
    }
  }
  return [...found].sort((a, b) => a.start - b.start);
}
