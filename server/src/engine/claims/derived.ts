// Claims implied by other claims, through the rules' ownershipCategories: a majority held by
// outside investors makes a company "majority-owned by outside investors"; a minority held by
// employees means it is not "employee-owned". An owner named as an organisation counts as a class
// of owner when the same document puts it in a category the rules' ownerCategories name ("60% is
// held by Greywell Capital, a private equity firm" → outside investors). The derived claim keeps
// the span of the ownership claim it comes from, so a conflict always points at words the source wrote.

import type { Claim } from '../types';
import type { ConflictRules, ShareBand } from './rules';

const OWNED_SHARE = 'owned-share:';

/** Which side of half a share's range lies on, if it lies wholly on one side ("less than half" counts). */
export function shareBand(low: number | undefined, high: number | undefined): ShareBand | undefined {
  if (low !== undefined && low >= 50 && (high === undefined || high > 50)) return 'majority';
  if (high !== undefined && high <= 50 && (low === undefined || low < 50)) return 'minority';
  return undefined;
}

/**
 * The owner class of a named organisation holding most or all of another ("Y will own 75% of X",
 * "X, a wholly owned subsidiary of Y"): a body apart from X's staff and members, unless the
 * document or the body's name ties it to them (an employee trust, a staff partnership, a body the
 * text calls a co-operative or a mutual): a parent owned by its own staff may own X for them.
 */
export const ANOTHER_BODY = 'another-body';
const ORGANISATION = 'org:';
/** Words in an organisation's id that make it a vehicle of the staff ("X Employee Trust", "Y Staff Partnership"). */
const STAFF_VEHICLE_WORD = /(?:^|-)(?:employees?|staff|workers?|workforce|partnership|co-?operative|mutual)(?:-|$)/;
const STAFF_OR_MEMBER_CATEGORIES = ['employee-owned', 'co-operative', 'mutual', 'registered-society'];

function isAnotherBody(owner: string, categories: ReadonlySet<string> | undefined): boolean {
  if (!owner.startsWith(ORGANISATION) || STAFF_VEHICLE_WORD.test(owner.slice(ORGANISATION.length))) return false;
  return !STAFF_OR_MEMBER_CATEGORIES.some((c) => categories?.has(c));
}

/**
 * The category of a body owned whole by one owner. A share of all of a body says it is wholly
 * owned; a share of part of it, held by anyone, that it is not: a second owner's 49% and "the
 * council's wholly owned company" cannot both be true, whichever owner each source names.
 */
export const WHOLLY_OWNED = 'wholly-owned';
/** Its own attribute, apart from "category": a whole and a part meet there, and nothing else does. */
export const OWNERSHIP_ATTRIBUTE = 'ownership';

function wholeOrPart(claim: Claim): Claim | undefined {
  if (claim.value.kind !== 'number' || claim.value.unit !== '%') return undefined;
  const { value, high } = claim.value;
  const polarity = value >= 100 ? 'affirm' : value > 0 && high !== undefined && high < 100 ? 'deny' : undefined;
  return polarity && { ...claim, attribute: OWNERSHIP_ATTRIBUTE, value: { kind: 'category', category: WHOLLY_OWNED, polarity } };
}

/**
 * Who holds a body, whole or in part, as one attribute of the body (OWNED_BY), so that owners can
 * be compared: a body wholly owned by one owner is not owned, even in part, by another
 * (conflicts/category.ts, rivalOwners). The rules' owner classes (staff, members, the state) are
 * left out: their own categories (employee-owned, publicly-owned) already meet a rival owner. So is
 * a majority short of the whole ("65% of Acme Care belongs to Kite Ventures"): the body's ownership
 * category tells it (investor-majority-owned and its like, ownershipCategoryClaims), and the owned
 * share says who; an owner of the whole or of a minority is told here.
 */
export const OWNED_BY = 'owned-by';
export const WHOLE_HOLDER = 'whole';
export const PART_HOLDER = 'part';

function ownerHolding(claim: Claim, rules: ConflictRules): Claim | undefined {
  if (claim.value.kind !== 'number' || claim.value.unit !== '%' || claim.value.value <= 0) return undefined;
  const owner = claim.attribute.slice(OWNED_SHARE.length);
  if (rules.ownerClasses.some((c) => c.id === owner)) return undefined;
  const whole = claim.value.value >= 100;
  if (!whole && claim.value.value > 50) return undefined;
  return { ...claim, attribute: OWNED_BY, value: { kind: 'category', category: `~${whole ? WHOLE_HOLDER : PART_HOLDER} ${owner}`, polarity: 'affirm' } };
}

