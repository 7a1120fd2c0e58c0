import type { Claim } from '../types';
import type { SharedEnds } from './identicalEnds';

// A document's claims under a few keys in its new analysis, taken from the lists the claim index
// holds for the old one rather than by reading every claim of the new analysis. After a keystroke
// the two analyses share their heads and tails (the very same objects, see identicalEnds.ts), so
// each new list is its old list with the run of old middle claims swapped for the new middle's.
// In the 1 MB bench document, reading every claim to find the few keys' lists was a whole-document
// walk on each keystroke.

/**
 * The new lists of `keys` (those with a claim), or undefined when the old lists do not read as
 * `before`'s claims under their keys (the caller then reads `after` whole). `oldLists` are the
 * lists of `before`'s claims under each key, in `before`'s order; `keyOf` gives a claim's key.
 * Exact for any lists; fast when `after` is in order of claim start, as analyses are.
 */
export function keyListsAfter(
  before: readonly Claim[],
  after: readonly Claim[],
  shared: SharedEnds,
  keys: ReadonlySet<string>,
  oldLists: ReadonlyMap<string, readonly Claim[]>,
  keyOf: (claim: Claim) => string,
): Map<string, Claim[]> | undefined {
  const { head, tail } = shared;
  const oldMiddle = groupByKey(before, head, before.length - tail, keys, keyOf);
  const newMiddle = groupByKey(after, head, after.length - tail, keys, keyOf);
  if (!oldMiddle || !newMiddle) return undefined;
  const lists = new Map<string, Claim[]>();
  for (const key of keys) {
    const old = oldLists.get(key) ?? [];
    const removed = oldMiddle.get(key) ?? [];
    const added = newMiddle.get(key) ?? [];
    const at = removed.length > 0 ? runStart(old, removed) : headCount(old, after, head, after.length - tail);
    if (at === undefined) return undefined;
    const list = [...old.slice(0, at), ...added, ...old.slice(at + removed.length)];
    if (list.length > 0) lists.set(key, list);
  }
  return lists;
}

/** The claims of list[from, to) under each of `keys`, in order; undefined if one has a key not among them. */
function groupByKey(list: readonly Claim[], from: number, to: number, keys: ReadonlySet<string>, keyOf: (claim: Claim) => string): Map<string, Claim[]> | undefined {
  const groups = new Map<string, Claim[]>();
  for (let i = from; i < to; i++) {
    const key = keyOf(list[i]);
    if (!keys.has(key)) return undefined;
    const group = groups.get(key);
    if (group) group.push(list[i]);
    else groups.set(key, [list[i]]);
  }
  return groups;
}

/** Where `run` stands in `list`, as one unbroken run of the very same claims. */
function runStart(list: readonly Claim[], run: readonly Claim[]): number | undefined {
  const at = list.indexOf(run[0]);
  if (at < 0 || at + run.length > list.length) return undefined;
  for (let i = 1; i < run.length; i++) if (list[at + i] !== run[i]) return undefined;
  return at;
}

/**
 * How many claims of `list` (none of them in the old middle) belong to the shared head rather than
 * the shared tail: the head's claims come first, so a binary search finds the split, each claim
 * placed by finding the very object in `after`. Undefined if one is not found outside the middle.
 */
function headCount(list: readonly Claim[], after: readonly Claim[], middleStart: number, middleEnd: number): number | undefined {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const probe = (low + high) >> 1;
    const index = indexOfClaim(after, list[probe]);
    if (index < 0 || (index >= middleStart && index < middleEnd)) return undefined;
    if (index < middleStart) low = probe + 1;
    else high = probe;
  }
  return low;
}

/** The index of the very claim in `claims`, searched among claims starting where it starts; -1 when not there. */
function indexOfClaim(claims: readonly Claim[], claim: Claim): number {
  let low = 0;
  let high = claims.length;
  while (low < high) {
    const probe = (low + high) >> 1;
    if (claims[probe].start < claim.start) low = probe + 1;
    else high = probe;
  }
  for (let i = low; i < claims.length && claims[i].start === claim.start; i++) if (claims[i] === claim) return i;
  return -1;
}
