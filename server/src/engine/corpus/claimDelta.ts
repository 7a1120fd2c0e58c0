import type { Claim, ClaimValue } from '../types';

// How one document's claims under one (subject, attribute) key changed between two analyses.
// Typing mostly moves claims without changing them: every claim after the cursor shifts. Conflict
// detection looks at positions only to order claims (see claims/conflicts), so a key whose claims
// merely moved keeps the same conflicts with the moved claims in them, and need not be checked again.

/**
 * 'renewed': the same claims at the same places, but new objects (a document analysed again): the
 * indexes must take the new objects, though nothing a reader sees changed.
 */
export type KeyChange = 'same' | 'renewed' | 'moved' | 'changed';

/**
 * `wasAt` gives a claim of `before` its place in the old text: claims a sectioned analysis moved in
 * place are the same objects in both lists, already at their new places (see Corpus.putAnalysed).
 */
export function compareKeyClaims(
  before: readonly Claim[] | undefined,
  after: readonly Claim[] | undefined,
  wasAt: (claim: Claim) => Claim = (claim) => claim,
): KeyChange {
  if (!before || !after) return before === after ? 'same' : 'changed';
  if (before.length !== after.length) return 'changed';
  let moved = false;
  let renewed = false;
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const b = after[i];
    // A section the edit did not reach hands back its very claims, or copies that share their values.
    if (a !== b && !sameContent(a, b)) return 'changed';
    if (a !== b) {
      renewed = true;
      const was = wasAt(a);
      if (was.start !== b.start || was.end !== b.end) moved = true;
    }
    // The claims must keep their order by place (ties included), or the conflicts' order changes.
    // (Two pairs of the very same objects are in the same order.)
    if (i > 0 && (a !== b || before[i - 1] !== after[i - 1]) && !sameOrder(placeOrder(wasAt(before[i - 1]), wasAt(a)), placeOrder(after[i - 1], b))) return 'changed';
  }
  return moved ? 'moved' : renewed ? 'renewed' : 'same';
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
    sameValue(a.value, b.value) &&
    Object.keys(a).length === Object.keys(b).length
  );
}

/**
 * Whether two values serialise alike, without serialising them: typing renews every claim of the
 * section it reaches, each with a value object of its own. Values are flat records; JSON leaves out
 * fields that are undefined and writes numbers that are not finite as null, and so does this. Any
 * other field (an object, a type this does not know) is left to JSON itself.
 */
export function sameValue(a: ClaimValue, b: ClaimValue): boolean {
  if (a === b) return true;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  const xKeys = Object.keys(x).filter((key) => serialised(x[key]));
  const yKeys = Object.keys(y).filter((key) => serialised(y[key]));
  if (xKeys.length !== yKeys.length) return false;
  for (let i = 0; i < xKeys.length; i++) {
    if (xKeys[i] !== yKeys[i]) return false;
    const u = x[xKeys[i]];
    const v = y[yKeys[i]];
    if (u === v) continue;
    const numbers = typeof u === 'number' && typeof v === 'number';
    if (numbers && !Number.isFinite(u) && !Number.isFinite(v)) continue;
    if (numbers || typeof u === 'string' || typeof u === 'boolean') return false;
    return JSON.stringify(a) === JSON.stringify(b);
  }
  return true;
}

/** Whether JSON writes a field with this value at all. */
function serialised(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
