import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIG_DOC_PATH, generateCorpus } from './generateCorpus';
import { shippedEngine, type ShippedEngine } from './shippedEngine';
import { formatMb, formatMs, heapUsedMb, median, mbPerSecond, peakRssMb, timeIt, utf8Bytes } from './stats';

// The engine's own speed on the repeated-seed corpus: `analyse` over every document (entities and
// the claims it extracts: the whole per-document pass), and building the corpus index with its
// conflicts, as the server does at start-up (conflict checks deferred to the end, once per key).
// Memory is read right after, while the index is alive.
//
// Beside it, `analyse` on realistic text: distinct generated documents of 2-50 KB (the seeds'
// sentences recombined with varied names, numbers and dates, see generateCorpus.ts) and the
// generated 1 MB document. Every text there is different, so no cache keyed by text can flatter
// the figure; the engine's caches are keyed by words and names, which real corpora repeat too.

/** Where the engine section keeps its own generated corpus (git-ignored), apart from the LSP section's. */
const ENGINE_CORPUS = ['bench-corpus', 'engine'];
const ENGINE_CORPUS_SEED = 20101117;
/** About 5 MB of documents of 2-50 KB. */
const ENGINE_CORPUS_DOCUMENTS = 440;

export interface RealisticThroughput {
  documents: number;
  bytes: number;
  runsMs: number[];
  mbPerSecond: number;
  bigDocumentBytes: number;
  bigDocumentRunsMs: number[];
  bigDocumentMbPerSecond: number;
}

export interface EngineThroughput {
  bytes: number;
  documents: number;
  analyseRunsMs: number[];
  analyseMbPerSecond: number;
  corpusRunsMs: number[];
  corpusMbPerSecond: number;
  entities: number;
  claims: number;
  conflicts: number;
  heapUsedMb: number;
  peakRssMb: number;
  /** `analyse` on the generated, realistic documents (absent when the seeds cannot be read). */
  realistic?: RealisticThroughput;
}

let engine: ShippedEngine | undefined;
/** The shipped (bundled) engine, built once per run. */
function engineOnce(): ShippedEngine {
  engine ??= shippedEngine(join(__dirname, '..', '..'));
  return engine;
}

/** Reads (generating once, if missing) the engine section's corpus: the documents and the 1 MB one. */
function realisticDocuments(repoRoot: string): { documents: string[]; big: string } {
  const corpus = generateCorpus({
    root: join(repoRoot, ...ENGINE_CORPUS),
    seedsDir: join(repoRoot, 'seeds'),
    documents: ENGINE_CORPUS_DOCUMENTS,
    seed: ENGINE_CORPUS_SEED,
  });
  const all = join(corpus.root, 'all');
  const paths = (readdirSync(join(all, 'docs'), { recursive: true }) as string[]).filter((path) => path.endsWith('.txt')).sort();
  const documents = paths.map((path) => readFileSync(join(all, 'docs', path), 'utf8'));
  return { documents, big: readFileSync(join(all, BIG_DOC_PATH), 'utf8') };
}

/**
 * `analyse` over distinct generated documents, and over the 1 MB document, median of `runs` after
 * a warm-up on other text (the repeated seeds), so the timed texts are seen for the first time in
 * the first run, as a server indexing a corpus sees them.
 */
export function measureRealistic(repoRoot: string, runs: number, warmUp: readonly string[]): RealisticThroughput {
  const { analyse } = engineOnce();
  const { documents, big } = realisticDocuments(repoRoot);
  for (const doc of warmUp.slice(0, 20)) analyse(doc);
  const bytes = utf8Bytes(documents);
  const runsMs: number[] = [];
  for (let run = 0; run < runs; run++) runsMs.push(timeIt(() => documents.forEach((doc) => analyse(doc))));
  const bigDocumentBytes = utf8Bytes([big]);
  const bigDocumentRunsMs: number[] = [];
  for (let run = 0; run < runs; run++) bigDocumentRunsMs.push(timeIt(() => analyse(big)));
  return {
    documents: documents.length,
    bytes,
    runsMs,
    mbPerSecond: mbPerSecond(bytes, median(runsMs)),
    bigDocumentBytes,
    bigDocumentRunsMs,
    bigDocumentMbPerSecond: mbPerSecond(bigDocumentBytes, median(bigDocumentRunsMs)),
  };
}

/** The realistic figures as lines to print beside the repeated-seed table. */
export function describeRealistic(r: RealisticThroughput): string {
  return (
    `Policy Lens analyse on realistic text: ${r.documents} distinct generated documents (${formatMb(r.bytes)}): ` +
    `runs ${r.runsMs.map(formatMs).join(' ')}, ${r.mbPerSecond.toFixed(2)} MB/s; ` +
    `the 1 MB document (${formatMb(r.bigDocumentBytes)}): runs ${r.bigDocumentRunsMs.map(formatMs).join(' ')}, ` +
    `${r.bigDocumentMbPerSecond.toFixed(2)} MB/s`
  );
}

export function measureEngine(documents: readonly string[], runs: number): EngineThroughput {
  const { analyse, Corpus } = engineOnce();
  const bytes = utf8Bytes(documents);
  // Warm-up: let the JIT compile the hot paths before anything is timed.
  for (const doc of documents.slice(0, 20)) analyse(doc);

  let entities = 0;
  let claims = 0;
  const analyseRunsMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    entities = 0;
    claims = 0;
    analyseRunsMs.push(
      timeIt(() => {
        for (const doc of documents) {
          const analysis = analyse(doc);
          entities += analysis.entities.length;
          claims += analysis.claims.length;
        }
      }),
    );
  }

  const corpusRunsMs: number[] = [];
  let corpus = new Corpus();
  let conflicts = 0;
  for (let run = 0; run < runs; run++) {
    corpus = new Corpus();
    const built = corpus;
    corpusRunsMs.push(
      timeIt(() => {
        built.deferConflictChecks();
        documents.forEach((doc, index) => built.upsert(`doc-${index}.txt`, doc));
        built.resumeConflictChecks();
        conflicts = built.conflicts().length;
      }),
    );
  }
  const heap = heapUsedMb();
  // Keep the last index reachable until the heap has been read.
  if (corpus.documents().length !== documents.length) throw new Error('corpus lost documents');
  const peakRss = peakRssMb();

  // Realistic text, measured after the memory figures so its corpus does not count in them.
  let realistic: RealisticThroughput | undefined;
  try {
    realistic = measureRealistic(join(__dirname, '..', '..'), runs, documents);
    console.log(describeRealistic(realistic));
  } catch (error) {
    console.log(`Policy Lens analyse on realistic text: not measured (${(error as Error).message})`);
  }

  return {
    bytes,
    documents: documents.length,
    analyseRunsMs,
    analyseMbPerSecond: mbPerSecond(bytes, median(analyseRunsMs)),
    corpusRunsMs,
    corpusMbPerSecond: mbPerSecond(bytes, median(corpusRunsMs)),
    entities,
    claims,
    conflicts,
    heapUsedMb: heap,
    peakRssMb: peakRss,
    ...(realistic ? { realistic } : {}),
  };
}
