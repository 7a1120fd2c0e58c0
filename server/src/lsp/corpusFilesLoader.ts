import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { readTextBytes } from '../files/readText';
import { textOfJob, type CorpusState, type DiskAnalysisJob } from './corpusState';
import type { CachedAnalysis, IndexCache } from './indexCache/indexCache';
import { uriOfPath, documentKey } from './uris';
import type { AnalysisPool } from './workers/analysisPool';

// Reading corpus files from disk into the corpus. With an analysis pool, files are read one at a
// time on the main thread, analysed on the workers, and merged into the corpus as the analyses come
// back; at most a few texts per worker are in flight, so reading is bounded by what the workers
// can take and memory holds no backlog. Without a pool (running from sources), files are analysed
// here in slices of a few milliseconds with a yield to the event loop between slices. A file is read
// and checked as UTF-8 bytes, which go to a worker (that decodes them) and into the corpus (which
// keeps texts as UTF-8) as they are: the main thread decodes a file only to analyse it itself, or
// for an observer that needs the text (annotations anchored in it). Either way
// the server keeps answering (hovers on open documents, edits) while a large workspace is indexed,
// and files the editor has open are not read: its copy wins.
//
// With an index cache (indexCache/), a file whose bytes and analysis setup are those of a cached
// analysis takes that analysis, on this thread, instead of going to a worker; fresh analyses from
// the workers are stored in the cache as they arrive.

export interface DiskFile {
  path: string;
  origin: 'seed' | 'workspace';
}

export interface LoadCallbacks {
  progress(indexed: number, total: number): void;
  loaded(key: string, file: DiskFile): void;
  skipped(key: string, file: DiskFile, reason: string): void;
  /** Checked between slices: a newer load (settings changed) supersedes this one. */
  superseded(): boolean;
  /** How many file deletions the watcher has reported so far: a count that moved while a file was analysed means it may be gone. */
  deletionsReported(): number;
  /** Asked before each file is read: false once the server's memory is too full to take in more (see heapCeiling.ts). */
  hasRoom?(): boolean;
  /** The files left unread for want of room, once, after the others are in. */
  heldBack?(files: readonly DiskFile[]): void;
}

/** Where the main thread's time went during a load (milliseconds), for the indexing summary. */
export interface LoadTimings {
  /** Reading and checking files (and decoding those analysed in-thread, or reading their analyses from the index cache). */
  readMs: number;
  /** Merging analyses into the corpus (and analysing in-thread, without a pool). */
  mergeMs: number;
  /** Files whose analysis was made (on a worker or here), and files whose analysis came from the index cache. */
  analysed?: number;
  reused?: number;
}

const SLICE_MS = 12;
/**
 * Texts waiting for or inside each worker: enough to keep it busy while the main thread merges or
 * collects garbage. At 4 the two workers were idle 15% of a 10,000-document index; at 16, 5%, and
 * ready came about 5% sooner (paired runs). The texts held are at most 16 × the file-size limit.
 */
const IN_FLIGHT_PER_WORKER = 16;

export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Loads the files in order. A shipped seed is left out when the workspace holds a file of the same
 * name and the same text (the workspace is, or contains, a copy of the seeds), so that a document
 * never conflicts with its own twin. Resolves false when superseded before the end.
 */
