import type { SourcedClaim } from '../types';

// A conflict's claims are ordered by document, then place (claims/conflicts/index.ts), so one
// document's claims in it stand together. Finding them by halving reads a few entries of a conflict
// that may span thousands of documents, where a pass over them all compared a URI per entry.

/** Where `doc`'s claims stand in a list ordered by document: indexes from (inclusive) to (exclusive). */
export function docRange(claims: readonly SourcedClaim[], doc: string): { from: number; to: number } {
  let low = 0;
  let high = claims.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (claims[middle].doc < doc) low = middle + 1;
    else high = middle;
  }
  let to = low;
  while (to < claims.length && claims[to].doc === doc) to++;
  return { from: low, to };
}
