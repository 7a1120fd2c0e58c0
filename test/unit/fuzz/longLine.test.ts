import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../../server/src/files/readText';
import { BoundedWorker } from '../../support/boundedWorker';
import { repoRoot } from './arbitraries';
import type { EngineJob, EngineJobResult } from './workers/engineWorker';

// One 10 MB line with no line break, once per run (not per seed): policy prose with every line
// break turned into a space, so every recogniser and extractor has work all along it. The
// analysis, the conversion of every span to an LSP range, and the span rules must all get through
// it within a bound in the harness; the CLI and the server skip files over their size limit
// (2 MB by default, tested in decoding.fuzz.test.ts), so this is the engine's own margin.

const TEN_MB = 10 * 1024 * 1024;
const BOUND_MS = 120_000;

let runner: BoundedWorker<EngineJob, EngineJobResult>;
beforeAll(() => {
  runner = new BoundedWorker(join(__dirname, 'workers', 'engineWorker.ts'));
});
afterAll(() => runner.dispose());

describe('a 10 MB line with no line break', () => {
  it('decodes, analyses and maps to LSP ranges within the bound, with well-formed spans', async () => {
    const prose = readdirSync(join(repoRoot, 'seeds'))
      .map((name) => readFileSync(join(repoRoot, 'seeds', name), 'utf8'))
      .join(' ')
      .replace(/\r?\n|\r/g, ' ');
    const text = prose.repeat(Math.ceil(TEN_MB / prose.length)).slice(0, TEN_MB);
    expect(text.includes('\n')).toBe(false);
    const decoded = decodeText(new Uint8Array(Buffer.from(text, 'utf8')));
    expect(decoded.ok && decoded.text.length).toBe(text.length);

    const outcome = await runner.run({ kind: 'analyse', text, checkSpans: true }, BOUND_MS);
    if (!outcome.ok) throw new Error(outcome.message);
    console.log(`10 MB line: ${(outcome.result.ms / 1000).toFixed(1)} s, ${outcome.result.entities} entities, ${outcome.result.claims} claims`);
    expect(outcome.result.entities).toBeGreaterThan(10_000);
    expect(outcome.result.problems).toEqual([]);
  }, BOUND_MS + 60_000);
});
