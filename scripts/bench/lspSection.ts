import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIG_DOC_PATH, documentPath, generateCorpus } from './generateCorpus';
import { measureLatency, summarise, summariseBytes, type LatencyCounts, type LatencyFigures } from './lspLatency';
import { describeCorpusRequests, measureCorpusRequests, type CorpusRequestFigures } from './corpusRequests';
import { LspSession } from './lspSession';
import { formatMb, table } from './stats';

// Issue 7's benchmark: the real server, driven over stdio, on generated corpora of growing size.
// Each size gets a fresh server: time from initialize to the "ready" status (the full index),
// RSS when ready and at peak. The largest corpus also gets the latency scenario on its 1 MB document
// and on a document of ordinary size, with diagnostics pulled (as VS Code with our client gets them);
// then a second server, for a client without pull support, times the same keystrokes pushed.
// Measuring indexing alone (POLICY_LENS_BENCH_INDEX_ONLY=1), each size is started three times: with
// no index cache (as before it existed), then with one in a fresh folder, cold (the folder empty:
// every file analysed, the cache written) and warm (the cache the cold start wrote), as a
// researcher's first and second morning meet it.

const CORPUS_SEED = 20101117;

export interface LspSectionOptions {
  quick: boolean;
  /** Corpus sizes for the growth table (default 1k/5k/10k, or 250/500/1k with --quick); the last gets the latency scenario. */
  sizes?: number[];
  /** How long a server may take to index before the size is reported as not finished. */
  readyTimeoutMs?: number;
}

