// The corpus order of documents: by key, as strings compare. Lists across the corpus (references,
// a hover's other mentions) follow it, so "first mention" means the same everywhere. Kept sorted
// as documents come and go, so that putting a subset in order need not sort thousands of keys on
// every request.

export class DocumentOrder {
  private readonly sorted: string[] = [];

  get size(): number {
    return this.sorted.length;
  }

  add(doc: string): void {
    const at = this.searchFrom(doc);
    if (this.sorted[at] !== doc) this.sorted.splice(at, 0, doc);
  }

  delete(doc: string): void {
    const at = this.searchFrom(doc);
    if (this.sorted[at] === doc) this.sorted.splice(at, 1);
  }

  /**
   * The given documents in corpus order. A few are sorted by themselves; when they are a large
   * share of the corpus, they are picked out of the whole order instead (one look-up a document,
   * no string comparisons).
   */
  arrange(docs: ReadonlySet<string> | ReadonlyMap<string, unknown>): string[] {
    const count = docs.size;
    if (count * Math.log2(count + 1) * 4 < this.sorted.length) return [...docs.keys()].sort();
    const out: string[] = [];
    for (const doc of this.sorted) if (docs.has(doc)) out.push(doc);
    if (out.length === count) return out;
    // A document outside the order (not expected) is still listed, last.
    const listed = new Set(out);
    return out.concat([...docs.keys()].filter((doc) => !listed.has(doc)).sort());
  }

  /**
   * The given documents in corpus order, lazily, for a reader that may stop early: when they are a
   * large share of the corpus it walks the whole order and skips the others, so stopping after the
   * first few costs a few steps; a small set is sorted by itself.
   */
  *walk(docs: ReadonlySet<string> | ReadonlyMap<string, unknown>): Generator<string> {
    if (docs.size * 8 < this.sorted.length) {
      yield* [...docs.keys()].sort();
      return;
    }
    let found = 0;
    for (const doc of this.sorted) {
      if (found === docs.size) return;
      if (docs.has(doc)) {
        found++;
        yield doc;
      }
    }
  }

  /** The first `limit` of the given documents in corpus order, without ordering the rest; a document given twice counts once. */
  first(docs: Iterable<string>, limit: number): string[] {
    const best: string[] = [];
    for (const doc of docs) {
      if (best.length === limit && doc >= best[limit - 1]) continue;
      if (best.includes(doc)) continue;
      let at = best.length;
      while (at > 0 && best[at - 1] > doc) at--;
      best.splice(at, 0, doc);
      if (best.length > limit) best.pop();
    }
    return best;
  }

  /** Index of the first key not before `doc`. */
  private searchFrom(doc: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid] < doc) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
