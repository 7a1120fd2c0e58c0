// The claims under every (subject, attribute) key, in every document, and the conflicts of every
// key, kept by delta as documents come, change and go (see corpus.ts). A key whose claims merely
// moved, as typing moves everything after the cursor, keeps its conflicts with the moved claims in
// them. A key whose claims changed is checked again only when the set of claim classes under it
// changed (see claimClasses.ts); otherwise its conflicts keep their classes, and the document's
// claims are taken out of them and put back. Either way the work is one document's claims under
// the key, found in each conflict by halving (docRange.ts), not every claim of a key that thousands
// of documents share. The delta names every document whose conflicts changed as a reader sees
// them, so the server republishes exactly those.

import { detectConflicts } from '../claims/conflicts/index';
import type { ConflictRules } from '../claims/rules';
import type { Claim, Conflict, DocumentAnalysis, SourcedClaim } from '../types';
import { compareKeyClaims } from './claimDelta';
import { ClaimClassCounts, claimClass, conflictFacts, inheritConflictFacts } from './claimClasses';
import { ClaimSubjects } from './claimsBySubject';
import { KeyValueCounts } from './claimValues';
import { docsOfChangedConflicts, sameClaim } from './conflictChange';
import { noteRenewal } from './conflictRenewals';
import { docRange, documentsOf, sameDocumentsAs } from './docRange';
import { changedMiddles, identicalEnds } from './identicalEnds';
import { keyListsAfter } from './keyListsAfter';
import { shownAlike, type TextEdit } from './textEdit';

export interface ClaimsDelta {
  /**
   * Every document whose conflicts changed as a reader sees them: a conflict came or went, or one of
   * its claims changed words, value, line or column. A claim that only moved, from below an edit on
   * an earlier line that added or removed no line break, is shown alike (textEdit.ts).
   */
  docsWithChangedConflicts: Set<string>;
  /** The (subject, attribute) keys whose claims changed or moved (not those only made again in place); see claimKey. */
  changedKeys: Set<string>;
}

const KEY_SEPARATOR = '\u0000';

/** The index key of a subject and attribute. */
export function claimKey(subject: string, attribute: string): string {
  return subject + KEY_SEPARATOR + attribute;
}

export function splitClaimKey(key: string): { subject: string; attribute: string } {
  const at = key.indexOf(KEY_SEPARATOR);
  return { subject: key.slice(0, at), attribute: key.slice(at + 1) };
}

const keyOfClaim = (claim: Claim): string => claimKey(claim.subject, claim.attribute);

function groupClaims(claims: readonly Claim[]): Map<string, Claim[]> {
  const map = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = claimKey(claim.subject, claim.attribute);
    const list = map.get(key);
    if (list) list.push(claim);
    else map.set(key, [claim]);
  }
  return map;
}

const byDocThenPlace = (a: SourcedClaim, b: SourcedClaim): number =>
  a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.claim.start - b.claim.start || a.claim.end - b.claim.end;

const same = (claim: Claim): Claim => claim;

/**
 * Where a claim stood before the edit: claims the analysis moved in place (see Corpus.putAnalysed)
 * carry their new places, and stood the edit's length change further back.
 */
function placeBefore(edit: TextEdit | undefined, movedInPlace: ReadonlySet<Claim> | undefined): (claim: Claim) => Claim {
  if (!edit || !movedInPlace || movedInPlace.size === 0) return same;
  const shift = edit.newEnd - edit.oldEnd;
  return (claim) => (movedInPlace.has(claim) ? { ...claim, start: claim.start - shift, end: claim.end - shift } : claim);
}

/** The first of one document's claims in document order (by place, ties in list order). */
function firstInPlace(claims: readonly Claim[], placeOf: (claim: Claim) => Claim): Claim {
  let first = claims[0];
  let at = placeOf(first);
  for (let i = 1; i < claims.length; i++) {
    const place = placeOf(claims[i]);
    if (place.start < at.start || (place.start === at.start && place.end < at.end)) {
      first = claims[i];
      at = place;
    }
  }
  return first;
}

