import type { Claim, DocumentAnalysis, Entity } from '../../engine/types';

// One copy of each string that recurs across a corpus's analyses. An analysis from a worker comes
// back as fresh strings (parsed from its JSON, or cloned): "org:nhs" and "National Health Service"
// arrive again with every document that names the NHS, and a claim's subject, attribute and time
// with every claim. Kept, those copies are most of what the corpus's many small strings weigh, and
// the main thread's garbage collector copies every one of them out of the young generation while
// the index fills. Swapping each for the copy already held leaves the fresh one to die young, and
// the indexes keyed by these strings then compare and hash one object instead of many equal ones.
//
// Only fields whose values repeat across documents are shared: ids, names, titles, attributes,
// dates and units; a claim's sentence or an uncanonicalised mention's words would fill the table
// with strings seen once. The table lives as long as one index (the pool clears it when released).

export class SharedStrings {
  private readonly table = new Map<string, string>();

  /** How many distinct strings are held. */
  get size(): number {
    return this.table.size;
  }

  /** The copy held of `text`, which becomes the held one when it is new. */
  share(text: string): string {
    const held = this.table.get(text);
    if (held !== undefined) return held;
    this.table.set(text, text);
    return text;
  }

  /** Replaces, in place, the analysis's recurring strings with the copies held (equal strings: the analysis reads the same). */
  shareAnalysis(analysis: DocumentAnalysis): void {
    for (const entity of analysis.entities) this.shareEntity(entity);
    for (const claim of analysis.claims) this.shareClaim(claim);
    if (analysis.documentDate !== undefined) analysis.documentDate = this.share(analysis.documentDate);
    if (analysis.mastheadDate !== undefined) analysis.mastheadDate = this.share(analysis.mastheadDate);
  }

  clear(): void {
    this.table.clear();
  }

  private shareEntity(entity: Entity): void {
    if (entity.canonical !== undefined) {
      entity.canonical = this.share(entity.canonical);
      // A canonical entity is written in a handful of ways across the corpus.
      entity.text = this.share(entity.text);
    }
    if (entity.canonicalName !== undefined) entity.canonicalName = this.share(entity.canonicalName);
    if (entity.person !== undefined) entity.person = this.share(entity.person);
    if (entity.role !== undefined) entity.role = this.share(entity.role);
    if (entity.value?.kind === 'date') entity.value.iso = this.share(entity.value.iso);
  }

  private shareClaim(claim: Claim): void {
    claim.subject = this.share(claim.subject);
    claim.subjectName = this.share(claim.subjectName);
    claim.attribute = this.share(claim.attribute);
    if (claim.time !== undefined) claim.time = this.share(claim.time);
    const value = claim.value;
    switch (value.kind) {
      case 'category':
        value.category = this.share(value.category);
        break;
      case 'number':
        value.unit = this.share(value.unit);
        break;
      case 'role':
        value.title = this.share(value.title);
        if (value.office !== undefined) value.office = this.share(value.office);
        break;
      case 'date':
        value.iso = this.share(value.iso);
        break;
    }
  }
}
