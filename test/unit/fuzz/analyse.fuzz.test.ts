import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { Corpus } from '../../../server/src/engine/corpus';
import { checkProperty, FUZZ_RUNS, fuzzCount, policyText } from './arbitraries';
import { analysisProblems } from './spanRules';

// The engine on hostile text: random Unicode (astral, combining, right-to-left, zero-width, lone
// surrogates), every kind of line ending, runs of punctuation, glued words and numbers, mixed with
// real policy prose so that every recogniser and claim extractor fires. Whatever the text, the
// analysis must not throw, and every span must obey the rules in spanRules.ts.

const ANALYSES_PER_SEED = 20_000;
const CORPUS_ROUNDS_PER_SEED = 1_500;

describe.each(FUZZ_RUNS)('analysing hostile text ($label)', (run) => {
  it('never throws, and every entity and claim is an exact, well-formed span that overlaps nothing illegally', () => {
    checkProperty(
      fc.property(policyText(40), (text) => {
        const problems = analysisProblems(text, analyse(text));
        if (problems.length > 0) throw new Error(`${problems.slice(0, 3).join('\n')}\nin ${JSON.stringify(text)}`);
      }),
      run,
      ANALYSES_PER_SEED,
    );
  });

  it('keeps the corpus index consistent through any sequence of upserts and removals', () => {
    const doc = fc.constantFrom('a', 'b', 'c');
    const step = fc.oneof(fc.tuple(fc.constant('upsert' as const), doc, policyText(25)), fc.tuple(fc.constant('remove' as const), doc, fc.constant('')));
    checkProperty(
      fc.property(fc.array(step, { maxLength: 6 }), (steps) => {
        const corpus = new Corpus();
        const texts = new Map<string, string>();
        for (const [action, key, text] of steps) {
          if (action === 'upsert') {
            corpus.upsert(key, text);
            texts.set(key, text);
          } else {
            corpus.remove(key);
            texts.delete(key);
          }
        }
        // The index built by deltas equals one built in one go from the final texts.
        const fresh = new Corpus();
        for (const [key, text] of [...texts].sort()) fresh.upsert(key, text);
        expect(corpus.documents().sort()).toEqual(fresh.documents().sort());
        expect(corpus.conflicts()).toEqual(fresh.conflicts());
        for (const key of texts.keys()) {
          for (const entity of corpus.get(key)!.analysis.entities) {
            if (entity.canonical) expect(corpus.mentionsOf(entity.canonical)).toEqual(fresh.mentionsOf(entity.canonical));
          }
        }
      }),
      run,
      CORPUS_ROUNDS_PER_SEED,
    );
  });
});

afterAll(() => {
  console.log(`analyse fuzz: ${fuzzCount.inputs} generated inputs`);
});
