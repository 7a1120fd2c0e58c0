import type { Location, Position } from 'vscode-languageserver';
import type { Corpus } from '../engine/corpus';
import { valueIdentity } from '../engine/corpus/valueIndex';
import type { Entity } from '../engine/types';
import type { CorpusState } from './corpusState';
import { ReferencePlaces } from './referencePlaces';

export { byOffset } from './referencePlaces';

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
  const locations = entity.canonical ? canonicalLocations(state, entity.canonical) : valueLocations(state, entity);
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

/** The places of the entities asked about lately, per corpus (a rebuilt corpus starts afresh). */
const placesOf = new WeakMap<Corpus, ReferencePlaces>();

function referencePlaces(state: CorpusState): ReferencePlaces {
  let places = placesOf.get(state.engine);
  if (!places) placesOf.set(state.engine, (places = new ReferencePlaces()));
  return places;
}

/**
 * Every mention of a canonical entity as a location, in corpus order, straight from the corpus's
 * per-document lists; a document's locations are made once and kept while its text, URI and
 * mentions stay (referencePlaces.ts).
 */
function canonicalLocations(state: CorpusState, canonical: string): Location[] {
  const byDoc = state.engine.mentionsByDocument(canonical);
  const docs = state.engine.inCorpusOrder(byDoc).map((doc) => [doc, byDoc.get(doc)!] as const);
  return referencePlaces(state).locations(canonical, docs, (doc) => state.linesOf(doc), (doc) => state.clientUri(doc));
}

/** A figure's, date's or office's references: the mentions with the same identity, in corpus order, kept as a canonical entity's are. */
function valueLocations(state: CorpusState, entity: Entity): Location[] {
  const identity = valueIdentity(entity);
  if (identity === undefined) return [];
  const runs: Array<[string, Entity[]]> = [];
  for (const mention of inCorpusOrder(state.engine.sameValueMentions(entity))) {
    const last = runs[runs.length - 1];
    if (last && last[0] === mention.doc) last[1].push(mention.entity);
    else runs.push([mention.doc, [mention.entity]]);
  }
  return referencePlaces(state).locations(VALUE_KEY + identity, runs, (doc) => state.linesOf(doc), (doc) => state.clientUri(doc));
}

/** Starts the key of a value's places: no canonical id starts so. */
const VALUE_KEY = '\u0001';

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
