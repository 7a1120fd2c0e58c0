import type { Entity } from '../types';

/** Index of the first entity of a list sorted by start that starts at or after `offset` (binary search). */
export function firstStartingFrom(list: readonly Entity[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
