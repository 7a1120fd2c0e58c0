import type { Entity, EntityType, EntityValue } from '../types';

/**
 * Builds a number entity whose match may begin with a hedge ("over £10million"): the full span
 * covers the hedge, `core` the number expression alone, as RULES.md asks.
 */
export function numberEntity(
  text: string,
  type: EntityType,
  start: number,
  coreStart: number,
  end: number,
  value: EntityValue,
): Entity {
  const entity: Entity = { type, start, end, text: text.slice(start, end), value, origin: 'engine' };
  if (coreStart > start) entity.core = { start: coreStart, end, text: text.slice(coreStart, end) };
  return entity;
}
