import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker } from '../../server/src/lsp/workers/messages';
import { documentPath, generateCorpus } from './generateCorpus';

// What a fresh analysis worker costs before it runs at the engine's speed: one worker of the
// bundle (dist/analysisWorker.js, as the server starts it) is sent the same generated documents
// several times over, and the CPU of every thread of this process is read from /proc after each
// pass. The first pass pays the warm-up: the engine's code run before V8 has optimised it (on the
// worker's own thread) and its optimising compiles (on V8's background threads). The server pays
// that once per worker on a first index, whatever the corpus's size: it is most of the intercept of
// ready against corpus size (round 21, docs/performance.md).
//
//   npm run -s build && npx tsx scripts/bench/workerWarmUp.ts [documents=1000] [passes=3]
//
// Run it with the server's V8 flags (SERVER_V8_FLAGS in server/src/serverLaunch.ts) to measure what
// the server runs, e.g. `node --import tsx --max-inlined-bytecode-size-cumulative=460 --no-parallel-scavenge …`.
// Linux only (/proc); CPU time rather than wall time, which other load on the machine moves more.

const CORPUS_SEED = 20101117;
/** Texts waiting for or inside the worker, as the server keeps them (corpusFilesLoader.ts). */
const IN_FLIGHT = 16;

interface PassCpu {
  /** The worker's own thread: the engine, warm or not, and the reply. */
  workerSeconds: number;
  /** Every other thread but this one: V8's background compiles and garbage collection. */
  backgroundSeconds: number;
}

async function main(): Promise<void> {
  const repoRoot = join(__dirname, '..', '..');
  const documents = Number(process.argv[2] ?? 1000);
  const passes = Number(process.argv[3] ?? 3);
  const corpus = generateCorpus({ root: join(repoRoot, 'bench-corpus'), seedsDir: join(repoRoot, 'seeds'), documents, seed: CORPUS_SEED });
  const texts = Array.from({ length: documents }, (_, index) => readFileSync(join(corpus.root, 'all', documentPath(index))));
  const megabytes = texts.reduce((sum, bytes) => sum + bytes.length, 0) / 1e6;

  const worker = new Worker(join(repoRoot, 'dist', 'analysisWorker.js'));
  const configure: ToWorker = { kind: 'configure', configuration: 1, aliases: undefined, rules: undefined };
  worker.postMessage(configure);
  const results: PassCpu[] = [];
  try {
    for (let pass = 0; pass < passes; pass++) {
      const before = threadCpu();
      await analyseAll(worker, texts);
      results.push(passCpu(before, threadCpu()));
    }
  } finally {
    await worker.terminate();
  }
  console.log(`One analysis worker, ${documents} generated documents (${megabytes.toFixed(1)} MB) per pass; CPU seconds:`);
  results.forEach(({ workerSeconds, backgroundSeconds }, pass) =>
    console.log(`  pass ${pass + 1}: worker ${workerSeconds.toFixed(2)}, V8 background ${backgroundSeconds.toFixed(2)}, ${(megabytes / workerSeconds).toFixed(1)} MB/s on the worker`),
  );
  const warm = results[results.length - 1];
  if (results.length > 1 && warm) {
    const extra = results[0]!.workerSeconds + results[0]!.backgroundSeconds - warm.workerSeconds - warm.backgroundSeconds;
    console.log(`  the first pass cost ${extra.toFixed(2)} s of CPU more than the last: a fresh worker's warm-up`);
  }
}

/** Sends every text to the worker, IN_FLIGHT at a time, and resolves when every analysis is back. */
function analyseAll(worker: Worker, texts: readonly Buffer[]): Promise<void> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = 0;
    const send = (): void => {
      while (sent < texts.length && sent - answered < IN_FLIGHT) {
        const bytes = new Uint8Array(texts[sent]!);
        const message: ToWorker = { kind: 'analyse', id: sent++, configuration: 1, bytes, overrides: undefined };
        worker.postMessage(message, [bytes.buffer]);
      }
    };
    const onMessage = (reply: FromWorker): void => {
      if ('error' in reply) {
        worker.off('message', onMessage);
        reject(new Error(reply.error));
        return;
      }
      answered++;
      if (answered < texts.length) send();
      else {
        worker.off('message', onMessage);
        resolve();
      }
    };
    worker.on('message', onMessage);
    send();
  });
}

/** CPU seconds of each thread of this process, by thread id. */
function threadCpu(): Map<string, number> {
  const threads = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) threads.set(tid, cpuOf(`/proc/self/task/${tid}/stat`));
  return threads;
}

/** utime + stime of a /proc stat file, in seconds (the fields after the command name, which may hold spaces). */
function cpuOf(statFile: string): number {
  const stat = readFileSync(statFile, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The worker is the thread that ran most in the pass; the others but this one are V8's and libuv's. */
function passCpu(before: Map<string, number>, after: Map<string, number>): PassCpu {
  const spent = [...after]
    .filter(([tid]) => tid !== String(process.pid))
    .map(([tid, seconds]) => seconds - (before.get(tid) ?? 0))
    .sort((a, b) => b - a);
  const [workerSeconds = 0, ...others] = spent;
  return { workerSeconds, backgroundSeconds: others.reduce((sum, seconds) => sum + seconds, 0) };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