function categoryOf(claim: Claim): string | undefined {
  return claim.value.kind === 'category' ? claim.value.category : undefined;
}

/** Which of `categories` one document's claims affirm, in the order of each one's first affirmation by place. */
function firstAffirmations(claims: readonly Claim[], placeOf: (claim: Claim) => Claim, categories: ReadonlySet<string | undefined>): string {
  const affirmations = claims
    .filter((claim) => claim.value.kind === 'category' && claim.value.polarity === 'affirm' && categories.has(claim.value.category))
    .map((claim) => ({ category: categoryOf(claim)!, at: placeOf(claim) }));
  // A stable sort: claims at one place keep their list order, as they do in claimsFor.
  affirmations.sort((a, b) => a.at.start - b.at.start || a.at.end - b.at.end);
  return [...new Set(affirmations.map((affirmation) => affirmation.category))].join('\u0000');
}

export class ClaimIndex {
  /** claim key → doc → that document's claims under the key. */
  private readonly claims = new Map<string, Map<string, Claim[]>>();
  /** claim key → its conflicts (only keys that have some). */
  private readonly keyConflicts = new Map<string, Conflict[]>();
  /** doc → keys with a conflict that involves one of its claims. */
  private readonly docConflictKeys = new Map<string, Set<string>>();
  /** subject → the attributes it has claims under. */
  private readonly subjects = new ClaimSubjects();
  /** claim key → how many claims give each distinct value. */
  private readonly keyValues = new KeyValueCounts();
  /** claim key → how many claims are of each class (value and time bucket). */
  private readonly classes = new ClaimClassCounts();
  /** claim key → the first of its documents in document order, once asked for (see firstDocumentOf). */
  private readonly firstDocs = new Map<string, string>();
  /** While conflict checks are deferred: the keys to check when they resume. */
  private deferredKeys: Set<string> | undefined;
  /** While value counts are deferred (see deferValueCounts): the keys to count afresh from their claims. */
  private uncountedKeys: Set<string> | undefined;

  constructor(private readonly rules: ConflictRules) {}

