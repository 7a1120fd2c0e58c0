import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../server/src/engine/corpus';
import type { AliasLink, AnalyseOptions, DocumentAnalysis, EntityOverride } from '../../server/src/engine/types';
import { loadFiles, type DiskFile, type LoadTimings } from '../../server/src/lsp/corpusFilesLoader';
import { CorpusState } from '../../server/src/lsp/corpusState';
import { documentKey, uriOfPath } from '../../server/src/lsp/uris';
import { AnalysisPool } from '../../server/src/lsp/workers/analysisPool';
import { linkNamesOf } from '../../server/src/engine/corpus/linkNames';
import { analysisOfReply, analysisReply } from '../../server/src/lsp/workers/analysisReply';
import { repoRoot, seedsDir } from './harness/lspClient';
import { expectSameCorpus } from './harness/sameCorpus';

// Indexing on worker threads must build exactly the corpus that analysing every file in-thread
// builds: the analyses travel back as JSON, and the workers get aliases once and overrides with
// each text. The workers are the bundled ones in dist/
// (built by globalSetup), so this is the code the server runs.

const fixtureDirs = [seedsDir, ...['heldout', 'heldout2', 'heldout3', 'heldout4'].map((set) => join(repoRoot, 'test/fixtures', set))];
const ALIASES: readonly AliasLink[] = [{ surface: 'the Fund', canonical: 'org:test-fund', canonicalName: 'Test Fund', type: 'organisation' }];

let workspace: string;
let files: DiskFile[];
let overridden: string;

/** Texts that differ in their figures and dates, so that documents conflict with each other, plus awkward characters. */
function variant(text: string, i: number): string {
  const figures = text.replace(/\d+(?:\.\d+)?/g, (n) => String(Number(n) + (i % 7)));
  return `Published ${1 + (i % 27)} March 20${10 + (i % 9)}.\u00a0“Quoted” — 𝔘nicode ${i}.\n\n${figures}`;
}

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-equality-'));
  const sources = fixtureDirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(dir, name), 'utf8')));
  files = [];
  sources.forEach((text, s) => {
    for (let i = 0; i < 3; i++) {
      const path = join(workspace, `doc-${String(s).padStart(2, '0')}-${i}.txt`);
      writeFileSync(path, i === 0 ? text : variant(text, s + i));
      files.push({ path, origin: 'workspace' });
    }
  });
  overridden = documentKey(uriOfPath(files[1].path));
});

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** The options the server's corpus gives: aliases for every document, overrides for one. */
function analyseOptions(doc: string): AnalyseOptions {
  const overrides: EntityOverride[] | undefined =
    doc === overridden ? [{ action: 'tag', start: 0, end: 9, type: 'organisation', canonical: 'org:test-override', canonicalName: 'Override' }] : undefined;
  return { aliases: ALIASES, overrides };
}

function inThreadCorpus(): Corpus {
  const corpus = new Corpus({ analyseOptions });
  for (const file of files) corpus.upsert(documentKey(uriOfPath(file.path)), readFileSync(file.path, 'utf8'));
  return corpus;
}

async function indexedOnWorkers(pool: AnalysisPool): Promise<{ corpus: Corpus; timings: LoadTimings }> {
  const state = new CorpusState(new Corpus({ analyseOptions }), (error) => {
    throw error;
  });
  state.deferConflictChecks();
  const timings: LoadTimings = { readMs: 0, mergeMs: 0 };
  const skipped: string[] = [];
  const finished = await loadFiles(
    state,
    files,
    Infinity,
    {
      progress: () => undefined,
      loaded: () => undefined,
      skipped: (key, _file, reason) => skipped.push(`${key}: ${reason}`),
      superseded: () => false,
      deletionsReported: () => 0,
    },
    pool,
    timings,
  );
  expect(finished).toBe(true);
  expect(skipped).toEqual([]);
  state.resumeConflictChecks('index');
  return { corpus: state.engine, timings };
}

describe('indexing on analysis workers', () => {
  it('builds the same corpus as analysing every file in-thread: analyses, mentions, claims and conflicts', async () => {
    const pool = AnalysisPool.create(join(repoRoot, 'dist'));
    expect(pool, 'dist/analysisWorker.js is built').toBeDefined();
    try {
      const expected = inThreadCorpus();
      const { corpus, timings } = await indexedOnWorkers(pool!);
      expect(pool!.usable).toBe(true);
      // The fixture is meant to exercise conflicts, overrides and aliases.
      expect(expected.conflicts().length).toBeGreaterThan(10);
      expect(expected.mentionsOf('org:test-override').length).toBe(1);
      expectSameCorpus(corpus, expected);
      expect(timings.readMs).toBeGreaterThan(0);
      expect(timings.mergeMs).toBeGreaterThan(0);
    } finally {
      pool?.dispose();
    }
  }, 120000);

  it('starts its workers again after releasing them at the end of an index, and indexes the same', async () => {
    const pool = AnalysisPool.create(join(repoRoot, 'dist'))!;
    try {
      pool.warm();
      await indexedOnWorkers(pool);
      expect(pool.activity().busyMs).toBeGreaterThan(0);
      expect(pool.release()).toBe(true);
      const { corpus } = await indexedOnWorkers(pool);
      expect(pool.usable).toBe(true);
      expectSameCorpus(corpus, inThreadCorpus());
    } finally {
      pool.dispose();
    }
  }, 120000);

  it('keeps its workers while analyses are on their way', async () => {
    const pool = AnalysisPool.create(join(repoRoot, 'dist'))!;
    try {
      const analysis = pool.analyse(readFileSync(files[0].path), { options: analyseOptions('x'), rules: new Corpus().analysisSetup('x')!.rules });
      expect(pool.release()).toBe(false);
      await expect(analysis).resolves.toMatchObject({ analysis: { entities: expect.any(Array), claims: expect.any(Array) } });
      expect(pool.release()).toBe(true);
    } finally {
      pool.dispose();
    }
  });
});

