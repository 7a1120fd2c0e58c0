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

/** Offset just past the hedge and the white space after it. */
export function afterHedge(text: string, start: number, hedge: string | undefined): number {
  if (!hedge) return start;
  let i = start + hedge.length;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i++;
  return i;
}
