import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, warn, type CliIO } from './io';

// The reviews a team has committed (written by the editor's "Mark this conflict as reviewed"):
// `{ "version": 1, "reviewed": [{ "fingerprint", ... }] }`. A conflict is reviewed when its id equals
// a stored fingerprint; since the id covers the set of values, a new disagreeing source makes the
// conflict new again. An unreadable reviews file stops the check rather than being ignored: silently
// treating it as empty would fail CI for the wrong reason, and treating it as "all reviewed" would
// let conflicts through.

export const DEFAULT_REVIEWS_FILE = '.policy-lens/reviews.json';

export function readReviewedFingerprints(io: CliIO, file: string | undefined): Set<string> {
  const explicit = file !== undefined;
  const path = file ?? DEFAULT_REVIEWS_FILE;
  let raw: string;
  try {
    raw = readFileSync(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !explicit) return new Set();
    throw new CliError(`${path}: cannot read reviews (${code ?? String(error)})`);
  }

  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new CliError(`${path}: reviews file is not valid JSON (${(error as Error).message})`);
  }
  const reviewed = (data as { reviewed?: unknown } | null)?.reviewed;
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1 || !Array.isArray(reviewed)) {
    throw new CliError(`${path}: expected { "version": 1, "reviewed": [...] }`);
  }

  const fingerprints = new Set<string>();
  let malformed = 0;
  for (const entry of reviewed) {
    const fingerprint = (entry as { fingerprint?: unknown } | null)?.fingerprint;
    if (typeof fingerprint === 'string' && fingerprint !== '') fingerprints.add(fingerprint);
    else malformed++;
  }
  if (malformed > 0) warn(io, `${path}: ignored ${malformed} review entr${malformed === 1 ? 'y' : 'ies'} without a fingerprint`);
  return fingerprints;
}
