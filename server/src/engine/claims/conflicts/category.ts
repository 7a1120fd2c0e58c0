// Category conflicts among one subject's classification claims.
//   negation:    one category both affirmed and denied ("X is a co-op" / "X is NOT a co-op")
//   categorical: two categories the rules declare mutually exclusive, both affirmed
//                ("an employee-owned social enterprise" / "majority-owned by City investors")

import type { SourcedClaim } from '../../types';
import type { ConflictRules } from '../rules';
import type { FoundConflict } from './found';
import { opposedClaims, type ConflictWork } from './buckets';

type CategoryClaim = SourcedClaim & { claim: { value: { kind: 'category' } } };

function byCategory(claims: readonly SourcedClaim[], polarity: 'affirm' | 'deny'): Map<string, SourcedClaim[]> {
  const map = new Map<string, SourcedClaim[]>();
  for (const c of claims as CategoryClaim[]) {
    const v = c.claim.value;
    if (v.kind !== 'category' || v.polarity !== polarity) continue;
    const list = map.get(v.category) ?? [];
    list.push(c);
    map.set(v.category, list);
  }
  return map;
}

export function categoryConflicts(claims: readonly SourcedClaim[], rules: ConflictRules, work?: ConflictWork): FoundConflict[] {
  const found: FoundConflict[] = [];
  const affirmed = byCategory(claims, 'affirm');
  const denied = byCategory(claims, 'deny');
  for (const [category, affirms] of affirmed) {
    const denies = denied.get(category);
    if (!denies) continue;
    const involved = opposedClaims(affirms, denies, rules, work);
    if (involved.length) found.push({ kind: 'negation', claims: involved });
  }
  for (const rule of rules.exclusions) {
    const [first, second] = rule.categories;
    const a = affirmed.get(first);
    const b = affirmed.get(second);
    if (!a || !b) continue;
    const involved = opposedClaims(a, b, rules, work);
    if (involved.length) found.push({ kind: 'categorical', claims: involved, rule: rule.id });
  }
  return found;
}
