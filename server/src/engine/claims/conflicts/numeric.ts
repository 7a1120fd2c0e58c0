// Numeric conflicts: figures for one subject and attribute whose ranges (value, qualifier and
// stated precision; see numbers.ts) do not meet. "more than 550" and "770" agree; "about 650"
// and "770" do not.

import type { Claim, SourcedClaim } from '../../types';
import { intervalsMeet } from '../numbers';
import type { ConflictRules } from '../rules';
import type { FoundConflict } from './found';
import { disagreeingClaims } from './pairs';

function numbersDisagree(a: Claim, b: Claim): boolean {
  if (a.value.kind !== 'number' || b.value.kind !== 'number') return false;
  if (a.value.unit !== b.value.unit) return false;
  return !intervalsMeet(a.value, b.value);
}

export function numericConflicts(claims: readonly SourcedClaim[], rules: ConflictRules): FoundConflict[] {
  const numbers = claims.filter((c) => c.claim.value.kind === 'number');
  const involved = disagreeingClaims(numbers, numbers, numbersDisagree, rules);
  return involved.length ? [{ kind: 'numeric', claims: involved }] : [];
}
