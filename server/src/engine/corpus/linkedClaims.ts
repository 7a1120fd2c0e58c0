import type { Claim } from '../types';
import type { OrgLinks } from './orgLinks';

// A document's claims as the claim index files them: a claim about a short form linked to a longer
// name (orgLinks.ts) is filed under the longer one, and so is an attribute that names the short form
// ("owned-share:org:rovers"). The claim the analysis made stays as it is (hovers and the document's
// own view read it); the index holds a copy, made once per claim and target while the claim stays
// where it is, so that an unchanged claim hands the index the very object it holds.

const ORG = 'org:';
const copies = new WeakMap<Claim, Claim>();

/** The attribute with a linked org canonical at its end replaced by its target. */
export function linkedAttribute(attribute: string, links: OrgLinks): string {
  const at = attribute.indexOf(ORG);
  if (at <= 0) return attribute;
  const target = links.target(attribute.slice(at));
  return target === undefined ? attribute : attribute.slice(0, at) + target;
}

export function linkedSubject(subject: string, links: OrgLinks): string {
  return links.target(subject) ?? subject;
}

/**
 * The claims as the index files them: `claims` itself when none is linked. `movedInPlace` are the
 * claims the analysis moved where they stood since the index last filed them (see
 * Corpus.putAnalysed): their copies are moved with them, so that the index, which holds the very
 * copies, sees them as moved rather than renewed, as it sees the claims it holds uncopied. Copied
 * anew instead, every linked claim below a keystroke in the 1 MB bench document made the claims
 * the index compares run from the edit to the last of them.
 */
export function linkClaims(claims: readonly Claim[], links: OrgLinks, movedInPlace?: ReadonlySet<Claim>): readonly Claim[] {
  if (links.size === 0) return claims;
  let out: Claim[] | undefined;
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    const subject = linkedSubject(claim.subject, links);
    const attribute = linkedAttribute(claim.attribute, links);
    if (subject === claim.subject && attribute === claim.attribute) {
      if (out) out.push(claim);
      continue;
    }
    out ??= claims.slice(0, i);
    let copy = copies.get(claim);
    const samePlace = copy !== undefined && copy.start === claim.start && copy.end === claim.end;
    if (copy && !samePlace && copy.subject === subject && copy.attribute === attribute && movedInPlace?.has(claim)) {
      copy.start = claim.start;
      copy.end = claim.end;
    } else if (!copy || copy.subject !== subject || copy.attribute !== attribute || !samePlace) {
      // Otherwise a claim at another place than its copy is copied anew.
      copy = { ...claim, subject, attribute };
      copies.set(claim, copy);
    }
    out.push(copy);
  }
  return out ?? claims;
}

/** The index's copy of a claim, if it holds one (see linkClaims). */
export function copyOf(claim: Claim): Claim | undefined {
  return copies.get(claim);
}
