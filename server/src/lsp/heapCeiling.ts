import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Whether the corpus may grow without the server running out of memory. The server's heap has a
// ceiling (policyLens.server.maxMemoryMB); a workspace larger than it holds would kill the server
// with V8's "heap out of memory" in the middle of indexing, and the editor would restart it into
// the same death. Instead, the server stops taking in new files while it still has room to answer
// the editor, and says so.
//
// The heap's used size counts garbage too, so it alone would leave files out that fit. Only when
// it passes the fill limit is the heap collected, to learn what is really alive; that happens
// once per few percent of growth, and not at all below the limit (a 10,000-document workspace
// peaks at about 45% of the default ceiling while indexing).

/** Of the ceiling, what the live heap may reach before new files are held back: the rest is room to work (a references answer alone can be 20 MB of JSON). */
export const HEAP_FILL_LIMIT = 0.7;
/** Having found room by collecting, collect again only after the heap has grown by this share of the ceiling. */
const REGROWTH_BEFORE_RECHECK = 0.05;
/** Having found the heap full, look again (files closed or deleted free memory) no sooner than this. */
const FULL_RECHECK_MS = 10_000;

export interface HeapCeilingSource {
  /** Bytes in use, garbage included. */
  used(): number;
  /** The ceiling, in bytes. */
  limit(): number;
  /** Collects all garbage now and returns the bytes still in use: what is alive. */
  collect(): number;
}

/**
 * The old-space ceiling the server was started with (--max-old-space-size, in MB, see
 * serverLaunch.ts), in bytes. V8's own heap_size_limit adds the young generation's reserve to it,
 * 48 MB here, which would put the fill limit of a small ceiling almost at the ceiling itself.
 */
export function configuredCeiling(execArgv: readonly string[]): number | undefined {
  let megabytes: number | undefined;
  for (const arg of execArgv) {
    const match = /^--max[-_]old[-_]space[-_]size=(\d+)$/.exec(arg);
    if (match) megabytes = Number(match[1]);
  }
  return megabytes === undefined ? undefined : megabytes * 1024 * 1024;
}

let fullCollection: (() => void) | undefined;

export const processHeap: HeapCeilingSource = {
  used: () => getHeapStatistics().used_heap_size,
  limit: () => configuredCeiling(process.execArgv) ?? getHeapStatistics().heap_size_limit,
  collect() {
    // V8 gives its collector to contexts made after --expose-gc is set, as test runners' leak
    // detectors also get it; only the new context sees it, not the server's own globals.
    if (!fullCollection) {
      setFlagsFromString('--expose-gc');
      fullCollection = runInNewContext('gc') as () => void;
    }
    fullCollection();
    return getHeapStatistics().used_heap_size;
  },
};

export class HeapCeiling {
  private readonly limitBytes: number;
  private readonly fillBytes: number;
  /** What was alive at the last collection this made (0: none yet), and when. */
  private live = 0;
  private collectedAt = -Infinity;

  constructor(
    private readonly source: HeapCeilingSource = processHeap,
    fillLimit = HEAP_FILL_LIMIT,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.limitBytes = source.limit();
    this.fillBytes = this.limitBytes * fillLimit;
  }

  /** True when the live heap has reached the fill limit: no more files should come in. Asked once per file, so below the limit it only compares. */
  get full(): boolean {
    const used = this.source.used();
    if (used < this.fillBytes) return false;
    if (this.live >= this.fillBytes) {
      if (this.now() - this.collectedAt < FULL_RECHECK_MS) return true;
    } else if (used < this.live + this.limitBytes * REGROWTH_BEFORE_RECHECK) {
      return false;
    }
    this.live = this.source.collect();
    this.collectedAt = this.now();
    return this.live >= this.fillBytes;
  }

  /** The ceiling in MB, as the setting names it. */
  get limitMb(): number {
    return Math.round(this.limitBytes / (1024 * 1024));
  }
}