describe('an analysis sent back by a worker', () => {
  const analysis: DocumentAnalysis = {
    entities: [{ type: 'percentage', start: 0, end: 3, text: '49%', value: { kind: 'percentage', value: 49 }, origin: 'engine' }],
    claims: [
      {
        start: 0,
        end: 20,
        text: '49% owned by "staff"',
        subject: 'org:x',
        subjectName: 'X',
        attribute: 'owned-share:employees',
        value: { kind: 'number', value: 49, unit: '%', low: 49, high: 49 },
      },
    ],
    documentDate: '2010-11-17',
  };

  it('travels as JSON and reads back equal', () => {
    const reply = analysisReply(7, analysis, 1234);
    expect(reply).toEqual({ id: 7, analysisJson: expect.any(String), textLength: 1234, linkNames: linkNamesOf(analysis) });
    expect(analysisOfReply(reply as { analysisJson: string })).toEqual(analysis);
  });

  it('travels as a clone when JSON would turn a number into null', () => {
    const odd: DocumentAnalysis = { ...analysis, claims: [{ ...analysis.claims[0], value: { kind: 'number', value: Number.NaN, unit: '%', high: Infinity } }] };
    const reply = analysisReply(8, odd, 20);
    expect(reply).toEqual({ id: 8, analysis: odd, textLength: 20, linkNames: linkNamesOf(odd) });
    expect(analysisOfReply(reply as { analysis: DocumentAnalysis })).toBe(odd);
  });

  it('travels as a clone when a text holds what JSON would read as a null value, and as JSON when the word is only inside a text', () => {
    const quoting = { ...analysis, claims: [{ ...analysis.claims[0], text: 'the field read {"share":null}' }] };
    expect(analysisReply(9, quoting, 30)).toEqual({ id: 9, analysis: quoting, textLength: 30, linkNames: linkNamesOf(quoting) });
    const word = { ...analysis, claims: [{ ...analysis.claims[0], text: 'the contract was annulled, null and void' }] };
    expect(analysisReply(10, word, 40)).toEqual({ id: 10, analysisJson: JSON.stringify(word), textLength: 40, linkNames: linkNamesOf(word) });
  });
});

describe('a file deleted while a worker analyses it', () => {
  /** Indexes two files; the second is deleted from disk as soon as it has been read. */
  async function indexDeletingOne(reportDeletion: boolean): Promise<{ docs: string[]; loaded: string[]; deleted: string }> {
    const folder = mkdtempSync(join(tmpdir(), 'policy-lens-deleted-'));
    const kept = join(folder, 'kept.txt');
    const doomed = join(folder, 'doomed.txt');
    writeFileSync(kept, readFileSync(files[0].path, 'utf8'));
    writeFileSync(doomed, readFileSync(files[3].path, 'utf8'));
    const doomedKey = documentKey(uriOfPath(doomed));
    const pool = AnalysisPool.create(join(repoRoot, 'dist'))!;
    let deletions = 0;
    const loaded: string[] = [];
    try {
      const state = new CorpusState(new Corpus(), (error) => {
        throw error;
      });
      // Called once the text is read and before it goes to a worker.
      state.onBeforeAnalyse((key) => {
        if (key !== doomedKey) return;
        rmSync(doomed);
        if (reportDeletion) deletions++;
      });
      await loadFiles(
        state,
        [kept, doomed].map((path) => ({ path, origin: 'workspace' as const })),
        Infinity,
        {
          progress: () => undefined,
          loaded: (key) => loaded.push(key),
          skipped: () => undefined,
          superseded: () => false,
          deletionsReported: () => deletions,
        },
        pool,
      );
      return { docs: state.documents().sort(), loaded, deleted: doomedKey };
    } finally {
      pool.dispose();
      rmSync(folder, { recursive: true, force: true });
    }
  }

  it('stays out of the corpus when the watcher reported a deletion meanwhile', async () => {
    const { docs, loaded, deleted } = await indexDeletingOne(true);
    expect(docs).toHaveLength(1);
    expect(docs).not.toContain(deleted);
    expect(loaded).not.toContain(deleted);
  });

  it('is taken without looking at the disk again when no deletion was reported (its deletion event, when it comes, removes it)', async () => {
    const { docs, deleted } = await indexDeletingOne(false);
    expect(docs).toContain(deleted);
  });
});
