import { timeKey } from '../claims/conflicts/buckets';
import type { Claim, Conflict } from '../types';
import { claimValueSignature } from './claimValues';

// Every conflict check reads of a claim only its value and the time bucket it falls in (see
// claims/conflicts/buckets.ts): two claims with the same value in the same bucket are alike to
// every check, and are both in a conflict or both out of it. Call that pair the claim's class.
// Which claims a key's conflicts hold is therefore decided by the set of classes present under
// the key: while one document's edit leaves that set as it was, every conflict keeps its classes,
// and only that document's claims have to be taken out of the conflicts and put back in.
//
// One caveat keeps the rule exact: a time bucket is compared by the time of its first claim, and a
// financial year's bucket is keyed by its first year only. Financial years are normally
// consecutive ("2012/2013"), and then every time in a bucket reads alike; a key holding a financial
// year that spans more (or less) than one year is not covered by the rule (see hasOddFinancialYears).

const FINANCIAL_YEAR = /^(\d{4})\/(\d{4})$/;

/** The class of a claim: its value and the part of its time the conflict checks read. */
export function claimClass(claim: Claim): string {
  return `${claimValueSignature(claim.value)}\u0001${timeKey(claim.time)}`;
}

function oddFinancialYear(time: string | undefined): boolean {
  const fy = time ? FINANCIAL_YEAR.exec(time) : null;
  return fy !== null && Number(fy[2]) !== Number(fy[1]) + 1;
}

/** The classes a conflict holds, worked out once per conflict object (see conflictClasses). */
const classesOfConflict = new WeakMap<Conflict, ReadonlySet<string>>();

/** The classes of a conflict's claims. */
export function conflictClasses(conflict: Conflict): ReadonlySet<string> {
  let classes = classesOfConflict.get(conflict);
  if (!classes) {
    classes = new Set(conflict.claims.map((sourced) => claimClass(sourced.claim)));
    classesOfConflict.set(conflict, classes);
  }
  return classes;
}

/** A conflict made from another by swapping claims of the same classes holds the same classes. */
export function inheritConflictClasses(from: Conflict, to: Conflict): void {
  const classes = classesOfConflict.get(from);
  if (classes) classesOfConflict.set(to, classes);
}

export class ClaimClassCounts {
  /** claim key → class → how many claims under the key are of it. */
  private readonly counts = new Map<string, Map<string, number>>();
  /** claim key → how many of its claims speak of a financial year that is not two consecutive years. */
  private readonly oddYears = new Map<string, number>();

  /**
   * One document's claims under a key changed from `before` to `after` (either may be absent).
   * True when the set of classes under the key changed: a class came or went.
   */
  update(key: string, before: readonly Claim[] | undefined, after: readonly Claim[] | undefined): boolean {
    // Net changes first: a claim that changed value and back, or was only renewed, moves no class.
    const deltas = new Map<string, number>();
    let odd = 0;
    for (const claim of before ?? []) {
      const cls = claimClass(claim);
      deltas.set(cls, (deltas.get(cls) ?? 0) - 1);
      if (oddFinancialYear(claim.time)) odd--;
    }
    for (const claim of after ?? []) {
      const cls = claimClass(claim);
      deltas.set(cls, (deltas.get(cls) ?? 0) + 1);
      if (oddFinancialYear(claim.time)) odd++;
    }
    let changed = false;
    for (const [cls, by] of deltas) if (by !== 0 && this.count(key, cls, by)) changed = true;
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

  /** Counts claims of a class in or out; true when the class appeared or vanished. */
  private count(key: string, cls: string, by: number): boolean {
    let classes = this.counts.get(key);
    if (!classes) this.counts.set(key, (classes = new Map()));
    const was = classes.get(cls) ?? 0;
    const count = was + by;
    if (count > 0) classes.set(cls, count);
    else classes.delete(cls);
    if (classes.size === 0) this.counts.delete(key);
    return (was === 0) !== (count === 0);
  }
}
