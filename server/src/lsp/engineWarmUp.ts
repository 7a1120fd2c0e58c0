import type { AnalysisSetup } from '../engine/corpus';
import { analyseDocument } from '../engine/corpus/documentAnalysis';
import type { DocumentAnalysis } from '../engine/types';
import { yieldToEventLoop } from './corpusFilesLoader';

// With analysis workers, the first index runs the engine on the workers only, and the main
// thread's first analysis is the researcher's first keystroke. V8 optimises each thread's code
// separately, from what that thread has run: the main thread's engine then runs unoptimised,
// about twice as slow as a worker's. (Re-analysing one ~20 KB section of a 1 MB document took
// 6–9 ms on the main thread after an index, 2–3 ms in a warm process.) So once the first index is
// done, the main thread analyses a few megabytes of the corpus in short slices, between requests,
// and throws the results away: the first keystrokes then find the engine already optimised.
// This costs a few hundred milliseconds of CPU once per server, while the editor is idle: while
// the researcher types, it waits (their keystrokes warm the engine up themselves).

/** How much text the main thread analyses to warm up: about where the engine stopped getting faster (3–4 MB in a fresh process). */
export const WARM_UP_BYTES = 3 * 1024 * 1024;
/** Texts longer than this are passed over, so that one slice stays short enough not to delay a keystroke much. */
export const WARM_UP_MAX_TEXT = 32 * 1024;
/** Work this long, then let waiting messages (a keystroke, a hover) through. */
const SLICE_MS = 8;
/** While the researcher types, look again this much later. */
const TYPING_RECHECK_MS = 200;

export interface WarmUpSource {
  /** The corpus's documents, in corpus order. */
  documents(): readonly string[];
  textOf(doc: string): string | undefined;
  /** The text's length without reading it (closed texts are stored as UTF-8): long ones are passed over undecoded. */
  lengthOf?(doc: string): number | undefined;
  /** What the corpus would analyse the document with; undefined when it runs an analyser of its own. */
  setupOf(doc: string): AnalysisSetup | undefined;
  /** Whether the researcher is busy now (an edit, or a hover or references request, came in the last moments). */
  typing(): boolean;
}

export interface WarmUpOptions {
  budgetBytes?: number;
  /** For tests: the analysis to run (the corpus's own by default). */
  analyse?: (text: string, setup: AnalysisSetup) => DocumentAnalysis;
  yieldToEventLoop?: () => Promise<void>;
  /** For tests: how to wait while the researcher types. */
  sleep?: (ms: number) => Promise<void>;
}

export class EngineWarmUp {
  private started = false;
  private stopped = false;
  /** How much text has been analysed so far (for tests and the log). */
  analysedBytes = 0;

  constructor(
    private readonly source: WarmUpSource,
    private readonly options: WarmUpOptions = {},
  ) {}

  /** Starts warming up, once per server: later calls (a re-index) do nothing. Resolves when done or stopped. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const budget = this.options.budgetBytes ?? WARM_UP_BYTES;
    const analyse = this.options.analyse ?? ((text: string, setup: AnalysisSetup) => analyseDocument(text, setup.options, setup.rules));
    const pause = this.options.yieldToEventLoop ?? yieldToEventLoop;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    let sliceStart = performance.now();
    for (const doc of this.source.documents()) {
      while (!this.stopped && this.source.typing()) {
        await sleep(TYPING_RECHECK_MS);
        sliceStart = performance.now();
      }
      if (this.stopped || this.analysedBytes >= budget) return;
      if ((this.source.lengthOf?.(doc) ?? 0) > WARM_UP_MAX_TEXT) continue;
      const text = this.source.textOf(doc);
      const setup = this.source.setupOf(doc);
      if (text === undefined || setup === undefined || text.length > WARM_UP_MAX_TEXT) continue;
      try {
        analyse(text, setup);
      } catch {
        // The corpus already holds this text's analysis (or its failure); warming up has nothing to add.
      }
      this.analysedBytes += text.length;
      if (performance.now() - sliceStart >= SLICE_MS) {
        await pause();
        sliceStart = performance.now();
      }
    }
  }

  stop(): void {
    this.stopped = true;
  }
}
