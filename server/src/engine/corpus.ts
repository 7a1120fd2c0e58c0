// The cross-document index behind the language server and the CLI: documents → analyses, the
// mentions of every canonical entity, the claims under every (subject, attribute) key, and the
// conflicts of every key.
//
// It is incremental: upsert re-analyses only the document it is given (only the sections an edit
// reached, when it is large) and swaps that document's old contributions to the indexes for its
// new ones; the indexes live in corpus/, the claims and conflicts in corpus/claimIndex.ts, which
// re-checks only the keys whose claims changed. Other documents are never re-read or re-analysed.
// The delta names every document whose conflicts changed, so the server republishes exactly those.
//
// An analysis may also be made elsewhere (an indexing worker, with the options and rules from
// analysisSetup) and handed in with putAnalysed. While a corpus is first filled, conflict checks
// can be deferred and made once per key at the end, instead of once per document that adds a claim.

import { ClaimIndex, claimKey, type ClaimsDelta } from './corpus/claimIndex';
import { DocumentOrder } from './corpus/documentOrder';
import { identicalEnds, type SharedEnds } from './corpus/identicalEnds';
import { NameCensus, type NameChanges } from './corpus/nameCensus';
import { MentionIndex } from './corpus/mentionIndex';
import { MentionTexts } from './corpus/mentionTexts';
import { PersonRoles } from './corpus/personRoles';
import { OrgLinks, sameList } from './corpus/orgLinks';
import { claimOrgsOf, namesOf, takeLinkNames, type LinkNames } from './corpus/linkNames';
import { copyOf, linkClaims, linkedAttribute, linkedSubject } from './corpus/linkedClaims';
import { ValueIndex, valueIdentity } from './corpus/valueIndex';
import { analyseDocument, type Analyser } from './corpus/documentAnalysis';
import { textEdit, type TextEdit } from './corpus/textEdit';
import { SectionMemos } from './corpus/sectionMemos';
import { detachStrings } from './corpus/detachedStrings';
import { lengthOf, readableOf, sameStoredText, sliceOf, storedEquals, storedEqualsUtf8, textOf, utf8Text, type StoredText, Utf8Text } from './corpus/storedText';
import { wholeText, type TextLike } from './corpus/pieceText';
import { seedSectionMemo, type MovedInPlace } from './sections/sectionedAnalysis';
import { SECTIONED_FROM } from './sections/sectionStarts';
import { DEFAULT_CONFLICT_RULES, type ConflictRules } from './claims/rules';
import type { AnalyseOptions, Claim, Conflict, DocumentAnalysis, Entity, SourcedClaim } from './types';

export type { ConflictRules } from './claims/rules';
export { claimKey, splitClaimKey } from './corpus/claimIndex';

export interface CorpusOptions {
  /** Per-document analysis options: alias links, annotation overrides. */
  analyseOptions?: (doc: string) => AnalyseOptions;
  /** Conflict rules; the shipped rules by default. */
  rules?: ConflictRules;
  /** The analyser; the engine's analyse by default (tests and tools may substitute their own). */
  analyse?: Analyser;
  /**
   * How texts without an editor version (files on disk) are kept: as UTF-8 outside the V8 heap by
   * default (see DocumentEntry), or as the strings given, for a caller that keeps every text anyway
   * (the CLI) and so would only pay for encoding them and for copying their analyses' strings.
   */
  closedTexts?: 'utf8' | 'string';
}

/** What analysing a document elsewhere needs to make the analysis this corpus would make. */
export interface AnalysisSetup {
  options: AnalyseOptions | undefined;
  rules: ConflictRules;
}

/** What one change to the corpus changed: see ClaimsDelta. */
export type CorpusDelta = ClaimsDelta;