  /**
   * Swaps a document's claims in the index for those of its new analysis (either may be absent:
   * added, removed), re-checking the keys whose claims changed. `edit` is the change between the
   * two texts, and `movedInPlace` the claims the analysis moved where they stood (see
   * Corpus.putAnalysed): they decide which other documents show this one's claims anew.
   */
  update(
    doc: string,
    before: DocumentAnalysis | undefined,
    after: DocumentAnalysis | undefined,
    edit?: TextEdit,
    movedInPlace?: ReadonlySet<Claim>,
  ): ClaimsDelta {
    const wasAt = placeBefore(edit, movedInPlace);
    const { oldClaims, newClaims } = this.claimsToCompare(doc, before, after);
    const changedKeys = new Set<string>();
    const docsWithChangedConflicts = new Set<string>();
    /**
     * Keys whose claims changed, with whether their classes did, and whether the class rule
     * covered the key both before and after the change (claimClasses.ts); otherwise it is checked afresh.
     */
    const toCheck: Array<{ key: string; classesChanged: boolean; covered: boolean; previous?: Claim[]; next?: Claim[] }> = [];
    /** Keys whose claims only moved, and whose partners moveClaims has already told. */
    const movedKeys = new Set<string>();
    for (const key of new Set([...oldClaims.keys(), ...newClaims.keys()])) {
      const previous = oldClaims.get(key);
      const next = newClaims.get(key);
      const change = compareKeyClaims(previous, next, wasAt);
      if (change === 'same') continue;
      if (change !== 'renewed') changedKeys.add(key);
      let classesChanged = false;
      let covered = false;
      if (change === 'changed') {
        if (this.uncountedKeys) this.uncountedKeys.add(key);
        else this.keyValues.update(key, previous, next);
        // While checks are deferred (a corpus being filled) classes are not counted: see ClaimClassCounts.
        if (this.deferredKeys) this.classes.forget(key);
        else {
          // Counted from the claims under the key before this change (the index still holds them).
          if (!this.classes.tracks(key)) this.classes.track(key, this.claims.get(key)?.values() ?? []);
          covered = !this.classes.hasOddFinancialYears(key);
          classesChanged = this.classes.update(key, previous, next);
          covered &&= !this.classes.hasOddFinancialYears(key);
        }
      }
      let byDoc = this.claims.get(key);
      if (next) {
        if (!byDoc) {
          this.claims.set(key, (byDoc = new Map()));
          const { subject, attribute } = splitClaimKey(key);
          this.subjects.keyAdded(subject, attribute);
        }
        byDoc.set(doc, next);
        const first = this.firstDocs.get(key);
        if (first !== undefined && doc < first) this.firstDocs.set(key, doc);
      } else if (byDoc) {
        byDoc.delete(doc);
        if (this.firstDocs.get(key) === doc) this.firstDocs.delete(key);
        if (byDoc.size === 0) {
          this.claims.delete(key);
          const { subject, attribute } = splitClaimKey(key);
          this.subjects.keyRemoved(subject, attribute);
        }
      }
      if (this.deferredKeys) this.deferredKeys.add(key);
      else if (change === 'changed') toCheck.push({ key, classesChanged, covered, previous, next });
      else if (!this.moveClaims(key, doc, previous!, next!, docsWithChangedConflicts, edit, wasAt)) toCheck.push({ key, classesChanged: true, covered: false });
      else movedKeys.add(key);
    }
    for (const { key, classesChanged, covered, previous, next } of toCheck) {
      const settled = covered && (!classesChanged || this.sameConflictsOfClasses(key)) && this.swapClaims(key, doc, previous, next, docsWithChangedConflicts, wasAt);
      if (!settled) this.recheck(key, docsWithChangedConflicts);
    }
    // Other documents' diagnostics date this document's claims by its own date when they have none.
    if (before?.documentDate !== after?.documentDate) this.addConflictPartners(doc, docsWithChangedConflicts);
    // Where another document shows one of this one's claims, it shows its line and the words about
    // it: a claim that stayed put can still look different there when the text before it changed.
    else if (edit) this.addConflictPartners(doc, docsWithChangedConflicts, edit, movedKeys, wasAt);
    return { docsWithChangedConflicts, changedKeys };
  }

  /** From now until resume, keys whose claims change are only noted (see Corpus.deferConflictChecks). */
  defer(): void {
    this.deferredKeys ??= new Set();
  }

  /** Checks every key noted while checks were deferred; the delta covers them all. */
  resume(): ClaimsDelta {
    const keys = this.deferredKeys ?? new Set<string>();
    this.deferredKeys = undefined;
    const docsWithChangedConflicts = new Set<string>();
    for (const key of keys) this.recheck(key, docsWithChangedConflicts);
    return { docsWithChangedConflicts, changedKeys: keys };
  }

  get deferred(): boolean {
    return this.deferredKeys !== undefined;
  }

  /**
   * From now until countDeferredValues completes, keys whose claims change are only noted, and
   * their distinct values are counted then from the claims they hold (see Corpus.deferReadingIndexes).
   */
  deferValueCounts(): void {
    this.uncountedKeys ??= new Set();
  }

  /** Counts the values of the keys noted since deferValueCounts, a key at a time until `enough`; true when all are counted. */
  countDeferredValues(enough: () => boolean = () => false): boolean {
    const keys = this.uncountedKeys;
    if (!keys) return true;
    for (const key of keys) {
      keys.delete(key);
      this.keyValues.recount(key, this.claims.get(key)?.values() ?? []);
      if (keys.size > 0 && enough()) return false;
    }
    this.uncountedKeys = undefined;
    return true;
  }

  get valueCountsDeferred(): boolean {
    return this.uncountedKeys !== undefined;
  }

