import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../server/src/engine/corpus';
import type { AliasLink, AnalyseOptions } from '../../server/src/engine/types';
import { readTextBytes, readTextFile } from '../../server/src/files/readText';
import { loadFiles, type DiskFile, type LoadCallbacks } from '../../server/src/lsp/corpusFilesLoader';
import { CorpusState } from '../../server/src/lsp/corpusState';
import { documentKey, uriOfPath } from '../../server/src/lsp/uris';
import { AnalysisPool } from '../../server/src/lsp/workers/analysisPool';
import { repoRoot, seedsDir } from './harness/lspClient';

// Indexing hands a file to its worker, and to the corpus, as the UTF-8 bytes read from disk: the
// main thread does not decode it. The corpus built so must be the one built from the decoded texts
// in-thread, for the awkward spellings too (a BOM, CRLF, astral characters), and everything on the
// main thread that needs a text must still get it: a seed's twin, an observer of the texts, a
// fallback to analysing in-thread when the pool fails, and a job made stale by a rebuild.

const ALIASES: readonly AliasLink[] = [{ surface: 'the Fund', canonical: 'org:test-fund', canonicalName: 'Test Fund', type: 'organisation' }];
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const analyseOptions = (): AnalyseOptions => ({ aliases: ALIASES });

let folder: string;
let seedTexts: string[];

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'policy-lens-bytes-'));
  seedTexts = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(seedsDir, name), 'utf8'));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes the files into a fresh folder: name → bytes. */
function workspaceOf(files: Record<string, Uint8Array | string>): DiskFile[] {
  const dir = mkdtempSync(join(folder, 'ws-'));
  return Object.entries(files).map(([name, content]) => {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return { path, origin: name.startsWith('seeds/') ? 'seed' : 'workspace' };
  });
}

function newState(): CorpusState {
  return new CorpusState(new Corpus({ analyseOptions }), (error) => {
    throw error;
  });
}

function callbacks(loaded: string[] = [], skipped: string[] = []): LoadCallbacks {
  return {
    progress: () => undefined,
    loaded: (key) => loaded.push(key),
    skipped: (key, _file, reason) => skipped.push(`${key}: ${reason}`),
    superseded: () => false,
    deletionsReported: () => 0,
  };
}

/** The corpus that analysing each file's decoded text in-thread builds, as the CLI reads files. */
function inThreadCorpus(files: readonly DiskFile[]): Corpus {
  const corpus = new Corpus({ analyseOptions });
  for (const file of files) {
    const read = readTextFile(file.path);
    if (read.ok) corpus.upsert(documentKey(uriOfPath(file.path)), read.text);
  }
  return corpus;
}

function expectSameCorpus(actual: Corpus, expected: Corpus): void {
  const docs = expected.documents().sort();
  expect(actual.documents().sort()).toEqual(docs);
  for (const doc of docs) {
    expect(actual.get(doc)!.text).toBe(expected.get(doc)!.text);
    expect(actual.get(doc)!.textLength).toBe(expected.get(doc)!.text.length);
    expect(actual.get(doc)).toEqual(expected.get(doc));
    expect(actual.heldAsString(doc)).toBe(false);
  }
  expect(actual.conflicts()).toEqual(expected.conflicts());
}

function withPool<T>(run: (pool: AnalysisPool) => Promise<T>): Promise<T> {
  const pool = AnalysisPool.create(join(repoRoot, 'dist'));
  expect(pool, 'dist/analysisWorker.js is built').toBeDefined();
  return run(pool!).finally(() => pool!.dispose());
}

/** Texts in the spellings a file on disk may have. */
function awkwardFiles(): Record<string, Uint8Array | string> {
  const [first, second, third] = seedTexts;
  return {
    'bom.txt': Buffer.concat([BOM, Buffer.from(first, 'utf8')]),
    'crlf.txt': second.replace(/\n/g, '\r\n'),
    'astral.txt': `\u{1D518}nicode \u{1F600} first, the Fund says.\n\n${third}\n\u{1F4C8} 12% more.`,
    'empty.txt': '',
    'bom-only.txt': BOM,
  };
}

