import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';

// Runs jobs in a worker thread with a time bound per job, so a test can catch runaway work
// (catastrophic regular-expression backtracking, a quadratic loop) without hanging: a job that
// overruns its bound is reported as such, the worker is terminated, and a fresh one takes the next
// job. The worker's TypeScript entry is bundled with esbuild once, so it runs without a loader; it
// posts one message when it is ready, and only then does a job's clock start.

export type JobOutcome<R> = { ok: true; result: R; ms: number } | { ok: false; reason: 'timeout' | 'error'; message: string; ms: number };

export class BoundedWorker<J, R> {
  private worker: Worker | undefined;
  private readonly bundleDir: string;
  private readonly bundle: string;

  constructor(entry: string) {
    this.bundleDir = mkdtempSync(join(tmpdir(), 'policy-lens-worker-'));
    this.bundle = join(this.bundleDir, 'worker.cjs');
    buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: this.bundle, logLevel: 'error' });
  }

  /** A worker that has loaded its bundle: its start-up is not part of any job's time. */
  private ready(): Promise<Worker> {
    if (this.worker) return Promise.resolve(this.worker);
    const worker = new Worker(this.bundle);
    this.worker = worker;
    return new Promise((resolve, reject) => {
      worker.once('message', () => resolve(worker));
      worker.once('error', reject);
    });
  }

  /** Runs one job; resolves with its result, or with a timeout once `boundMs` has passed. */
  async run(job: J, boundMs: number): Promise<JobOutcome<R>> {
    const worker = await this.ready();
    const started = performance.now();
    return new Promise((resolve) => {
      const finish = (outcome: JobOutcome<R>) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve(outcome);
      };
      const onMessage = (message: { result?: R; error?: string }) => {
        const ms = performance.now() - started;
        finish(message.error === undefined ? { ok: true, result: message.result as R, ms } : { ok: false, reason: 'error', message: message.error, ms });
      };
      const onError = (error: Error) => {
        this.worker = undefined;
        finish({ ok: false, reason: 'error', message: error.stack ?? error.message, ms: performance.now() - started });
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        void worker.terminate();
        finish({ ok: false, reason: 'timeout', message: `still running after ${boundMs} ms`, ms: boundMs });
      }, boundMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(job);
    });
  }

  async dispose(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
    rmSync(this.bundleDir, { recursive: true, force: true });
  }
}