  /** The claims about `subject`, by document: one map for each attribute it has claims under. */
  claimsAbout(subject: string): Array<ReadonlyMap<string, readonly Claim[]>> {
    const byAttribute: Array<ReadonlyMap<string, readonly Claim[]>> = [];
    for (const attribute of this.subjects.attributesOf(subject)) {
      const byDoc = this.claims.get(claimKey(subject, attribute));
      if (byDoc) byAttribute.push(byDoc);
    }
    return byAttribute;
  }

  /** One key's claims by document (unordered, each document's in its own order). */
  claimsByDocument(subject: string, attribute: string): ReadonlyMap<string, readonly Claim[]> {
    return this.claims.get(claimKey(subject, attribute)) ?? new Map();
  }

  /** How many distinct values the claims under a key give. */
  distinctValuesOf(subject: string, attribute: string): number {
    return this.keyValues.distinctValues(claimKey(subject, attribute));
  }

  /** The conflicts under one (subject, attribute) key. */
  conflictsOfKey(subject: string, attribute: string): readonly Conflict[] {
    return this.keyConflicts.get(claimKey(subject, attribute)) ?? [];
  }

  claimsFor(subject: string, attribute: string): SourcedClaim[] {
    const byDoc = this.claims.get(claimKey(subject, attribute));
    if (!byDoc) return [];
    const out: SourcedClaim[] = [];
    for (const [doc, claims] of byDoc) for (const claim of claims) out.push({ doc, claim });
    return out.sort(byDocThenPlace);
  }

  /** Every conflict in the corpus, ordered by subject, attribute and fingerprint. */
  conflicts(): Conflict[] {
    const keys = [...this.keyConflicts.keys()].sort();
    return keys.flatMap((key) => this.keyConflicts.get(key)!);
  }

  /** The conflicts that involve a claim of `doc`. */
  conflictsForDoc(doc: string): Conflict[] {
    const keys = this.docConflictKeys.get(doc);
    if (!keys) return [];
    return [...keys]
      .sort()
      .flatMap((key) => this.keyConflicts.get(key) ?? [])
      .filter((c) => c.claims.some((s) => s.doc === doc));
  }

  /**
   * Every document sharing a conflict with `doc` (and `doc` itself when it has conflicts); with an
   * edit, only conflicts holding a claim of `doc` that stayed put but no longer shows alike
   * (textEdit.ts). Keys in `settled` were told of already.
   */
  private addConflictPartners(doc: string, into: Set<string>, edit?: TextEdit, settled?: ReadonlySet<string>, wasAt: (claim: Claim) => Claim = same): void {
    for (const key of this.docConflictKeys.get(doc) ?? []) {
      if (settled?.has(key)) continue;
      let shows: (claim: Claim) => boolean = () => true;
      if (edit) {
        // The document's own claims under the key decide it (the conflicts hold these very
        // objects): most keystrokes move none of them anew, and the conflicts, which may hold
        // thousands of other documents' claims, are not read at all.
        const own = this.claims.get(key)?.get(doc) ?? [];
        const anew = new Set(own.filter((claim) => !shownAlike(wasAt(claim), claim, edit)));
        if (anew.size === 0) continue;
        shows = (claim) => anew.has(claim);
      }
      for (const conflict of this.keyConflicts.get(key) ?? []) {
        const { from, to } = docRange(conflict.claims, doc);
        let shown = false;
        for (let i = from; i < to && !shown; i++) shown = shows(conflict.claims[i].claim);
        if (shown) for (const other of documentsOf(conflict.claims)) into.add(other);
      }
    }
  }

