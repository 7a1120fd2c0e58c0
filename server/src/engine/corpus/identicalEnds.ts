// Two analyses of one document after a keystroke share most of their objects: the sections an
// edit did not reach hand back their very entities and claims (see sections/sectionedAnalysis.ts).
// What lies between the shared head and the shared tail is all an index needs to look at.

/** How many items two lists share at their heads and at their tails. */
export interface SharedEnds {
  head: number;
  tail: number;
}

const NOTHING_SHARED: SharedEnds = { head: 0, tail: 0 };

/**
 * How many items two lists share at their heads and at their tails: the very same objects, or
 * items alike by `alike` for an index that reads only some of their fields. `from` is where to
 * start: ends already known to hold the very same objects (which are alike by any `alike`), so
 * that the indexes of one change compare the entity lists once between them, not once each.
 */
export function identicalEnds<T>(before: readonly T[], after: readonly T[], alike?: (a: T, b: T) => boolean, from: SharedEnds = NOTHING_SHARED): SharedEnds {
  const shorter = Math.min(before.length, after.length);
  let head = from.head;
  let tail = from.tail;
  if (alike) {
    while (head < shorter - tail && alike(before[head], after[head])) head++;
    while (tail < shorter - head && alike(before[before.length - 1 - tail], after[after.length - 1 - tail])) tail++;
  } else {
    // The common case, written out: an identity check per item, with no call.
    while (head < shorter - tail && before[head] === after[head]) head++;
    while (tail < shorter - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  }
  return { head, tail };
}

/** The items between the shared ends (`shared`, else the identical ends), of both lists. */
export function changedMiddles<T>(before: readonly T[], after: readonly T[], shared: SharedEnds = identicalEnds(before, after)): T[] {
  const { head, tail } = shared;
  const middles: T[] = [];
  for (let i = head; i < before.length - tail; i++) middles.push(before[i]);
  for (let i = head; i < after.length - tail; i++) middles.push(after[i]);
  return middles;
}
