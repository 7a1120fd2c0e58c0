// "The operating company", "the holding company", "the parent company": the members of a company
// group by their place in it. A text about a group in trouble (a utility, a care-home chain, a
// contractor) names the company that runs the business and the company that owns it, very often
// by one name with and without a holding word ("Acme Water Ltd" and "Acme Water Holdings Ltd",
// "Acme Care" and "Acme Care Group"), then calls them by their roles. Recency would give "the
// operating company" to whichever body was named last, often the investor; the pair of names says
// which company is which. When the text names no such pair, or more than one, the role names
// nobody certain, and the words are left unresolved.

import type { Entity } from '../types';

export type GroupRole = 'operating' | 'holding';

/** "the operating " / "the holding " / "the parent " right before "company". */
const GROUP_ROLE_BEFORE = /(?:^|[^\p{L}])[Tt]he[\s\u00a0]+(operating|holding|parent)[\s\u00a0]+$/u;
/** The word that makes a name a holding company's, and the name's words before it. */
const HOLDING_NAME = /^(.+?)[\s\u00a0]+(?:Holdings?|Group)(?![\p{L}])/u;

/** The group role the words before "company" at `nounStart` give it, if any. */
export function groupRoleBefore(text: string, nounStart: number): GroupRole | undefined {
  const lead = GROUP_ROLE_BEFORE.exec(text.slice(Math.max(0, nounStart - 16), nounStart));
  if (!lead) return undefined;
  return lead[1] === 'operating' ? 'operating' : 'holding';
}

interface GroupPair {
  operating: Entity;
  holding: Entity;
  /** Where the later of the two is first named: the pair is known from there on. */
  from: number;
}

const nameOf = (e: Entity): string => e.canonicalName ?? e.text;

/**
 * The text's operating-and-holding pairs: a holding company's name ("Acme Water Holdings Ltd")
 * and another company's name that begins with the holding name's words before its holding word
 * ("Acme Water Ltd"). One pair per pair of canonical ids, known from its later first mention.
 */
export function groupPairs(organisations: readonly Entity[]): GroupPair[] {
  const firstByCanonical = new Map<string, Entity>();
  for (const org of organisations) if (org.canonical && !firstByCanonical.has(org.canonical)) firstByCanonical.set(org.canonical, org);
  const pairs: GroupPair[] = [];
  for (const holding of firstByCanonical.values()) {
    const stem = HOLDING_NAME.exec(nameOf(holding))?.[1];
    if (!stem) continue;
    for (const operating of firstByCanonical.values()) {
      if (operating === holding) continue;
      const name = nameOf(operating);
      if (!name.startsWith(stem) || HOLDING_NAME.test(name)) continue;
      // the stem must end at a word's end: "Acme Water" does not begin "Acme Waterways"
      if (/\p{L}/u.test(name.charAt(stem.length))) continue;
      pairs.push({ operating, holding, from: Math.max(operating.start, holding.start) });
    }
  }
  return pairs;
}

/** The company a group role at `offset` stands for: from the one pair named before it, else none. */
export function groupMember(pairs: readonly GroupPair[], role: GroupRole, offset: number): Entity | undefined {
  const known = pairs.filter((p) => p.from < offset);
  if (known.length !== 1) return undefined;
  return role === 'operating' ? known[0]!.operating : known[0]!.holding;
}
