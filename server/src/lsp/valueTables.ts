import type { SourcedClaim } from '../engine/types';
import { claimValueLabel } from './labels';

// A conflict's claims grouped by value (see conflictWording.ts). Made from scratch it reads every
// claim's value label: at 10,000 documents a conflict holds thousands of claims scattered in memory,
// and typing that changes a value (a digit typed into a number) renews it with one document's run
// of claims replaced. The renewed table is then the earlier one with that run read again: every other
// entry is the very same claim, so its value is the earlier table's, found in contiguous arrays.

/**
 * A conflict's claims grouped by value: the same for every document taking part, so made once per
 * list of claims. Check Claims publishes every document of a conflict, and at 10,000 documents
 * grouping a 5,000-claim conflict once per each of its documents took 25 of 27 s.
 */
export interface ValueTable {
  values: ValueGroup[];
  byLabel: Map<string, ValueGroup>;
  /** The value group of the claim at each position. */
  groupAt: Uint32Array;
  /** Positions of each document's claims, in conflict order (looked up only: the order of its keys means nothing). */
  byDoc: Map<string, number[]>;
}

export interface ValueGroup {
  /** Its place among the values (see ValueTable.groupAt). */
  index: number;
  label: string;
  /** Positions of the value's claims, in conflict order. */
  positions: number[];
  /** The first three documents holding this value: two besides whichever one is published. */
  docs: string[];
}

/** Documents named per value group. */
const DOCS_PER_GROUP = 3;

export function valueTableOf(claims: readonly SourcedClaim[]): ValueTable {
  const groups = new GroupMaker();
  const groupAt = new Uint32Array(claims.length);
  const byDoc = new Map<string, number[]>();
  claims.forEach((sourced, position) => {
    const group = groups.of(claimValueLabel(sourced.claim.value));
    groupAt[position] = group.index;
    group.positions.push(position);
    if (group.docs.length < DOCS_PER_GROUP && !group.docs.includes(sourced.doc)) group.docs.push(sourced.doc);
    const ofDoc = byDoc.get(sourced.doc);
    if (ofDoc) ofDoc.push(position);
    else byDoc.set(sourced.doc, [position]);
  });
  return { values: groups.values, byLabel: groups.byLabel, groupAt, byDoc };
}

/**
 * A stretch [start, end) of a renewed claim list: its entries are the very entries of the earlier
 * list at `position - shift`, or, with no shift, entries to read afresh.
 */
export interface Stretch {
  start: number;
  end: number;
  shift?: number;
}

/** The stretches of a list that is the earlier one with its `removed` entries at `at` replaced by `added` entries. */
export function stretchesOfRenewal(length: number, at: number, removed: number, added: number): Stretch[] {
  const stretches: Stretch[] = [];
  if (at > 0) stretches.push({ start: 0, end: at, shift: 0 });
  if (added > 0) stretches.push({ start: at, end: at + added });
  if (at + added < length) stretches.push({ start: at + added, end: length, shift: added - removed });
  return stretches;
}

/**
 * Two renewals in a row as one: `later` takes the list between them to the newest, `earlier` the
 * oldest list to the one between. Typing renews a conflict on most keystrokes, a report reads it on
 * a few: one pass over the claims from the last table read, whatever the renewals since.
 */
export function composedStretches(later: readonly Stretch[], earlier: readonly Stretch[]): Stretch[] {
  const stretches: Stretch[] = [];
  for (const stretch of later) {
    if (stretch.shift === undefined) {
      stretches.push(stretch);
      continue;
    }
    const shift = stretch.shift;
    for (const before of earlier) {
      const start = Math.max(stretch.start, before.start + shift);
      const end = Math.min(stretch.end, before.end + shift);
      if (start >= end) continue;
      stretches.push(before.shift === undefined ? { start, end } : { start, end, shift: shift + before.shift });
    }
  }
  return stretches;
}

/**
 * The table of `claims`, made of stretches (in order, covering the list) of the very entries of the
 * list `earlier` was made from, and of entries to read afresh: equal to valueTableOf(claims),
 * reading only the fresh claims.
 */
export function renewedValueTable(claims: readonly SourcedClaim[], earlier: ValueTable, stretches: readonly Stretch[]): ValueTable {
  const groups = new GroupMaker();
  const groupAt = new Uint32Array(claims.length);
  // Values first appear in a new order when a fresh run changed which comes first: groups are made anew, in order.
  const groupOfEarlier: Array<ValueGroup | undefined> = new Array(earlier.values.length);
  const fresh = new Map<string, number[]>();
  for (const { start, end, shift } of stretches) {
    for (let position = start; position < end; position++) {
      let group: ValueGroup;
      if (shift === undefined) {
        const sourced = claims[position];
        group = groups.of(claimValueLabel(sourced.claim.value));
        const ofDoc = fresh.get(sourced.doc);
        if (ofDoc) ofDoc.push(position);
        else fresh.set(sourced.doc, [position]);
      } else {
        const index = earlier.groupAt[position - shift];
        group = groupOfEarlier[index] ??= groups.of(earlier.values[index].label);
      }
      groupAt[position] = group.index;
      group.positions.push(position);
    }
  }
  for (const group of groups.values) {
    for (const position of group.positions) {
      if (group.docs.length >= DOCS_PER_GROUP) break;
      const { doc } = claims[position];
      if (!group.docs.includes(doc)) group.docs.push(doc);
    }
  }
  return { values: groups.values, byLabel: groups.byLabel, groupAt, byDoc: renewedByDoc(earlier.byDoc, stretches, fresh) };
}

/** Each document's positions: its earlier ones that were kept, moved to where they are now, merged with its fresh ones. */
function renewedByDoc(earlier: Map<string, number[]>, stretches: readonly Stretch[], fresh: Map<string, number[]>): Map<string, number[]> {
  // Kept stretches, in order of the earlier list as of the new one (renewals keep order).
  const kept = stretches.filter((stretch) => stretch.shift !== undefined);
  const byDoc = new Map<string, number[]>();
  for (const [doc, positions] of earlier) {
    const moved: number[] = [];
    let k = 0;
    for (const old of positions) {
      while (k < kept.length && kept[k].end - kept[k].shift! <= old) k++;
      if (k === kept.length) break;
      if (old >= kept[k].start - kept[k].shift!) moved.push(old + kept[k].shift!);
    }
    const added = fresh.get(doc);
    const renewed = added ? merged(moved, added) : moved;
    fresh.delete(doc);
    if (renewed.length > 0) byDoc.set(doc, renewed);
  }
  for (const [doc, positions] of fresh) byDoc.set(doc, positions);
  return byDoc;
}

function merged(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i] < b[j] ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

class GroupMaker {
  readonly values: ValueGroup[] = [];
  readonly byLabel = new Map<string, ValueGroup>();

  of(label: string): ValueGroup {
    let group = this.byLabel.get(label);
    if (!group) {
      group = { index: this.values.length, label, positions: [], docs: [] };
      this.byLabel.set(label, group);
      this.values.push(group);
    }
    return group;
  }
}
