// `npm run bench`: how fast the Policy Lens engine is, beside two established NLP packages, on the
// same input. Sections live in scripts/bench/; each prints its own block. `--quick` keeps the run
// short (fewer repetitions, smaller samples, smaller corpora); figures from it are rougher.
// Options: --only throughput|lsp, --sizes 1000,5000,10000, --ready-timeout-s N.
// Environment: POLICY_LENS_BENCH_INDEX_ONLY=1 skips the latency scenarios; POLICY_LENS_SERVER_NODE_ARGS
// adds Node flags to the server (e.g. "--cpu-prof --cpu-prof-dir=.cache/prof"); POLICY_LENS_NO_MINIFY=1
// makes the build the bench runs readable in profiles.
//
// Sections:
//   throughput  engine analyse + corpus index on ~7 MB of repeated seeds; compromise and wink-nlp
//   lsp         the real server over stdio on generated 1k/5k/10k-document corpora: time to index,
//               RSS, and on a 1 MB document didOpen/edit/hover/references latency (p50, p95)

import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureEngine } from './bench/engineThroughput';
import { lspSection } from './bench/lspSection';
import { measureCompromise, measureWink } from './bench/nlpBaselines';
import { readSeeds, repeatedSeedCorpus, sampleOf } from './bench/seedCorpus';
import { formatMb, formatMs, table } from './bench/stats';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
/** `--only throughput` or `--only lsp` runs one section. */
const only = valueOf('--only');
/** `--sizes 1000,2000` picks the LSP section's corpus sizes; `--ready-timeout-s 120` bounds each indexing run. */
const sizes = valueOf('--sizes')?.split(',').map(Number);
const readyTimeoutS = valueOf('--ready-timeout-s');
const root = join(__dirname, '..');

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`;
}

async function throughputSection(): Promise<void> {
  const runs = quick ? 3 : 5;
  const documents = repeatedSeedCorpus(readSeeds(join(root, 'seeds')), 7 * 1024 * 1024);
  console.log(`\n== Throughput: the seeds repeated, ${documents.length} documents (median of ${runs} runs)`);

  const engine = measureEngine(documents, runs);
  const compromise = await measureCompromise(sampleOf(documents, quick ? 60_000 : 250_000), 3);
  const wink = await measureWink(sampleOf(documents, quick ? 700_000 : 2_000_000), 3);

  const row = (name: string, bytes: number, runsMs: number[], mbps: number) => [
    name,
    formatMb(bytes),
    runsMs.map(formatMs).join(' '),
    mbps.toFixed(2),
  ];
  console.log(
    table([
      ['pass', 'input', 'runs', 'MB/s'],
      row('Policy Lens analyse (entities + claims)', engine.bytes, engine.analyseRunsMs, engine.analyseMbPerSecond),
      row('Policy Lens corpus index + conflicts', engine.bytes, engine.corpusRunsMs, engine.corpusMbPerSecond),
      row(compromise.name, compromise.sampleBytes, compromise.runsMs, compromise.mbPerSecond),
      row(wink.name, wink.sampleBytes, wink.runsMs, wink.mbPerSecond),
    ]),
  );
  console.log(
    `found: ${engine.entities} entities, ${engine.claims} claims, ${engine.conflicts} conflicts ` +
      `(compromise ${compromise.entities} and wink-nlp ${wink.entities} spans on their samples)`,
  );
  console.log(
    `ratio: engine/compromise ${(engine.analyseMbPerSecond / compromise.mbPerSecond).toFixed(0)}×, ` +
      `engine/wink-nlp ${(engine.analyseMbPerSecond / wink.mbPerSecond).toFixed(1)}×`,
  );
  console.log(
    `memory after indexing ${formatMb(engine.bytes)}: heap used ${engine.heapUsedMb.toFixed(0)} MB, ` +
      `peak RSS of the engine section ${engine.peakRssMb.toFixed(0)} MB`,
  );
}

async function main(): Promise<void> {
  console.log(`Policy Lens benchmark${quick ? ' (--quick)' : ''} on ${machine()}`);
  if (only === undefined || only === 'throughput') await throughputSection();
  if (only === undefined || only === 'lsp') {
    await lspSection(root, { quick, sizes, readyTimeoutMs: readyTimeoutS ? Number(readyTimeoutS) * 1000 : undefined });
  }
}

main().catch((error) => {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