  /**
   * A key whose claims from `doc` only moved: its conflicts stay, holding the moved claims, and
   * every document in them shows new places. False when a conflict holds a claim of `doc` that is
   * not among `before` (the key must then be checked afresh).
   */
  private moveClaims(
    key: string,
    doc: string,
    before: readonly Claim[],
    after: readonly Claim[],
    changedDocs: Set<string>,
    edit?: TextEdit,
    wasAt: (claim: Claim) => Claim = same,
  ): boolean {
    const conflicts = this.keyConflicts.get(key);
    if (!conflicts) return true;
    let movedTo: Map<Claim, Claim> | undefined;
    const next: Conflict[] = [];
    for (const conflict of conflicts) {
      const { from, to } = docRange(conflict.claims, doc);
      if (from === to) {
        next.push(conflict);
        continue;
      }
      if (!movedTo) {
        movedTo = new Map();
        for (let i = 0; i < before.length; i++) movedTo.set(before[i], after[i]);
      }
      // Other documents show a moved claim anew only if its line, column or words changed.
      let shownAnew = false;
      // Moved claims keep their order (claimDelta.ts), so each takes its old one's index.
      const claims = conflict.claims.slice();
      for (let i = from; i < to; i++) {
        const moved = movedTo.get(claims[i].claim);
        if (!moved) return false;
        const was = wasAt(claims[i].claim);
        // Without an edit the text is the same, and a claim at the same place shows alike.
        if (edit ? !shownAlike(was, moved, edit) : was.start !== moved.start || was.end !== moved.end) shownAnew = true;
        claims[i] = { doc, claim: moved };
      }
      // Claims that moved but show alike leave every document's diagnostics as they were, this one's too.
      sameDocumentsAs(conflict.claims, claims);
      if (shownAnew) for (const other of documentsOf(claims)) changedDocs.add(other);
      const moved = { ...conflict, claims };
      noteRenewal(claims, conflict.claims, doc, from, to - from, to - from);
      inheritConflictFacts(conflict, moved);
      next.push(moved);
    }
    this.keyConflicts.set(key, next);
    return true;
  }

