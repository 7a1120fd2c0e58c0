// The cross-document index behind the language server and the CLI: documents → analyses, the
// mentions of every canonical entity, the claims under every (subject, attribute) key, and the
// conflicts of every key.
//
// It is incremental: upsert re-analyses only the document it is given, swaps that document's
// old contributions to the indexes for its new ones, and re-checks conflicts only for the keys
// whose claims from that document changed (a key whose claims merely moved, as typing moves
// everything after the cursor, keeps its conflicts with the moved claims in them). Other
// documents are never re-read or re-analysed. The delta names every document whose conflicts
// changed, so the server republishes exactly those.
//
// An analysis may also be made elsewhere (an indexing worker, with the options and rules from
// analysisSetup) and handed in with putAnalysed. While a corpus is first filled, conflict checks
// can be deferred and made once per key at the end, instead of once per document that adds a claim.

import { compareKeyClaims } from './corpus/claimDelta';
import { docsOfChangedConflicts } from './corpus/conflictChange';
import { changedMiddles } from './corpus/identicalEnds';
import { ClaimSubjects } from './corpus/claimsBySubject';
import { KeyValueCounts } from './corpus/claimValues';
import { DocumentOrder } from './corpus/documentOrder';
import { MentionTexts } from './corpus/mentionTexts';
import { PersonRoles } from './corpus/personRoles';
import { ValueIndex, valueIdentity } from './corpus/valueIndex';
import { analyseDocument, type Analyser } from './corpus/documentAnalysis';
import { shownAlike, textEdit, type TextEdit } from './corpus/textEdit';
import { SectionMemos } from './corpus/sectionMemos';
import type { MovedInPlace } from './sections/sectionedAnalysis';
import { SECTIONED_FROM } from './sections/sectionStarts';
import { detectConflicts } from './claims/conflicts/index';
import { DEFAULT_CONFLICT_RULES, type ConflictRules } from './claims/rules';
import type { AnalyseOptions, Claim, Conflict, DocumentAnalysis, Entity, SourcedClaim } from './types';

export type { ConflictRules } from './claims/rules';

export interface CorpusOptions {
  /** Per-document analysis options: alias links, annotation overrides. */
  analyseOptions?: (doc: string) => AnalyseOptions;
  /** Conflict rules; the shipped rules by default. */
  rules?: ConflictRules;
  /** The analyser; the engine's analyse by default (tests and tools may substitute their own). */
  analyse?: Analyser;
}

/** What analysing a document elsewhere needs to make the analysis this corpus would make. */
export interface AnalysisSetup {
  options: AnalyseOptions | undefined;
  rules: ConflictRules;
}

export interface CorpusDelta {
  /**
   * Every document whose conflicts changed as a reader sees them: a conflict came or went, or one of
   * its claims changed words, value, line or column. A claim that only moved, from below an edit on
   * an earlier line that added or removed no line break, is shown alike (corpus/textEdit.ts).
   */
  docsWithChangedConflicts: Set<string>;
  /** The (subject, attribute) keys whose claims changed; see claimKey. */
  changedKeys: Set<string>;
}

interface DocumentEntry {
  text: string;
  version?: number;
  analysis: DocumentAnalysis;
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

/** The innermost span covering `offset` (start ≤ offset < end), preferring the shortest. */
function innermost<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const span of spans) {
    if (span.start > offset) continue;
    if (offset >= span.end) continue;
    if (!best || span.end - span.start < best.end - best.start) best = span;
  }
  return best;
}

const same = (claim: Claim): Claim => claim;

/**
 * Where a claim stood before the edit: claims the analysis moved in place (see putAnalysed) carry
 * their new places, and were the edit's length change further back.
 */
function placeBefore(edit: TextEdit | undefined, movedInPlace: ReadonlySet<Claim> | undefined): (claim: Claim) => Claim {
  if (!edit || !movedInPlace || movedInPlace.size === 0) return same;
  const shift = edit.newEnd - edit.oldEnd;
  return (claim) => (movedInPlace.has(claim) ? { ...claim, start: claim.start - shift, end: claim.end - shift } : claim);
}

