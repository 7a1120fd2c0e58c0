import type { Entity } from '../types';

// The number recognisers scan independently, so one stretch of text can be claimed twice
// ("2000 staff" is a year to the date pattern and a count to the quantity pattern). The more
// specific reading wins: a currency or per-cent sign is explicit, a counted noun beats a bare
// year, and a year beats a bare large number.

function priority(entity: Entity): number {
  switch (entity.type) {
    case 'money':
      return 5;
    case 'percentage':
      return 4;
    case 'quantity':
      return entity.value?.kind === 'quantity' && entity.value.noun ? 3 : 1;
    case 'date':
      return 2;
    default:
      return 0;
  }
}

export function resolveNumericOverlaps(entities: Entity[]): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  for (const entity of sorted) {
    let keep = true;
    // Kept entities are sorted by start; only the most recent ones can reach this one.
    for (let k = kept.length - 1; k >= 0; k--) {
      const other = kept[k]!;
      if (other.end <= entity.start) {
        if (k < kept.length - 8) break;
        continue;
      }
      const better = priority(entity) > priority(other) || (priority(entity) === priority(other) && entity.end - entity.start > other.end - other.start);
      if (better) kept.splice(k, 1);
      else {
        keep = false;
        break;
      }
    }
    if (keep) kept.push(entity);
  }
  return kept;
}
