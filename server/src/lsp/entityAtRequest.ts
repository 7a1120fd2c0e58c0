import type { EntityAtParams, EntityAtResult } from '../protocol';
import type { CorpusState } from './corpusState';
import { documentKey } from './uris';

// policyLens/entityAt, for "Reveal Entity in Side Panel": which entity the cursor is on.

export function entityAtRequest(state: CorpusState, params: EntityAtParams): EntityAtResult {
  const doc = documentKey(params.uri);
  const snapshot = state.snapshot(doc);
  if (!snapshot) return {};
  const entity = state.engine.entityAt(doc, snapshot.lines.offsetAt(params.position));
  if (!entity) return {};
  return {
    canonical: entity.canonical,
    type: entity.type,
    name: entity.canonicalName ?? entity.text,
    text: entity.text,
    range: snapshot.lines.range(entity.start, entity.end),
  };
}
