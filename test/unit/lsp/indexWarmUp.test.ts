import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus, type AnalysisSetup } from '../../../server/src/engine/corpus';
import { analyseDocument } from '../../../server/src/engine/corpus/documentAnalysis';
import type { DocumentAnalysis } from '../../../server/src/engine/types';
import { loadFiles, type DiskFile } from '../../../server/src/lsp/corpusFilesLoader';
import { CorpusState } from '../../../server/src/lsp/corpusState';
import { EngineWarmUp, WARM_UP_MAX_TEXT, type WarmUpSource } from '../../../server/src/lsp/engineWarmUp';
import { documentKey, uriOfPath } from '../../../server/src/lsp/uris';
import type { AnalysisPool } from '../../../server/src/lsp/workers/analysisPool';

// The main thread warms its engine up during the first index by analysing a share of the corpus
// itself, whenever the workers' queue is full (engineWarmUp.ts, corpusFilesLoader.ts).

const seeds = join(__dirname, '..', '..', '..', 'seeds');
let folder: string;
let files: DiskFile[];
let longFiles: DiskFile[];

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'policy-lens-index-warm-up-'));
  const texts = readdirSync(seeds).map((name) => readFileSync(join(seeds, name), 'utf8'));
  const write = (name: string, text: string): DiskFile => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return { path, origin: 'workspace' };
  };
  files = Array.from({ length: 90 }, (_, i) => write(`doc-${i}.txt`, `Published ${1 + (i % 27)} March 2014.\n\n${texts[i % texts.length]}`.slice(0, 6_000)));
  const long = texts.join('\n\n').repeat(Math.ceil((WARM_UP_MAX_TEXT + 1) / texts.join('\n\n').length));
  longFiles = Array.from({ length: 40 }, (_, i) => write(`long-${i}.txt`, `${i}\n\n${long}`));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * A pool of two workers, each answering one text at a time a few milliseconds after the last, with
 * the engine's analysis; it counts what is in flight.
 */
function fakePool() {
  const queues = [Promise.resolve(), Promise.resolve()];
  const pool = {
    size: 2,
    usable: true,
    sent: 0,
    inFlight: 0,
    mostInFlight: 0,
    analyse(text: string, setup: AnalysisSetup): Promise<DocumentAnalysis> {
      const worker = pool.sent++ % 2;
      pool.inFlight++;
      pool.mostInFlight = Math.max(pool.mostInFlight, pool.inFlight);
      const answered = queues[worker].then(() => new Promise<void>((resolve) => setTimeout(resolve, 3)));
      queues[worker] = answered;
      return answered.then(() => {
        pool.inFlight--;
        return JSON.parse(JSON.stringify(analyseDocument(text, setup.options, setup.rules))) as DocumentAnalysis;
      });
    },
  };
  return pool;
}

function warmUpOver(state: CorpusState, duringIndexBytes: number, typing = () => false): EngineWarmUp {
  const source: WarmUpSource = {
    documents: () => state.engine.documents(),
    textOf: (doc) => state.engine.get(doc)?.text,
    setupOf: (doc) => state.engine.analysisSetup(doc),
    typing,
  };
  return new EngineWarmUp(source, { budgetBytes: 1e9, duringIndexBytes, analyse: () => ({ entities: [], claims: [] }) });
}

type IndexWarmUp = NonNullable<Parameters<typeof loadFiles>[3]['warmUp']>;

async function index(list: readonly DiskFile[], warmUp: IndexWarmUp | undefined, pool = fakePool(), state = new CorpusState(new Corpus(), (error) => { throw error; })) {
  const finished = await loadFiles(
    state,
    list,
    Infinity,
    { progress: () => undefined, loaded: () => undefined, skipped: (key, _file, reason) => { throw new Error(`${key}: ${reason}`); }, superseded: () => false, deletionsReported: () => 0, warmUp },
    pool as unknown as AnalysisPool,
  );
  expect(finished).toBe(true);
  return { state, pool };
}

