import type { DocumentAnalysis, Entity } from '../types';
import { claimLinkOrgs, entityLinkNames, type LinkNameKind } from './linkNames';
import type { SharedEnds } from './identicalEnds';

// How many times each name the short-name links read (linkNames.ts) occurs in one document being
// edited. The links only care which names a document has, not where or how often: a keystroke in
// a 1 MB document reads the entities and claims between the two analyses' shared ends (the
// sections the edit reached, see sections/sectionedAnalysis.ts) and learns from the counts whether
// a name came or went. Most keystrokes change neither, and the walk over every entity and claim
// of the document (2-3 ms a keystroke) is not made.

const KIND_PREFIX: Record<LinkNameKind, string> = { org: 'o', acronym: 'a', surname: 's' };

export interface NameChanges {
  /** Whether an org, acronym or surname the links count came into the document or left it. */
  entities: boolean;
  /** Whether an org canonical its claims name came or went. */
  claimOrgs: boolean;
}

export class NameCensus {
  /** The analysis the counts are of. */
  analysis: DocumentAnalysis;
  private readonly names = new Map<string, number>();
  private readonly orgs = new Map<string, number>();

  constructor(analysis: DocumentAnalysis) {
    this.analysis = analysis;
    let previous: string | undefined;
    const take = (kind: LinkNameKind, name: string) => add(this.names, KIND_PREFIX[kind] + name, 1);
    for (const entity of analysis.entities) previous = entityLinkNames(entity, previous, take);
    for (const claim of analysis.claims) claimLinkOrgs(claim, (org) => add(this.orgs, org, 1));
  }

  /**
   * Counts `after` instead of the census's analysis, the two sharing `entityEnds` and `claimEnds`
   * (the very same objects at both ends): only what lies between them is read. An entity's names
   * count only if it begins a run of its canonical, so the first entity with a canonical after each
   * middle is read again too (the run before it may have changed).
   */
  update(after: DocumentAnalysis, entityEnds: SharedEnds, claimEnds: SharedEnds): NameChanges {
    const before = this.analysis;
    const names = new Touched(this.names);
    const previous = lastCanonical(after.entities, entityEnds.head);
    const nameTaker = (by: number) => (kind: LinkNameKind, name: string) => names.add(KIND_PREFIX[kind] + name, by);
    walkThroughNextRun(before.entities, entityEnds.head, before.entities.length - entityEnds.tail, previous, nameTaker(-1));
    walkThroughNextRun(after.entities, entityEnds.head, after.entities.length - entityEnds.tail, previous, nameTaker(1));
    const orgs = new Touched(this.orgs);
    for (let i = claimEnds.head; i < before.claims.length - claimEnds.tail; i++) claimLinkOrgs(before.claims[i], (org) => orgs.add(org, -1));
    for (let i = claimEnds.head; i < after.claims.length - claimEnds.tail; i++) claimLinkOrgs(after.claims[i], (org) => orgs.add(org, 1));
    this.analysis = after;
    return { entities: names.cameOrWent(), claimOrgs: orgs.cameOrWent() };
  }
}

/** Counts changed by one update, with what each touched key counted before it. */
class Touched {
  private readonly was = new Map<string, number>();

  constructor(private readonly counts: Map<string, number>) {}

  add(key: string, by: number): void {
    if (!this.was.has(key)) this.was.set(key, this.counts.get(key) ?? 0);
    add(this.counts, key, by);
  }

  /** Whether a touched key is present now where it was absent, or absent where it was present. */
  cameOrWent(): boolean {
    for (const [key, was] of this.was) if (was > 0 !== (this.counts.get(key) ?? 0) > 0) return true;
    return false;
  }
}

/** Reads entities[from, to) and on up to the first entity at or after `to` with a canonical, included. */
function walkThroughNextRun(entities: readonly Entity[], from: number, to: number, previous: string | undefined, take: (kind: LinkNameKind, name: string) => void): void {
  for (let i = from; i < to; i++) previous = entityLinkNames(entities[i], previous, take);
  for (let i = to; i < entities.length; i++) {
    if (entities[i].canonical === undefined) continue;
    entityLinkNames(entities[i], previous, take);
    return;
  }
}

/** The canonical of the last entity before `end` that has one. */
function lastCanonical(entities: readonly Entity[], end: number): string | undefined {
  for (let i = end - 1; i >= 0; i--) if (entities[i].canonical !== undefined) return entities[i].canonical;
  return undefined;
}

function add(counts: Map<string, number>, key: string, by: number): void {
  const count = (counts.get(key) ?? 0) + by;
  if (count === 0) counts.delete(key);
  else counts.set(key, count);
}
