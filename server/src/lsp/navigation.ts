import type { Location, Position } from 'vscode-languageserver';
import type { Entity, EntityValue } from '../engine/types';
import type { CorpusState } from './corpusState';
import { byDocumentThenOffset, locationOf } from './locations';

// Go to Definition and Find All References across the corpus. An organisation or person is one
// canonical entity however it is written, so its references are every mention of that canonical
// id; its "definition" is its first mention in corpus order (documents by URI, then offset).
// Numbers and dates have no canonical id: their references are the mentions with the same type and
// normalised value ("£10m" and "£10 million"), found by a scan since no index holds them.

interface Mention {
  doc: string;
  start: number;
  end: number;
}

export function references(state: CorpusState, doc: string, position: Position, includeDeclaration: boolean): Location[] {
  const mentions = mentionsLike(state, doc, position);
  const wanted = includeDeclaration ? mentions : mentions.slice(1);
  return toLocations(state, wanted);
}

export function definition(state: CorpusState, doc: string, position: Position): Location | null {
  const first = mentionsLike(state, doc, position)[0];
  return first ? (toLocations(state, [first])[0] ?? null) : null;
}

/** Every mention of the entity at the position, in corpus order. */
function mentionsLike(state: CorpusState, doc: string, position: Position): Mention[] {
  const snapshot = state.snapshot(doc);
  if (!snapshot) return [];
  const entity = state.engine.entityAt(doc, snapshot.lines.offsetAt(position));
  if (!entity) return [];
  state.flushAll();
  const found: Mention[] = entity.canonical
    ? state.engine.mentionsOf(entity.canonical).map(({ doc: source, entity: mention }) => spanIn(source, mention))
    : sameValueMentions(state, entity);
  return found.sort(byDocumentThenOffset);
}

function sameValueMentions(state: CorpusState, entity: Entity): Mention[] {
  const key = identityKey(entity);
  const found: Mention[] = [];
  for (const doc of state.documents()) {
    for (const other of state.engine.get(doc)?.analysis.entities ?? []) {
      if (other.type === entity.type && identityKey(other) === key) found.push(spanIn(doc, other));
    }
  }
  return found;
}

/** What makes two uncanonicalised entities "the same": the normalised value, else the office, else the words. */
function identityKey(entity: Entity): string {
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

function spanIn(doc: string, entity: Entity): Mention {
  return { doc, start: entity.start, end: entity.end };
}

function toLocations(state: CorpusState, mentions: Mention[]): Location[] {
  const locations: Location[] = [];
  for (const mention of mentions) {
    const location = locationOf(state, mention.doc, mention.start, mention.end);
    if (location) locations.push(location);
  }
  return locations;
}
