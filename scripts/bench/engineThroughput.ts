import { analyse } from '../../server/src/engine/analyse';
import { Corpus } from '../../server/src/engine/corpus';
import { heapUsedMb, median, mbPerSecond, peakRssMb, timeIt, utf8Bytes } from './stats';

// The engine's own speed on the repeated-seed corpus: `analyse` over every document (entities and
// the claims it extracts: the whole per-document pass), and building the corpus index with its
// conflicts, as the server does at start-up (conflict checks deferred to the end, once per key).
// Memory is read right after, while the index is alive.

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
}

export function measureEngine(documents: readonly string[], runs: number): EngineThroughput {
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
    peakRssMb: peakRssMb(),
  };
}