export async function loadFiles(
  state: CorpusState,
  files: readonly DiskFile[],
  maxBytes: number,
  callbacks: LoadCallbacks,
  pool?: AnalysisPool,
  timings: LoadTimings = { readMs: 0, mergeMs: 0 },
  cache?: IndexCache,
): Promise<boolean> {
  // Only workspace texts named like a seed can be its twin; holding every other one until the load
  // ends would keep the whole workspace in memory twice.
  const seedNames = new Set(files.filter((file) => file.origin === 'seed').map((file) => basename(file.path)));
  const workspaceTexts = new Map<string, Buffer>();
  // Texts on the workers, and a wake-up for the loop waiting until one comes back: counted, rather
  // than raced as a set of promises, which gave every text in flight one more reaction per file read.
  let inFlight = 0;
  let failure: { error: unknown } | undefined;
  let slotFreed: (() => void) | undefined;
  const settled = (): void => {
    inFlight--;
    slotFreed?.();
    slotFreed = undefined;
  };
  const nextSettled = () => new Promise<void>((resolve) => (slotFreed = resolve));
  const limit = pool ? pool.size * IN_FLIGHT_PER_WORKER : 0;
  let indexed = 0;
  let sliceStart = Date.now();
  const done = (): void => callbacks.progress(++indexed, files.length);
  callbacks.progress(0, files.length);

  const heldBack: DiskFile[] = [];
  for (const file of files) {
    const key = documentKey(uriOfPath(file.path));
    if (heldBack.length > 0 || callbacks.hasRoom?.() === false) {
      // The editor's copy of an open file is in the corpus already, whatever the room.
      if (state.isOpen(key)) callbacks.loaded(key, file);
      else heldBack.push(file);
      done();
      continue;
    }
    const readStart = performance.now();
    // Before reading: a deletion reported from here on may concern this very text.
    const deletionsBefore = callbacks.deletionsReported();
    const bytes = readFile(key, file, maxBytes, state, workspaceTexts, seedNames, callbacks);
    const job = bytes === undefined ? undefined : state.diskAnalysisJob(key, bytes);
    // Only an analysis the engine makes (a setup) can be cached: not a corpus's own analyser's.
    const cacheKey = cache && job?.setup ? cache.keyOf(bytes!, job.setup) : undefined;
    const cached = cacheKey === undefined ? undefined : cache!.take(cacheKey);
    const elsewhere = !cached && job?.setup !== undefined && pool?.usable === true;
    // To be analysed here: decoded here.
    const text = job && !cached && !elsewhere ? textOfJob(job) : undefined;
    timings.readMs += performance.now() - readStart;
    if (elsewhere) {
      timings.analysed = (timings.analysed ?? 0) + 1;
      inFlight++;
      analyseElsewhere(pool, state, job, bytes!, file, callbacks, timings, deletionsBefore, cache, cacheKey)
        .then(done)
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(settled);
      while (inFlight >= limit && !failure) await nextSettled();
      if (failure) throw failure.error;
    } else {
      const mergeStart = performance.now();
      const reused = cached !== undefined && putCached(state, job!, cached, cache!, cacheKey!, file, callbacks, pool);
      // A record the corpus could not take: the file is analysed here instead.
      const analysedHere = !reused && (text !== undefined || cached !== undefined);
      if (analysedHere) putHere(state, key, text ?? textOfJob(job!), file, callbacks);
      // Open in the editor, or its text unchanged: nothing to analyse, and it is in the corpus.
      else if (!reused && bytes !== undefined) callbacks.loaded(key, file);
      timings.mergeMs += performance.now() - mergeStart;
      if (reused) timings.reused = (timings.reused ?? 0) + 1;
      else if (analysedHere) timings.analysed = (timings.analysed ?? 0) + 1;
      done();
      if (Date.now() - sliceStart >= SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = Date.now();
      }
    }
    if (callbacks.superseded()) return false;
  }
  while (inFlight > 0 && !failure) await nextSettled();
  if (failure) throw failure.error;
  if (heldBack.length > 0 && !callbacks.superseded()) callbacks.heldBack?.(heldBack);
  return !callbacks.superseded();
}

/**
 * The file's text (its checked UTF-8 bytes, BOM left out) when it is to be (re)analysed; undefined
 * when it is open, skipped or a seed's twin.
 */
