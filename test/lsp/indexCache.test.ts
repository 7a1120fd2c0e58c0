import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Corpus } from '../../server/src/engine/corpus';
import type { AliasLink, AnalyseOptions, EntityOverride } from '../../server/src/engine/types';
import { loadFiles, type DiskFile, type LoadTimings } from '../../server/src/lsp/corpusFilesLoader';
import { CorpusState } from '../../server/src/lsp/corpusState';
import { CacheFileReader, CacheFileWriter } from '../../server/src/lsp/indexCache/cacheFile';
import { IndexCache, INDEX_CACHE_FILE_NAME } from '../../server/src/lsp/indexCache/indexCache';
import { documentKey, uriOfPath } from '../../server/src/lsp/uris';
import { AnalysisPool } from '../../server/src/lsp/workers/analysisPool';
import { repoRoot, seedsDir } from './harness/lspClient';
import { expectSameCorpus } from './harness/sameCorpus';

// Indexing with the index cache: a file's cached analysis is reused only when its bytes, the
// engine build and the analysis setup (aliases, rules, the file's overrides) are those it was
// computed from, and a corpus indexed from a warm cache is exactly the one indexed without a cache.
// The workers are the bundled ones (dist/, built by globalSetup), so this is the code the server runs.

const fixtureDirs = [seedsDir, ...['heldout', 'heldout2', 'heldout3', 'heldout4'].map((set) => join(repoRoot, 'test/fixtures', set))];
const ALIASES: readonly AliasLink[] = [{ surface: 'the Fund', canonical: 'org:test-fund', canonicalName: 'Test Fund', type: 'organisation' }];
const OTHER_ALIASES: readonly AliasLink[] = [...ALIASES, { surface: 'the Board', canonical: 'org:test-board', canonicalName: 'Test Board', type: 'organisation' }];
const ENGINE = 'engine-build-1';

let root: string;
let workspace: string;
let files: DiskFile[];
let cacheDir: string;
let pool: AnalysisPool;

interface Setup {
  aliases?: readonly AliasLink[];
  /** One document and its overrides. */
  overridden?: { doc: string; overrides: EntityOverride[] };
  engine?: string;
  /** No cache at all. */
  noCache?: boolean;
  /** Supersede the index after this many files. */
  supersedeAfter?: number;
  /** Called once half the files are indexed. */
  midway?: () => void;
}

interface Indexed {
  corpus: Corpus;
  timings: LoadTimings;
  logs: string[];
  finished: boolean;
  cacheLine?: string;
}

/** Texts that differ in their figures and dates, so that documents conflict with each other. */
function variant(text: string, i: number): string {
  const figures = text.replace(/\d+(?:\.\d+)?/g, (n) => String(Number(n) + (i % 7)));
  return `Published ${1 + (i % 27)} March 20${10 + (i % 9)}.\u00a0“Quoted” — 𝔘nicode ${i}.\n\n${figures}`;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'policy-lens-index-cache-'));
  workspace = mkdtempSync(join(root, 'ws-'));
  const sources = fixtureDirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(dir, name), 'utf8')));
  files = [];
  sources.forEach((text, s) => {
    for (let i = 0; i < 2; i++) {
      const path = join(workspace, `doc-${String(s).padStart(2, '0')}-${i}.txt`);
      writeFileSync(path, i === 0 ? text : variant(text, s + i));
      files.push({ path, origin: 'workspace' });
    }
  });
  const created = AnalysisPool.create(join(repoRoot, 'dist'));
  if (!created) throw new Error('dist/analysisWorker.js is not built');
  pool = created;
});

afterAll(() => {
  pool?.dispose();
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  cacheDir = mkdtempSync(join(root, 'storage-'));
});

const cachePath = () => join(cacheDir, INDEX_CACHE_FILE_NAME);
const keyOf = (file: DiskFile) => documentKey(uriOfPath(file.path));

/** Indexes the workspace as the server's first index does, with the cache in cacheDir unless told otherwise. */
async function index(setup: Setup = {}): Promise<Indexed> {
  const aliases = setup.aliases ?? ALIASES;
  const analyseOptions = (doc: string): AnalyseOptions => ({ aliases, overrides: setup.overridden?.doc === doc ? setup.overridden.overrides : [] });
  const state = new CorpusState(new Corpus({ analyseOptions }), (error) => {
    throw error;
  });
  state.deferConflictChecks();
  const logs: string[] = [];
  const cache = setup.noCache ? undefined : IndexCache.open({ directory: cacheDir, engine: setup.engine ?? ENGINE, log: (line) => logs.push(line) });
  const timings: LoadTimings = { readMs: 0, mergeMs: 0 };
  const skipped: string[] = [];
  let indexed = 0;
  const finished = await loadFiles(
    state,
    files,
    Infinity,
    {
      progress: (count) => {
        indexed = count;
        if (count === Math.floor(files.length / 2)) setup.midway?.();
      },
      loaded: () => undefined,
      skipped: (key, _file, reason) => skipped.push(`${key}: ${reason}`),
      superseded: () => setup.supersedeAfter !== undefined && indexed >= setup.supersedeAfter,
      deletionsReported: () => 0,
    },
    pool,
    timings,
    cache,
  );
  expect(skipped).toEqual([]);
  if (!finished) {
    await cache?.abandon();
    return { corpus: state.engine, timings, logs, finished };
  }
  state.resumeConflictChecks('index');
  const cacheLine = await cache?.finish();
  return { corpus: state.engine, timings, logs, finished, cacheLine };
}

