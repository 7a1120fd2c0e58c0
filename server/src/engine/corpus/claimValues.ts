import type { Claim, ClaimValue } from '../types';

// How many different values the sources give under each (subject, attribute) key. A hover's side-
// by-side comparison shows every distinct value first; knowing how many there are, it stops
// reading a key's claims once it has met them all, instead of reading thousands.
// Kept by delta: only a document whose claims under the key changed in content is counted again
// (claims that merely moved keep their values).

/** What tells two claim values apart. */
export function claimValueSignature(value: ClaimValue): string {
  switch (value.kind) {
    case 'category':
      return `c|${value.category}|${value.polarity}|${value.hedged ?? ''}`;
    case 'number':
      return `n|${value.value}|${value.unit}|${value.qualifier ?? ''}|${value.low ?? ''}|${value.high ?? ''}`;
    case 'role':
      return `r|${value.title}|${value.office ?? ''}`;
    case 'date':
      return `d|${value.iso}|${value.precision}`;
  }
}

export class KeyValueCounts {
  /** claim key → value signature → how many claims give it. */
  private readonly counts = new Map<string, Map<string, number>>();

  /** One document's claims under a key changed from `before` to `after` (either may be absent). */
  update(key: string, before: readonly Claim[] | undefined, after: readonly Claim[] | undefined): void {
    for (const claim of before ?? []) this.count(key, claimValueSignature(claim.value), -1);
    for (const claim of after ?? []) this.count(key, claimValueSignature(claim.value), +1);
  }

  /** Counts a key's values afresh from the claims it holds, by document. */
  recount(key: string, claimsByDocument: Iterable<readonly Claim[]>): void {
    this.counts.delete(key);
    for (const claims of claimsByDocument) for (const claim of claims) this.count(key, claimValueSignature(claim.value), +1);
  }

  /** How many distinct values the key's claims give. */
  distinctValues(key: string): number {
    return this.counts.get(key)?.size ?? 0;
  }

  private count(key: string, signature: string, by: number): void {
    let values = this.counts.get(key);
    if (!values) this.counts.set(key, (values = new Map()));
    const count = (values.get(signature) ?? 0) + by;
    if (count > 0) values.set(signature, count);
    else values.delete(signature);
    if (values.size === 0) this.counts.delete(key);
  }
}
