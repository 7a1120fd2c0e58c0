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
 * The table of `claims`, which is the list `earlier` was made from with its `removed` entries at
 * `at` replaced by `added` entries (engine/corpus/conflictRenewals.ts), every other entry the very
 * same claim: equal to valueTableOf(claims), reading only the added claims.
 */
export function renewedValueTable(claims: readonly SourcedClaim[], earlier: ValueTable, at: number, removed: number, added: number): ValueTable {
  const shift = added - removed;
  const runEnd = at + added;
  const groups = new GroupMaker();
  const groupAt = new Uint32Array(claims.length);
  // Values first appear in a new order when the run changed which comes first: groups are made anew, in order.
  const groupOfEarlier: Array<ValueGroup | undefined> = new Array(earlier.values.length);
  for (let position = 0; position < claims.length; position++) {
    let group: ValueGroup;
    if (position >= at && position < runEnd) {
      group = groups.of(claimValueLabel(claims[position].claim.value));
    } else {
      const index = earlier.groupAt[position < at ? position : position - shift];
      group = groupOfEarlier[index] ??= groups.of(earlier.values[index].label);
    }
    groupAt[position] = group.index;
    group.positions.push(position);
  }
  for (const group of groups.values) {
    for (const position of group.positions) {
      if (group.docs.length >= DOCS_PER_GROUP) break;
      const { doc } = claims[position];
      if (!group.docs.includes(doc)) group.docs.push(doc);
    }
  }
  return { values: groups.values, byLabel: groups.byLabel, groupAt, byDoc: renewedByDoc(claims, earlier.byDoc, at, removed, added) };
}

function renewedByDoc(claims: readonly SourcedClaim[], earlier: Map<string, number[]>, at: number, removed: number, added: number): Map<string, number[]> {
  const shift = added - removed;
  const inRun = new Map<string, number[]>();
  for (let position = at; position < at + added; position++) {
    const { doc } = claims[position];
    const ofDoc = inRun.get(doc);
    if (ofDoc) ofDoc.push(position);
    else inRun.set(doc, [position]);
  }
  const byDoc = new Map<string, number[]>();
  for (const [doc, positions] of earlier) {
    const renewed: number[] = [];
    let i = 0;
    while (i < positions.length && positions[i] < at) renewed.push(positions[i++]);
    while (i < positions.length && positions[i] < at + removed) i++;
    const run = inRun.get(doc);
    if (run) {
      for (const position of run) renewed.push(position);
      inRun.delete(doc);
    }
    while (i < positions.length) renewed.push(positions[i++] + shift);
    if (renewed.length > 0) byDoc.set(doc, renewed);
  }
  for (const [doc, run] of inRun) byDoc.set(doc, run);
  return byDoc;
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
