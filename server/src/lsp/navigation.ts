import type { Location, Position } from 'vscode-languageserver';
import type { Entity } from '../engine/types';
import type { CorpusState } from './corpusState';

// Go to Definition and Find All References across the corpus. An organisation or person is one
// canonical entity however it is written, so its references are every mention of that canonical
// id; its "definition" is its first mention in corpus order (documents by URI, then offset).
// Numbers and dates have no canonical id: their references are the mentions with the same type and
// normalised value ("£10m" and "£10 million"), which the corpus keeps an index of. Both lists are
// complete: a figure repeated across an archive gets every one of its thousands of places.

interface Mention {
  doc: string;
  entity: Entity;
}

export function references(state: CorpusState, doc: string, position: Position, includeDeclaration: boolean): Location[] {
  const entity = entityAtPosition(state, doc, position);
  if (!entity) return [];
  const locations = entity.canonical
    ? canonicalLocations(state, entity.canonical)
    : toLocations(state, inCorpusOrder(state.engine.sameValueMentions(entity)));
  if (!includeDeclaration) locations.shift();
  return locations;
}

export function definition(state: CorpusState, doc: string, position: Position): Location | null {
  const first = firstMentionLike(state, doc, position);
  return first ? (toLocations(state, [first])[0] ?? null) : null;
}

/** The entity at the position, with every pending edit applied so that all documents are current. */
function entityAtPosition(state: CorpusState, doc: string, position: Position): Entity | undefined {
  const snapshot = state.snapshot(doc);
  if (!snapshot) return undefined;
  const entity = state.engine.entityAt(doc, snapshot.lines.offsetAt(position));
  if (entity) state.flushAll();
  return entity;
}

/** The first of those, found without listing them all (a definition needs only that one). */
function firstMentionLike(state: CorpusState, doc: string, position: Position): Mention | undefined {
  const entity = entityAtPosition(state, doc, position);
  if (!entity) return undefined;
  if (!entity.canonical) return inCorpusOrder(state.engine.sameValueMentions(entity))[0];
  return firstMentionOf(state, entity.canonical);
}

/** A canonical entity's first mention in corpus order: its first document's earliest mention. */
export function firstMentionOf(state: CorpusState, canonical: string): Mention | undefined {
  const byDoc = state.engine.mentionsByDocument(canonical);
  const [first] = state.engine.firstInCorpusOrder(byDoc.keys(), 1);
  if (first === undefined) return undefined;
  const earliest = byDoc.get(first)!.reduce((best, mention) => (mention.start < best.start ? mention : best));
  return { doc: first, entity: earliest };
}

/**
 * The corpus lists its mentions by document in order, each document's in entity order, which is
 * offset order; sorted again only if that ever stops holding, at the cost of one pass to check.
 */
function inCorpusOrder(mentions: Mention[]): Mention[] {
  const order = (a: Mention, b: Mention) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.entity.start - b.entity.start);
  for (let i = 1; i < mentions.length; i++) if (order(mentions[i - 1], mentions[i]) > 0) return mentions.sort(order);
  return mentions;
}

/**
 * Every mention of a canonical entity as a location, in corpus order, straight from the corpus's
 * per-document lists: an organisation named across an archive has tens of thousands of mentions,
 * and each intermediate object or string comparison per mention shows in the answer time.
 */
function canonicalLocations(state: CorpusState, canonical: string): Location[] {
  const byDoc = state.engine.mentionsByDocument(canonical);
  const locations: Location[] = [];
  for (const doc of state.engine.inCorpusOrder(byDoc)) {
    const lines = state.linesOf(doc);
    if (!lines) continue;
    const uri = state.clientUri(doc);
    for (const mention of byOffset(byDoc.get(doc)!)) locations.push({ uri, range: lines.range(mention.start, mention.end) });
  }
  return locations;
}

/** A document's mentions by offset (the corpus keeps them so; sorted here, stably, only if not). */
export function byOffset(mentions: readonly Entity[]): readonly Entity[] {
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i - 1].start > mentions[i].start) return [...mentions].sort((a, b) => a.start - b.start);
  }
  return mentions;
}

/** Locations, finding each document's line map and URI once for its whole run of mentions. */
function toLocations(state: CorpusState, mentions: readonly Mention[]): Location[] {
  const locations: Location[] = [];
  let doc: string | undefined;
  let lines = state.linesOf('');
  let uri = '';
  for (const mention of mentions) {
    if (mention.doc !== doc) {
      doc = mention.doc;
      lines = state.linesOf(doc);
      uri = state.clientUri(doc);
    }
    if (lines) locations.push({ uri, range: lines.range(mention.entity.start, mention.entity.end) });
  }
  return locations;
}