function readFile(
  key: string,
  file: DiskFile,
  maxBytes: number,
  state: CorpusState,
  workspaceTexts: Map<string, Buffer>,
  seedNames: ReadonlySet<string>,
  callbacks: LoadCallbacks,
): Buffer | undefined {
  const mayHaveTwin = file.origin === 'workspace' && seedNames.has(basename(file.path));
  if (state.isOpen(key)) {
    callbacks.loaded(key, file);
    // Its seed twin is still recognised by the bytes on disk, as when the file is closed: otherwise a
    // server restarted with a seed copy open would add the shipped seed as a second document, and
    // every conflict would cite both.
    const read = mayHaveTwin ? readTextBytes(file.path, maxBytes) : undefined;
    if (read?.ok) workspaceTexts.set(basename(file.path), read.bytes);
    return undefined;
  }
  const read = readTextBytes(file.path, maxBytes);
  if (!read.ok) {
    callbacks.skipped(key, file, read.message);
    return undefined;
  }
  // A twin of a workspace file (the same text: the same bytes, a BOM aside): nothing to add.
  if (file.origin === 'seed' && workspaceTexts.get(basename(file.path))?.equals(read.bytes)) return undefined;
  if (mayHaveTwin) workspaceTexts.set(basename(file.path), read.bytes);
  return read.bytes;
}

async function analyseElsewhere(
  pool: AnalysisPool,
  state: CorpusState,
  job: DiskAnalysisJob,
  bytes: Buffer,
  file: DiskFile,
  callbacks: LoadCallbacks,
  timings: LoadTimings,
  deletionsBefore: number,
  cache: IndexCache | undefined,
  cacheKey: string | undefined,
): Promise<void> {
  try {
    const { analysis, textLength, analysisJson } = await pool.analyse(bytes, job.setup!, cacheKey !== undefined);
    const mergeStart = performance.now();
    // Whatever becomes of the file meanwhile, this is the analysis of these bytes with this setup.
    if (cacheKey !== undefined && analysisJson !== undefined) cache!.store(cacheKey, textLength, analysisJson);
    // Deleted (or replaced by a folder) while it was analysed: its watcher event may already have
    // been handled, when the file was not in the corpus yet to be removed. Without such an event
    // meanwhile, the file is not looked at again (a stat per file is a tenth of the main thread's
    // indexing work); a deletion reported later finds the file in the corpus and removes it.
    if (callbacks.deletionsReported() !== deletionsBefore && !isFile(file.path)) return;
    // A stale job (the file was removed, re-read or opened meanwhile) is loaded only if the editor has it;
    // a newer disk text has recorded its file itself.
    if (state.putAnalysedDiskText(job, analysis, 'index', textLength) || state.isOpen(job.key)) callbacks.loaded(job.key, file);
    timings.mergeMs += performance.now() - mergeStart;
  } catch (error) {
    // The pool failed (a worker died): this text, and those after it, are analysed here instead.
    if (!pool.usable) putHere(state, job.key, textOfJob(job), file, callbacks);
    else callbacks.skipped(job.key, file, `analysis failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * A cached analysis goes in as a worker's would (see analyseElsewhere), its strings shared with the
 * index's, and is copied into the new cache. False when the corpus cannot take it (a record that
 * passed its checks but is not an analysis the corpus understands): the caller analyses the file.
 */
function putCached(
  state: CorpusState,
  job: DiskAnalysisJob,
  cached: CachedAnalysis,
  cache: IndexCache,
  cacheKey: string,
  file: DiskFile,
  callbacks: LoadCallbacks,
  pool: AnalysisPool | undefined,
): boolean {
  let put: boolean;
  try {
    pool?.shareStrings(cached.analysis);
    put = state.putAnalysedDiskText(job, cached.analysis, 'index', cached.textLength);
  } catch {
    cache.refused();
    return false;
  }
  cache.kept(cacheKey, cached);
  if (put || state.isOpen(job.key)) callbacks.loaded(job.key, file);
  return true;
}

function putHere(state: CorpusState, key: string, text: string, file: DiskFile, callbacks: LoadCallbacks): void {
  try {
    state.putDiskText(key, text, 'index');
    callbacks.loaded(key, file);
  } catch (error) {
    // One text the engine cannot analyse must not stop the rest of the corpus from loading.
    callbacks.skipped(key, file, `analysis failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