/** A document as the corpus holds it. */
export interface CorpusDocument {
  /** The whole text; decoded on each read when the document is closed (see DocumentEntry): on a hot path, read textSlice. */
  readonly text: string;
  /** The editor's version; undefined for a text from disk. */
  readonly version?: number;
  readonly analysis: DocumentAnalysis;
  /** The text's length in UTF-16 code units, without decoding it. */
  readonly textLength: number;
  /** Part of the text (UTF-16 offsets, clamped), decoding only that part. */
  textSlice(start: number, end: number): string;
  /**
   * The text to read by offsets without making it one string: the string, or the pieces of a large
   * document being edited (pieceText.ts); a text kept as UTF-8 is decoded.
   */
  readonly source: TextLike;
  /** Whether the document's text is this one. */
  hasText(text: TextLike): boolean;
  /** Whether the document's text is the one these valid UTF-8 bytes hold (compared as bytes when it is kept as UTF-8). */
  hasUtf8(bytes: Uint8Array): boolean;
  /** Changes whenever the text does (a string or an object): what a cache of things made from the text compares. */
  readonly textIdentity: unknown;
}

/**
 * A text with an editor version is being edited: it is read whole on every keystroke, so it stays
 * a string. A text from disk (no version) is kept as UTF-8 outside the V8 heap, about half its
 * size as a (two-byte) string (storedText.ts), and decoded only when someone reads it.
 */
class DocumentEntry implements CorpusDocument {
  constructor(
    private readonly stored: StoredText,
    readonly version: number | undefined,
    readonly analysis: DocumentAnalysis,
  ) {}

  get text(): string {
    return textOf(this.stored);
  }

  get textLength(): number {
    return lengthOf(this.stored);
  }

  get source(): TextLike {
    return readableOf(this.stored);
  }

  textSlice(start: number, end: number): string {
    return sliceOf(this.stored, start, end);
  }

  hasText(text: TextLike): boolean {
    return storedEquals(this.stored, text);
  }

  hasUtf8(bytes: Uint8Array): boolean {
    return storedEqualsUtf8(this.stored, bytes);
  }

  hasStoredText(text: StoredText): boolean {
    return sameStoredText(this.stored, text);
  }

  get textIdentity(): unknown {
    return this.stored;
  }

  /** Whether the text is kept as a string (the document is being edited, or its text cannot be UTF-8). */
  get heldAsString(): boolean {
    return !(this.stored instanceof Utf8Text);
  }
}

const NO_ORGS: readonly string[] = [];
const NO_ORG_SET: ReadonlySet<string> = new Set();
const NO_RELINKS: ReadonlySet<string> = new Set();