  /**
   * A key covered by the class rule whose conflicts keep their classes (its classes stayed the
   * same, or see sameConflictsOfClasses) while `doc`'s claims under it changed from `before` to
   * `after`: each conflict holds the claims of the same classes (claimClasses.ts), so the same but
   * `doc`'s, which are taken out and put back (those of the conflict's classes). Records the
   * documents of every conflict that changed as a reader sees it, as a check afresh would
   * (conflictChange.ts). False, changing nothing, where the rule does not settle the key exactly;
   * it must then be checked afresh.
   */
  private swapClaims(
    key: string,
    doc: string,
    before: readonly Claim[] | undefined,
    after: readonly Claim[] | undefined,
    changedDocs: Set<string>,
    wasAt: (claim: Claim) => Claim,
  ): boolean {
    const conflicts = this.keyConflicts.get(key);
    if (!conflicts) return true;
    // Negation conflicts come in the order their categories are first affirmed among the key's
    // claims (in document order): where this document is or was first, it must affirm them in the
    // same order. Other documents' claims did not change.
    const negations = conflicts.filter((conflict) => conflict.kind === 'negation');
    if (negations.length > 1) {
      const categories = new Set(negations.map((conflict) => categoryOf(conflict.claims[0].claim)));
      if (firstAffirmations(before ?? [], wasAt, categories) !== firstAffirmations(after ?? [], same, categories)) return false;
    }
    // Every conflict is named after the key's first claim (in document order): when this document
    // holds it, or held it, the name must read the same.
    const first = this.firstDocumentOf(key);
    if (first === doc || (before && first !== undefined && doc < first)) {
      if (first === undefined || firstInPlace(this.claims.get(key)!.get(first)!, same).subjectName !== conflicts[0].subjectName) return false;
    }
    const mine = (after ?? []).map((claim) => ({ claim, cls: claimClass(claim) }));
    const swaps: Array<{ conflict: Conflict; from: number; to: number; claims: Claim[] }> = [];
    for (const conflict of conflicts) {
      const { classes, mixedTies } = conflictFacts(conflict);
      // One document's claims at one place are in the order the check met them: for claims of one
      // class, their own order (a stable sort keeps it); for claims of different classes, an order
      // the other claims decide (claimClasses.ts), which only a check afresh tells.
      for (const other of mixedTies) if (other !== doc) return false;
      const own = mine.filter((claim) => classes.has(claim.cls));
      own.sort((a, b) => a.claim.start - b.claim.start || a.claim.end - b.claim.end);
      for (let i = 1; i < own.length; i++) {
        if (own[i].claim.start === own[i - 1].claim.start && own[i].claim.end === own[i - 1].claim.end && own[i].cls !== own[i - 1].cls) return false;
      }
      const claims = own.map((claim) => claim.claim);
      const { from, to } = docRange(conflict.claims, doc);
      swaps.push({ conflict, from, to, claims });
    }
    const next: Conflict[] = [];
    const changed: Conflict[] = [];
    const made: Conflict[] = [];
    let inSome = false;
    for (const { conflict, from, to, claims } of swaps) {
      if (claims.length > 0) inSome = true;
      if (to - from === claims.length && claims.every((claim, i) => conflict.claims[from + i].claim === claim)) {
        next.push(conflict);
        continue;
      }
      const swapped: Conflict = {
        ...conflict,
        claims: conflict.claims.slice(0, from).concat(
          claims.map((claim) => ({ doc, claim })),
          conflict.claims.slice(to),
        ),
      };
      noteRenewal(swapped.claims, conflict.claims, doc, from, to - from, claims.length);
      inheritConflictFacts(conflict, swapped, doc);
      if ((to > from) === (claims.length > 0)) sameDocumentsAs(conflict.claims, swapped.claims);
      next.push(swapped);
      if (to - from !== claims.length || claims.some((claim, i) => !sameClaim(conflict.claims[from + i].claim, claim))) {
        changed.push(conflict);
        made.push(swapped);
      }
    }
    // In the order a check afresh records them: the conflicts that were, then those that are.
    for (const conflict of [...changed, ...made]) for (const other of documentsOf(conflict.claims)) changedDocs.add(other);
    this.keyConflicts.set(key, next);
    let keys = this.docConflictKeys.get(doc);
    if (inSome) {
      if (!keys) this.docConflictKeys.set(doc, (keys = new Set()));
      keys.add(key);
    } else if (keys) {
      keys.delete(key);
      if (keys.size === 0) this.docConflictKeys.delete(doc);
    }
    return true;
  }

  /**
   * Whether the key's conflicts, checked on one claim of each class (claimClasses.ts), hold the
   * same classes as the conflicts it has: then a class that came or went joined no conflict and
   * left none, and swapClaims can settle the key. The check reads one claim per class, not all.
   */
  private sameConflictsOfClasses(key: string): boolean {
    const found = detectConflicts(
      this.classes.samples(key).map((claim) => ({ doc: '', claim })),
      this.rules,
    );
    const conflicts = this.keyConflicts.get(key) ?? [];
    if (found.length !== conflicts.length) return false;
    const reading = (kind: string, classes: Iterable<string>): string => `${kind}\u0002${[...classes].sort().join('\u0002')}`;
    // In any order: which conflict comes first is swapClaims's to settle.
    const unmatched = new Map<string, number>();
    for (const conflict of conflicts) {
      const seen = reading(conflict.kind, conflictFacts(conflict).classes);
      unmatched.set(seen, (unmatched.get(seen) ?? 0) + 1);
    }
    for (const conflict of found) {
      const seen = reading(conflict.kind, new Set(conflict.claims.map((sourced) => claimClass(sourced.claim))));
      const left = unmatched.get(seen) ?? 0;
      if (left === 0) return false;
      unmatched.set(seen, left - 1);
    }
    return true;
  }

