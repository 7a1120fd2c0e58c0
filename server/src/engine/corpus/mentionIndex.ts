import type { Entity } from '../types';
import { identicalEnds, type SharedEnds } from './identicalEnds';
import { replaceStretch, stretchAt } from './stretches';

// The mentions of every canonical entity, by document: hovers list where else an entity appears,
// and references find every mention, from here. Kept by delta: after a keystroke only the
// canonicals mentioned between the objects two analyses share at both ends get new lists, and
// those lists are the old ones with that middle swapped, not the document read again.

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
   * place, and deleting and re-adding thousands of entries churned the maps' tables. `shared`: the
   * lists' identical ends, when known (see identicalEnds).
   */
  update(doc: string, before: readonly Entity[], after: readonly Entity[], shared?: SharedEnds): void {
    if (before.length === 0 || after.length === 0) {
      this.rebuild(doc, before, after);
      return;
    }
    // Only canonicals with a mention between the identical ends can have a different list: the
    // others' lists hold the very same objects, in the same order.
    const { head, tail } = shared ?? identicalEnds(before, after);
    const out = byCanonical(before, head, before.length - tail);
    const into = byCanonical(after, head, after.length - tail);
    let unsettled: Set<string> | undefined;
    for (const canonical of new Set([...out.keys(), ...into.keys()])) {
      const list = this.swapped(doc, canonical, out.get(canonical) ?? [], into.get(canonical) ?? []);
      if (list) this.setList(doc, canonical, list);
      else (unsettled ??= new Set()).add(canonical);
    }
    if (unsettled) this.rebuild(doc, before, after, unsettled);
  }

  /**
   * A canonical's new list in `doc`: its old list with the mentions that left the middle replaced
   * by those that came into it, in place (the lists are this index's own, and read only while a
   * request is answered: a canonical with hundreds of mentions in a 1 MB document is not copied at
   * every keystroke). Those that left stand together in the old list (it follows the old entity
   * list's order, and they were one stretch of that); when none left, where the new ones go is not
   * known from the list alone and this gives undefined, unless the document had no list.
   */
  private swapped(doc: string, canonical: string, out: readonly Entity[], into: readonly Entity[]): Entity[] | undefined {
    const list = this.byCanonical.get(canonical)?.get(doc);
    if (out.length === 0) return list ? undefined : [...into];
    const at = list ? stretchAt(list, out) : -1;
    if (at < 0) return undefined;
    replaceStretch(list!, at, out.length, into);
    return list;
  }

  /** The lists of `doc` made from its whole entity list: of every canonical, or only of `only`. */
  private rebuild(doc: string, before: readonly Entity[], after: readonly Entity[], only?: ReadonlySet<string>): void {
    const lists = new Map<string, Entity[]>();
    for (const entity of after) {
      if (!entity.canonical || (only && !only.has(entity.canonical))) continue;
      const list = lists.get(entity.canonical);
      if (list) list.push(entity);
      else lists.set(entity.canonical, [entity]);
    }
    // A canonical the document no longer mentions leaves its list.
    for (const canonical of only ?? before.map((entity) => entity.canonical)) {
      if (canonical && !lists.has(canonical)) this.setList(doc, canonical, []);
    }
    for (const [canonical, list] of lists) this.setList(doc, canonical, list);
  }

  /** Sets a document's list of a canonical; an empty one leaves the index. */
  private setList(doc: string, canonical: string, list: Entity[]): void {
    let byDoc = this.byCanonical.get(canonical);
    if (list.length === 0) {
      if (byDoc?.delete(doc) && byDoc.size === 0) this.byCanonical.delete(canonical);
      return;
    }
    if (!byDoc) this.byCanonical.set(canonical, (byDoc = new Map()));
    byDoc.set(doc, list);
  }
}

/** The entities of `list[from, to)` with a canonical id, by canonical, in order. */
function byCanonical(list: readonly Entity[], from: number, to: number): Map<string, Entity[]> {
  const groups = new Map<string, Entity[]>();
  for (let i = from; i < to; i++) {
    const canonical = list[i].canonical;
    if (!canonical) continue;
    const group = groups.get(canonical);
    if (group) group.push(list[i]);
    else groups.set(canonical, [list[i]]);
  }
  return groups;
}
