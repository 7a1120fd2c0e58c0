import type { Claim, DocumentAnalysis, Entity } from '../types';

// What the short-name links (orgLinks.ts) read of a document: its organisation canonicals, those it
// writes as an acronym, the surnames of the people it names in full, and the org canonicals its
// claims name. Finding them walks every entity and claim; while a large workspace is first indexed
// that walk ran on the main thread for every document (it doubled the merging), so the analysis
// workers make it beside the analysis and send the answer as positions in the analysis's own lists
// (numbers, cheap to send; the strings are the analysis's, already shared). The corpus reads them
// with takeLinkNames, which walks the lists itself when no worker did (an analysis
// made on this thread or read from the index cache): both ways give the same names.

/** Positions in an analysis's entities and claims; a claim's is 2i for its subject, 2i + 1 for its attribute. */
export interface LinkNames {
  orgs: number[];
  acronyms: number[];
  surnames: number[];
  claimOrgs: number[];
}

/** A document's names as the links count them, each list without repeats. */
export interface DocumentNames {
  orgs: readonly string[];
  acronyms: readonly string[];
  surnames: readonly string[];
}

const ORG = 'org:';
const NONE: readonly string[] = [];
export const NO_NAMES: DocumentNames = { orgs: NONE, acronyms: NONE, surnames: NONE };

/** Found in a worker, for the analysis it came with (see the pool) until the corpus takes it; weakly, as the analysis may be dropped unread. */
const found = new WeakMap<DocumentAnalysis, LinkNames>();

export function noteLinkNames(analysis: DocumentAnalysis, names: LinkNames): void {
  found.set(analysis, names);
}

/** The names a worker found for the analysis (given once), else found here. */
export function takeLinkNames(analysis: DocumentAnalysis): LinkNames {
  const names = found.get(analysis);
  if (names === undefined) return linkNamesOf(analysis);
  found.delete(analysis);
  return names;
}

/** The walk both ways share: positions of the entities and claims the links read. */
export function linkNamesOf(analysis: DocumentAnalysis): LinkNames {
  const orgs: number[] = [];
  const acronyms: number[] = [];
  const surnames: number[] = [];
  const seenOrgs = new Set<string>();
  const seenAcronyms = new Set<string>();
  const seenSurnames = new Set<string>();
  const entities = analysis.entities;
  let previous: string | undefined;
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i];
    const canonical = entity.canonical;
    // A body is often named several times running: one look-up for the run.
    if (canonical === undefined || canonical === previous) continue;
    previous = canonical;
    if (entity.type === 'organisation') {
      if (!canonical.startsWith(ORG)) continue;
      if (!seenOrgs.has(canonical)) {
        seenOrgs.add(canonical);
        orgs.push(i);
      }
      if (isAcronym(entity.text) && !seenAcronyms.has(canonical)) {
        seenAcronyms.add(canonical);
        acronyms.push(i);
      }
    } else if (entity.type === 'person' && isFullName(entity.text)) {
      const surname = surnameOf(canonical);
      if (!seenSurnames.has(surname)) {
        seenSurnames.add(surname);
        surnames.push(i);
      }
    }
  }
  const claimOrgs: number[] = [];
  const seenClaimOrgs = new Set<string>();
  const claims = analysis.claims;
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    if (claim.subject.startsWith(ORG) && !seenClaimOrgs.has(claim.subject)) {
      seenClaimOrgs.add(claim.subject);
      claimOrgs.push(2 * i);
    }
    const org = attributeOrg(claim);
    if (org !== undefined && !seenClaimOrgs.has(org)) {
      seenClaimOrgs.add(org);
      claimOrgs.push(2 * i + 1);
    }
  }
  return { orgs, acronyms, surnames, claimOrgs };
}

/** Which of the links' lists a name is in (see nameCensus.ts, which counts them). */
export type LinkNameKind = 'org' | 'acronym' | 'surname';

/**
 * The names one entity gives the links, as linkNamesOf reads them: only the first of a run of one
 * canonical counts, so `previous` is the canonical of the last entity before it that has one.
 * Returns the entity's canonical, the next entity's `previous`.
 */
export function entityLinkNames(entity: Entity, previous: string | undefined, take: (kind: LinkNameKind, name: string) => void): string | undefined {
  const canonical = entity.canonical;
  if (canonical === undefined) return previous;
  if (canonical === previous) return canonical;
  if (entity.type === 'organisation') {
    if (!canonical.startsWith(ORG)) return canonical;
    take('org', canonical);
    if (isAcronym(entity.text)) take('acronym', canonical);
  } else if (entity.type === 'person' && isFullName(entity.text)) {
    take('surname', surnameOf(canonical));
  }
  return canonical;
}

/** The org canonicals one claim names, as linkNamesOf reads them (subject, then attribute). */
export function claimLinkOrgs(claim: Claim, take: (org: string) => void): void {
  if (claim.subject.startsWith(ORG)) take(claim.subject);
  const org = attributeOrg(claim);
  if (org !== undefined) take(org);
}

/** The names the links count for a document. */
export function namesOf(analysis: DocumentAnalysis, names: LinkNames = linkNamesOf(analysis)): DocumentNames {
  const entities = analysis.entities;
  const orgs = names.orgs.length === 0 ? NONE : names.orgs.map((i) => entities[i].canonical!);
  const acronyms = names.acronyms.length === 0 ? NONE : names.acronyms.map((i) => entities[i].canonical!);
  const surnames = names.surnames.length === 0 ? NONE : names.surnames.map((i) => surnameOf(entities[i].canonical!));
  return orgs === NONE && surnames === NONE ? NO_NAMES : { orgs, acronyms, surnames };
}

/** The org canonicals a document's claims name, as subject or at the end of an attribute. */
export function claimOrgsOf(analysis: DocumentAnalysis, names: LinkNames = linkNamesOf(analysis)): readonly string[] {
  if (names.claimOrgs.length === 0) return NONE;
  const claims = analysis.claims;
  return names.claimOrgs.map((at) => (at % 2 === 0 ? claims[at / 2].subject : attributeOrg(claims[(at - 1) / 2])!));
}

function attributeOrg(claim: Claim): string | undefined {
  const at = claim.attribute.indexOf(ORG);
  return at > 0 ? claim.attribute.slice(at) : undefined;
}

function surnameOf(canonical: string): string {
  return canonical.slice(canonical.lastIndexOf('-') + 1);
}

/** A person named with at least two capitalised words ("Alison Treharne"), not a handle or a first name alone. */
function isFullName(text: string): boolean {
  const space = text.lastIndexOf(' ');
  if (space <= 0 || space === text.length - 1) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(space + 1);
  return first >= 65 && first <= 90 && last >= 65 && last <= 90 && text.indexOf('_') < 0 && text.indexOf('@') < 0;
}

function isAcronym(text: string): boolean {
  if (text.length < 3 || text.length > 6) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

