import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClauseMoods } from '../../../server/src/engine/claims/clauseMood';
import { splitSentences, type SentenceSpan } from '../../../server/src/engine/claims/sentences';

// A text's mood words have their scopes worked out only when a reading asks about their sentence
// (claims/clauseMood.ts). Asked in any order, about any stretch, the moods must be those of
// every scope worked out first, in text order, as before the scopes were lazy: the moods of the
// scopes that start in the asked stretch's sentence, before its end, and end after its start.

const PIECES = [
  'The', 'trust', 'Fenwick', 'could', 'would', 'will', 'Will', 'may', 'May', 'not', 'never', 'if', 'If', 'unless', 'whether',
  'plans', 'to', 'is', 'due', 'no', 'longer', 'asked', 'the', 'council', 'calls', 'on', 'but', 'while', 'and', 'it', 'we',
  'that', 'which', 'didn', "didn't", "'t", 'allegedly', 'cut', '40', 'jobs', 'as', 'long', 'provided', 'that',
];
const GLUE = [' ', ' ', ' ', ', ', '; ', ': ', ' (', ') ', ' — ', ' - ', '. ', '? ', '.\n\n', '\u00a0'];

const texts = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GLUE)), { maxLength: 40 })
  .map((parts) => parts.map(([word, glue]) => word + glue).join(''));
const asks = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 60 })), { maxLength: 30 });

/** Sentences as the claims context finds them; with `gaps`, every other one is not a sentence (a heading, a table). */
function finder(text: string, gaps: boolean): (offset: number) => SentenceSpan | undefined {
  const sentences = splitSentences(text).filter((_, i) => !gaps || i % 2 === 0);
  return (offset) => sentences.find((s) => offset >= s.start && offset < s.end);
}

describe('the moods of clauses, worked out sentence by sentence as asked', () => {
  it('answers any question, in any order, as every scope worked out first would', () => {
    fc.assert(
      fc.property(texts, asks, fc.boolean(), (text, questions, gaps) => {
        const sentenceAt = finder(text, gaps);
        const lazy = new ClauseMoods(text, sentenceAt);
        const scopes = new ClauseMoods(text, sentenceAt).allScopes();
        const expected = (start: number, end: number): number => {
          const floor = sentenceAt(start)?.start ?? start;
          let mood = 0;
          for (const scope of scopes) if (scope.start >= floor && scope.start < end && scope.end > start) mood |= scope.mood;
          return mood;
        };
        const n = text.length + 1;
        for (const [at, length] of questions) {
          const start = at % n;
          const end = Math.min(text.length + 1, start + 1 + length);
          expect(lazy.over(start, end), `[${start}, ${end}) of ${JSON.stringify(text)}`).toBe(expected(start, end));
          expect(lazy.at(start)).toBe(expected(start, start + 1));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds some moods among those questions, so the comparison is not of nothing with nothing', () => {
    const text = 'If the council agrees, the trust will cut 40 jobs. It did not close the ward, but it could.';
    const moods = new ClauseMoods(text, finder(text, false));
    expect(moods.at(text.indexOf('agrees'))).not.toBe(0);
    expect(moods.at(text.indexOf('40'))).not.toBe(0);
    expect(moods.at(text.indexOf('ward'))).not.toBe(0);
    expect(moods.at(text.indexOf('the trust'))).not.toBe(moods.at(text.indexOf('agrees')));
  });
});