/**
 * Legal forms that are each a kind of a broader category: every community interest company is a
 * social enterprise (its asset lock and community purpose; Companies (Audit, Investigations and
 * Community Enterprise) Act 2004, ss.26-35), so "X is a CIC" still meets "X is a private company
 * run for profit". Only an affirmation carries over: a body that is not a CIC may still be one.
 */
const KIND_OF: ReadonlyMap<string, string> = new Map([['community-interest-company', 'social-enterprise']]);

function broaderCategory(claim: Claim): Claim | undefined {
  if (claim.attribute !== 'category' || claim.value.kind !== 'category' || claim.value.polarity !== 'affirm') return undefined;
  const broader = KIND_OF.get(claim.value.category);
  return broader ? { ...claim, value: { ...claim.value, category: broader } } : undefined;
}

/**
 * "X is a subsidiary of Y" (ownershipStructures.ts): Y controls X, by a majority of its voting
 * rights or of its board (Companies Act 2006, s.1159), so X is in Y's hands as it is when Y holds
 * most of its shares: the rules for a majority held by another body apply, unless Y is itself a
 * staff or members' vehicle or the text calls it one.
 */
export const SUBSIDIARY_OF = 'subsidiary-of:';

export function deriveCategoryClaims(claims: readonly Claim[], rules: ConflictRules): Claim[] {
  const wholes: Claim[] = [];
  for (const claim of claims) {
    const derived = claim.attribute.startsWith(OWNED_SHARE) ? wholeOrPart(claim) : broaderCategory(claim);
    if (derived) wholes.push(derived);
    const holder = claim.attribute.startsWith(OWNED_SHARE) ? ownerHolding(claim, rules) : undefined;
    if (holder) wholes.push(holder);
  }
  return wholes.length ? [...wholes, ...ownershipCategoryClaims(claims, rules)] : ownershipCategoryClaims(claims, rules);
}

function ownershipCategoryClaims(claims: readonly Claim[], rules: ConflictRules): Claim[] {
  if (rules.ownershipCategories.length === 0) return [];
  // organisation → owner classes, from the document's own classification of it; a rule's `unless`
  // categories given to the same organisation keep it out ("a business" that is also "a co-operative"
  // is owned by its members, not by outside shareholders)
  const categoriesOf = new Map<string, Set<string>>();
  for (const claim of claims) {
    if (claim.attribute !== 'category' || claim.value.kind !== 'category' || claim.value.polarity !== 'affirm') continue;
    const categories = categoriesOf.get(claim.subject) ?? new Set<string>();
    categories.add(claim.value.category);
    categoriesOf.set(claim.subject, categories);
  }
  const ownerClasses = new Map<string, Set<string>>();
  for (const [subject, categories] of categoriesOf) {
    for (const rule of rules.ownerCategories) {
      if (!categories.has(rule.category) || rule.unless?.some((c) => categories.has(c))) continue;
      const classes = ownerClasses.get(subject) ?? new Set<string>();
      classes.add(rule.owner);
      ownerClasses.set(subject, classes);
    }
  }
  const derived: Claim[] = [];
  for (const claim of claims) {
    if (claim.attribute.startsWith(SUBSIDIARY_OF)) {
      const parent = claim.attribute.slice(SUBSIDIARY_OF.length);
      if (!isAnotherBody(parent, categoriesOf.get(parent))) continue;
      for (const rule of rules.ownershipCategories) {
        if (rule.owner === ANOTHER_BODY && rule.share === 'majority') derived.push({ ...claim, attribute: 'category', value: { kind: 'category', category: rule.category, polarity: rule.polarity } });
      }
      continue;
    }
    if (!claim.attribute.startsWith(OWNED_SHARE) || claim.value.kind !== 'number') continue;
    const owner = claim.attribute.slice(OWNED_SHARE.length);
    const owners = new Set([owner, ...(ownerClasses.get(owner) ?? [])]);
    const band = shareBand(claim.value.low, claim.value.high);
    if (!band) continue;
    // only for an owner of no known class: a class's own rules say more (an outside investor's majority makes the company investor-owned)
    if (band === 'majority' && owners.size === 1 && isAnotherBody(owner, categoriesOf.get(owner))) owners.add(ANOTHER_BODY);
    for (const rule of rules.ownershipCategories) {
      if (!owners.has(rule.owner) || rule.share !== band) continue;
      derived.push({
        ...claim,
        attribute: 'category',
        value: { kind: 'category', category: rule.category, polarity: rule.polarity },
      });
    }
  }
  return derived;
}
