// Two analyses of one document after a keystroke share most of their objects: the sections an
// edit did not reach hand back their very entities and claims (see sections/sectionedAnalysis.ts).
// What lies between the shared head and the shared tail is all an index needs to look at.

/**
 * How many items two lists share at their heads and at their tails: the very same objects, or
 * items alike by `alike` for an index that reads only some of their fields.
 */
export function identicalEnds<T>(before: readonly T[], after: readonly T[], alike: (a: T, b: T) => boolean = (a, b) => a === b): { head: number; tail: number } {
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && alike(before[head], after[head])) head++;
  let tail = 0;
  while (tail < shorter - head && alike(before[before.length - 1 - tail], after[after.length - 1 - tail])) tail++;
  return { head, tail };
}

/** The items between the identical ends, of both lists. */
export function* changedMiddles<T>(before: readonly T[], after: readonly T[]): Iterable<T> {
  const { head, tail } = identicalEnds(before, after);
  for (let i = head; i < before.length - tail; i++) yield before[i];
  for (let i = head; i < after.length - tail; i++) yield after[i];
}
