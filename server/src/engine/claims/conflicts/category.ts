// Category conflicts among one subject's classification claims.
//   negation:    one category both affirmed and denied ("X is a co-op" / "X is NOT a co-op")
//   categorical: two categories the rules declare mutually exclusive, both affirmed
//                ("an employee-owned social enterprise" / "majority-owned by City investors")

import type { SourcedClaim } from '../../types';
import type { ConflictRules } from '../rules';
import type { FoundConflict } from './found';
import { opposedClaims, type ConflictWork } from './buckets';
import { OWNED_BY, WHOLE_HOLDER } from '../derived';

/**
 * Two owners of one body at one time, one holding all of it ("wholly owned by Y" / "owned by Z",
 * "Z holds 30% of it"), whose names share no word: the owner named once by name and once by its
 * kind ("Tenby District Council" / "the council") shares one, and is not a rival.
 */
function rivalOwners(affirmed: Map<string, SourcedClaim[]>, rules: ConflictRules, work?: ConflictWork): FoundConflict[] {
  const found: FoundConflict[] = [];
  const holders = [...affirmed.keys()];
  for (let i = 0; i < holders.length; i++) {
    for (let j = i + 1; j < holders.length; j++) {
      const [a, b] = [holders[i]!, holders[j]!];
      if (!a.startsWith(`~${WHOLE_HOLDER} `) && !b.startsWith(`~${WHOLE_HOLDER} `)) continue;
      if (sharesAWord(ownerWords(a), ownerWords(b))) continue;
      const involved = opposedClaims(affirmed.get(a)!, affirmed.get(b)!, rules, work);
      if (involved.length) found.push({ kind: 'categorical', claims: involved });
    }
  }
  return found;
}

/** Words that name no owner in particular: a company's designator, a group's, an article. */
const NOT_A_NAME_WORD = new Set(['the', 'of', 'and', 'its', 'their', 'ltd', 'limited', 'plc', 'group', 'company', 'co', 'holding', 'holdings', 'org']);
/** The engine's own owner key for a council: it shares a word with any council's name. */
const OWNER_WORD_ALIASES: Record<string, string[]> = { 'local-authority': ['council', 'authority'] };

function ownerWords(holder: string): Set<string> {
  const owner = holder.slice(holder.indexOf(' ') + 1);
  const words = new Set<string>(OWNER_WORD_ALIASES[owner] ?? []);
  for (const w of owner.replace(/^org:/, '').split(/[-\s:]+/)) {
    if (w && !NOT_A_NAME_WORD.has(w)) words.add(w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return words;
}

function sharesAWord(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return a.size === 0 || b.size === 0;
}

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
  if (claims.length && claims[0]!.claim.attribute === OWNED_BY) found.push(...rivalOwners(affirmed, rules, work));
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