export class Corpus {
  private readonly docs = new Map<string, DocumentEntry>();
  /** canonical → doc → that document's mentions of it. */
  private readonly mentions = new Map<string, Map<string, Entity[]>>();
  /** claim key → doc → that document's claims under the key. */
  private readonly claims = new Map<string, Map<string, Claim[]>>();
  /** claim key → its conflicts (only keys that have some). */
  private readonly keyConflicts = new Map<string, Conflict[]>();
  /** doc → keys with a conflict that involves one of its claims. */
  private readonly docConflictKeys = new Map<string, Set<string>>();
  /** Uncanonicalised mentions (numbers, dates, offices) by type and normalised value. */
  private readonly values = new ValueIndex();
  /** subject → the attributes it has claims under. */
  private readonly subjects = new ClaimSubjects();
  /** canonical → the words its mentions are written in, with counts. */
  private readonly texts = new MentionTexts();
  /** person → the titles sources give them, with the documents giving each. */
  private readonly personRoles = new PersonRoles();
  /** claim key → how many claims give each distinct value. */
  private readonly keyValues = new KeyValueCounts();
  /** The documents in corpus order (by key). */
  private readonly order = new DocumentOrder();
  private readonly rules: ConflictRules;
  private readonly analyser: Analyser | undefined;
  private readonly optionsFor?: (doc: string) => AnalyseOptions;
  /** While conflict checks are deferred: the keys to check when they resume. */
  private deferredKeys: Set<string> | undefined;
  /** The sections of the large documents analysed here most recently, so an edit re-analyses only its own. */
  private readonly sectionMemos = new SectionMemos();

  constructor(options: CorpusOptions = {}) {
    this.rules = options.rules ?? DEFAULT_CONFLICT_RULES;
    this.analyser = options.analyse;
    this.optionsFor = options.analyseOptions;
  }

  /** Adds or replaces a document: analyses it and updates the indexes by delta. */
  upsert(doc: string, text: string, version?: number): CorpusDelta {
    const memo = text.length >= SECTIONED_FROM ? this.sectionMemos.for(doc) : undefined;
    const analysis = analyseDocument(text, this.optionsFor?.(doc), this.rules, this.analyser, memo);
    return this.putAnalysed(doc, text, analysis, version, memo?.movedInPlace);
  }

  /**
   * The options and rules to analyse `doc` with elsewhere (a worker) so that putAnalysed receives
   * exactly what upsert would have made; undefined when this corpus uses an analyser of its own,
   * which only it can run.
   */
  analysisSetup(doc: string): AnalysisSetup | undefined {
    return this.analyser ? undefined : { options: this.optionsFor?.(doc), rules: this.rules };
  }

  /**
   * Adds or replaces a document with an analysis made elsewhere (see analysisSetup). `movedInPlace`
   * names claims the analysis moved where they stood (sectioned analysis): they are then the
   * previous analysis's own objects at their new places, and the edit tells where they were.
   */
  putAnalysed(doc: string, text: string, analysis: DocumentAnalysis, version?: number, movedInPlace?: MovedInPlace): CorpusDelta {
    const previous = this.docs.get(doc);
    this.docs.set(doc, { text, version, analysis });
    if (!previous) this.order.add(doc);
    const moved = previous && movedInPlace?.fromText === previous.text ? movedInPlace : undefined;
    const edit = previous && previous.text !== text ? (moved?.edit ?? textEdit(previous.text, text)) : undefined;
    return this.apply(doc, previous?.analysis, analysis, edit, moved?.claims);
  }

  remove(doc: string): CorpusDelta {
    const previous = this.docs.get(doc);
    if (!previous) return { docsWithChangedConflicts: new Set(), changedKeys: new Set() };
    this.docs.delete(doc);
    this.order.delete(doc);
    this.sectionMemos.forget(doc);
    return this.apply(doc, previous.analysis, undefined);
  }

  /**
   * From now until resumeConflictChecks, keys whose claims change are only noted: filling a corpus
   * checks each key once at the end rather than once per document adding a claim to it. Conflicts
   * read meanwhile are those of the keys' last check.
   */
  deferConflictChecks(): void {
    this.deferredKeys ??= new Set();
  }

  /** Checks every key noted while checks were deferred; the delta covers them all. */
  resumeConflictChecks(): CorpusDelta {
    const keys = this.deferredKeys ?? new Set<string>();
    this.deferredKeys = undefined;
    const docsWithChangedConflicts = new Set<string>();
    for (const key of keys) this.recheck(key, docsWithChangedConflicts);
    return { docsWithChangedConflicts, changedKeys: keys };
  }

  get conflictChecksDeferred(): boolean {
    return this.deferredKeys !== undefined;
  }

  has(doc: string): boolean {
    return this.docs.has(doc);
  }

  get(doc: string): { text: string; version?: number; analysis: DocumentAnalysis } | undefined {
    return this.docs.get(doc);
  }

