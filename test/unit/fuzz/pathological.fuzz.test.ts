import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoundedWorker } from '../../support/boundedWorker';
import { repoRoot } from './arbitraries';
import { pathologicalInputs, regexLiterals, type FoundPattern } from './regexCatalogue';
import type { EngineJob, EngineJobResult } from './workers/engineWorker';

// Catastrophic backtracking and quadratic loops, caught by a bound in the harness rather than by a
// wall-clock assertion: every job runs in a worker thread, and a job still running when its bound
// passes is a failure (the worker is terminated and the next job gets a fresh one). The bounds are
// generous, 10–20 times what the work takes on an idle machine, because runaway work misses them
// by orders of magnitude: exponential backtracking never finishes, quadratic work on 100 KB takes
// minutes.
//
// 1. Every regular expression in the server: the literals in its sources, and the patterns the
//    engine builds at run time (recorded by wrapping the RegExp constructor), each run over runs of
//    the characters and words it mentions.
// 2. The whole analysis on a crafted 100 KB input per recogniser family.
// 3. Linear time: one long text against the same amount of text in short ones, timed in the worker.

// The bounds are wall time (a runaway pattern can only be stopped by terminating its worker): the
// slowest crafted 100 KB input takes 0.7 s alone on the 2-core machine, and about 2 s only with seven
// other processes busy, so run this file on a machine that is not otherwise loaded.
const PATTERN_BOUND_MS = 2_000;
const ANALYSIS_BOUND_MS = 2_000;
const SIZE = 100_000;

const seedsText = readdirSync(join(repoRoot, 'seeds'))
  .map((name) => readFileSync(join(repoRoot, 'seeds', name), 'utf8'))
  .join('\n\n');

const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** A crafted input per recogniser family, each built to keep that family's patterns and walks busy. */
export const FAMILY_INPUTS: Record<string, (size: number) => string> = {
  'seed prose': (size) => fill(seedsText, size),
  'money: currency signs, amounts and scales': (size) => fill('£1.5 billion £10million ££££ £1, £ 3 $2bn €4.5m £1,000,000,000 ', size),
  'money: one endless amount': (size) => '£' + fill('1,', size - 1),
  'percentages: per cents and signs': (size) => fill('49.9% 50.1 per cent per cent %% over 60 per cent around 80% ', size),
  'percentages: digits and points with no sign': (size) => fill('1.', size),
  'dates: full dates, months, years and ranges': (size) => fill('17 November 2010, Monday 3 December 2003-2015 2012/13/14 ', size),
  'dates: an endless range': (size) => fill('2010-', size),
  'dates: month names with nothing after': (size) => fill('November December January ', size),
  'quantities: counts with nouns and hedges': (size) => fill('approximately 1000 healthcare co-ops, more than 550 staff of the larger ', size),
  'quantities: hedges with no number': (size) => fill('more than about nearly almost up to at least ', size),
  'organisations: an endless "of" name': (size) => fill('Department of ', size),
  'organisations: names, legal forms and acronyms': (size) => fill('Circle Partnership Ltd The King’s Fund KF NHS 3SC Co-operatives UK LLP plc ', size),
  'organisations: one capitalised word after another': (size) => fill('Aa ', size),
  'organisations: names joined by "and"': (size) => fill('Health and ', size),
  'people: honorifics with no name': (size) => fill('Mr Dr Professor Sir ', size),
  'people: given names and surnames': (size) => fill('Ed Mayo Ali Parsa Andrew Lansley Mayo ', size),
  'roles: titles with nobody holding them': (size) => fill('Minister for the Cabinet Office Secretary General of the ', size),
  'claims: categories, denials and ownership': (size) =>
    fill('Circle Health is not an employee-owned co-operative. 49.9% of Circle Health is owned by its staff. Ed Mayo, Secretary General of Co-operatives UK, said Circle Health is a mutual. The NHS employs 770 staff. Is it a mutual? ', size),
  'sentences: endless punctuation': (size) => fill('.', size),
  'sentences: brackets and quotes never closed': (size) => fill('(“‘[', size),
  'lines: endless CRLF and lone CR': (size) => fill('\r\n\r', size),
  'unicode: emoji, combining marks, zero-width and RTL': (size) => fill('😀e\u0301\u200B\u202Eمرحبا\u00A0', size),
  'one word with no space': (size) => fill('Abcdefghij', size),
  'one number with no space': (size) => fill('1234567890', size),
};

/**
 * A cue each extractor or recogniser starts from, followed by one endless word in the same
 * sentence: a pattern that may start inside a word re-reads the word from every letter.
 */
const CUES_BEFORE_A_LONG_WORD = [
  'Staff hold a majority stake',
  '49.9% of Circle Health is owned by',
  'The chief executive’s total pay was',
  'Circle Health is not an employee-owned co-operative, said',
  'Mr',
  'more than',
  '£',
  'per cent of',
  'Secretary General of',
  'announced on 17 November',
  'Published',
];
for (const cue of CUES_BEFORE_A_LONG_WORD) {
  FAMILY_INPUTS[`"${cue}" and then one endless word`] = (size) => `${cue} ${fill('b', size - cue.length - 2)}.`;
}

