import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Connection, Disposable, FileEvent, TextDocumentChangeEvent } from 'vscode-languageserver';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../engine/corpus';
import { AnnotationsChangedNotification } from '../protocol';
import { AnnotationsService } from './annotationsService';
import { AnnotationsWorkspace } from './annotationsWorkspace';
import { listCorpusFiles } from '../files/corpusFiles';
import { readTextFile } from '../files/readText';
import { loadFiles, yieldToEventLoop, type DiskFile } from './corpusFilesLoader';
import { CorpusState, type CorpusChange } from './corpusState';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { EngineWarmUp } from './engineWarmUp';
import { makeLineMapsAhead } from './lineMapsAhead';
import { HeapCeiling } from './heapCeiling';
import { IndexingProgress } from './indexingProgress';
import { IndexingClock } from './indexingSummary';
import { useCategoryNames } from './labels';
import { loadReferenceData, type ReferenceData } from './referenceData';
import { ReviewStore } from './reviews';
import type { Logger } from './safeHandler';
import { corpusSelectionChanged, DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';
import { showNotice } from './notices';
import { StatusReporter } from './status';
import { documentKey, pathOfUri, uriOfPath } from './uris';
import { engineHashOf } from './indexCache/engineHash';
import { IndexCache, INDEX_CACHE_FILE_NAME } from './indexCache/indexCache';
import { AnalysisPool, bundledWorkerPath } from './workers/analysisPool';
import { corpusSelection, findCorpusFiles, selects, type CorpusSelection } from './workspaceFiles';

// The running server's state and its life cycle: settings, reference data, reviews, the corpus
// (seeds plus workspace files plus open documents), indexing, file watching, and the rules for
// when diagnostics and notifications go out. Feature handlers (hover, tokens, ...) only read it.

export interface SessionOptions {
  workspaceFolders: string[];
  seedsPath: string;
  trusted: boolean;
  /** The client answers workspace/configuration. */
  configurationSupport: boolean;
  /** The client lets the server register file watchers. */
  watcherRegistration: boolean;
  /** The client pulls diagnostics and can be asked to pull again: open documents are served by pull. */
  pullDiagnostics?: boolean;
  /** Where the bundled analysis worker is (default: beside this bundle); without it, files are analysed in-thread. */
  workerDirectory?: string;
  /**
   * A folder of the server's own in which to keep the index cache (the client passes VS Code's
   * storage for the workspace); without it, every start analyses every file.
   */
  indexCacheDirectory?: string;
}

const REVIEWS_FILE = join('.policy-lens', 'reviews.json');
/** An edit within this many milliseconds means the researcher is typing (the engine warm-up then waits). */
const TYPING_MS = 1000;
/** While the researcher types, work left for idle moments looks again this much later. */
const TYPING_RECHECK_MS = 200;
/**
 * A hover, references or definition request within this many milliseconds means the researcher is
 * reading: the warm-up and the reading indexes wait, as for typing (a request arriving during one of
 * their slices waited for it; one that needs the indexes builds them itself).
 */
const READING_MS = 1000;
/** While the researcher types or reads, the line maps made ahead rest this long between their short slices. */
const LINE_MAPS_REST_MS = 25;
/** More file events than this in one notification are handled as a burst (see watchedFilesChanged). */
const BURST_EVENTS = 16;

export class Session {
  readonly state: CorpusState;
  readonly reviews: ReviewStore;
  readonly publisher: DiagnosticsPublisher;
  readonly status: StatusReporter;
  readonly annotations: AnnotationsService;
  settings: Settings = { ...DEFAULT_SETTINGS };
  private selection: CorpusSelection = corpusSelection(DEFAULT_SETTINGS.include, DEFAULT_SETTINGS.exclude);
  private referenceData: ReferenceData | undefined;
  /** Documents that are in the corpus because of a file on disk (and where that file is). */
  private readonly diskFiles = new Map<string, DiskFile>();
  /** Whether the corpus may take in more files without running the server out of memory. */
  private readonly heapCeiling = new HeapCeiling();
  private loadGeneration = 0;
  /** File deletions reported by the watcher so far (see LoadCallbacks.deletionsReported). */
  private deletionsReported = 0;
  /** Settles when the latest indexing run ends; pending until start() has indexed the corpus once. */
  private indexingDone: Promise<void>;
  private startFinished: () => void = () => undefined;
  private watcherRegistration: Disposable | undefined;
  private announcedReviewProblem: string | undefined;
  /** Rebuilds run one at a time; a rebuild asked for while one waits to start joins it. */
  private rebuildChain: Promise<void> = Promise.resolve();
  private queuedRebuild: Promise<void> | undefined;
  /** Worker threads that analyse files while indexing; undefined when running from sources. */
  private readonly pool: AnalysisPool | undefined;
  private readonly indexingProgress: IndexingProgress;
  /** Optimises the main thread's engine after the first index (engineWarmUp.ts); undefined when there are no workers. */
  private readonly warmUp: EngineWarmUp | undefined;
  /** When the editor last sent an edit (performance.now()). */
  private lastEditAt = Number.NEGATIVE_INFINITY;
  /** When the editor last asked for a hover, references or a definition (performance.now()). */
  private lastReadAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly connection: Connection,
    private readonly logger: Logger,
    private readonly options: SessionOptions,
  ) {
    const folder = options.workspaceFolders[0];
    this.reviews = new ReviewStore(folder ? join(folder, REVIEWS_FILE) : undefined);
    this.annotations = new AnnotationsService(new AnnotationsWorkspace(options.workspaceFolders), {
      textOf: (key) => this.state.snapshot(key)?.text,
      readDisk: (key) => {
        const path = pathOfUri(key);
        const read = path ? readTextFile(path, this.maxBytes()) : undefined;
        return read?.ok ? read.text : undefined;
      },
      reanalyse: (keys) => {
        for (const key of keys) this.state.reanalyse(key);
      },
      reanalyseAll: () => this.rebuildCorpus(),
      changed: (keys) => {
        const uris = keys.map((key) => this.state.clientUri(key));
        void connection.sendNotification(AnnotationsChangedNotification, { uris });
      },
      notice: (severity, message) => showNotice(connection, severity, message),
      log: (message) => logger.warn(message),
      clientUri: (key) => this.state.clientUri(key),
    });
    this.state = new CorpusState(this.newCorpus(), (error) => logger.error(`Analysis failed: ${describe(error)}`));
    // The annotations' anchors follow every text the corpus is about to analyse.
    this.state.onBeforeAnalyse(
      (key, text) => this.annotations.textAnalysed(key, text),
      (key) => this.annotations.isTracked(key),
    );
    this.indexingDone = new Promise((resolve) => (this.startFinished = resolve));
    this.status = new StatusReporter(connection, () => this.counts());
    this.publisher = new DiagnosticsPublisher(connection, this.state, this.reviews, () => this.settings, { pull: options.pullDiagnostics });
    this.state.onChange((change) => this.corpusChanged(change));
    // In the bundle, __dirname is dist/, where dist/analysisWorker.js sits beside dist/server.js.
    this.pool = AnalysisPool.create(options.workerDirectory ?? __dirname);
    this.indexingProgress = new IndexingProgress(connection);
    this.warmUp = this.pool
      ? new EngineWarmUp({
          documents: () => this.state.engine.documents(),
          textOf: (doc) => this.state.engine.get(doc)?.text,
          lengthOf: (doc) => this.state.engine.get(doc)?.textLength,
          setupOf: (doc) => this.state.engine.analysisSetup(doc),
          typing: () => this.busy(),
        })
      : undefined;
  }

  /** Stops the analysis workers (at shutdown). */
  dispose(): void {
    this.warmUp?.stop();
    this.pool?.dispose();
  }

  // ---- Life cycle -------------------------------------------------------------------------

  /** After `initialized`: read settings, reference data and reviews, watch files, index the corpus. */
  async start(): Promise<void> {
    // The workers load their bundle while settings are fetched and the files are found; with a cache
    // to reuse, most files need no worker, and the workers start with the first file that does.
    if (!this.hasIndexCache()) this.pool?.warm();
    try {
      this.settings = await this.fetchSettings();
      this.selection = corpusSelection(this.settings.include, this.settings.exclude);
      this.loadReviews();
      this.referenceData = this.loadReferenceData();
      // Before indexing, so that the first analysis of every text already follows the researchers.
      this.annotations.load();
      if (this.referenceData.files.length > 0) await this.state.rebuild(this.newCorpus(), yieldToEventLoop);
      await this.registerWatchers();
      await this.index(this.allDiskFiles(), true);
    } finally {
      this.startFinished();
    }
  }

  /** Resolves when the current indexing run has finished. */
  whenIndexed(): Promise<void> {
    return this.indexingDone;
  }

  /** workspace/didChangeConfiguration: re-read settings and apply whatever changed, without a reload. */
  async settingsChanged(pushed: unknown): Promise<void> {
    const before = this.settings;
    this.settings = this.options.configurationSupport ? await this.fetchSettings() : parseSettings(pickSection(pushed));
    const after = this.settings;
    if (before.referenceData.join('\n') !== after.referenceData.join('\n')) await this.reloadReferenceData();
    if (corpusSelectionChanged(before, after)) {
      this.selection = corpusSelection(after.include, after.exclude);
      await this.registerWatchers();
      await this.rescan();
    }
    // Severity or checkOn changed: what is shown must follow at once.
    this.publisher.refreshVisible();
    this.status.corpusChanged('all');
  }

  // ---- The editor's documents --------------------------------------------------------------

  opened(event: TextDocumentChangeEvent<TextDocument>): void {
    const key = documentKey(event.document.uri);
    this.publisher.editorOpened(key);
    // Its diagnostics follow from the corpus change this causes (or, while indexing, at ready).
    this.state.editorOpened(key, event.document.uri, event.document);
    // Before ready the claims are not checked yet: ready starts this for every open document.
    if (this.status.isReady) void this.prepareForTyping(key);
  }

  /** See CorpusState.prepareForTyping: paused, as the other idle work is, while the researcher types or reads. */
  private async prepareForTyping(key: string): Promise<void> {
    const wait = () => (this.busy() ? new Promise<void>((resolve) => setTimeout(resolve, TYPING_RECHECK_MS)) : undefined);
    try {
      await this.state.prepareForTyping(key, yieldToEventLoop, wait);
    } catch (error) {
      this.logger.warn(`Preparing ${key} for typing stopped: ${describe(error)}`);
    }
  }

  /** A hover, references or definition request came: work left for idle moments waits a little (READING_MS). */
  reading(): void {
    this.lastReadAt = performance.now();
  }

  /** Whether the researcher is typing or reading (an edit, or a hover, references or definition request, came a moment ago). */
  private busy(): boolean {
    const now = performance.now();
    return now - this.lastEditAt < TYPING_MS || now - this.lastReadAt < READING_MS;
  }

  changed(event: TextDocumentChangeEvent<TextDocument>): void {
    this.lastEditAt = performance.now();
    this.state.editorChanged(documentKey(event.document.uri), event.document);
  }

  saved(event: TextDocumentChangeEvent<TextDocument>): void {
    const key = documentKey(event.document.uri);
    this.state.snapshot(key);
    this.annotations.documentSaved(key);
    this.publisher.saved(key);
  }

  /** A closed document falls back to its file on disk, or leaves the corpus if it has none there. */
  closed(event: TextDocumentChangeEvent<TextDocument>): void {
    const key = documentKey(event.document.uri);
    const clientUri = this.state.clientUri(key);
    this.state.editorClosed(key);
    const file = this.diskFiles.get(key);
    const read = file ? readTextFile(file.path, this.maxBytes()) : undefined;
    if (read?.ok) {
      this.state.putDiskText(key, read.text, 'close');
      this.publisher.editorClosed(key);
      return;
    }
    if (file && read && !read.ok) {
      this.diskFiles.delete(key);
      this.status.skip(key, read.message);
    }
    this.publisher.clear(key, clientUri);
    this.state.remove(key, 'close');
    this.publisher.editorClosed(key);
  }

  // ---- Files on disk -----------------------------------------------------------------------

  async watchedFilesChanged(changes: readonly FileEvent[]): Promise<void> {
    let reviewsChanged = false;
    let referenceChanged = false;
    // A burst of file events (a checkout, an unzip, thousands of files at once) is one change to the
    // corpus: as in indexing, each claim key is checked once at the end instead of once per file
    // adding to it (per file, a key shared by N files cost N checks of N claims: quadratic).
    const burst = changes.length > BURST_EVENTS && !this.state.engine.conflictChecksDeferred;
    if (burst) this.state.deferConflictChecks();
    try {
      for (const change of changes) {
        const path = pathOfUri(change.uri);
        if (!path) continue;
        if (this.annotations.workspace.documentOfStoreFile(path)) {
          await this.annotations.storeFileChanged(path);
        } else if (this.reviews.file && resolve(path) === resolve(this.reviews.file)) {
          reviewsChanged = true;
        } else if (this.referenceData?.files.some((file) => resolve(file) === resolve(path))) {
          referenceChanged = true;
        } else {
          this.fileChanged(path, change.type);
        }
      }
    } finally {
      if (burst) this.state.resumeConflictChecks('disk');
    }
    if (reviewsChanged) {
      this.loadReviews();
      this.publisher.refreshVisible();
      this.status.corpusChanged('reviews');
    }
    if (referenceChanged) await this.reloadReferenceData();
  }

  private fileChanged(path: string, type: FileChangeType): void {
    const key = documentKey(uriOfPath(path));
    if (type === FileChangeType.Deleted) {
      this.deletionsReported++;
      this.status.unskip(key);
      // A deleted folder arrives as one event: everything beneath it goes too.
      for (const [doc, file] of [...this.diskFiles]) {
        if (doc === key || file.path.startsWith(path + sep)) this.forgetFile(doc);
      }
      return;
    }
    const folder = this.folderOf(path);
    if (!folder || !selects(this.selection, relative(folder, path))) {
      if (this.diskFiles.has(key)) this.forgetFile(key);
      return;
    }
    const file: DiskFile = { path, origin: 'workspace' };
    if (!this.diskFiles.has(key) && !this.state.isOpen(key) && this.heapCeiling.full) {
      this.holdBack([key]);
      return;
    }
    this.diskFiles.set(key, file);
    if (this.state.isOpen(key)) return;
    const read = readTextFile(path, this.maxBytes());
    if (read.ok) {
      this.status.unskip(key);
      this.state.putDiskText(key, read.text, 'disk');
    } else {
      this.status.skip(key, read.message);
      this.diskFiles.delete(key);
      this.state.remove(key, 'disk');
    }
  }

  /** New files the corpus has no room for: they stay out, and the researcher is told how to make room. */
  private holdBack(keys: readonly string[]): void {
    const reason =
      `the language server's memory is nearly at its ceiling of ${this.heapCeiling.limitMb} MB. ` +
      'Raise policyLens.server.maxMemoryMB and run "Policy Lens: Restart Language Server", or narrow policyLens.corpus.include.';
    this.logger.warn(`Left ${keys.length} file(s) out of the corpus: ${reason}`);
    this.status.holdBack(keys, reason);
  }

  private forgetFile(key: string): void {
    this.diskFiles.delete(key);
    this.status.unskip(key);
    this.state.remove(key, 'disk');
  }

  // ---- Reviews -----------------------------------------------------------------------------

  private loadReviews(): void {
    const problem = this.reviews.load();
    if (problem && problem !== this.announcedReviewProblem) {
      this.logger.error(problem);
      showNotice(this.connection, 'error', `Policy Lens: ${problem}`);
    }
    this.announcedReviewProblem = problem;
  }

  // ---- Internals ---------------------------------------------------------------------------

  private corpusChanged(change: CorpusChange): void {
    // Until the first index is complete, conflicts are partial: diagnostics wait for ready.
    if (!this.status.isReady) return;
    this.publisher.corpusChanged(change);
    if (change.cause === 'rebuild') this.status.corpusChanged('all');
    else this.status.corpusChanged('documents', change.docs.map((doc) => this.state.clientUri(doc)));
  }

  private counts(): { entities: number; conflicts: number } {
    let conflicts = 0;
    for (const conflict of this.state.engine.conflicts()) if (!this.reviews.isReviewed(conflict.id)) conflicts++;
    return { entities: this.state.entityCount(), conflicts };
  }

  private maxBytes(): number {
    return this.settings.maxFileSizeKB * 1024;
  }

  private async fetchSettings(): Promise<Settings> {
    if (!this.options.configurationSupport) return this.settings;
    try {
      return parseSettings(await this.connection.workspace.getConfiguration('policyLens'));
    } catch (error) {
      this.logger.warn(`Could not read settings, using defaults: ${String(error)}`);
      return { ...DEFAULT_SETTINGS };
    }
  }

  private loadReferenceData(): ReferenceData {
    const data = loadReferenceData(this.options.workspaceFolders[0], this.settings.referenceData, this.options.trusted, this.maxBytes());
    useCategoryNames(data.rules);
    for (const problem of data.problems) {
      this.logger.warn(`Reference data: ${problem}`);
      showNotice(this.connection, 'warning', `Policy Lens reference data: ${problem}`);
    }
    return data;
  }

  /** Reference-data aliases and the researchers' alias links everywhere; annotation overrides per document. */
  private newCorpus(): Corpus {
    const aliases = this.referenceData?.aliases ?? [];
    return new Corpus({
      analyseOptions: (doc) => ({ aliases: this.annotations.aliases(aliases), overrides: this.annotations.overrides(doc) }),
      rules: this.referenceData?.rules,
    });
  }

  /** Re-analyses the corpus from memory (new aliases or rules), after indexing, one rebuild at a time. */
  rebuildCorpus(): Promise<void> {
    if (this.queuedRebuild) return this.queuedRebuild;
    const run = this.rebuildChain.then(async () => {
      this.queuedRebuild = undefined;
      await this.indexingDone;
      await this.state.rebuild(this.newCorpus(), yieldToEventLoop);
    });
    this.queuedRebuild = run;
    this.rebuildChain = run.catch(() => undefined);
    return run;
  }

  /** New aliases or rules change every analysis: re-analyse the corpus (from memory, not disk). */
  private async reloadReferenceData(): Promise<void> {
    this.referenceData = this.loadReferenceData();
    await this.registerWatchers();
    await this.rebuildCorpus();
  }

  private allDiskFiles(): Promise<DiskFile[]> {
    return (async () => {
      const files: DiskFile[] = [];
      for (const folder of this.options.workspaceFolders) {
        for (const path of await findCorpusFiles(folder, this.selection)) files.push({ path, origin: 'workspace' });
      }
      // Seeds come after the workspace so that a workspace copy of a seed is the one kept.
      for (const path of listCorpusFiles([this.options.seedsPath]).files) {
        const absolute = resolve(path);
        if (!this.folderOf(absolute)) files.push({ path: absolute, origin: 'seed' });
      }
      return files;
    })();
  }

  /**
   * Indexes files; a newer call supersedes a running one. Opens the gates (ready, diagnostics) when
   * done. The first index defers conflict checks to its end: nothing is published before ready,
   * and each claim key is then checked once instead of once per document adding to it.
   */
  private async index(filesPromise: Promise<DiskFile[]>, wholeCorpus = false): Promise<void> {
    const generation = ++this.loadGeneration;
    const clock = new IndexingClock(this.pool);
    const files = await filesPromise;
    const firstIndex = !this.status.isReady;
    if (firstIndex) {
      this.state.deferConflictChecks();
      // What only hovers and references read is built once the index is ready (buildReadingIndexes).
      this.state.deferReadingIndexes();
    }
    // Only the start's index reads and writes the cache, and only until it is ready: it covers the
    // whole corpus, where a rescan (new include globs, even one that supersedes it) covers only the
    // files not yet in, and a cache written from it would lose the rest.
    const cache = firstIndex && wholeCorpus ? this.openIndexCache() : undefined;
    clock.cacheUsed = cache !== undefined;
    let finished = false;
    try {
      finished = await this.loadIndex(generation, files, clock, cache);
    } finally {
      // Superseded or failed: the old cache stays as it was.
      if (!finished) void cache?.abandon();
    }
    if (!finished) {
      clock.stop();
      return;
    }
    this.indexingProgress.done();
    const checksStart = performance.now();
    this.state.resumeConflictChecks('index');
    clock.checksMs = performance.now() - checksStart;
    // Logged before ready is announced, so a client that stops the server at ready has it.
    this.logger.info(clock.finish(files.length));
    const wasReady = this.status.isReady;
    this.status.ready(this.state.documents().length);
    if (!wasReady) this.publisher.refreshVisible();
    this.status.corpusChanged('all');
    // Nothing is analysed on the workers until the next index: their heaps go back to the system.
    this.pool?.release();
    // After ready: the new cache reaches the disk off the main thread while the editor is answered.
    if (cache) void cache.finish().then((line) => this.logger.info(line), (error: unknown) => this.logger.info(`Index cache: not written (${String(error)}).`));
    if (!wasReady) {
      for (const key of this.state.openKeys()) void this.prepareForTyping(key);
      void this.makeLineMapsAhead();
      void this.buildReadingIndexes().then(() => this.warmUpEngine());
    }
  }

  /**
   * The indexes deferred by the first index, built between requests once it is ready (and paused,
   * as the warm-up is, while the researcher types); a hover or a look-up of references meanwhile
   * builds the rest at once.
   */
  private async buildReadingIndexes(): Promise<void> {
    const started = performance.now();
    const wait = () => (this.busy() ? new Promise<void>((resolve) => setTimeout(resolve, TYPING_RECHECK_MS)) : undefined);
    try {
      await this.state.buildReadingIndexes(yieldToEventLoop, wait);
      this.logger.info(`Built the indexes hovers and references read in ${((performance.now() - started) / 1000).toFixed(2)} s after ready.`);
    } catch (error) {
      this.logger.warn(`Building the indexes hovers and references read stopped: ${describe(error)}`);
    }
  }

  /** Every document's line map, made between requests from ready on (lineMapsAhead.ts), resting between slices while the researcher types or reads. */
  private async makeLineMapsAhead(): Promise<void> {
    const started = performance.now();
    const rest = () => (this.busy() ? new Promise<void>((resolve) => setTimeout(resolve, LINE_MAPS_REST_MS)) : undefined);
    try {
      const count = await makeLineMapsAhead(this.state, yieldToEventLoop, rest);
      this.logger.info(`Made the line maps of ${count} documents in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
    } catch (error) {
      this.logger.warn(`Making the line maps stopped: ${describe(error)}`);
    }
  }

  /**
   * The index cache for this start, when the client gave it a folder, the setting allows it and the
   * engine is the bundled one (whose bytes identify it); otherwise undefined.
   */
  private openIndexCache(): IndexCache | undefined {
    const directory = this.options.indexCacheDirectory;
    if (!directory) return undefined;
    if (!this.settings.indexCacheEnabled) {
      this.logger.info('Index cache: off (policyLens.indexCache.enabled); every file is analysed.');
      return undefined;
    }
    const engine = this.pool ? engineHashOf(bundledWorkerPath(this.options.workerDirectory ?? __dirname)) : undefined;
    if (!engine) {
      this.logger.info('Index cache: not used, the engine is not the bundled one.');
      return undefined;
    }
    return IndexCache.open({ directory, engine, log: (message) => this.logger.info(message) });
  }

  private hasIndexCache(): boolean {
    const directory = this.options.indexCacheDirectory;
    return directory !== undefined && existsSync(join(directory, INDEX_CACHE_FILE_NAME));
  }

  private loadIndex(generation: number, files: readonly DiskFile[], clock: IndexingClock, cache: IndexCache | undefined): Promise<boolean> {
    return loadFiles(
      this.state,
      files,
      this.maxBytes(),
      {
        progress: (indexed, total) => {
          if (generation !== this.loadGeneration) return;
          if (!this.status.isReady) this.status.indexing(indexed, total);
          this.indexingProgress.report(indexed, total);
        },
        loaded: (key, file) => {
          this.diskFiles.set(key, file);
          this.status.unskip(key);
        },
        skipped: (key, _file, reason) => this.status.skip(key, reason),
        superseded: () => generation !== this.loadGeneration,
        deletionsReported: () => this.deletionsReported,
        hasRoom: () => !this.heapCeiling.full,
        heldBack: (files) => this.holdBack(files.map((file) => documentKey(uriOfPath(file.path)))),
      },
      this.pool,
      clock.timings,
      cache,
    );
  }

  private warmUpEngine(): void {
    const warmUp = this.warmUp;
    if (!warmUp) return;
    const started = performance.now();
    warmUp.start().then(
      () => this.logger.info(`Warmed up the engine on ${(warmUp.analysedBytes / 1e6).toFixed(1)} MB of the corpus in ${((performance.now() - started) / 1000).toFixed(1)} s.`),
      (error: unknown) => this.logger.warn(`Warming up the engine stopped: ${describe(error)}`),
    );
  }

  /** The corpus selection changed: drop files no longer selected, read newly selected ones. */
  private async rescan(): Promise<void> {
    const files = await this.allDiskFiles();
    const wanted = new Set(files.map((file) => documentKey(uriOfPath(file.path))));
    for (const key of [...this.diskFiles.keys()]) if (!wanted.has(key)) this.forgetFile(key);
    const fresh = files.filter((file) => !this.diskFiles.has(documentKey(uriOfPath(file.path))));
    this.indexingDone = this.index(Promise.resolve(fresh));
    await this.indexingDone;
  }

  private folderOf(path: string): string | undefined {
    return this.options.workspaceFolders.find((folder) => {
      const inside = relative(folder, path);
      return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
    });
  }

  /** Watches the include globs, the reviews file, the annotation stores and the reference-data files; re-registered when they change. */
  private async registerWatchers(): Promise<void> {
    if (!this.options.watcherRegistration) return;
    const previous = this.watcherRegistration;
    this.watcherRegistration = undefined;
    previous?.dispose();
    const watchers = [
      ...this.settings.include.map((globPattern) => ({ globPattern })),
      ...this.options.workspaceFolders.map((folder) => ({
        globPattern: { baseUri: uriOfPath(folder), pattern: REVIEWS_FILE.split(sep).join('/') },
      })),
      ...this.annotations.workspace.watchPatterns().map(({ folder, pattern }) => ({ globPattern: { baseUri: uriOfPath(folder), pattern } })),
      ...(this.referenceData?.files ?? []).map((file) => ({
        globPattern: { baseUri: uriOfPath(dirname(file)), pattern: file.slice(dirname(file).length + 1) },
      })),
    ];
    try {
      this.watcherRegistration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    } catch (error) {
      this.logger.warn(`Could not watch corpus files: ${String(error)}`);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error && error.stack ? error.stack : String(error);
}

/** Settings pushed in didChangeConfiguration (clients without workspace/configuration). */
function pickSection(pushed: unknown): unknown {
  const settings = (pushed as { settings?: Record<string, unknown> } | undefined)?.settings;
  return settings?.policyLens ?? settings;
}
