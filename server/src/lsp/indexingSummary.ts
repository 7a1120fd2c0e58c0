import { constants, performance, PerformanceObserver, type EventLoopUtilization, type PerformanceEntry } from 'node:perf_hooks';
import type { LoadTimings } from './corpusFilesLoader';
import type { AnalysisPool } from './workers/analysisPool';

// Where an index's time went, for one line in the server's log when it is complete: the main
// thread's share (reading files, merging analyses, the deferred conflict checks, its garbage
// collection) and the analysis workers', and how many files were analysed and how many taken from
// the index cache (indexCache/). The benchmark prints the line beside its own figures, so
// that a slow index says whether the workers or the main thread held it up.

export class IndexingClock {
  private readonly started = performance.now();
  private readonly mainBefore = performance.eventLoopUtilization();
  private readonly gc = { minorMs: 0, majorMs: 0 };
  private readonly observer = new PerformanceObserver((list) => this.record(list.getEntries()));
  readonly timings: LoadTimings = { readMs: 0, mergeMs: 0 };
  checksMs = 0;
  /** Whether this index could take analyses from the index cache (the summary then says how many it took, even none). */
  cacheUsed = false;

  constructor(private readonly pool: AnalysisPool | undefined) {
    pool?.resetActivity();
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** The summary line; stops observing. */
  finish(files: number): string {
    // Entries still buffered belong to this index too.
    this.record(this.observer.takeRecords());
    this.stop();
    const main: EventLoopUtilization = performance.eventLoopUtilization(this.mainBefore);
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const share = (part: number, whole: number) => `${whole > 0 ? Math.round((100 * part) / whole) : 0}%`;
    const activity = this.pool?.activity();
    const workers = activity
      ? `${this.pool!.size} analysis workers busy ${share(activity.busyMs, activity.upMs)} of their time`
      : 'no analysis workers (analysed in-thread)';
    const memory = process.memoryUsage();
    const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
    const reused = this.timings.reused ?? 0;
    const analyses = `analysed ${this.timings.analysed ?? 0}${reused > 0 || this.cacheUsed ? `, reused ${reused} from the index cache` : ''}`;
    return (
      `Indexed ${files} files in ${seconds(performance.now() - this.started)} (${analyses}): ` +
      `main thread busy ${share(main.active, main.active + main.idle)} (reading ${seconds(this.timings.readMs)}, ` +
      `merging ${seconds(this.timings.mergeMs)}, conflict checks ${seconds(this.checksMs)}, ` +
      `garbage collection ${seconds(this.gc.minorMs)} young + ${seconds(this.gc.majorMs)} full), ` +
      `${workers}; heap ${mb(memory.heapUsed)}, RSS ${mb(memory.rss)}`
    );
  }

  /** The index was superseded: no summary. */
  stop(): void {
    this.observer.disconnect();
  }

  private record(entries: readonly PerformanceEntry[]): void {
    for (const entry of entries) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) this.gc.minorMs += entry.duration;
      else this.gc.majorMs += entry.duration;
    }
  }
}