export async function lspSection(repoRoot: string, options: LspSectionOptions): Promise<void> {
  const { quick } = options;
  const sizes = options.sizes ?? (quick ? [250, 500, 1000] : [1000, 5000, 10000]);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 10000)) throw new Error('--sizes takes whole numbers from 1 to 10000');
  const largest = sizes[sizes.length - 1];
  // POLICY_LENS_BENCH_INDEX_ONLY=1 measures indexing alone (no latency scenario), for work on cold start.
  const indexOnly = process.env.POLICY_LENS_BENCH_INDEX_ONLY === '1';
  const counts = quick
    ? { edits: 50, hovers: 50, references: 20, editBudgetMs: 60_000 }
    : { edits: 200, hovers: 200, references: 100, editBudgetMs: 300_000 };

  console.log(`\n== Language server at the protocol: generated corpora of ${sizes.join(', ')} documents plus one 1 MB document`);
  const build = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed: the server bundle is needed');
  const serverPath = join(repoRoot, 'dist', 'server.js');

  const corpus = generateCorpus({
    root: join(repoRoot, 'bench-corpus'),
    seedsDir: join(repoRoot, 'seeds'),
    documents: 10000,
    seed: CORPUS_SEED,
    log: (line) => console.log(line),
  });
  // An empty seeds folder, so the figures are about the generated corpus alone.
  const noSeeds = join(corpus.root, 'no-seeds');
  if (!existsSync(noSeeds)) mkdirSync(noSeeds);

  const growth: string[][] = [['documents (+ the 1 MB one)', 'text', 'initialize → ready', 'MB/s', 'server CPU', 'RSS ready', 'RSS 1 s later', 'RSS peak indexing', 'RSS peak with latency scenario']];
  const summaries: string[] = [];
  let latency: Scenarios | undefined;
  let pushed: Scenarios | undefined;
  let latencyFailure: string | undefined;
  let corpusRequests: CorpusRequestFigures | undefined;
  const cacheSizes: string[] = [];
  for (const n of sizes) {
    const tree = corpus.treeFor(n);
    const bytes = corpus.totalBytes(n);
    const cacheFolder = indexOnly ? mkdtempSync(join(tmpdir(), 'policy-lens-bench-cache-')) : undefined;
    const starts: Array<string | undefined> = indexOnly ? ['no cache', 'cold cache', 'warm cache'] : [undefined];
    for (const start of starts) {
      const session = LspSession.start(serverPath, tree, { pull: true });
      const label = start ? `${n}, ${start}` : `${n}`;
      // Its new cache reaches the disk after ready (off the main thread): the next start needs it whole.
      const folder = start === 'no cache' ? undefined : cacheFolder;
      const cacheWritten = folder ? session.waitForLog((line) => /^Index cache: (wrote|could not|not written)/.test(line), 10 * 60_000) : undefined;
      // Awaited below; a start that fails before then has its own error to report.
      cacheWritten?.catch(() => undefined);
      try {
        const { readyMs, status } = await session.initialize(tree, noSeeds, options.readyTimeoutMs ?? 10 * 60_000, folder);
        const rssReady = session.rssMb();
        const cpuReady = session.cpuSeconds();
        const threads = session.threadCpuSeconds();
        // The server runs one analysis worker per core, up to four (see workers/analysisPool.ts).
        const workerCount = Math.min(availableParallelism(), 4);
        // The workers stop once the index is done, and may be gone by now: their CPU is then what the
        // live threads do not account for, and the busiest live threads are V8's.
        const sum = (values: readonly number[]) => values.reduce((total, seconds) => total + seconds, 0);
        const exited = Math.max(0, cpuReady - threads.main - sum(threads.others));
        const workersGone = exited > (threads.others[0] ?? 0);
        const secs = (seconds: number) => `${seconds.toFixed(1)} s`;
        const workers = workersGone
          ? `the ${workerCount} analysis workers (already stopped) ${secs(exited)} in all`
          : `the ${workerCount} busiest others (the analysis workers) ${threads.others.slice(0, workerCount).map(secs).join(' + ')}`;
        const helpers = sum(workersGone ? threads.others : threads.others.slice(workerCount));
        summaries.push(`${label}: CPU by thread at ready: main ${secs(threads.main)}, ${workers}, the rest (V8's background compilation and GC, the I/O pool) ${secs(helpers)}`);
        // The peak while indexing, before the latency scenario (opening the 1 MB document) adds its own.
        const peakIndexing = session.peakRssMb;
        // A second later: what the server keeps once indexing has let go of its workers and garbage.
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const rssSettled = session.rssMb();
        if (n === largest && !indexOnly) {
          try {
            latency = await scenarios(session, tree, n, counts);
          } catch (error) {
            latencyFailure = (error as Error).message;
          }
        }
        if (cacheWritten) {
          await cacheWritten;
          const file = join(folder!, 'index-cache.bin');
          cacheSizes.push(`${label}: cache file ${existsSync(file) ? formatMb(statSync(file).size) : 'missing'}; ${session.cacheLines.join(' ')}`);
        }
        growth.push([
          `${label} (${status.indexed} indexed)`,
          formatMb(bytes),
          `${(readyMs / 1000).toFixed(2)} s`,
          (bytes / 1e6 / (readyMs / 1000)).toFixed(1),
          `${cpuReady.toFixed(1)} s`,
          `${rssReady.toFixed(0)} MB`,
          `${rssSettled.toFixed(0)} MB`,
          `${peakIndexing.toFixed(0)} MB`,
          n === largest && !indexOnly ? `${session.peakRssMb.toFixed(0)} MB` : '',
        ]);
      } catch (error) {
        // A size the server cannot index in time is a finding, not a reason to lose the other rows.
        growth.push([label, formatMb(bytes), (error as Error).message, '', '', '', `${session.rssMb().toFixed(0)} MB`, `${session.peakRssMb.toFixed(0)} MB`]);
      } finally {
        for (const summary of session.indexingSummaries) summaries.push(`${label}: ${summary}`);
        await session.stop();
      }
    }
    if (cacheFolder) rmSync(cacheFolder, { recursive: true, force: true });
  }

  if (latency && !indexOnly) {
    // The keystrokes again, on a fresh server of the same corpus, for a client that takes pushes.
    const session = LspSession.start(serverPath, corpus.treeFor(largest), { pull: false });
    try {
      await session.initialize(corpus.treeFor(largest), noSeeds, options.readyTimeoutMs ?? 10 * 60_000);
      pushed = await scenarios(session, corpus.treeFor(largest), largest, { ...counts, hovers: 0, references: 0 });
      // Check Claims pushes every document's diagnostics: a client without pull is the one that takes them all.
      corpusRequests = await measureCorpusRequests(session);
    } catch (error) {
      latencyFailure = `${latencyFailure ? `${latencyFailure}; ` : ''}push session: ${(error as Error).message}`;
    } finally {
      await session.stop();
    }
  }

  console.log(table(growth));
  if (cacheSizes.length) console.log(`\nThe index cache:\n${cacheSizes.map((line) => `  ${line}`).join('\n')}`);
  if (summaries.length) console.log(`\nThe server's own account of each index:\n${summaries.map((line) => `  ${line}`).join('\n')}`);
  if (latencyFailure) console.log(`\nThe latency scenario on the 1 MB document failed: ${latencyFailure}`);
  if (latency) {
    console.log(`\nOn the 1 MB document with ${largest} others indexed:`);
    printFigures(latency.big, pushed?.big, counts);
  }
  if (latency?.typical) {
    console.log(`\nOn a ${(latency.typical.bytes / 1024).toFixed(0)} KB document (an ordinary size) in the same corpus:`);
    printFigures(latency.typical.figures, pushed?.typical?.figures);
  }
  if (corpusRequests) {
    console.log(`\nWhole-corpus requests with ${largest} documents, as the editor makes them (side panel bounds as the client asks):`);
    for (const line of describeCorpusRequests(corpusRequests)) console.log(line);
  }
}

