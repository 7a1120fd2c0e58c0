import type { Claim, Conflict } from '../types';
import { sameValue } from './claimDelta';

// Which of a key's conflicts changed for a reader when the key is checked again. Two conflicts are
// the same when everything a diagnostic shows of them is: kind, subject, and each claim's source,
// place, words, value and time. Most claims in a re-checked key are the very objects they were, so
// comparing field by field, identity first, is far cheaper than serialising every conflict of a
// key that spans thousands of documents (which is what this replaced).

/** The documents of every conflict in `before` or `after` that has no equal on the other side. */
export function docsOfChangedConflicts(before: readonly Conflict[], after: readonly Conflict[], into: Set<string>): void {
  const unmatchedAfter = new Set(after);
  const afterById = new Map<string, Conflict[]>();
  for (const conflict of after) {
    const list = afterById.get(conflict.id);
    if (list) list.push(conflict);
    else afterById.set(conflict.id, [conflict]);
  }
  for (const conflict of before) {
    const equal = afterById.get(conflict.id)?.find((candidate) => unmatchedAfter.has(candidate) && sameConflict(conflict, candidate));
    if (equal) unmatchedAfter.delete(equal);
    else for (const s of conflict.claims) into.add(s.doc);
  }
  for (const conflict of unmatchedAfter) for (const s of conflict.claims) into.add(s.doc);
}

function sameConflict(a: Conflict, b: Conflict): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.kind !== b.kind || a.subject !== b.subject || a.subjectName !== b.subjectName || a.attribute !== b.attribute) return false;
  if (a.claims.length !== b.claims.length) return false;
  for (let i = 0; i < a.claims.length; i++) {
    const x = a.claims[i];
    const y = b.claims[i];
    if (x.doc !== y.doc || !sameClaim(x.claim, y.claim)) return false;
  }
  return true;
}

/** Every field alike (what a diagnostic can show of a claim); the value (a claim's one object field) as its serialisation reads. */
export function sameClaim(a: Claim, b: Claim): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as Array<keyof Claim>;
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (key !== 'value' || !sameValue(a.value, b.value)) return false;
  }
  return true;
}