describe('warming the main thread up during the first index', () => {
  it('analyses a share of the texts on the main thread while the workers are busy, spread over the index, and builds the same corpus', async () => {
    const plain = await index(files, undefined);
    const state = new CorpusState(new Corpus(), (error) => { throw error; });
    const warmUp = warmUpOver(state, 60_000);
    const takenAt: number[] = [];
    const recorded: IndexWarmUp = {
      wantedDuringIndex: (done) => warmUp.wantedDuringIndex(done),
      takeDuringIndex: (length, done) => {
        const before = warmUp.analysedBytes;
        const taken = warmUp.takeDuringIndex(length, done);
        if (taken) {
          takenAt.push(done);
          // Never ahead of its share of the index so far.
          expect(before).toBeLessThan(60_000 * done);
        }
        return taken;
      },
    };
    const { pool } = await index(files, recorded, fakePool(), state);
    const here = files.length - pool.sent;
    expect(here).toBe(takenAt.length);
    expect(here).toBeGreaterThan(4);
    expect(pool.sent).toBeGreaterThan(here);
    expect(warmUp.analysedBytes).toBeGreaterThan(30_000);
    expect(warmUp.analysedBytes).toBeLessThan(60_000 + 6_000);
    // Some in each half of the index.
    expect(takenAt.some((done) => done < 0.5) && takenAt.some((done) => done >= 0.5)).toBe(true);
    // The workers' queue never grows past its bound (two workers, 16 texts each) by more than one.
    expect(pool.mostInFlight).toBeLessThanOrEqual(33);
    const docs = plain.state.engine.documents().sort();
    expect(state.engine.documents().sort()).toEqual(docs);
    for (const doc of docs) expect(state.engine.get(doc)?.analysis).toEqual(plain.state.engine.get(doc)?.analysis);
  });

  it('takes no text while the queue has room, none while the researcher types, and no long one', async () => {
    const fewer = files.slice(0, 30);
    const { pool: roomy } = await index(fewer, warmUpOver(new CorpusState(new Corpus(), () => undefined), 1e9));
    expect(roomy.sent).toBe(fewer.length);
    const { pool: typed } = await index(files, warmUpOver(new CorpusState(new Corpus(), () => undefined), 1e9, () => true));
    expect(typed.sent).toBe(files.length);
    const warmUp = warmUpOver(new CorpusState(new Corpus(), () => undefined), 1e9);
    const { pool: long } = await index(longFiles, warmUp);
    expect(long.sent).toBe(longFiles.length);
    expect(long.mostInFlight).toBeLessThanOrEqual(33);
    expect(warmUp.analysedBytes).toBe(0);
  });

  it('leaves to the warm-up after the index what the index did not cover of the budget', async () => {
    const state = new CorpusState(new Corpus(), (error) => { throw error; });
    const analysed: string[] = [];
    const source: WarmUpSource = {
      documents: () => state.engine.documents(),
      textOf: (doc) => state.engine.get(doc)?.text,
      setupOf: (doc) => state.engine.analysisSetup(doc),
      typing: () => false,
    };
    const warmUp = new EngineWarmUp(source, { budgetBytes: 60_000, duringIndexBytes: 30_000, analyse: (text) => (analysed.push(text), { entities: [], claims: [] }) });
    await index(files, warmUp, fakePool(), state);
    const duringIndex = warmUp.analysedBytes;
    expect(duringIndex).toBeGreaterThan(10_000);
    expect(duringIndex).toBeLessThan(30_000 + 6_000);
    await warmUp.start();
    const after = analysed.reduce((sum, text) => sum + text.length, 0);
    expect(after).toBeGreaterThanOrEqual(60_000 - duringIndex);
    expect(after).toBeLessThan(60_000 - duringIndex + 6_000);
    // Once the warm-up after the index has started, the next index takes nothing.
    expect(warmUp.takeDuringIndex(10, 1)).toBe(false);
    expect(state.engine.get(documentKey(uriOfPath(files[0].path)))).toBeDefined();
  });
});
