import type { Entity, EntityValue } from '../types';
import type { DocumentOrder } from './documentOrder';
import { identicalEnds, type SharedEnds } from './identicalEnds';
import { replaceStretch, stretchAt } from './stretches';

// Mentions without a canonical id (numbers, dates, offices, spans a researcher tagged without
// linking them) indexed by what makes two of them "the same": their type and identity ("£10m" and
// "£10 million", "over 60%" and "60%"). Find All References on such a mention is a look-up here
// rather than a scan of every entity in the corpus.
//
// The index holds the mentions themselves, per identity and document in the order of the
// document's entity list. A keystroke in a large document hands the sections it did not reach on
// to the new analysis as the very same objects, moved in place (sections/sectionedAnalysis.ts):
// the index then swaps only the mentions between the lists' shared ends, the edited section's,
// instead of re-reading the document's thousands of entities whenever the count of them changed.

/** Ends the type in an identity: no type holds it. */
const TYPE_END = '\u0000';

/** What makes two uncanonicalised mentions the same; undefined for a mention with a canonical id. */
export function valueIdentity(entity: Entity): string | undefined {
  if (entity.canonical) return undefined;
  return `${entity.type}${TYPE_END}${identityWithinType(entity)}`;
}

/** The normalised value, else the office, else the words. */
function identityWithinType(entity: Entity): string {
  if (entity.value) return valueKey(entity.value);
  return entity.role ?? entity.text.toLowerCase().replace(/\s+/g, ' ');
}

/** The value without its qualifier: "over 60%" and "60%" name the same figure. */
function valueKey(value: EntityValue): string {
  switch (value.kind) {
    case 'percentage':
      return `${value.value}%`;
    case 'money':
      return `${value.amount} ${value.currency}`;
    case 'quantity':
      return `${value.value} ${value.noun ?? ''}`.trim();
    case 'date':
      return value.iso;
  }
}

/** document → the identity's mentions in that document, in entity-list order; a lone mention is held as itself (most values occur once in a document), not in a one-item array. */
type MentionsByDocument = Map<string, Entity | Entity[]>;

export class ValueIndex {
  /**
   * type → identity within the type → its mentions by document. Keyed in two steps rather than by
   * the joined identity: a date's ISO form and an office id are then keys as they stand (strings
   * the analysis holds already), where joining the type in front made and hashed a new string for
   * every such mention of every document indexed.
   */
  private readonly byType = new Map<string, Map<string, MentionsByDocument>>();

  /**
   * Swaps a document's old entities for its new ones (either may be absent: added, removed).
   * `shared`: the lists' identical ends, when known (see identicalEnds).
   */
  update(doc: string, before: readonly Entity[] | undefined, after: readonly Entity[] | undefined, shared?: SharedEnds): void {
    if (before && after && before.length > 0 && after.length > 0) {
      const { head, tail } = shared ?? identicalEnds(before, after);
      if ((head > 0 || tail > 0) && this.swapMiddle(doc, before, after, head, tail)) return;
    }
    if (before) this.withdraw(doc, before);
    if (after) this.enter(doc, after);
  }

  /** Every mention with the identity, in corpus order (documents in order, then the order of each document's entity list). */
  mentions(identity: string, order: DocumentOrder): Array<{ doc: string; entity: Entity }> {
    const typeEnd = identity.indexOf(TYPE_END);
    const byDoc = this.byType.get(identity.slice(0, typeEnd))?.get(identity.slice(typeEnd + 1));
    if (!byDoc) return [];
    const out: Array<{ doc: string; entity: Entity }> = [];
    for (const doc of order.arrange(byDoc)) {
      const mentions = byDoc.get(doc)!;
      if (Array.isArray(mentions)) for (const entity of mentions) out.push({ doc, entity });
      else out.push({ doc, entity: mentions });
    }
    return out;
  }

  private withdraw(doc: string, entities: readonly Entity[]): void {
    for (const entity of entities) {
      if (entity.canonical) continue;
      const ofType = this.byType.get(entity.type);
      const identity = identityWithinType(entity);
      const byDoc = ofType?.get(identity);
      if (!byDoc) continue;
      byDoc.delete(doc);
      if (byDoc.size > 0) continue;
      ofType!.delete(identity);
      if (ofType!.size === 0) this.byType.delete(entity.type);
    }
  }

  private enter(doc: string, entities: readonly Entity[]): void {
    for (const entity of entities) {
      if (entity.canonical) continue;
      const byDoc = this.documentsOf(entity.type, identityWithinType(entity));
      const mentions = byDoc.get(doc);
      if (mentions === undefined) byDoc.set(doc, entity);
      else if (Array.isArray(mentions)) mentions.push(entity);
      else byDoc.set(doc, [mentions, entity]);
    }
  }

  private documentsOf(type: string, identity: string): MentionsByDocument {
    let ofType = this.byType.get(type);
    if (!ofType) this.byType.set(type, (ofType = new Map()));
    let byDoc = ofType.get(identity);
    if (!byDoc) ofType.set(identity, (byDoc = new Map()));
    return byDoc;
  }

  /**
   * Replaces, identity by identity, the mentions between the shared ends with the new ones. Those
   * that left stand together in the document's list for their identity (they were one stretch of
   * the old entity list), and those that came take their place. False, with nothing changed, where
   * the new ones' place is not known from the list alone (none of that identity left, and the
   * document has others of it): the caller then indexes the document afresh.
   */
  private swapMiddle(doc: string, before: readonly Entity[], after: readonly Entity[], head: number, tail: number): boolean {
    const changes = new Map<string, { type: string; identity: string; out: Entity[]; into: Entity[] }>();
    const note = (entity: Entity, side: 'out' | 'into') => {
      if (entity.canonical) return;
      const identity = identityWithinType(entity);
      const key = `${entity.type}${TYPE_END}${identity}`;
      let change = changes.get(key);
      if (!change) changes.set(key, (change = { type: entity.type, identity, out: [], into: [] }));
      change[side].push(entity);
    };
    for (let i = head; i < before.length - tail; i++) note(before[i], 'out');
    for (let i = head; i < after.length - tail; i++) note(after[i], 'into');
    // Where each identity's new mentions go, found for all before any list changes.
    const places: Array<{ type: string; identity: string; current: Entity[]; at: number; out: Entity[]; into: Entity[] }> = [];
    for (const { type, identity, out, into } of changes.values()) {
      const mentions = this.byType.get(type)?.get(identity)?.get(doc);
      // A lone mention is put in an array of its own; an array held here is changed in place (only this index holds it).
      const current = mentions === undefined ? [] : Array.isArray(mentions) ? mentions : [mentions];
      if (out.length === 0) {
        if (current.length > 0) return false;
        places.push({ type, identity, current, at: 0, out, into });
        continue;
      }
      const at = stretchAt(current, out);
      if (at < 0) return false;
      places.push({ type, identity, current, at, out, into });
    }
    for (const { type, identity, current, at, out, into } of places) {
      let list = current;
      if (list.length === 0) list = into;
      else replaceStretch(list, at, out.length, into);
      if (list.length > 0) {
        this.documentsOf(type, identity).set(doc, list.length === 1 ? list[0] : list);
        continue;
      }
      // No mention of it left in the document: dropped, and the identity with it if no document has one (as withdraw does).
      const ofType = this.byType.get(type)!;
      const byDoc = ofType.get(identity)!;
      byDoc.delete(doc);
      if (byDoc.size > 0) continue;
      ofType.delete(identity);
      if (ofType.size === 0) this.byType.delete(type);
    }
    return true;
  }
}