  /**
   * Works out now, for the given keys (those of a document just opened in the editor), what the
   * first edit to change each key would otherwise work out then: its classes counted, its first
   * document found, its conflicts' facts. A key at a time from `from`, until `enough` says so;
   * gives where it stopped (keys.length when done). Each is kept up to date from then on exactly as
   * when worked out on that first edit, so what any later update finds is the same.
   */
  prepareKeys(keys: readonly string[], from = 0, enough: () => boolean = () => false): number {
    let at = from;
    while (at < keys.length) {
      const key = keys[at++];
      const byDoc = this.claims.get(key);
      if (!byDoc) continue;
      // While checks are deferred a changed key is forgotten rather than counted (see update).
      if (!this.deferredKeys && !this.classes.tracks(key)) this.classes.track(key, byDoc.values());
      this.firstDocumentOf(key);
      for (const conflict of this.keyConflicts.get(key) ?? []) conflictFacts(conflict);
      if (enough()) break;
    }
    return at;
  }

  /** The first document (by key) with claims under the key; kept once found, until it leaves the key. */
  private firstDocumentOf(key: string): string | undefined {
    let first = this.firstDocs.get(key);
    if (first === undefined) {
      for (const doc of this.claims.get(key)?.keys() ?? []) if (first === undefined || doc < first) first = doc;
      if (first !== undefined) this.firstDocs.set(key, first);
    }
    return first;
  }

  /**
   * A document's claims grouped by key, before and after, for the keys whose claims may differ:
   * with two analyses that share objects at both ends, the keys of the claims in between (the
   * stored lists are the ones before); otherwise every key.
   */
  private claimsToCompare(doc: string, before: DocumentAnalysis | undefined, after: DocumentAnalysis | undefined) {
    if (!before || !after || before.claims.length === 0 || after.claims.length === 0) {
      return { oldClaims: groupClaims(before?.claims ?? []), newClaims: groupClaims(after?.claims ?? []) };
    }
    const keys = new Set<string>();
    const subjects = new Set<string>();
    const shared = identicalEnds(before.claims, after.claims);
    for (const claim of changedMiddles(before.claims, after.claims, shared)) {
      keys.add(claimKey(claim.subject, claim.attribute));
      subjects.add(claim.subject);
    }
    const oldClaims = new Map<string, Claim[]>();
    for (const key of keys) {
      const list = this.claims.get(key)?.get(doc);
      if (list) oldClaims.set(key, list);
    }
    const fromOldLists = keyListsAfter(before.claims, after.claims, shared, keys, oldClaims, keyOfClaim);
    if (fromOldLists) return { oldClaims, newClaims: fromOldLists };
    const newClaims = new Map<string, Claim[]>();
    for (const claim of after.claims) {
      // Most claims are about subjects the edit did not touch: one look-up rules them out.
      if (!subjects.has(claim.subject)) continue;
      const key = claimKey(claim.subject, claim.attribute);
      if (!keys.has(key)) continue;
      const list = newClaims.get(key);
      if (list) list.push(claim);
      else newClaims.set(key, [claim]);
    }
    return { oldClaims, newClaims };
  }

  /** Recomputes one key's conflicts and records the documents whose conflicts changed. */
  private recheck(key: string, changedDocs: Set<string>): void {
    const { subject, attribute } = splitClaimKey(key);
    const previous = this.keyConflicts.get(key) ?? [];
    const next = detectConflicts(this.claimsFor(subject, attribute), this.rules);
    docsOfChangedConflicts(previous, next, changedDocs);
    for (const conflict of previous) for (const s of conflict.claims) this.docConflictKeys.get(s.doc)?.delete(key);
    for (const conflict of next) {
      for (const s of conflict.claims) {
        let keys = this.docConflictKeys.get(s.doc);
        if (!keys) this.docConflictKeys.set(s.doc, (keys = new Set()));
        keys.add(key);
      }
    }
    for (const conflict of previous) {
      for (const s of conflict.claims) if (this.docConflictKeys.get(s.doc)?.size === 0) this.docConflictKeys.delete(s.doc);
    }
    if (next.length) this.keyConflicts.set(key, next);
    else this.keyConflicts.delete(key);
  }
}
