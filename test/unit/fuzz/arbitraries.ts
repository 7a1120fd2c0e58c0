import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';

// Generators of hostile policy texts for the fuzz properties. A text is a run of fragments drawn
// from three pools: pieces of real policy prose (so the recognisers actually fire and build
// entities and claims), the Unicode that breaks naive offset arithmetic (astral characters,
// combining marks, right-to-left text and controls, zero-width characters, lone surrogates), and
// the line endings and punctuation runs that break naive line and token handling.

/** The repository: found upwards from here, or from the working directory when bundled into a worker elsewhere. */
export const repoRoot = ((): string => {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'seeds')) && existsSync(join(dir, 'package.json'))) return dir;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('cannot find the repository (a folder with seeds/ and package.json)');
})();

/** Words and short phrases of the seed texts, as written (curly quotes and no-break spaces kept). */
const seedFragments: string[] = (() => {
  const dir = join(repoRoot, 'seeds');
  const fragments = new Set<string>();
  for (const name of readdirSync(dir)) {
    const words = readFileSync(join(dir, name), 'utf8').split(/[ \n]+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      fragments.add(words[i]!);
      if (i + 2 < words.length) fragments.add(words.slice(i, i + 3).join(' '));
    }
  }
  return [...fragments];
})();

/** Phrases every recogniser family keys on: names, titles, hedges, currencies, per cents, dates. */
export const CUE_FRAGMENTS = [
  'NHS', 'the NHS', 'Circle Health', 'Circle Partnership Ltd', "The King’s Fund", 'Co-operatives UK', '3SC', 'KF',
  'Department of Health', 'Ltd', 'plc', 'LLP', 'Trust', 'Foundation', 'Mr', 'Dr', 'Professor', 'Sir', 'Ed Mayo', 'Mayo',
  'Andrew Lansley', 'Health Secretary', 'Minister for the Cabinet Office', 'Secretary General', 'chief executive',
  'said', 'is', 'was', 'not', 'an employee-owned', 'co-operative', 'mutual', 'owned by', 'of', 'and', 'the',
  '£', '£10million', '£1.5 billion', '$', '€', 'm', 'bn', '49.9%', '50.1 per cent', 'per cent', 'percent', '%',
  'over', 'more than', 'around', 'about', 'approximately', 'up to', 'at least', 'nearly', 'almost',
  '770 staff', '1,000', '2.9 million', 'million', 'thousand', 'twelve', 'staff', 'members', 'employees',
  '2012/13', '2003-2015', '17 November 2010', 'November 2010', 'Monday', '3 December', '2011', "'11",
  'January', 'announced', 'in', 'on', 'by', 'from', 'to', '.', ',', ';', ':', '?', '!', '(', ')', '-', '–', '—',
  '“', '”', '‘', '’', '"', "'", '/', '&',
];

/** Characters that break offset and line arithmetic written with ASCII in mind. */
export const TRICKY_CHARACTERS = [
  '😀', '👩‍👩‍👧', '🇬🇧', '𝐀', '𝟏', '𠀋', // astral, ZWJ sequence, flag, mathematical letters and digits, CJK extension B
  'e\u0301', '\u0301', '\u0308\u0323', 'Å', // combining marks, alone and stacked
  'مرحبا', 'שלום', '\u202E', '\u202D', '\u200F', '\u200E', '\u2066', '\u2069', // RTL text and bidi controls
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', // zero-width characters and the soft hyphen
  '\u00A0', '\u2009', '\u202F', '\u3000', '\t', '\v', '\f', // unusual spaces
  '\uD83D', '\uDE00', // lone surrogates (an editor can send them; a file decoded as UTF-8 cannot hold them)
  '\u0000', '\u0007', '\u001B[31m', '\uFFFD', '\uFFFF',
  '١٢٣', '５０％', '½', '²', '٪', // other digits, full-width forms, fractions and superscripts
];

export const LINE_BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\r\n', '\u2028', '\u2029', '\u0085'];

/** Punctuation a careless pattern might try to match in a runaway way, repeated. */
export const PUNCTUATION_RUNS = ['.', ',', '-', '–', '/', "'", '’', '(', ')', '%', '£', '&', ' ', '*', '|', '[', ']', '\\'];

const seedFragment = fc.constantFrom(...seedFragments);
const cueFragment = fc.constantFrom(...CUE_FRAGMENTS);
const trickyCharacter = fc.constantFrom(...TRICKY_CHARACTERS);
const lineBreak = fc.constantFrom(...LINE_BREAKS);
const punctuationRun = fc
  .tuple(fc.constantFrom(...PUNCTUATION_RUNS), fc.integer({ min: 2, max: 40 }))
  .map(([mark, times]) => mark.repeat(times));
/** Any code points, astral planes included (fast-check's "binary" unit). */
const anyUnicode = fc.string({ unit: 'binary', maxLength: 6 });
const number = fc
  .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.constantFrom('', '.5', ',000', '%', ' per cent', 'm', ' million', 'bn'))
  .map(([n, suffix]) => `${n}${suffix}`);
const capitalisedWord = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZÉØ'), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéøü'), maxLength: 9 }))
  .map(([initial, rest]) => initial + rest);
const space = fc.constantFrom(' ', ' ', ' ', '\u00A0', '');

const fragment = fc.oneof(
  { weight: 6, arbitrary: seedFragment },
  { weight: 6, arbitrary: cueFragment },
  { weight: 3, arbitrary: capitalisedWord },
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: trickyCharacter },
  { weight: 2, arbitrary: lineBreak },
  { weight: 1, arbitrary: punctuationRun },
  { weight: 2, arbitrary: anyUnicode },
);

/** A hostile policy text of up to `maxFragments` fragments, mostly separated by spaces. */
export function policyText(maxFragments = 40): fc.Arbitrary<string> {
  return fc.array(fc.tuple(fragment, space), { maxLength: maxFragments }).map((parts) => parts.map(([f, s]) => f + s).join(''));
}

/** Texts made mostly of line breaks of every kind, for the line and position conversions. */
export function lineHeavyText(): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 3, arbitrary: lineBreak }, { weight: 2, arbitrary: trickyCharacter }, { weight: 2, arbitrary: fc.string({ maxLength: 4 }) }), { maxLength: 30 })
    .map((parts) => parts.join(''));
}

/**
 * The seeds the fuzz suites run with: a fixed one, so a failure reproduces from the log alone, and
 * a fresh one per run (printed) so that CI keeps exploring. FUZZ_SEED replays a printed seed.
 */
export const FIXED_SEED = 20240501;
export const RANDOM_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) >>> 0;

export interface FuzzRun {
  label: string;
  seed: number;
}

export const FUZZ_RUNS: readonly FuzzRun[] = [
  { label: 'fixed seed', seed: FIXED_SEED },
  { label: 'random seed', seed: RANDOM_SEED },
];

/** Inputs generated so far in this test file, summed into the suite's report. */
export const fuzzCount = { inputs: 0 };

/** Runs a property with a seed, counting its inputs; prints the seed so any failure can be replayed. */
let seedPrinted = false;
export function checkProperty<T>(property: fc.IProperty<T>, run: FuzzRun, numRuns: number): void {
  if (run.label === 'random seed' && !seedPrinted) {
    seedPrinted = true;
    console.log('fuzz seed', run.seed, `(replay with FUZZ_SEED=${run.seed})`);
  }
  fc.assert(property, { seed: run.seed, numRuns });
  fuzzCount.inputs += numRuns;
}
