import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { EventLoopUtilization } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { DEFAULT_CONFLICT_RULES, type ConflictRules } from '../../engine/claims/rules';
import type { AnalysisSetup } from '../../engine/corpus';
import type { AliasLink, DocumentAnalysis } from '../../engine/types';
import { analysisOfReply } from './analysisReply';
import type { AnalyseMessage, FromWorker, ToWorker } from './messages';
import { SharedStrings } from './sharedStrings';

// Analysis on worker threads, so that indexing a large workspace uses every core and leaves the
// main thread free to answer the editor (hovers on open documents) and to merge the analyses into
// the corpus. Files go out as their UTF-8 bytes, analyses come back; the workers hold nothing per
// document.

/** An analysis, with the length of its text in UTF-16 code units. */
export interface AnalysedText {
  analysis: DocumentAnalysis;
  textLength: number;
  /** The analysis as its worker wrote it, when it came as JSON: what the index cache keeps (see indexCache/). */
  analysisJson?: string;
}

interface Pending {
  resolve(analysed: AnalysedText): void;
  /** Whether the caller keeps the reply's JSON (for the index cache). */
  keepJson: boolean;
  reject(error: Error): void;
  worker: PooledWorker;
}

interface PooledWorker {
  worker: Worker;
  inFlight: number;
  /** Its event-loop utilisation at the last resetActivity (none: since it started). */
  baseline?: EventLoopUtilization;
}

/** How busy the workers were: time spent analysing, out of the time they were up, summed over workers. */
export interface PoolActivity {
  busyMs: number;
  upMs: number;
}

/** The bundled worker sits beside the bundled server (dist/analysisWorker.js). */
export function bundledWorkerPath(serverDirectory: string): string {
  return join(serverDirectory, 'analysisWorker.js');
}

export class AnalysisPool {
  private readonly workers: PooledWorker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private configuration = 0;
  private configured: { aliases: readonly AliasLink[] | undefined; rules: ConflictRules } | undefined;
  private broken: Error | undefined;
  /** Activity of workers already released, so that activity() covers every worker since the last reset. */
  private retired: PoolActivity = { busyMs: 0, upMs: 0 };
  /** The recurring strings of the analyses received since the last release (see sharedStrings.ts). */
  private readonly strings = new SharedStrings();

  private constructor(
    private readonly workerPath: string,
    readonly size: number,
  ) {}

  /**
   * A pool over the bundled worker, one worker per core up to `maxWorkers`; undefined when the
   * bundle has no worker beside it (running from sources), and the caller analyses in-thread.
   */
  static create(serverDirectory: string, maxWorkers = 4): AnalysisPool | undefined {
    const path = bundledWorkerPath(serverDirectory);
    if (!existsSync(path)) return undefined;
    return new AnalysisPool(path, Math.max(1, Math.min(maxWorkers, availableParallelism())));
  }

  /** False once a worker has failed: callers then analyse in-thread. */
  get usable(): boolean {
    return this.broken === undefined;
  }

  /** How many analyses are waiting for a worker or running. */
  get inFlight(): number {
    return this.pending.size;
  }

