import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The throughput corpus of issue 2: the seed texts repeated until the corpus reaches a target
// size. Each copy gets its own first line so no layer can pass off a cache hit as speed.

export function readSeeds(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((name) => /\.(txt|md)$/i.test(name))
    .sort()
    .map((name) => readFileSync(join(seedsDir, name), 'utf8'));
}

export function repeatedSeedCorpus(seeds: readonly string[], targetBytes: number): string[] {
  if (seeds.length === 0) throw new Error('no seed texts to repeat');
  const documents: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < targetBytes; copy++) {
    for (const seed of seeds) {
      const text = `Copy ${copy + 1}\n${seed}`;
      documents.push(text);
      bytes += Buffer.byteLength(text, 'utf8');
    }
  }
  return documents;
}

/** The first documents of the corpus adding up to about `bytes`: the sample the slow libraries get. */
export function sampleOf(documents: readonly string[], bytes: number): string[] {
  const sample: string[] = [];
  let total = 0;
  for (const doc of documents) {
    if (total >= bytes) break;
    sample.push(doc);
    total += Buffer.byteLength(doc, 'utf8');
  }
  return sample;
}
