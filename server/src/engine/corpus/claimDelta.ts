import type { Claim } from '../types';

// How one document's claims under one (subject, attribute) key changed between two analyses.
// Typing mostly moves claims without changing them: every claim after the cursor shifts. Conflict
// detection looks at positions only to order claims (see claims/conflicts), so a key whose claims
// merely moved keeps the same conflicts with the moved claims in them, and need not be checked again.

export type KeyChange = 'same' | 'moved' | 'changed';

export function compareKeyClaims(before: readonly Claim[] | undefined, after: readonly Claim[] | undefined): KeyChange {
  if (!before || !after) return before === after ? 'same' : 'changed';
  if (before.length !== after.length) return 'changed';
  let moved = false;
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const b = after[i];
    // A section the edit did not reach hands back its very claims, or copies that share their values.
    if (a !== b && !sameContent(a, b)) return 'changed';
    if (a.start !== b.start || a.end !== b.end) moved = true;
    // The claims must keep their order by place (ties included), or the conflicts' order changes.
    if (i > 0 && !sameOrder(placeOrder(before[i - 1], a), placeOrder(after[i - 1], b))) return 'changed';
  }
  return moved ? 'moved' : 'same';
}

function placeOrder(a: Claim, b: Claim): number {
  return Math.sign(a.start - b.start || a.end - b.end);
}

/** Both pairs in place order (never descending) and equally tied or not. */
function sameOrder(before: number, after: number): boolean {
  return before <= 0 && before === after;
}

/** Everything but the place: what a claim says, about whom, when, in which words. */
function sameContent(a: Claim, b: Claim): boolean {
  return (
    a.subject === b.subject &&
    a.attribute === b.attribute &&
    a.subjectName === b.subjectName &&
    a.text === b.text &&
    a.time === b.time &&
    (a.value === b.value || JSON.stringify(a.value) === JSON.stringify(b.value)) &&
    Object.keys(a).length === Object.keys(b).length
  );
}
