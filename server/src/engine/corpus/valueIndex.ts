import type { Entity, EntityValue } from '../types';
import type { DocumentOrder } from './documentOrder';
import { identicalEnds, type SharedEnds } from './identicalEnds';

// Mentions without a canonical id (numbers, dates, offices, spans a researcher tagged without
// linking them) indexed by what makes two of them "the same": their type and identity ("£10m" and
// "£10 million", "over 60%" and "60%"). Find All References on such a mention is a look-up here
// rather than a scan of every entity in the corpus.
//
// The index holds, per identity and document, the positions of those mentions in the document's
// entity list, not the entities: typing moves every mention after the cursor, but leaves the list
// of identities as it was, and then the index needs no change at all.

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

/** document → positions of the identity's mentions in that document's entity list, ascending; a lone position is held as a number (most values occur once in a document), not a one-item array. */
type PositionsByDocument = Map<string, number | number[]>;

export class ValueIndex {
  /**
   * type → identity within the type → its mentions' positions by document. Keyed in two steps
   * rather than by the joined identity: a date's ISO form and an office id are then keys as they
   * stand (strings the analysis holds already), where joining the type in front made and hashed a
   * new string for every such mention of every document indexed.
   */
  private readonly byType = new Map<string, Map<string, PositionsByDocument>>();

  /**
   * Swaps a document's old entities for its new ones (either may be absent: added, removed).
   * `shared`: the lists' identical ends, when known (see identicalEnds).
   */
  update(doc: string, before: readonly Entity[] | undefined, after: readonly Entity[] | undefined, shared?: SharedEnds): void {
    if (before && after && sameIdentities(before, after, shared ?? identicalEnds(before, after))) return;
    if (before) this.withdraw(doc, before);
    if (after) this.enter(doc, after);
  }

  /**
   * Every mention with the identity, in corpus order (documents in order, then the order of each
   * document's entity list); `entitiesOf` gives a document's entities as indexed.
   */
  mentions(identity: string, order: DocumentOrder, entitiesOf: (doc: string) => readonly Entity[]): Array<{ doc: string; entity: Entity }> {
    const typeEnd = identity.indexOf(TYPE_END);
    const byDoc = this.byType.get(identity.slice(0, typeEnd))?.get(identity.slice(typeEnd + 1));
    if (!byDoc) return [];
    const out: Array<{ doc: string; entity: Entity }> = [];
    for (const doc of order.arrange(byDoc)) {
      const entities = entitiesOf(doc);
      const positions = byDoc.get(doc)!;
      if (typeof positions === 'number') out.push({ doc, entity: entities[positions] });
      else for (const index of positions) out.push({ doc, entity: entities[index] });
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
    for (let index = 0; index < entities.length; index++) {
      const entity = entities[index];
      if (entity.canonical) continue;
      let ofType = this.byType.get(entity.type);
      if (!ofType) this.byType.set(entity.type, (ofType = new Map()));
      const identity = identityWithinType(entity);
      let byDoc = ofType.get(identity);
      if (!byDoc) ofType.set(identity, (byDoc = new Map()));
      const positions = byDoc.get(doc);
      if (positions === undefined) byDoc.set(doc, index);
      else if (typeof positions === 'number') byDoc.set(doc, [positions, index]);
      else positions.push(index);
    }
  }
}

/**
 * Whether two entity lists give every position the same identity (so the index stays right as
 * it is). Compares the fields identities are made of, without building the identities; stricter
 * than needed (the exact words of a value must match too), which only costs a re-index.
 */
function sameIdentities(before: readonly Entity[], after: readonly Entity[], shared: SharedEnds): boolean {
  if (before.length !== after.length) return false;
  // The very same objects at both ends have the same identities: only the middle can differ.
  for (let i = shared.head; i < before.length - shared.tail; i++) {
    const a = before[i];
    const b = after[i];
    if (a.canonical !== b.canonical) return false;
    if (a.canonical) continue;
    if (a.type !== b.type || a.role !== b.role || a.text !== b.text || !sameValue(a.value, b.value)) return false;
  }
  return true;
}

function sameValue(a: EntityValue | undefined, b: EntityValue | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'percentage':
      return a.value === (b as typeof a).value;
    case 'money':
      return a.amount === (b as typeof a).amount && a.currency === (b as typeof a).currency;
    case 'quantity':
      return a.value === (b as typeof a).value && a.noun === (b as typeof a).noun;
    case 'date':
      return a.iso === (b as typeof a).iso;
  }
}
