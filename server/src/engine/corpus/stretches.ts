// An index's per-document list after a keystroke: the items that left the edited section stand
// together in it (they were one stretch of the document's list, and the index keeps that order),
// and the items that came take their place, in the list itself: a list of hundreds of mentions is
// not copied at every keystroke.

/** Where `out` stands as one stretch of `list`; -1 when it does not (or is empty). */
export function stretchAt<T>(list: readonly T[], out: readonly T[]): number {
  if (out.length === 0) return -1;
  const at = list.indexOf(out[0]);
  if (at < 0 || at + out.length > list.length) return -1;
  for (let i = 1; i < out.length; i++) if (list[at + i] !== out[i]) return -1;
  return at;
}

/** Replaces the `count` items at `at` with `into`, in place. */
export function replaceStretch<T>(list: T[], at: number, count: number, into: readonly T[]): void {
  if (count === into.length) for (let i = 0; i < into.length; i++) list[at + i] = into[i];
  else list.splice(at, count, ...into);
}
