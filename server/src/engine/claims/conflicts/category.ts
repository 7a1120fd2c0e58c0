// Category conflicts among one subject's classification claims.
//   negation:    one category both affirmed and denied ("X is a co-op" / "X is NOT a co-op")
//   categorical: two categories the rules declare mutually exclusive, both affirmed
//                ("an employee-owned social enterprise" / "majority-owned by City investors")

import type { SourcedClaim } from '../../types';
import type { ConflictRules } from '../rules';
import type { FoundConflict } from './found';
import { opposedClaims, type ConflictWork } from './buckets';

/** An act's key (extractors/actsDone.ts): its value is the verb's stem and the object's words. */
const ACT_HEAD = 'act:';

/**
 * An act denied with fewer words than one affirmed ("did not cancel the service", "never evicted
 * anyone") denies it too, when the affirmed object's words end with the denied ones: "cancel
 * school service" is a "cancel service", not a "cancel night service". Equal words meet above.
 */
function narrowerDenials(
  affirmed: Map<string, SourcedClaim[]>,
  denied: Map<string, SourcedClaim[]>,
  rules: ConflictRules,
  work?: ConflictWork,
): FoundConflict[] {
  const found: FoundConflict[] = [];
  for (const [denial, denies] of denied) {
    for (const [act, affirms] of affirmed) {
      if (act === denial || !endsWithWords(act, denial)) continue;
      const involved = opposedClaims(affirms, denies, rules, work);
      if (involved.length) found.push({ kind: 'negation', claims: involved });
    }
  }
  return found;
}

/** "~cancel school service" ends with "~cancel service" and with "~cancel": the verb first, then the object's last words. */
function endsWithWords(act: string, denial: string): boolean {
  const a = act.split(' ');
  const d = denial.split(' ');
  if (a[0] !== d[0] || d.length > a.length) return false;
  for (let i = 1; i < d.length; i++) if (a[a.length - d.length + i] !== d[i]) return false;
  return true;
}

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
  if (claims.length && claims[0]!.claim.attribute.startsWith(ACT_HEAD)) found.push(...narrowerDenials(affirmed, denied, rules, work));
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