describe('indexing with the index cache', () => {
  it('analyses every file into an empty cache, then reuses every analysis, building exactly the corpus an index without a cache builds', async () => {
    const withoutCache = await index({ noCache: true });
    const cold = await index();
    expect(cold.timings).toMatchObject({ analysed: files.length });
    expect(cold.timings.reused ?? 0).toBe(0);
    expect(cold.cacheLine).toMatch(new RegExp(`wrote ${files.length} analyses`));
    const warm = await index();
    expect(warm.timings).toMatchObject({ reused: files.length });
    expect(warm.timings.analysed ?? 0).toBe(0);
    // The fixture exercises conflicts and aliases.
    expect(withoutCache.corpus.conflicts().length).toBeGreaterThan(10);
    expect(withoutCache.corpus.mentionsOf('org:test-fund').length).toBeGreaterThan(0);
    expectSameCorpus(cold.corpus, withoutCache.corpus);
    expectSameCorpus(warm.corpus, withoutCache.corpus);
    // The warm index wrote the cache again, whole: a third start reuses everything too.
    expect((await index()).timings.reused).toBe(files.length);
  }, 120000);

  it('analyses again a file whose bytes changed, and only that file', async () => {
    await index();
    const changed = files[5];
    const original = readFileSync(changed.path);
    try {
      writeFileSync(changed.path, `${original.toString('utf8')}\nThe council said the Fund's budget was £4 million in 2012.\n`);
      const warm = await index();
      expect(warm.timings).toMatchObject({ analysed: 1, reused: files.length - 1 });
      expectSameCorpus(warm.corpus, (await index({ noCache: true })).corpus);
      expect(warm.corpus.get(keyOf(changed))!.text).toContain('£4 million in 2012');
    } finally {
      writeFileSync(changed.path, original);
    }
  }, 120000);

  it('analyses every file again when the aliases change (they apply to every file), and reuses them under the new aliases next time', async () => {
    await index();
    const changed = await index({ aliases: OTHER_ALIASES });
    expect(changed.timings).toMatchObject({ analysed: files.length });
    expect(changed.timings.reused ?? 0).toBe(0);
    expectSameCorpus(changed.corpus, (await index({ noCache: true, aliases: OTHER_ALIASES })).corpus);
    expect((await index({ aliases: OTHER_ALIASES })).timings.reused).toBe(files.length);
    // Equal aliases in another array are the same setup.
    expect((await index({ aliases: [...OTHER_ALIASES] })).timings.reused).toBe(files.length);
  }, 120000);

  it('analyses every file again when the conflict rules are not those the cache was made with', async () => {
    await index();
    const rules = structuredClone(new Corpus().analysisSetup('x')!.rules);
    rules.numeric.aroundRelative += 0.01;
    const state = new CorpusState(new Corpus({ analyseOptions: () => ({ aliases: ALIASES, overrides: [] }), rules }), () => undefined);
    const cache = IndexCache.open({ directory: cacheDir, engine: ENGINE, log: () => undefined });
    const timings: LoadTimings = { readMs: 0, mergeMs: 0 };
    const callbacks = { progress: () => undefined, loaded: () => undefined, skipped: () => undefined, superseded: () => false, deletionsReported: () => 0 };
    await loadFiles(state, files, Infinity, callbacks, pool, timings, cache);
    await cache.abandon();
    expect(timings).toMatchObject({ analysed: files.length });
    expect(timings.reused ?? 0).toBe(0);
  }, 120000);

  it("analyses again only the file whose annotation overrides changed", async () => {
    await index();
    const doc = keyOf(files[3]);
    const overridden = { doc, overrides: [{ action: 'tag', start: 0, end: 9, type: 'organisation', canonical: 'org:test-override', canonicalName: 'Override' }] as EntityOverride[] };
    const warm = await index({ overridden });
    expect(warm.timings).toMatchObject({ analysed: 1, reused: files.length - 1 });
    expect(warm.corpus.mentionsOf('org:test-override')).toHaveLength(1);
    expectSameCorpus(warm.corpus, (await index({ noCache: true, overridden })).corpus);
    // The same overrides again: reused.
    expect((await index({ overridden })).timings.reused).toBe(files.length);
  }, 120000);

  it('analyses every file again for another engine build, saying so once in the log', async () => {
    await index();
    const other = await index({ engine: 'engine-build-2' });
    expect(other.timings).toMatchObject({ analysed: files.length });
    expect(other.logs).toEqual([expect.stringMatching(/ignored .*another build of the engine/)]);
    expect((await index({ engine: 'engine-build-2' })).timings.reused).toBe(files.length);
  }, 120000);

  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length * 0.6))],
    ['garbage', () => Buffer.from('\u0000\u0001 not a cache at all \n{"entities":[]}')],
    ['empty', () => Buffer.alloc(0)],
  ])('ignores a cache file that is %s, with one line in the log, and replaces it', async (_what, spoil) => {
    await index();
    writeFileSync(cachePath(), spoil(readFileSync(cachePath())));
    const afterSpoiling = await index();
    expect(afterSpoiling.timings).toMatchObject({ analysed: files.length });
    expect(afterSpoiling.logs).toHaveLength(1);
    expect(afterSpoiling.logs[0]).toMatch(/^Index cache: ignored /);
    expectSameCorpus(afterSpoiling.corpus, (await index({ noCache: true })).corpus);
    const next = await index();
    expect(next.logs).toEqual([]);
    expect(next.timings.reused).toBe(files.length);
  }, 120000);

  it('analyses the file of a damaged record instead of taking it, and puts the right analysis in the corpus', async () => {
    await index();
    const bytes = readFileSync(cachePath());
    // Somewhere inside the first body (after the header line): an entity offset, a letter of a name.
    const at = bytes.indexOf('"start":', bytes.indexOf('\n')) + 8;
    bytes[at] = bytes[at] === 0x31 ? 0x32 : 0x31;
    writeFileSync(cachePath(), bytes);
    const warm = await index();
    expect(warm.timings).toMatchObject({ analysed: 1, reused: files.length - 1 });
    expect(warm.cacheLine).toMatch(/1 damaged record/);
    expectSameCorpus(warm.corpus, (await index({ noCache: true })).corpus);
  }, 120000);

  it('refuses a record whose bytes are intact but which does not read as an analysis of its text, and analyses the file', async () => {
    await index();
    const probe = IndexCache.open({ directory: mkdtempSync(join(root, 'probe-')), engine: ENGINE, log: () => undefined });
    const setup = new Corpus({ analyseOptions: () => ({ aliases: ALIASES, overrides: [] }) }).analysisSetup('x')!;
    const key = probe.keyOf(readFileSync(files[0].path), setup);
    await probe.abandon();
    // A cache written by something else under the right name: entities past the end of the text.
    const writer = CacheFileWriter.begin(cachePath(), ENGINE, Infinity);
    writer.add(key, 10, JSON.stringify({ entities: [{ start: 0, end: 999999, type: 'organisation', text: 'x' }], claims: [] }));
    await writer.commit();
    const warm = await index();
    expect(warm.timings).toMatchObject({ analysed: files.length });
    expect(warm.cacheLine).toMatch(/1 damaged record/);
    expectSameCorpus(warm.corpus, (await index({ noCache: true })).corpus);
  }, 120000);

  it('leaves the old cache in place when the index is superseded, and never shows a partial file under the cache name', async () => {
    await index();
    const before = readFileSync(cachePath());
    const seenMidway: number[] = [];
    const superseded = await index({
      aliases: OTHER_ALIASES,
      supersedeAfter: files.length - 3,
      midway: () => {
        const reader = CacheFileReader.open(cachePath(), ENGINE);
        if (reader instanceof CacheFileReader) {
          seenMidway.push(reader.size);
          reader.close();
        }
      },
    });
    expect(superseded.finished).toBe(false);
    expect(seenMidway).toEqual([files.length]);
    expect(readFileSync(cachePath()).equals(before)).toBe(true);
    // No temporary file is left beside it.
    expect(readdirSync(cacheDir)).toEqual([INDEX_CACHE_FILE_NAME]);
  }, 120000);

  it('keeps analyses off the heap while writing: the cache grows on disk during the index', async () => {
    const sizes: number[] = [];
    await index({
      midway: () => {
        const temporary = readdirSync(cacheDir).find((name) => name.startsWith(`.${INDEX_CACHE_FILE_NAME}.tmp-`));
        sizes.push(temporary ? statSync(join(cacheDir, temporary)).size : 0);
      },
    });
    expect(sizes).toHaveLength(1);
    // Half the files are in by then, so about half the records have been handed to the disk; how many
    // of those writes have landed depends on the machine's load (29% on a loaded 2-core host), while a
    // writer that held its records until the end would show only the header.
    expect(sizes[0]).toBeGreaterThan(0.1 * statSync(cachePath()).size);
  }, 120000);

  it('removes a new cache a stopped server left unfinished', async () => {
    writeFileSync(join(cacheDir, `.${INDEX_CACHE_FILE_NAME}.tmp-999999999-1`), 'left behind');
    await index();
    expect(readdirSync(cacheDir)).toEqual([INDEX_CACHE_FILE_NAME]);
  }, 120000);
});