interface Scenarios {
  big: LatencyFigures;
  /** The same scenario on a document of ordinary size, which is what most keystrokes land in. */
  typical?: { bytes: number; figures: LatencyFigures };
}

async function scenarios(session: LspSession, tree: string, n: number, counts: LatencyCounts): Promise<Scenarios> {
  const big = await measureLatency(session, join(tree, BIG_DOC_PATH), counts, CORPUS_SEED);
  const ordinary = typicalDocument(tree, n);
  if (!ordinary) return { big };
  const typicalCounts = { ...counts, edits: Math.min(counts.edits, 100), editBudgetMs: 60_000 };
  return { big, typical: { bytes: ordinary.bytes, figures: await measureLatency(session, ordinary.path, typicalCounts, CORPUS_SEED + 1) } };
}

/** Pulled figures (the editor's way), then the keystrokes pushed to a client without pull, on their own line. */
function printFigures(pulled: LatencyFigures, pushed: LatencyFigures | undefined, counts?: LatencyCounts): void {
  const cutShort = counts && pulled.editsAttempted < counts.edits ? `; stopped after ${pulled.editsAttempted} of ${counts.edits} edits at the ${counts.editBudgetMs / 1000} s budget` : '';
  const lost = pulled.editTimeouts ? `; ${pulled.editTimeouts} edits got no diagnostics within a minute` : '';
  const reports = pulled.reports ? `; reports: ${pulled.reports.unchanged} unchanged, ${pulled.reports.full} full` : '';
  console.log(`  didOpen → diagnostics (pull)         ${pulled.openMs.toFixed(1)} ms`);
  console.log(`  edit → diagnostics (pull)            ${summarise(pulled.editsMs)}${reports}${cutShort}${lost}`);
  if (pushed) {
    const pushLost = pushed.editTimeouts ? `; ${pushed.editTimeouts} edits got no diagnostics within a minute` : '';
    console.log(`  edit → diagnostics (push, no pull)   ${summarise(pushed.editsMs)}${pushLost}`);
  }
  const pushedBytes = pushed ? `; pushed: ${summariseBytes(pushed.editBytes)}` : '';
  console.log(`  diagnostics JSON per edit            pulled: ${summariseBytes(pulled.editBytes)}${pushedBytes}`);
  const pushedCpu = pushed ? `; pushed: ${pushed.serverCpuMsPerEdit.toFixed(1)} ms` : '';
  console.log(`  server CPU per edit                  pulled: ${pulled.serverCpuMsPerEdit.toFixed(1)} ms${pushedCpu} (with the 100 ms between keystrokes)`);
  console.log(`  hover                                ${summarise(pulled.hoversMs)}`);
  console.log(`  references                           ${summarise(pulled.referencesMs)}`);
}

/** The first generated document of 16–24 KB: about the corpus's typical press release or blog post. */
function typicalDocument(tree: string, documents: number): { path: string; bytes: number } | undefined {
  for (let index = 0; index < documents; index++) {
    const path = join(tree, documentPath(index));
    const bytes = statSync(path).size;
    if (bytes >= 16 * 1024 && bytes <= 24 * 1024) return { path, bytes };
  }
  return undefined;
}
