import type { Entity } from '../../engine/types';

// `policy-lens extract --format json`. Other tools read this shape, so it is exactly
// {"documents":[{"file","entities":[{"type","text","start","end","canonical"?,"value"?}]}]}:
// canonical is the display name of the canonical entity (as in the gold standard), value the
// normalised value object. Offsets are UTF-16 code units, end-exclusive.

export interface DocumentEntities {
  file: string;
  entities: readonly Entity[];
}

export interface ExtractedEntity {
  type: Entity['type'];
  text: string;
  start: number;
  end: number;
  canonical?: string;
  value?: Entity['value'];
}

export function toExtractedEntity(entity: Entity): ExtractedEntity {
  const out: ExtractedEntity = { type: entity.type, text: entity.text, start: entity.start, end: entity.end };
  const canonical = entity.canonicalName ?? entity.canonical;
  if (canonical !== undefined) out.canonical = canonical;
  if (entity.value !== undefined) out.value = entity.value;
  return out;
}

export function formatExtractJson(documents: readonly DocumentEntities[]): string {
  const payload = {
    documents: documents.map((doc) => ({ file: doc.file, entities: doc.entities.map(toExtractedEntity) })),
  };
  return `${JSON.stringify(payload, null, 2)}\n`;
}