let runner: BoundedWorker<EngineJob, EngineJobResult>;
const report: string[] = [];

beforeAll(() => {
  runner = new BoundedWorker(join(__dirname, 'workers', 'engineWorker.ts'));
});
afterAll(async () => {
  await runner.dispose();
  console.log(report.join('\n'));
});

async function patternsThatRunAway(patterns: readonly FoundPattern[]): Promise<string[]> {
  const failures: string[] = [];
  for (const pattern of patterns) {
    for (const input of pathologicalInputs(pattern.source)) {
      const outcome = await runner.run({ kind: 'regex', source: pattern.source, flags: pattern.flags, input }, PATTERN_BOUND_MS);
      regexRuns++;
      if (!outcome.ok) {
        failures.push(`${pattern.where} /${pattern.source}/${pattern.flags} on ${JSON.stringify(input.slice(0, 12))}…: ${outcome.message}`);
        break;
      }
    }
  }
  return failures;
}
let regexRuns = 0;

describe('every regular expression in the server on inputs crafted to make it backtrack', () => {
  it('each literal pattern in the sources finishes within the bound on every crafted input', async () => {
    const literals = regexLiterals(repoRoot, ['server/src']);
    expect(literals.length).toBeGreaterThan(100);
    const failures = await patternsThatRunAway(literals);
    report.push(`regex literals: ${literals.length}, runs on crafted inputs so far: ${regexRuns}, runaways: ${failures.length}`);
    expect(failures).toEqual([]);
  }, 600_000);

  it('each pattern the engine builds at run time finishes within the bound on every crafted input', async () => {
    const outcome = await runner.run({ kind: 'constructed-patterns', text: seedsText }, 30_000);
    if (!outcome.ok) throw new Error(outcome.message);
    const built = (outcome.result.patterns ?? []).map((p) => ({ where: 'built at run time', ...p }));
    const failures = await patternsThatRunAway(built);
    report.push(`patterns built at run time: ${built.length}, runs on crafted inputs so far: ${regexRuns}, runaways: ${failures.length}`);
    expect(failures).toEqual([]);
  }, 600_000);
});

describe('the whole analysis on a crafted 100 KB input per recogniser family', () => {
  it.each(Object.keys(FAMILY_INPUTS))('%s: finishes within the bound, with well-formed spans', async (family) => {
    const text = FAMILY_INPUTS[family]!(SIZE);
    const outcome = await runner.run({ kind: 'analyse', text, checkSpans: true }, ANALYSIS_BOUND_MS);
    if (!outcome.ok) throw new Error(`${family}: ${outcome.message}`);
    report.push(`100 KB ${family}: ${outcome.result.ms.toFixed(0)} ms, ${outcome.result.entities} entities, ${outcome.result.claims} claims`);
    expect(outcome.result.problems).toEqual([]);
  }, 30_000);
});

describe('analysis time grows linearly with the text', () => {
  // One 320 KB text against eight 40 KB texts of the same kind: the same amount of text, so linear
  // work takes about the same time, and quadratic work takes 8 times as long. A ratio of 4 leaves
  // room for a loaded machine; a ratio over it is measured once more before it fails.
  const PART = 40_000;
  const PARTS = 8;
  const LIMIT = 4;
  const cases = [
    'seed prose',
    'money: currency signs, amounts and scales',
    'percentages: per cents and signs',
    'dates: full dates, months, years and ranges',
    'quantities: counts with nouns and hedges',
    'organisations: names, legal forms and acronyms',
    'people: given names and surnames',
    'claims: categories, denials and ownership',
  ];
  it.each(cases)('%s: one text 8 times as long takes about as long as 8 short ones', async (family) => {
    const make = FAMILY_INPUTS[family]!;
    const timed = async (job: EngineJob) => {
      const outcome = await runner.run(job, 20_000);
      if (!outcome.ok) throw new Error(`${family}: ${outcome.message}`);
      return outcome.result.ms;
    };
    let ratio = Infinity;
    let detail = '';
    for (let attempt = 0; attempt < 2 && ratio >= LIMIT; attempt++) {
      const short = await timed({ kind: 'analyse-all', texts: Array.from({ length: PARTS }, () => make(PART)) });
      const long = await timed({ kind: 'analyse', text: make(PART * PARTS) });
      ratio = long / Math.max(short, 1);
      detail = `${PARTS} × ${PART / 1000} KB: ${short.toFixed(0)} ms, ${(PART * PARTS) / 1000} KB: ${long.toFixed(0)} ms (×${ratio.toFixed(2)})`;
    }
    report.push(`linear ${family}: ${detail}`);
    expect(ratio, detail).toBeLessThan(LIMIT);
  }, 90_000);
});
