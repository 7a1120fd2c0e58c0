import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoundedWorker } from '../../support/boundedWorker';
import { FUZZ_RUNS } from './arbitraries';
import type { EngineJob, EngineJobResult } from './workers/engineWorker';
import { readSharedInput, sharedInput, type FuzzJob } from './workers/fuzzProperties';

// The engine on hostile text: random Unicode (astral, combining, right-to-left, zero-width, lone
// surrogates), every kind of line ending, runs of punctuation, glued words and numbers, mixed with
// real policy prose so that every recogniser and claim extractor fires. Whatever the text, the
// analysis must not throw, and every span must obey the rules in spanRules.ts; and the corpus
// index, fed any sequence of upserts and removals, must equal an index built afresh.
//
// The properties run in a worker thread under a bound (about 20 times what they take on an idle
// machine), so an input that makes the engine loop forever fails the test, naming the input,
// instead of hanging the run.

const ANALYSES_PER_SEED = 20_000;
const CORPUS_ROUNDS_PER_SEED = 1_500;
const BOUND_MS = 180_000;

let runner: BoundedWorker<EngineJob, EngineJobResult>;
let inputs = 0;

beforeAll(() => {
  runner = new BoundedWorker(join(__dirname, 'workers', 'engineWorker.ts'));
});
afterAll(async () => {
  await runner.dispose();
  console.log(`analyse fuzz: ${inputs} generated inputs`);
});

async function fuzz(property: FuzzJob['property'], seed: number, numRuns: number): Promise<void> {
  const current = sharedInput();
  const outcome = await runner.run({ kind: 'fuzz', property, seed, numRuns, current }, BOUND_MS);
  if (!outcome.ok) {
    throw new Error(`${outcome.message} (seed ${seed}); the input being analysed was:\n${JSON.stringify(readSharedInput(current))}`);
  }
  inputs += outcome.result.runs ?? 0;
  expect(outcome.result.problems, `seed ${seed}`).toEqual([]);
}

describe.each(FUZZ_RUNS)('analysing hostile text ($label)', (run) => {
  it('never throws or hangs, and every entity and claim is an exact, well-formed span that overlaps nothing illegally', async () => {
    if (run.label === 'random seed') console.log('fuzz seed', run.seed, `(replay with FUZZ_SEED=${run.seed})`);
    await fuzz('analysis', run.seed, ANALYSES_PER_SEED);
  }, BOUND_MS + 30_000);

  it('keeps the corpus index equal to a fresh one through any sequence of upserts and removals', async () => {
    await fuzz('corpus', run.seed, CORPUS_ROUNDS_PER_SEED);
  }, BOUND_MS + 30_000);
});

describe('regressions the analyse property found', () => {
  // A short text starting with a line break made the closing-lines reader loop forever (author.ts).
  it.each(['\nHello', '\n Wnbaiapproximately  \r\n D the NHS3 December ', '\n\n', '\r\n\nThe NHS.'])('analyses %j within the bound', async (text) => {
    const outcome = await runner.run({ kind: 'analyse', text, checkSpans: true }, 5_000);
    expect(outcome.ok, outcome.ok ? '' : outcome.message).toBe(true);
  });
});