  documents(): string[] {
    return [...this.docs.keys()];
  }

  mentionsOf(canonical: string): Array<{ doc: string; entity: Entity }> {
    const byDoc = this.mentions.get(canonical);
    if (!byDoc) return [];
    const out: Array<{ doc: string; entity: Entity }> = [];
    for (const doc of [...byDoc.keys()].sort()) for (const entity of byDoc.get(doc)!) out.push({ doc, entity });
    return out;
  }

  /** A canonical entity's mentions by document (unordered); its first mention in corpus order is cheap to find from it. */
  mentionsByDocument(canonical: string): ReadonlyMap<string, readonly Entity[]> {
    return this.mentions.get(canonical) ?? new Map();
  }

  /**
   * The mentions that are "the same" as an uncanonicalised one (same type, same normalised value,
   * else office, else words), itself included, in corpus order. Empty for a canonical entity.
   */
  sameValueMentions(entity: Entity): Array<{ doc: string; entity: Entity }> {
    const identity = valueIdentity(entity);
    if (identity === undefined) return [];
    return this.values.mentions(identity, this.order, (doc) => this.docs.get(doc)?.analysis.entities ?? []);
  }

  /** Per document, how many of its claims are about `subject`, under any attribute. */
  claimCountsAbout(subject: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const attribute of this.subjects.attributesOf(subject)) {
      for (const [doc, claims] of this.claims.get(claimKey(subject, attribute)) ?? []) counts.set(doc, (counts.get(doc) ?? 0) + claims.length);
    }
    return counts;
  }

  /** The words a canonical entity's mentions are written in, each with how many mentions use it. */
  mentionTexts(canonical: string): ReadonlyMap<string, number> {
    return this.texts.textsOf(canonical);
  }

  /** The titles sources give a person, each with the documents giving it (and how many times). */
  rolesOf(canonical: string): ReadonlyMap<string, ReadonlyMap<string, number>> {
    return this.personRoles.rolesOf(canonical);
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

  /** The given documents in corpus order (by key). */
  inCorpusOrder(docs: ReadonlySet<string> | ReadonlyMap<string, unknown>): string[] {
    return this.order.arrange(docs);
  }

  /** The given documents in corpus order, lazily, for a reader that stops after the first few. */
  walkInCorpusOrder(docs: ReadonlySet<string> | ReadonlyMap<string, unknown>): Iterable<string> {
    return this.order.walk(docs);
  }

  /** The first `limit` of the given documents in corpus order. */
  firstInCorpusOrder(docs: Iterable<string>, limit: number): string[] {
    return this.order.first(docs, limit);
  }

  entityAt(doc: string, offset: number): Entity | undefined {
    const entry = this.docs.get(doc);
    return entry ? innermost(entry.analysis.entities, offset) : undefined;
  }

  claimAt(doc: string, offset: number): Claim | undefined {
    const entry = this.docs.get(doc);
    return entry ? innermost(entry.analysis.claims, offset) : undefined;
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

  private apply(
    doc: string,
    before: DocumentAnalysis | undefined,
    after: DocumentAnalysis | undefined,
    edit?: TextEdit,
    movedInPlace?: ReadonlySet<Claim>,
  ): CorpusDelta {
    const wasAt = placeBefore(edit, movedInPlace);
    this.reindexMentions(doc, before?.entities ?? [], after?.entities ?? []);
    this.values.update(doc, before?.entities, after?.entities);
    this.texts.update(before?.entities, after?.entities);
    this.personRoles.update(doc, before?.entities, after?.entities);
    const { oldClaims, newClaims } = this.claimsToCompare(doc, before, after);
    const changedKeys = new Set<string>();
    const docsWithChangedConflicts = new Set<string>();
    const toCheck: string[] = [];
    /** Keys whose claims only moved, and whose partners moveClaims has already told. */
    const movedKeys = new Set<string>();
    for (const key of new Set([...oldClaims.keys(), ...newClaims.keys()])) {
      const previous = oldClaims.get(key);
      const next = newClaims.get(key);
      const change = compareKeyClaims(previous, next, wasAt);
      if (change === 'same') continue;
      if (change !== 'renewed') changedKeys.add(key);
      if (change === 'changed') this.keyValues.update(key, previous, next);
      let byDoc = this.claims.get(key);
      if (next) {
        if (!byDoc) {
          this.claims.set(key, (byDoc = new Map()));
          const { subject, attribute } = splitClaimKey(key);
          this.subjects.keyAdded(subject, attribute);
        }
        byDoc.set(doc, next);
      } else if (byDoc) {
        byDoc.delete(doc);
        if (byDoc.size === 0) {
          this.claims.delete(key);
          const { subject, attribute } = splitClaimKey(key);
          this.subjects.keyRemoved(subject, attribute);
        }
      }
      if (this.deferredKeys) this.deferredKeys.add(key);
      else if (change === 'changed' || !this.moveClaims(key, doc, previous!, next!, docsWithChangedConflicts, edit, wasAt)) toCheck.push(key);
      else movedKeys.add(key);
    }
    for (const key of toCheck) this.recheck(key, docsWithChangedConflicts);
    // Other documents' diagnostics date this document's claims by its own date when they have none.
    if (before?.documentDate !== after?.documentDate) this.addConflictPartners(doc, docsWithChangedConflicts);
    // Where another document shows one of this one's claims, it shows its line and the words about
    // it: a claim that stayed put can still look different there when the text before it changed.
    else if (edit) this.addConflictPartners(doc, docsWithChangedConflicts, edit, movedKeys, wasAt);
    return { docsWithChangedConflicts, changedKeys };
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
        if (conflict.claims.some((s) => s.doc === doc && shows(s.claim))) for (const s of conflict.claims) into.add(s.doc);
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
    const movedTo = new Map<Claim, Claim>();
    before.forEach((claim, index) => movedTo.set(claim, after[index]));
    const next: Conflict[] = [];
    for (const conflict of conflicts) {
      let touched = false;
      // Other documents show a moved claim anew only if its line, column or words changed.
      let shownAnew = false;
      const claims: SourcedClaim[] = [];
      for (const sourced of conflict.claims) {
        if (sourced.doc !== doc) {
          claims.push(sourced);
          continue;
        }
        const moved = movedTo.get(sourced.claim);
        if (!moved) return false;
        touched = true;
        const was = wasAt(sourced.claim);
        // Without an edit the text is the same, and a claim at the same place shows alike.
        if (edit ? !shownAlike(was, moved, edit) : was.start !== moved.start || was.end !== moved.end) shownAnew = true;
        claims.push({ doc, claim: moved });
      }
      // Claims that moved but show alike leave every document's diagnostics as they were, this one's too.
      if (shownAnew) for (const sourced of claims) changedDocs.add(sourced.doc);
      next.push(touched ? { ...conflict, claims } : conflict);
    }
    this.keyConflicts.set(key, next);
    return true;
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
    for (const claim of changedMiddles(before.claims, after.claims)) {
      keys.add(claimKey(claim.subject, claim.attribute));
      subjects.add(claim.subject);
    }
    const oldClaims = new Map<string, Claim[]>();
    for (const key of keys) {
      const list = this.claims.get(key)?.get(doc);
      if (list) oldClaims.set(key, list);
    }
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

  /**
   * Replaces a document's lists in the mentions index. Each canonical's list is set in place, not
   * deleted and added again: on a keystroke in a large document nearly every canonical keeps its
   * place, and deleting and re-adding thousands of entries churned the maps' tables.
   */
  private reindexMentions(doc: string, before: readonly Entity[], after: readonly Entity[]): void {
    // Only canonicals with a mention between the identical ends can have a different list: the
    // others' lists hold the very same objects, in the same order.
    let affected: Set<string> | undefined;
    if (before.length > 0 && after.length > 0) {
      affected = new Set();
      for (const entity of changedMiddles(before, after)) if (entity.canonical) affected.add(entity.canonical);
      if (affected.size === 0) return;
    }
    const lists = new Map<string, Entity[]>();
    for (const entity of after) {
      if (!entity.canonical || (affected && !affected.has(entity.canonical))) continue;
      const list = lists.get(entity.canonical);
      if (list) list.push(entity);
      else lists.set(entity.canonical, [entity]);
    }
    for (const entity of affected ? changedMiddles(before, after) : before) {
      if (!entity.canonical || lists.has(entity.canonical)) continue;
      const byDoc = this.mentions.get(entity.canonical);
      if (!byDoc || !byDoc.delete(doc)) continue;
      if (byDoc.size === 0) this.mentions.delete(entity.canonical);
    }
    for (const [canonical, list] of lists) {
      let byDoc = this.mentions.get(canonical);
      if (!byDoc) this.mentions.set(canonical, (byDoc = new Map()));
      byDoc.set(doc, list);
    }
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
