import type { Entity } from '../types';
import { identicalEnds, type SharedEnds } from './identicalEnds';

// The titles sources give each person, with the documents that give each: a person's hover lists
// them (in the order the corpus first gives them) without reading every mention of the person,
// who may be quoted in thousands of documents under hundreds of titles.
//
// Kept by delta like the mention texts: a document's mentions before and after an edit are
// compared from both ends, and only the middle that differs is counted out and in.

export class PersonRoles {
  /** canonical → title → document → how many mentions there give the title. */
  private readonly sources = new Map<string, Map<string, Map<string, number>>>();

  /** `shared`: ends of the two lists known to hold the very same objects (see identicalEnds). */
  update(doc: string, before: readonly Entity[] | undefined, after: readonly Entity[] | undefined, shared?: SharedEnds): void {
    const old = before ?? [];
    const next = after ?? [];
    const { head, tail } = identicalEnds(old, next, sameTitle, shared);
    for (let i = head; i < old.length - tail; i++) this.count(doc, old[i], -1);
    for (let i = head; i < next.length - tail; i++) this.count(doc, next[i], +1);
  }

  /** A person's titles, each with the documents giving it. */
  rolesOf(canonical: string): ReadonlyMap<string, ReadonlyMap<string, number>> {
    return this.sources.get(canonical) ?? new Map();
  }

  private count(doc: string, entity: Entity, by: number): void {
    if (!entity.canonical || !entity.role) return;
    let roles = this.sources.get(entity.canonical);
    if (!roles) this.sources.set(entity.canonical, (roles = new Map()));
    let docs = roles.get(entity.role);
    if (!docs) roles.set(entity.role, (docs = new Map()));
    const count = (docs.get(doc) ?? 0) + by;
    if (count > 0) docs.set(doc, count);
    else docs.delete(doc);
    if (docs.size === 0) roles.delete(entity.role);
    if (roles.size === 0) this.sources.delete(entity.canonical);
  }
}

/** Mentions that count the same here: the same person (if any) with the same title (if any). */
function sameTitle(a: Entity, b: Entity): boolean {
  return a.canonical === b.canonical && a.role === b.role;
}
