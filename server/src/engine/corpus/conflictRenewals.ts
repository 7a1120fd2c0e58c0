import type { SourcedClaim } from '../types';

// Typing renews the conflicts holding the typed document's claims (claimIndex.ts moves or swaps
// them): the new conflict's claim list is the old one with that document's run replaced, every
// other entry the very same object. Readers that keep something per claim list (the diagnostics'
// digests, lsp/conflictWording.ts) can then look at the run alone, where a conflict repeated across
// an archive holds thousands of other documents' claims. The old list is held weakly: a record
// never keeps an old conflict alive.

/** `claims` is `from` with the `removed` entries at `at` replaced by `added` entries, all of `doc`. */
export interface ClaimsRenewal {
  from: WeakRef<readonly SourcedClaim[]>;
  doc: string;
  at: number;
  removed: number;
  added: number;
}

const renewals = new WeakMap<readonly SourcedClaim[], ClaimsRenewal>();

export function noteRenewal(claims: readonly SourcedClaim[], from: readonly SourcedClaim[], doc: string, at: number, removed: number, added: number): void {
  renewals.set(claims, { from: new WeakRef(from), doc, at, removed, added });
}

export function renewalOf(claims: readonly SourcedClaim[]): ClaimsRenewal | undefined {
  return renewals.get(claims);
}

/**
 * The runs of `doc` (each [start, end) in `claims`) outside which `claims` holds the very entries of
 * `earlier`, at the same positions; undefined when the records do not lead back to `earlier` within
 * a few renewals of `doc` that kept the number of its claims.
 */
export function runsSince(claims: readonly SourcedClaim[], earlier: readonly SourcedClaim[], doc: string, maxSteps = 16): Array<[number, number]> | undefined {
  const runs: Array<[number, number]> = [];
  let current: readonly SourcedClaim[] = claims;
  for (let step = 0; step < maxSteps; step++) {
    if (current === earlier) return runs;
    const renewal = renewals.get(current);
    if (!renewal || renewal.doc !== doc || renewal.removed !== renewal.added) return undefined;
    runs.push([renewal.at, renewal.at + renewal.added]);
    const from = renewal.from.deref();
    if (!from) return undefined;
    current = from;
  }
  return current === earlier ? runs : undefined;
}