  /**
   * Analyses the text that valid UTF-8 bytes hold (a file checked by readTextBytes), decoded by the
   * worker. The bytes stay the caller's: the worker gets a copy, handed over without serialising.
   * `keepJson`: the analysis's JSON comes back too (analysisJson), for the index cache. Only then:
   * held until the merge, a reply's JSON outlives a young collection, and at 10,000 documents those
   * promoted strings left RSS at ready 15–25 MB higher for no reader.
   */
  analyse(bytes: Uint8Array, setup: AnalysisSetup, keepJson = false): Promise<AnalysedText> {
    if (this.broken) return Promise.reject(this.broken);
    this.configure(setup);
    const target = this.leastBusy();
    const id = this.nextId++;
    target.inFlight++;
    // A copy of exactly the text's bytes, transferred: a structured clone would copy them twice,
    // and a Buffer's whole backing store (a shared pool's, for a small file) with them.
    const copy = new Uint8Array(bytes);
    const message: AnalyseMessage = { kind: 'analyse', id, configuration: this.configuration, bytes: copy, overrides: setup.options?.overrides };
    return new Promise<AnalysedText>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker: target, keepJson });
      target.worker.postMessage(message, [copy.buffer]);
    });
  }

  /** Starts the workers ahead of the first text, so that loading their bundle overlaps finding the files. */
  warm(): void {
    if (!this.broken) this.ensureWorkers();
  }

  /**
   * Stops the workers when nothing is waiting for them (an index has finished): each keeps a heap of
   * its own, sized by the largest text it analysed, that the server has no use for between indexes.
   * The next analyse starts them again. False when analyses are still on their way.
   */
  release(): boolean {
    if (this.pending.size > 0) return false;
    for (const pooled of this.workers) {
      this.retire(pooled);
      pooled.worker.removeAllListeners();
      void pooled.worker.terminate();
    }
    this.workers.length = 0;
    // New workers have no configuration yet.
    this.configured = undefined;
    // The corpus holds the strings it still uses; the table would only keep the others alive.
    this.strings.clear();
    return true;
  }

  /** Shares an analysis made without the workers (one read from the index cache) into the strings of this index. */
  shareStrings(analysis: DocumentAnalysis): void {
    this.strings.shareAnalysis(analysis);
  }

  /** The workers' activity since the last resetActivity (released workers included). */
  activity(): PoolActivity {
    const total = { ...this.retired };
    for (const pooled of this.workers) add(total, utilisationOf(pooled));
    return total;
  }

  resetActivity(): void {
    this.retired = { busyMs: 0, upMs: 0 };
    for (const pooled of this.workers) pooled.baseline = pooled.worker.performance.eventLoopUtilization();
  }

  dispose(): void {
    this.fail(new Error('analysis pool disposed'));
  }

  /** Aliases and rules go to the workers once, and again only when they change (by identity). */
  private configure(setup: AnalysisSetup): void {
    const aliases = setup.options?.aliases;
    if (this.configured && this.configured.aliases === aliases && this.configured.rules === setup.rules) return;
    this.configured = { aliases, rules: setup.rules };
    this.configuration++;
    this.ensureWorkers();
    const message: ToWorker = {
      kind: 'configure',
      configuration: this.configuration,
      aliases,
      rules: setup.rules === DEFAULT_CONFLICT_RULES ? undefined : setup.rules,
    };
    for (const { worker } of this.workers) worker.postMessage(message);
  }

  private ensureWorkers(): void {
    while (this.workers.length < this.size) {
      const worker = new Worker(this.workerPath);
      // The workers never keep the server alive on their own.
      worker.unref();
      const pooled: PooledWorker = { worker, inFlight: 0 };
      worker.on('message', (message: FromWorker) => this.answered(message));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => this.fail(new Error(`analysis worker exited with code ${code}`)));
      this.workers.push(pooled);
    }
  }

  private retire(pooled: PooledWorker): void {
    add(this.retired, utilisationOf(pooled));
  }

  private leastBusy(): PooledWorker {
    let best = this.workers[0]!;
    for (const candidate of this.workers) if (candidate.inFlight < best.inFlight) best = candidate;
    return best;
  }

  private answered(message: FromWorker): void {
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    waiting.worker.inFlight--;
    if ('error' in message) waiting.reject(new Error(message.error));
    else {
      const analysis = analysisOfReply(message);
      this.strings.shareAnalysis(analysis);
      waiting.resolve({ analysis, textLength: message.textLength, analysisJson: waiting.keepJson && 'analysisJson' in message ? message.analysisJson : undefined });
    }
  }

  /** A worker died (or the pool is disposed): every waiting analysis fails, and the pool is not used again. */
  private fail(error: Error): void {
    if (this.broken) return;
    this.broken = error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
    for (const { worker } of this.workers) void worker.terminate();
    this.workers.length = 0;
  }
}

function utilisationOf(pooled: PooledWorker): EventLoopUtilization {
  const now = pooled.worker.performance.eventLoopUtilization();
  return pooled.baseline ? pooled.worker.performance.eventLoopUtilization(now, pooled.baseline) : now;
}

function add(total: PoolActivity, utilisation: EventLoopUtilization): void {
  total.busyMs += utilisation.active;
  total.upMs += utilisation.active + utilisation.idle;
}
