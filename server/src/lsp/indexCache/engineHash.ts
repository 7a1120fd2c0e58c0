import { readFileSync } from 'node:fs';
import { sha256 } from './cacheFile';

// What identifies the engine that made a cached analysis: a hash of the analysis worker bundle's
// own bytes (dist/analysisWorker.js), which holds the whole engine and its shipped data (gazetteers,
// conflict rules). Any rebuild or upgrade that could change an analysis changes these bytes, so a
// cache written by another build is never reused; a version number would have to be remembered.
// Read once per server start (the bundle is a few MB: a few milliseconds).

/** The hash of the bundle at `workerPath`, or undefined when it cannot be read (running from sources: no cache). */
export function engineHashOf(workerPath: string): string | undefined {
  try {
    return sha256(readFileSync(workerPath));
  } catch {
    return undefined;
  }
}
