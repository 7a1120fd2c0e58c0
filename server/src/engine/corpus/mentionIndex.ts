import type { Entity } from '../types';
import { changedMiddles } from './identicalEnds';

// The mentions of every canonical entity, by document: hovers list where else an entity appears,
// and references find every mention, from here. Kept by delta: after a keystroke only the
// canonicals mentioned between the objects two analyses share at both ends get new lists.

export class MentionIndex {
  /** canonical → doc → that document's mentions of it. */
  private readonly byCanonical = new Map<string, Map<string, Entity[]>>();

  /** Every mention of a canonical entity, documents in key order. */
  mentionsOf(canonical: string): Array<{ doc: string; entity: Entity }> {
    const byDoc = this.byCanonical.get(canonical);
    if (!byDoc) return [];
    const out: Array<{ doc: string; entity: Entity }> = [];
    for (const doc of [...byDoc.keys()].sort()) for (const entity of byDoc.get(doc)!) out.push({ doc, entity });
    return out;
  }

  /** A canonical entity's mentions by document (unordered). */
  byDocument(canonical: string): ReadonlyMap<string, readonly Entity[]> {
    return this.byCanonical.get(canonical) ?? new Map();
  }

  /**
   * Replaces a document's lists in the mentions index. Each canonical's list is set in place, not
   * deleted and added again: on a keystroke in a large document nearly every canonical keeps its
   * place, and deleting and re-adding thousands of entries churned the maps' tables.
   */
  update(doc: string, before: readonly Entity[], after: readonly Entity[]): void {
    // Only canonicals with a mention between the identical ends can have a different list: the
    // others' lists hold the very same objects, in the same order.
    let affected: Set<string> | undefined;
    if (before.length > 0 && after.length > 0) {
      affected = new Set();
      for (const entity of changedMiddles(before, after)) if (entity.canonical) affected.add(entity.canonical);
      if (affected.size === 0) return;
    }
    const lists = new Map<string, Entity[]>();
    for (const entity of after) {
      if (!entity.canonical || (affected && !affected.has(entity.canonical))) continue;
      const list = lists.get(entity.canonical);
      if (list) list.push(entity);
      else lists.set(entity.canonical, [entity]);
    }
    // A canonical the document no longer mentions leaves its list.
    for (const canonical of affected ?? before.map((entity) => entity.canonical)) {
      if (!canonical || lists.has(canonical)) continue;
      const byDoc = this.byCanonical.get(canonical);
      if (!byDoc || !byDoc.delete(doc)) continue;
      if (byDoc.size === 0) this.byCanonical.delete(canonical);
    }
    for (const [canonical, list] of lists) {
      let byDoc = this.byCanonical.get(canonical);
      if (!byDoc) this.byCanonical.set(canonical, (byDoc = new Map()));
      byDoc.set(doc, list);
    }
  }
}
