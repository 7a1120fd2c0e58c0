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

/** The documents in a conflict, each once, in its order; worked out once per conflict object. */
const docsOfConflict = new WeakMap<readonly SourcedClaim[], readonly string[]>();

/**
 * The documents of a list ordered by document, each once and in that order: telling them all that
 * a conflict changed reads one entry per document, not one per claim (a key's conflict may hold
 * many claims of each of thousands of documents).
 */
export function documentsOf(claims: readonly SourcedClaim[]): readonly string[] {
  let docs = docsOfConflict.get(claims);
  if (!docs) {
    const found: string[] = [];
    for (const { doc } of claims) if (found.length === 0 || found[found.length - 1] !== doc) found.push(doc);
    docs = found;
    docsOfConflict.set(claims, docs);
  }
  return docs;
}

/** A list made from another by replacing claims of documents it already holds (moving them) holds the same documents. */
export function sameDocumentsAs(from: readonly SourcedClaim[], to: readonly SourcedClaim[]): void {
  const docs = docsOfConflict.get(from);
  if (docs) docsOfConflict.set(to, docs);
}
