import { timeKey } from '../claims/conflicts/buckets';
import { FINANCIAL_YEAR } from '../claims/time';
import type { Claim, Conflict } from '../types';
import { claimValueSignature } from './claimValues';

// Every conflict check reads of a claim only its value and the time bucket it falls in (see
// claims/conflicts/buckets.ts): two claims with the same value in the same bucket are alike to
// every check, and are both in a conflict or both out of it. Call that pair the claim's class.
// Which claims a key's conflicts hold is therefore decided by the set of classes present under
// the key: while one document's edit leaves that set as it was, every conflict keeps its classes,
// and only that document's claims have to be taken out of the conflicts and put back in.
//
// Two caveats keep the rule exact. A time bucket is compared by the time of its first claim, and a
// financial year's bucket is keyed by its first year only. Financial years are normally
// consecutive ("2012/2013"), and then every time in a bucket reads alike; a key holding a financial
// year that spans more (or less) than one year is not covered by the rule (see hasOddFinancialYears).
// And a conflict orders one document's claims at one place as its check met them, which for
// claims of different classes depends on the other claims (see ConflictFacts.mixedTies).

/** Claims live long (other documents' claims stay while one is typed in): each class is made once. */
const classOfClaim = new WeakMap<Claim, string>();

/** The class of a claim: its value and the part of its time the conflict checks read. */
export function claimClass(claim: Claim): string {
  let cls = classOfClaim.get(claim);
  if (cls === undefined) {
    cls = `${claimValueSignature(claim.value)}\u0001${timeKey(claim.time)}`;
    classOfClaim.set(claim, cls);
  }
  return cls;
}

function oddFinancialYear(time: string | undefined): boolean {
  const fy = time ? FINANCIAL_YEAR.exec(time) : null;
  return fy !== null && Number(fy[2]) !== Number(fy[1]) + 1;
}

/** What the class rule needs to know of a conflict. */
export interface ConflictFacts {
  /** The classes of its claims. */
  classes: ReadonlySet<string>;
  /**
   * The documents with two claims in it at one place but of different classes: their order is
   * the order the check met them in, which the other claims can change.
   */
  mixedTies: ReadonlySet<string>;
}

/** Worked out once per conflict object (a conflict's claims never change; a changed conflict is a new object). */
const factsOfConflict = new WeakMap<Conflict, ConflictFacts>();

export function conflictFacts(conflict: Conflict): ConflictFacts {
  let facts = factsOfConflict.get(conflict);
  if (!facts) {
    const classes = new Set<string>();
    const mixedTies = new Set<string>();
    conflict.claims.forEach(({ doc, claim }, i) => {
      const cls = claimClass(claim);
      classes.add(cls);
      // Claims are in document order, so claims at one place stand next to each other.
      const previous = conflict.claims[i - 1];
      if (previous && previous.doc === doc && previous.claim.start === claim.start && previous.claim.end === claim.end && claimClass(previous.claim) !== cls) mixedTies.add(doc);
    });
    facts = { classes, mixedTies };
    factsOfConflict.set(conflict, facts);
  }
  return facts;
}

/**
 * A conflict made from another by moving claims in it (which keeps their order and ties) has the
 * same facts; one made by swapping `swappedOut`'s claims for claims of the same classes, with none
 * of different classes at one place, has the same facts but for that document.
 */
export function inheritConflictFacts(from: Conflict, to: Conflict, swappedOut?: string): void {
  const facts = factsOfConflict.get(from);
  if (!facts) return;
  if (swappedOut === undefined || !facts.mixedTies.has(swappedOut)) factsOfConflict.set(to, facts);
  else factsOfConflict.set(to, { classes: facts.classes, mixedTies: new Set([...facts.mixedTies].filter((other) => other !== swappedOut)) });
}

/** How many claims under a key are of one class, and one of them to stand for them all. */
interface ClassEntry {
  count: number;
  /**
   * A claim of the class, the latest counted in: it may since have left the index, but it still
   * has the class's value and time, all that a conflict check reads of it.
   */
  sample: Claim;
}

/**
 * The classes under each key, counted from the first change to the key made while typing (see
 * track), not while a corpus is first filled: most keys never change after that, and counting
 * every key of 10,000 documents took some 20 MB of heap for nothing.
 */
export class ClaimClassCounts {
  /** claim key → class → its claims under the key. */
  private readonly counts = new Map<string, Map<string, ClassEntry>>();
  /** claim key → how many of its claims speak of a financial year that is not two consecutive years. */
  private readonly oddYears = new Map<string, number>();

  /** Whether the key's classes are counted. */
  tracks(key: string): boolean {
    return this.counts.has(key);
  }

  /** Starts counting a key's classes from the claims under it now (each document's list). */
  track(key: string, lists: Iterable<readonly Claim[]>): void {
    for (const list of lists) this.update(key, undefined, list);
  }

  /** Stops counting a key's classes: its claims change without being counted (see ClaimIndex.defer). */
  forget(key: string): void {
    this.counts.delete(key);
    this.oddYears.delete(key);
  }

  /**
   * One document's claims under a counted key changed from `before` to `after` (either may be
   * absent). True when the set of classes under the key changed: a class came or went.
   */
  update(key: string, before: readonly Claim[] | undefined, after: readonly Claim[] | undefined): boolean {
    // Net changes first: a claim that changed value and back, or was only renewed, moves no class.
    const deltas = new Map<string, { by: number; sample?: Claim }>();
    let odd = 0;
    for (const claim of before ?? []) {
      const cls = claimClass(claim);
      const delta = deltas.get(cls);
      if (delta) delta.by--;
      else deltas.set(cls, { by: -1 });
      if (oddFinancialYear(claim.time)) odd--;
    }
    for (const claim of after ?? []) {
      const cls = claimClass(claim);
      const delta = deltas.get(cls);
      if (delta) {
        delta.by++;
        delta.sample = claim;
      } else deltas.set(cls, { by: 1, sample: claim });
      if (oddFinancialYear(claim.time)) odd++;
    }
    let changed = false;
    for (const [cls, { by, sample }] of deltas) if (by !== 0 && this.count(key, cls, by, sample)) changed = true;
    if (odd !== 0) {
      const total = (this.oddYears.get(key) ?? 0) + odd;
      if (total > 0) this.oddYears.set(key, total);
      else this.oddYears.delete(key);
    }
    return changed;
  }

  /** Whether a claim under the key speaks of a financial year the class rule does not cover. */
  hasOddFinancialYears(key: string): boolean {
    return this.oddYears.has(key);
  }

  /** One claim of each class under the key, each standing for every claim of its class. */
  samples(key: string): Claim[] {
    return [...(this.counts.get(key)?.values() ?? [])].map((entry) => entry.sample);
  }

  /** Counts claims of a class in or out; true when the class appeared or vanished. */
  private count(key: string, cls: string, by: number, sample: Claim | undefined): boolean {
    let classes = this.counts.get(key);
    if (!classes) this.counts.set(key, (classes = new Map()));
    const entry = classes.get(cls);
    const was = entry?.count ?? 0;
    const count = was + by;
    if (count <= 0) classes.delete(cls);
    else if (entry) {
      entry.count = count;
      if (sample) entry.sample = sample;
    } else classes.set(cls, { count, sample: sample! });
    if (classes.size === 0) this.counts.delete(key);
    return (was === 0) !== (count === 0);
  }
}
