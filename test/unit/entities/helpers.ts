import { expect } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import type { AnalyseOptions, Entity, EntityType } from '../../../server/src/engine/types';

/** Entities of one type, after checking that every span slices back to its text. */
export function entitiesOf(text: string, type: EntityType, options?: AnalyseOptions): Entity[] {
  const entities = analyse(text, options).entities;
  for (const entity of entities) {
    expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    if (entity.core) expect(text.slice(entity.core.start, entity.core.end)).toBe(entity.core.text);
  }
  return entities.filter((entity) => entity.type === type);
}

export function textsOf(text: string, type: EntityType, options?: AnalyseOptions): string[] {
  return entitiesOf(text, type, options).map((entity) => entity.text);
}