/** Claims moved in place, with the claim index's copies of them (linkedClaims.ts), which moved with them. */
function withCopies(moved: ReadonlySet<Claim> | undefined): ReadonlySet<Claim> | undefined {
  if (!moved || moved.size === 0) return moved;
  const out = new Set(moved);
  for (const claim of moved) {
    const copy = copyOf(claim);
    if (copy) out.add(copy);
  }
  return out;
}

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
  /** The mentions of every canonical entity, by document. */
  private readonly mentions = new MentionIndex();
  /** The claims under every (subject, attribute) key, and the conflicts of every key. */
  private readonly claims: ClaimIndex;
  /** Uncanonicalised mentions (numbers, dates, offices) by type and normalised value. */
  private readonly values = new ValueIndex();
  /** canonical → the words its mentions are written in, with counts. */
  private readonly texts = new MentionTexts();
  /** person → the titles sources give them, with the documents giving each. */
  private readonly personRoles = new PersonRoles();
  /** The documents in corpus order (by key). */
  private readonly order = new DocumentOrder();
  /** Short organisation names linked to the one longer name in the corpus holding them (orgLinks.ts). */
  private readonly links = new OrgLinks();
  /** doc → its analysis as the claim index holds it, where linking changed its claims (linkedClaims.ts). */
  private readonly linkedAnalyses = new Map<string, DocumentAnalysis>();
  /** doc → the org canonicals its claims name; org canonical → the documents whose claims name it. */
  private readonly claimOrgsOfDoc = new Map<string, { claims: readonly Claim[]; orgs: readonly string[] }>();
  private readonly docsNamingOrg = new Map<string, Set<string>>();
  /** The names of documents being typed into, counted (nameCensus.ts); dropped when a change shares nothing with the analysis before. */
  private readonly censuses = new Map<string, NameCensus>();
  private readonly rules: ConflictRules;
  private readonly analyser: Analyser | undefined;
  private readonly optionsFor?: (doc: string) => AnalyseOptions;
  /** The sections of the large documents analysed here most recently, so an edit re-analyses only its own. */
  private readonly sectionMemos = new SectionMemos();
  private readonly closedAsUtf8: boolean;
  /**
   * While the reading indexes are deferred (see deferReadingIndexes): the documents whose entities
   * are not in the mention, value, text and title indexes yet, in the order they came.
   */
  private unindexed: Set<string> | undefined;

  constructor(options: CorpusOptions = {}) {
    this.rules = options.rules ?? DEFAULT_CONFLICT_RULES;
    this.claims = new ClaimIndex(this.rules);
    this.analyser = options.analyse;
    this.optionsFor = options.analyseOptions;
    this.closedAsUtf8 = (options.closedTexts ?? 'utf8') === 'utf8';
  }

  /**
   * Adds or replaces a document: analyses it and updates the indexes by delta. A large document
   * being edited may come in pieces (pieceText.ts), which a keystroke then never joins.
   */
  upsert(doc: string, text: TextLike, version?: number): CorpusDelta {
    const memo = text.length >= SECTIONED_FROM ? this.sectionMemos.for(doc) : undefined;
    const options = this.optionsFor?.(doc);
    // A large document opened in the editor was usually analysed already, by an indexing worker:
    // that analysis is taken apart into the memo instead of being made again. (Made again on the
    // main thread, where the engine had not run yet, it took 350 ms for 1 MB.)
    const existing = this.docs.get(doc);
    if (memo && memo.text === undefined && !this.analyser && existing?.hasText(text) && seedSectionMemo(memo, text, existing.analysis, options, this.rules)) {
      return this.putAnalysed(doc, text, existing.analysis, version);
    }
    const analysis = analyseDocument(text, options, this.rules, this.analyser, memo);
    // A text kept as UTF-8 must not stay on the heap through its analysis's substrings.
    if (this.keptAsUtf8(version)) detachStrings(analysis);
    // Taken from the memo, not left there: it names the text before this one, which would then stay
    // alive (2 MB for a 1 MB document) until the next keystroke, and be promoted by every young
    // collection that finds it.
    const movedInPlace = memo?.movedInPlace;
    if (memo) memo.movedInPlace = undefined;
    return this.putAnalysed(doc, text, analysis, version, movedInPlace);
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
   * An analysis made in this thread of a text without a version should have had its strings
   * detached (see detachedStrings.ts, as upsert does); one parsed from a worker's JSON has.
   */
  putAnalysed(doc: string, text: TextLike, analysis: DocumentAnalysis, version?: number, movedInPlace?: MovedInPlace): CorpusDelta {
    const previous = this.docs.get(doc);
    this.docs.set(doc, new DocumentEntry(this.keptAsUtf8(version) ? utf8Text(wholeText(text)) : text, version, analysis));
    if (!previous) this.order.add(doc);
    const moved = previous && movedInPlace && previous.hasText(movedInPlace.fromText) ? movedInPlace : undefined;
    const edit = previous && !previous.hasText(text) ? (moved?.edit ?? textEdit(previous.source, text)) : undefined;
    return this.apply(doc, previous?.analysis, analysis, edit, moved?.claims);
  }

  /**
   * putAnalysed for a text from disk that arrives as UTF-8 (see utf8TextOfBytes): kept as it is,
   * where putAnalysed would encode the decoded string again. It is decoded only by a corpus that
   * keeps its texts as strings, or to find what changed from the document's previous text.
   */
  putAnalysedUtf8(doc: string, text: Utf8Text, analysis: DocumentAnalysis): CorpusDelta {
    const previous = this.docs.get(doc);
    this.docs.set(doc, new DocumentEntry(this.keptAsUtf8(undefined) ? text : text.toString(), undefined, analysis));
    if (!previous) this.order.add(doc);
    const edit = previous && !previous.hasStoredText(text) ? textEdit(previous.source, text.toString()) : undefined;
    return this.apply(doc, previous?.analysis, analysis, edit);
  }

  /**
   * The document is no longer being edited, and its text stays as it is: it is kept as a text
   * from disk is (UTF-8, no version) from now on. Its analysis, and so every index, is unchanged.
   * (An index key first written from this document's words may still be a substring of the edited
   * string and keep it alive, until that key leaves the index: a few documents per session.)
   */
  settle(doc: string): void {
    const entry = this.docs.get(doc);
    if (!entry || entry.version === undefined) return;
    if (this.keptAsUtf8(undefined)) detachStrings(entry.analysis);
    this.docs.set(doc, new DocumentEntry(this.keptAsUtf8(undefined) ? utf8Text(entry.text) : entry.text, undefined, entry.analysis));
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
    this.claims.defer();
    // Links too are decided once at the end (orgLinks.ts): the documents they move are filed anew then.
    this.links.defer();
  }

  /** Checks every key noted while checks were deferred; the delta covers them all. */
  resumeConflictChecks(): CorpusDelta {
    const relinked = this.links.flush();
    const filed: CorpusDelta = { docsWithChangedConflicts: new Set(), changedKeys: new Set() };
    if (relinked.size > 0) this.refile(relinked, undefined, filed);
    const delta = this.claims.resume();
    for (const doc of filed.docsWithChangedConflicts) delta.docsWithChangedConflicts.add(doc);
    for (const key of filed.changedKeys) delta.changedKeys.add(key);
    return delta;
  }

  get conflictChecksDeferred(): boolean {
    return this.claims.deferred;
  }

  /**
   * From now until the reading indexes are built (buildReadingIndexes, or the first read of one),
   * documents coming in are not entered into the indexes that only hovers and references read:
   * the mentions of each canonical entity, the uncanonicalised mentions by value, the words and
   * titles mentions are written with, and the distinct values under each claim key. Filling a
   * corpus then leaves that work until it is ready (the server builds them once it is, between
   * requests); what a read returns is the same either way, as a read builds them first.
   */
  deferReadingIndexes(): void {
    this.unindexed ??= new Set();
    this.claims.deferValueCounts();
  }

  /**
   * Builds the reading indexes deferred since deferReadingIndexes, a document (or a claim key) at
   * a time until `enough` says so (the server works in short slices between requests); true when
   * they are complete, and no longer deferred.
   */
  buildReadingIndexes(enough: () => boolean = () => false): boolean {
    const pending = this.unindexed;
    if (pending) {
      for (const doc of pending) {
        pending.delete(doc);
        const entities = this.docs.get(doc)?.analysis.entities;
        if (entities) this.enterMentions(doc, undefined, entities);
        if (pending.size > 0 && enough()) return false;
      }
      this.unindexed = undefined;
    }
    return this.claims.countDeferredValues(enough);
  }

  /** The claim keys a document's claims are filed under, each once (see ClaimIndex.prepareKeys). */
  claimKeysOf(doc: string): string[] {
    const entry = this.docs.get(doc);
    if (!entry) return [];
    const filed = this.linkedAnalyses.get(doc) ?? entry.analysis;
    return [...new Set(filed.claims.map((claim) => claimKey(claim.subject, claim.attribute)))];
  }

  /** Works out ahead what typing in a document would work out for its claim keys (ClaimIndex.prepareKeys). */
  prepareClaimKeys(keys: readonly string[], from?: number, enough?: () => boolean): number {
    return this.claims.prepareKeys(keys, from, enough);
  }

  get readingIndexesDeferred(): boolean {
    return this.unindexed !== undefined || this.claims.valueCountsDeferred;
  }

  has(doc: string): boolean {
    return this.docs.has(doc);
  }

  get(doc: string): CorpusDocument | undefined {
    return this.docs.get(doc);
  }

  /** Whether the document's text is kept as a string rather than as UTF-8 (for tests and the log). */
  heldAsString(doc: string): boolean | undefined {
    return this.docs.get(doc)?.heldAsString;
  }

  documents(): string[] {
    return [...this.docs.keys()];
  }

  mentionsOf(canonical: string): Array<{ doc: string; entity: Entity }> {
    this.readingIndexes();
    const linked = this.linkedGroup(canonical);
    if (!linked) return this.mentions.mentionsOf(canonical);
    const byDoc = this.mentionsByDocument(canonical);
    const out: Array<{ doc: string; entity: Entity }> = [];
    for (const doc of [...byDoc.keys()].sort()) for (const entity of byDoc.get(doc)!) out.push({ doc, entity });
    return out;
  }

  /** The longer organisation name a short one stands for across the corpus (see orgLinks.ts), if any. */
  linkedName(canonical: string): string | undefined {
    return this.links.target(canonical);
  }

  /** A canonical with the names linked to it (a short form and the longer name, see orgLinks.ts); undefined when none is. */
  private linkedGroup(canonical: string): string[] | undefined {
    const root = this.links.target(canonical) ?? canonical;
    const shorts = this.links.shortsOf(root);
    return shorts ? [root, ...shorts] : undefined;
  }


  /** A canonical entity's mentions by document (unordered); its first mention in corpus order is cheap to find from it. */
  mentionsByDocument(canonical: string): ReadonlyMap<string, readonly Entity[]> {
    this.readingIndexes();
    const linked = this.linkedGroup(canonical);
    if (!linked) return this.mentions.byDocument(canonical);
    const merged = new Map<string, Entity[]>();
    for (const name of linked) {
      for (const [doc, entities] of this.mentions.byDocument(name)) {
        const list = merged.get(doc);
        if (list) {
          list.push(...entities);
          list.sort((a, b) => a.start - b.start || a.end - b.end);
        } else merged.set(doc, [...entities]);
      }
    }
    return merged;
  }


  /**
   * The mentions that are "the same" as an uncanonicalised one (same type, same normalised value,
   * else office, else words), itself included, in corpus order. Empty for a canonical entity.
   */
  sameValueMentions(entity: Entity): Array<{ doc: string; entity: Entity }> {
    const identity = valueIdentity(entity);
    if (identity === undefined) return [];
    this.readingIndexes();
    return this.values.mentions(identity, this.order);
  }

  /**
   * How many claims about `subject` the documents in `within` hold, and the first `limit` of those
   * documents in corpus order. Read key by key from the claim index, without counting per document
   * (a hover on an organisation that thousands of documents make claims about asks for this).
   */
  claimsAboutWithin(subject: string, within: ReadonlyMap<string, unknown>, limit: number): { total: number; firstDocs: string[] } {
    let total = 0;
    const holding: string[] = [];
    for (const byDoc of this.claims.claimsAbout(linkedSubject(subject, this.links))) {
      for (const [doc, claims] of byDoc) {
        if (!within.has(doc)) continue;
        total += claims.length;
        holding.push(doc);
      }
    }
    return { total, firstDocs: this.order.first(holding, limit) };
  }


  /** The words a canonical entity's mentions are written in, each with how many mentions use it. */
  mentionTexts(canonical: string): ReadonlyMap<string, number> {
    this.readingIndexes();
    const linked = this.linkedGroup(canonical);
    if (!linked) return this.texts.textsOf(canonical);
    const merged = new Map<string, number>();
    for (const name of linked) for (const [text, count] of this.texts.textsOf(name)) merged.set(text, (merged.get(text) ?? 0) + count);
    return merged;
  }

  /** The titles sources give a person, each with the documents giving it (and how many times). */
  rolesOf(canonical: string): ReadonlyMap<string, ReadonlyMap<string, number>> {
    this.readingIndexes();
    return this.personRoles.rolesOf(canonical);
  }

  /** One key's claims by document (unordered, each document's in its own order). */
  claimsByDocument(subject: string, attribute: string): ReadonlyMap<string, readonly Claim[]> {
    return this.claims.claimsByDocument(linkedSubject(subject, this.links), linkedAttribute(attribute, this.links));
  }


  /** How many distinct values the claims under a key give. */
  distinctValuesOf(subject: string, attribute: string): number {
    this.readingIndexes();
    return this.claims.distinctValuesOf(linkedSubject(subject, this.links), linkedAttribute(attribute, this.links));
  }


  /** The conflicts under one (subject, attribute) key. */
  conflictsOfKey(subject: string, attribute: string): readonly Conflict[] {
    return this.claims.conflictsOfKey(linkedSubject(subject, this.links), linkedAttribute(attribute, this.links));
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
    return this.claims.claimsFor(linkedSubject(subject, this.links), linkedAttribute(attribute, this.links));
  }


  /** Every conflict in the corpus, ordered by subject, attribute and fingerprint. */
  conflicts(): Conflict[] {
    return this.claims.conflicts();
  }


  /** The conflicts that involve a claim of `doc`. */
  conflictsForDoc(doc: string): Conflict[] {
    return this.claims.conflictsForDoc(doc);
  }


  /** Whether a text with this version is kept as UTF-8 (see DocumentEntry and CorpusOptions.closedTexts). */
  private keptAsUtf8(version: number | undefined): boolean {
    return version === undefined && this.closedAsUtf8;
  }

  private apply(
    doc: string,
    before: DocumentAnalysis | undefined,
    after: DocumentAnalysis | undefined,
    edit?: TextEdit,
    movedInPlace?: ReadonlySet<Claim>,
  ): CorpusDelta {
    // The entity lists are compared once, here, for the mention indexes and the names' census.
    const entityEnds = before && after ? identicalEnds(before.entities, after.entities) : undefined;
    const unindexed = this.unindexed;
    if (unindexed?.has(doc)) {
      // Its entities were never entered: the document's latest analysis will be, unless it is gone.
      if (!after) unindexed.delete(doc);
    } else if (unindexed && !before) {
      if (after) unindexed.add(doc);
    } else this.enterMentions(doc, before?.entities, after?.entities, entityEnds);
    // Read once for both, and only if the document's entities or claims are new to them.
    let names: LinkNames | undefined;
    const found = (): LinkNames => (names ??= takeLinkNames(after!));
    const census = this.nameChanges(doc, before, after, entityEnds);
    const relinked = census && !census.entities && this.links.keep(doc, after!.entities) ? NO_RELINKS : this.links.update(doc, after?.entities, () => namesOf(after!, found()));
    if (!census || census.claimOrgs || !this.keepClaimOrgs(doc, after!.claims)) this.enterClaimOrgs(doc, after?.claims, () => claimOrgsOf(after!, found()));
    const filedBefore = before && (this.linkedAnalyses.get(doc) ?? before);
    const filedAfter = after && this.filed(doc, after, movedInPlace);
    if (!after) this.linkedAnalyses.delete(doc);
    const delta = this.claims.update(doc, filedBefore, filedAfter, edit, filedAfter === after ? movedInPlace : withCopies(movedInPlace));
    if (relinked.size > 0) this.refile(relinked, doc, delta);
    return delta;
  }

  /** A document's analysis as the claim index files it (linkedClaims.ts), noted for its next change. */
  private filed(doc: string, analysis: DocumentAnalysis, movedInPlace?: ReadonlySet<Claim>): DocumentAnalysis {
    const claims = linkClaims(analysis.claims, this.links, movedInPlace);
    if (claims === analysis.claims) {
      this.linkedAnalyses.delete(doc);
      return analysis;
    }
    const filed = { ...analysis, claims: claims as Claim[] };
    this.linkedAnalyses.set(doc, filed);
    return filed;
  }

  /**
   * The short names whose link came, went or moved: the other documents with claims naming them
   * file those claims anew, as the index sees it a change of those documents' claims alone.
   */
  private refile(shorts: ReadonlySet<string>, changed: string | undefined, delta: CorpusDelta): void {
    const docs = new Set<string>();
    for (const short of shorts) for (const doc of this.docsNamingOrg.get(short) ?? []) if (doc !== changed) docs.add(doc);
    for (const doc of this.order.arrange(docs)) {
      const analysis = this.docs.get(doc)!.analysis;
      const before = this.linkedAnalyses.get(doc) ?? analysis;
      const after = this.filed(doc, analysis);
      if (before.claims === after.claims) continue;
      const more = this.claims.update(doc, before, after);
      for (const other of more.docsWithChangedConflicts) delta.docsWithChangedConflicts.add(other);
      for (const key of more.changedKeys) delta.changedKeys.add(key);
    }
  }

  /** Notes which org canonicals a document's claims name (read when a link changes). */
  private enterClaimOrgs(doc: string, claims: readonly Claim[] | undefined, orgsOf: () => readonly string[]): void {
    const previous = this.claimOrgsOfDoc.get(doc);
    if (previous && previous.claims === claims) return;
    const before = previous?.orgs ?? NO_ORGS;
    const after = claims ? orgsOf() : NO_ORGS;
    if (previous && claims && sameList(before, after)) {
      this.claimOrgsOfDoc.set(doc, { claims, orgs: before });
      return;
    }
    // Compared as sets only when both have some: a document coming in (most, while indexing) has none before.
    const stays = before.length > 0 && after.length > 0 ? new Set(after) : NO_ORG_SET;
    const kept = stays === NO_ORG_SET ? NO_ORG_SET : new Set(before);
    for (const org of before) {
      if (stays.has(org)) continue;
      const docs = this.docsNamingOrg.get(org)!;
      docs.delete(doc);
      if (docs.size === 0) this.docsNamingOrg.delete(org);
    }
    for (const org of after) {
      if (kept.has(org)) continue;
      let docs = this.docsNamingOrg.get(org);
      if (!docs) this.docsNamingOrg.set(org, (docs = new Set()));
      docs.add(doc);
    }
    if (claims) this.claimOrgsOfDoc.set(doc, { claims, orgs: after });
    else this.claimOrgsOfDoc.delete(doc);
  }

  /**
   * Whether a name the links read came into the document or left it, from the census of its names
   * (nameCensus.ts), when its new analysis shares objects with the one before (a keystroke in a
   * large document); undefined otherwise, and the names are then read whole.
   */
  private nameChanges(doc: string, before: DocumentAnalysis | undefined, after: DocumentAnalysis | undefined, entityEnds: SharedEnds | undefined): NameChanges | undefined {
    if (!before || !after || !entityEnds || entityEnds.head + entityEnds.tail === 0) {
      this.censuses.delete(doc);
      return undefined;
    }
    let census = this.censuses.get(doc);
    if (census?.analysis !== before) this.censuses.set(doc, (census = new NameCensus(before)));
    return census.update(after, entityEnds, identicalEnds(before.claims, after.claims));
  }

  /** The document's new claims name the very org canonicals its previous ones named (see nameChanges). */
  private keepClaimOrgs(doc: string, claims: readonly Claim[]): boolean {
    const previous = this.claimOrgsOfDoc.get(doc);
    if (!previous) return false;
    this.claimOrgsOfDoc.set(doc, { claims, orgs: previous.orgs });
    return true;
  }

  /** Swaps a document's entities in the four indexes of mentions. */
  private enterMentions(doc: string, before: readonly Entity[] | undefined, after: readonly Entity[] | undefined, ends?: SharedEnds): void {
    // The entity lists are compared once, by the caller or here, for all four indexes.
    const shared = before && after ? (ends ?? identicalEnds(before, after)) : undefined;
    this.mentions.update(doc, before ?? [], after ?? [], shared);
    this.values.update(doc, before, after, shared);
    this.texts.update(before, after, shared);
    this.personRoles.update(doc, before, after, shared);
  }

  /** A read of a reading index: what was deferred is built first (see deferReadingIndexes). */
  private readingIndexes(): void {
    if (this.unindexed !== undefined || this.claims.valueCountsDeferred) this.buildReadingIndexes();
  }
}
