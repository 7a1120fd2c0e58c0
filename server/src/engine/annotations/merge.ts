// Merging two copies of one document's annotations: the one in memory (with edits not yet
// saved) and the one another process wrote to disk (a second window, a `git pull`).
//
// Deletions are tracked by comparison with the last-known set: the annotations as they were on
// disk when this process last read or wrote the file (the "base"). That keeps store files free
// of tombstones, so they stay plain W3C collections and git merges stay simple:
//   - an annotation on disk but not in memory was deleted here if it is in the base, and added
//     by someone else if it is not;
//   - an annotation in memory but not on disk was deleted by someone else if it is in the base,
//     and added here if it is not;
//   - an annotation changed on one side only takes that side's version; changed on both, the
//     newer `modified` wins (ties keep the local copy).
// Where a deletion meets an edit, the edit wins: losing a deletion is recoverable, losing an
// edit is not.

import { compareTimestamps, type AnnotationRecord } from './model';
import { annotationToJson } from './w3c';

export interface MergeResult {
  records: AnnotationRecord[];
  /** Whether the result differs from what is on disk, i.e. it needs saving. */
  differsFromDisk: boolean;
  /** Whether the result differs from what was in memory, i.e. views need refreshing. */
  differsFromLocal: boolean;
}

export function sameRecord(a: AnnotationRecord | undefined, b: AnnotationRecord | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return JSON.stringify(annotationToJson(a)) === JSON.stringify(annotationToJson(b));
}

export function mergeAnnotations(
  base: ReadonlyMap<string, AnnotationRecord>,
  local: ReadonlyMap<string, AnnotationRecord>,
  disk: ReadonlyMap<string, AnnotationRecord>,
): MergeResult {
  const merged = new Map<string, AnnotationRecord>();
  const ids = new Set([...local.keys(), ...disk.keys()]);
  for (const id of ids) {
    const chosen = mergeOne(base.get(id), local.get(id), disk.get(id));
    if (chosen) merged.set(id, chosen);
  }
  const records = [...merged.values()];
  return {
    records,
    differsFromDisk: !sameSet(merged, disk),
    differsFromLocal: !sameSet(merged, local),
  };
}

function mergeOne(
  base: AnnotationRecord | undefined,
  local: AnnotationRecord | undefined,
  disk: AnnotationRecord | undefined,
): AnnotationRecord | undefined {
  if (local && disk) {
    if (sameRecord(local, disk) || sameRecord(local, base)) return disk;
    if (sameRecord(disk, base)) return local;
    return compareTimestamps(disk.modified, local.modified) > 0 ? disk : local;
  }
  if (local) {
    // Not on disk: added here, or deleted there (kept if edited here since).
    if (!base) return local;
    return sameRecord(local, base) ? undefined : local;
  }
  if (disk) {
    // Not in memory: added there, or deleted here (kept if edited there since).
    if (!base) return disk;
    return sameRecord(disk, base) ? undefined : disk;
  }
  return undefined;
}

function sameSet(a: ReadonlyMap<string, AnnotationRecord>, b: ReadonlyMap<string, AnnotationRecord>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, record] of a) if (!sameRecord(record, b.get(id))) return false;
  return true;
}
