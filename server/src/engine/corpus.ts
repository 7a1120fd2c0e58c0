// The cross-document index behind the language server and the CLI: documents → analyses, the
// mentions of every canonical entity, the claims under every (subject, attribute) key, and the
// conflicts of every key.
//
// It is incremental: upsert re-analyses only the document it is given, swaps that document's
// old contributions to the indexes for its new ones, and re-checks conflicts only for the keys
// whose claims from that document changed. Other documents are never re-read or re-analysed.
// The delta names every document whose conflict set changed, so the server republishes exactly
// those.

import { analyse as analyseText } from './analyse';
import { extractClaims } from './claims/index';
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
  analyse?: (text: string, options?: AnalyseOptions) => DocumentAnalysis;
}

export interface CorpusDelta {
  /** Every document whose set of conflicts (or their claims' places) changed. */
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

function sameClaims(a: readonly Claim[] | undefined, b: readonly Claim[] | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.length !== b.length) return false;
  return a.every((c, i) => JSON.stringify(c) === JSON.stringify(b[i]));
}

/** What makes two conflicts the same for a reader: the fingerprint and where every claim is. */
function conflictSignature(c: Conflict): string {
  return `${c.id}|${c.claims.map((s) => `${s.doc}:${s.claim.start}:${s.claim.end}:${s.claim.text}`).join('|')}`;
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
  private readonly rules: ConflictRules;
  private readonly analyseFn: (text: string, options?: AnalyseOptions) => DocumentAnalysis;
  private readonly optionsFor?: (doc: string) => AnalyseOptions;

  constructor(options: CorpusOptions = {}) {
    this.rules = options.rules ?? DEFAULT_CONFLICT_RULES;
    this.analyseFn = options.analyse ?? analyseText;
    this.optionsFor = options.analyseOptions;
  }

  /** Adds or replaces a document: analyses it and updates the indexes by delta. */
  upsert(doc: string, text: string, version?: number): CorpusDelta {
    const analysis = this.analyseFn(text, this.optionsFor?.(doc));
    if (this.rules !== DEFAULT_CONFLICT_RULES) {
      // analyse extracts claims with the shipped vocabulary; user rules may name more categories.
      analysis.claims = extractClaims(text, analysis.entities, analysis.documentDate, this.rules);
    }
    const previous = this.docs.get(doc);
    this.docs.set(doc, { text, version, analysis });
    return this.apply(doc, previous?.analysis, analysis);
  }

  remove(doc: string): CorpusDelta {
    const previous = this.docs.get(doc);
    if (!previous) return { docsWithChangedConflicts: new Set(), changedKeys: new Set() };
    this.docs.delete(doc);
    return this.apply(doc, previous.analysis, undefined);
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

  private apply(doc: string, before: DocumentAnalysis | undefined, after: DocumentAnalysis | undefined): CorpusDelta {
    this.reindexMentions(doc, before?.entities ?? [], after?.entities ?? []);
    const oldClaims = groupClaims(before?.claims ?? []);
    const newClaims = groupClaims(after?.claims ?? []);
    const changedKeys = new Set<string>();
    for (const key of new Set([...oldClaims.keys(), ...newClaims.keys()])) {
      const next = newClaims.get(key);
      if (sameClaims(oldClaims.get(key), next)) continue;
      changedKeys.add(key);
      let byDoc = this.claims.get(key);
      if (next) {
        if (!byDoc) this.claims.set(key, (byDoc = new Map()));
        byDoc.set(doc, next);
      } else if (byDoc) {
        byDoc.delete(doc);
        if (byDoc.size === 0) this.claims.delete(key);
      }
    }
    const docsWithChangedConflicts = new Set<string>();
    for (const key of changedKeys) this.recheck(key, docsWithChangedConflicts);
    return { docsWithChangedConflicts, changedKeys };
  }

  private reindexMentions(doc: string, before: readonly Entity[], after: readonly Entity[]): void {
    for (const entity of before) {
      if (!entity.canonical) continue;
      const byDoc = this.mentions.get(entity.canonical);
      if (!byDoc) continue;
      byDoc.delete(doc);
      if (byDoc.size === 0) this.mentions.delete(entity.canonical);
    }
    for (const entity of after) {
      if (!entity.canonical) continue;
      let byDoc = this.mentions.get(entity.canonical);
      if (!byDoc) this.mentions.set(entity.canonical, (byDoc = new Map()));
      const list = byDoc.get(doc);
      if (list) list.push(entity);
      else byDoc.set(doc, [entity]);
    }
  }

  /** Recomputes one key's conflicts and records the documents whose conflicts changed. */
  private recheck(key: string, changedDocs: Set<string>): void {
    const { subject, attribute } = splitClaimKey(key);
    const previous = this.keyConflicts.get(key) ?? [];
    const next = detectConflicts(this.claimsFor(subject, attribute), this.rules);
    const before = new Map(previous.map((c) => [conflictSignature(c), c]));
    const after = new Map(next.map((c) => [conflictSignature(c), c]));
    for (const [signature, conflict] of before) {
      if (after.has(signature)) continue;
      for (const s of conflict.claims) changedDocs.add(s.doc);
    }
    for (const [signature, conflict] of after) {
      if (before.has(signature)) continue;
      for (const s of conflict.claims) changedDocs.add(s.doc);
    }
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