describe('indexing files as UTF-8 bytes', () => {
  it('builds on workers the corpus that analysing the decoded texts in-thread builds: BOM, CRLF, astral characters, empty files', async () => {
    const files = workspaceOf(awkwardFiles());
    const state = newState();
    const skipped: string[] = [];
    await withPool(async (pool) => {
      expect(await loadFiles(state, files, Infinity, callbacks([], skipped), pool)).toBe(true);
    });
    expect(skipped).toEqual([]);
    const bom = documentKey(uriOfPath(files[0].path));
    expect(state.engine.get(bom)!.text.startsWith('\ufeff')).toBe(false);
    expectSameCorpus(state.engine, inThreadCorpus(files));
  });

  it('leaves out a seed whose bytes are a workspace file of the same name, BOM or not, and keeps one that differs', async () => {
    const [same, differs] = seedTexts;
    const files = workspaceOf({
      'policy-a.txt': Buffer.concat([BOM, Buffer.from(same, 'utf8')]),
      'policy-b.txt': differs,
      'seeds/policy-a.txt': same,
      'seeds/policy-b.txt': `${differs} `,
    });
    const state = newState();
    await withPool((pool) => loadFiles(state, files, Infinity, callbacks(), pool));
    const keys = files.map((file) => documentKey(uriOfPath(file.path)));
    expect(state.documents().sort()).toEqual([keys[0], keys[1], keys[3]].sort());
  });

  it('leaves out the seed twin of a workspace file the editor has open, as when it is closed (a server restarted with it open)', async () => {
    const [same] = seedTexts;
    const files = workspaceOf({ 'policy-a.txt': same, 'seeds/policy-a.txt': same });
    const [workspaceKey] = files.map((file) => documentKey(uriOfPath(file.path)));
    const state = newState();
    state.editorOpened(workspaceKey, uriOfPath(files[0].path), TextDocument.create(uriOfPath(files[0].path), 'plaintext', 1, same));
    await withPool((pool) => loadFiles(state, files, Infinity, callbacks(), pool));
    expect(state.documents()).toEqual([workspaceKey]);
  });

  it('gives an observer the decoded text of the documents it concerns, and decodes nothing for the others', async () => {
    const files = workspaceOf(awkwardFiles());
    const watched = documentKey(uriOfPath(files[0].path));
    const state = newState();
    const seen: Array<{ key: string; text: string }> = [];
    const asked: string[] = [];
    state.onBeforeAnalyse(
      (key, text) => seen.push({ key, text }),
      (key) => {
        asked.push(key);
        return key === watched;
      },
    );
    const everything: string[] = [];
    state.onBeforeAnalyse((key) => everything.push(key));
    await withPool((pool) => loadFiles(state, files, Infinity, callbacks(), pool));
    expect(seen).toEqual([{ key: watched, text: (readTextFile(files[0].path) as { text: string }).text }]);
    expect(asked.sort()).toEqual(files.map((file) => documentKey(uriOfPath(file.path))).sort());
    // An observer that names no documents it concerns sees every text, as before.
    expect(everything).toHaveLength(files.length);
  });

  it('analyses the files in-thread, from their decoded texts, when the pool fails in the middle of the index', async () => {
    const files = workspaceOf({ ...awkwardFiles(), 'more-1.txt': seedTexts[3], 'more-2.txt': seedTexts[4] });
    const state = newState();
    const skipped: string[] = [];
    const loaded: string[] = [];
    await withPool(async (pool) => {
      let count = 0;
      state.onBeforeAnalyse(() => {
        if (++count === 2) pool.dispose();
      });
      expect(await loadFiles(state, files, Infinity, callbacks(loaded, skipped), pool)).toBe(true);
      expect(pool.usable).toBe(false);
    });
    expect(skipped).toEqual([]);
    expect(loaded).toHaveLength(files.length);
    expectSameCorpus(state.engine, inThreadCorpus(files));
  });

  it('finds nothing to do for files whose bytes the corpus holds already, without analysing them again', async () => {
    const files = workspaceOf(awkwardFiles());
    const state = newState();
    await withPool(async (pool) => {
      await loadFiles(state, files, Infinity, callbacks(), pool);
      const analyses = files.map((file) => state.engine.get(documentKey(uriOfPath(file.path)))!.analysis);
      const loaded: string[] = [];
      await loadFiles(state, files, Infinity, callbacks(loaded), pool);
      expect(loaded).toHaveLength(files.length);
      expect(files.map((file) => state.engine.get(documentKey(uriOfPath(file.path)))!.analysis)).toEqual(analyses);
      files.forEach((file, i) => expect(state.engine.get(documentKey(uriOfPath(file.path)))!.analysis).toBe(analyses[i]));
    });
  });

  it('replaces a document whose file changed with the new text, as putDiskText would', async () => {
    const [path] = workspaceOf({ 'changing.txt': seedTexts[0] }).map((file) => file.path);
    const state = newState();
    await withPool(async (pool) => {
      await loadFiles(state, [{ path, origin: 'workspace' }], Infinity, callbacks(), pool);
      writeFileSync(path, `${seedTexts[1]}\r\n\u{1F600}`);
      await loadFiles(state, [{ path, origin: 'workspace' }], Infinity, callbacks(), pool);
    });
    expectSameCorpus(state.engine, inThreadCorpus([{ path, origin: 'workspace' }]));
  });
});

describe('a disk job of UTF-8 bytes', () => {
  it('made stale by a rebuild is analysed again in-thread from its decoded text, with the new corpus’s options', async () => {
    const [file] = workspaceOf({ 'stale.txt': Buffer.concat([BOM, Buffer.from(`${seedTexts[0]}\n\u{1F600}`, 'utf8')]) });
    const key = documentKey(uriOfPath(file.path));
    const read = readTextBytes(file.path);
    if (!read.ok) throw new Error(read.message);
    const state = newState();
    const job = state.diskAnalysisJob(key, read.bytes)!;
    const rebuilt = new Corpus({ analyseOptions: () => ({ aliases: [] }) });
    await state.rebuild(rebuilt, async () => undefined);
    expect(state.putAnalysedDiskText(job, { entities: [], claims: [] }, 'index', 1)).toBe(true);
    const expected = new Corpus({ analyseOptions: () => ({ aliases: [] }) });
    expected.upsert(key, (readTextFile(file.path) as { text: string }).text);
    expect(state.engine.get(key)).toEqual(expected.get(key));
  });

  it('counts its text’s length from the bytes when no worker reported it', () => {
    const text = `\u201cQuoted\u201d \u{1D518} and CRLF\r\n${seedTexts[0]}`;
    const state = newState();
    const job = state.diskAnalysisJob('file:///counted.txt', Buffer.from(text, 'utf8'))!;
    const expected = new Corpus({ analyseOptions });
    expected.upsert('file:///counted.txt', text);
    state.putAnalysedDiskText(job, expected.get('file:///counted.txt')!.analysis, 'index');
    expect(state.engine.get('file:///counted.txt')!.textLength).toBe(text.length);
    expect(state.engine.get('file:///counted.txt')).toEqual(expected.get('file:///counted.txt'));
  });

  it('hands back the analysis’s JSON only to a caller that keeps it (the index cache), and the same analysis either way', async () => {
    const setup = new Corpus({ analyseOptions }).analysisSetup('file:///json.txt')!;
    const bytes = Buffer.from(seedTexts[0], 'utf8');
    await withPool(async (pool) => {
      const plain = await pool.analyse(bytes, setup);
      const kept = await pool.analyse(bytes, setup, true);
      expect(plain.analysisJson).toBeUndefined();
      expect(JSON.parse(kept.analysisJson!)).toEqual(kept.analysis);
      expect(plain.analysis).toEqual(kept.analysis);
    });
  });
});
