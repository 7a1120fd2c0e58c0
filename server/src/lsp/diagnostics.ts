import type { Connection, Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Conflict, SourcedClaim } from '../engine/types';
import type { CorpusState } from './corpusState';
import { claimSentence, claimValueLabel, formatDate } from './labels';
import { locationOf } from './locations';
import { corpusNames } from './names';
import { excerpt } from './markdown';
import type { ReviewStore } from './reviews';
import type { SeverityName } from './settings';
import { fileNameOf, shortFileName } from './uris';

// Conflict diagnostics: every claim taking part in an unreviewed conflict gets one, at the claim's
// span, saying in words what the other source says and where, with every opposing claim in
// relatedInformation so the researcher can go there.

export const DIAGNOSTIC_SOURCE = 'Policy Lens';
const MESSAGE_SOURCES = 3;
const QUOTE_LENGTH = 160;
/**
 * A conflict repeated across a large archive can have thousands of opposing claims; listing every
 * one on every diagnostic made publication quadratic. The first ones (other documents first) are
 * linked, the message says how many more there are, and the Conflicts view lists them all. Eight:
 * at twenty, the diagnostics of the 1 MB bench document came to 1.7 MB of JSON on every keystroke.
 */
export const MAX_RELATED = 8;
const MAX_PLACES_PER_STATEMENT = 4;

const SEVERITIES: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Carried in Diagnostic.data so that code actions know which conflict a diagnostic is about. */
export interface ConflictDiagnosticData {
  conflictId: string;
}

export function conflictDiagnostics(state: CorpusState, reviews: ReviewStore, doc: string, severity: SeverityName): Diagnostic[] {
  const lines = state.linesOf(doc);
  if (!lines) return [];
  const diagnostics: Diagnostic[] = [];
  const nameOf = corpusNames(state);
  const places = new Map<SourcedClaim, string>();
  for (const conflict of state.engine.conflictsForDoc(doc)) {
    if (reviews.isReviewed(conflict.id)) continue;
    // Claims of one value share their opposing claims, so they share a message and links: a
    // conflict with thousands of claims is worded once per value, not once per claim.
    const shared = new Map<string, { message: string; relatedInformation: DiagnosticRelatedInformation[] }>();
    const crowded = crowdedOffsets(conflict, doc);
    const memo: MessageMemo = { sentences: new Map(), places };
    for (const here of conflict.claims) {
      if (here.doc !== doc) continue;
      const ownPosition = crowded.has(here.claim.start);
      const label = claimValueLabel(here.claim.value);
      let wording = ownPosition ? undefined : shared.get(label);
      if (!wording) {
        const opposing = opposingClaims(conflict, here);
        const linked = linkedClaims(opposing, doc);
        const unlinked = opposing.length - linked.length;
        wording = {
          message:
            conflictMessage(state, doc, conflict, opposing, nameOf, memo) + (unlinked > 0 ? ` (${unlinked} more places not linked here: see the Conflicts view)` : ''),
          relatedInformation: linked
            .map((other) => relatedInformation(state, other))
            .filter((info): info is DiagnosticRelatedInformation => info !== undefined),
        };
        // When no claim differs, a claim is opposed by the others of its own value: not shareable.
        if (!ownPosition && opposing.every((other) => claimValueLabel(other.claim.value) !== label)) shared.set(label, wording);
      }
      diagnostics.push({
        range: lines.range(here.claim.start, here.claim.end),
        severity: SEVERITIES[severity],
        source: DIAGNOSTIC_SOURCE,
        code: `conflict.${conflict.kind}`,
        message: wording.message,
        relatedInformation: wording.relatedInformation.map((info) => ({ ...info })),
        data: { conflictId: conflict.id } satisfies ConflictDiagnosticData,
      });
    }
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Offsets in `doc` holding more than one claim of the conflict: a claim there is not opposed by its neighbours (see opposingClaims). */
function crowdedOffsets(conflict: Conflict, doc: string): Set<number> {
  const seen = new Set<number>();
  const crowded = new Set<number>();
  for (const claim of conflict.claims) {
    if (claim.doc !== doc) continue;
    if (seen.has(claim.claim.start)) crowded.add(claim.claim.start);
    else seen.add(claim.claim.start);
  }
  return crowded;
}

/** The claims that disagree with this one: those with another value (all the others, should the labels coincide). */
export function opposingClaims(conflict: Conflict, here: SourcedClaim): SourcedClaim[] {
  const value = claimValueLabel(here.claim.value);
  const others = conflict.claims.filter((other) => other !== here && !(other.doc === here.doc && other.claim.start === here.claim.start));
  const differing = others.filter((other) => claimValueLabel(other.claim.value) !== value);
  return differing.length > 0 ? differing : others;
}

/** The opposing claims a diagnostic links to (and offers to open): other documents first, at most MAX_RELATED. */
export function linkedClaims(opposing: SourcedClaim[], doc: string): SourcedClaim[] {
  return [...opposing.filter((other) => other.doc !== doc), ...opposing.filter((other) => other.doc === doc)].slice(0, MAX_RELATED);
}

/**
 * "Another source says Circle is NOT an employee-owned co-operative (000_cde….txt, dated 29 October 2010)".
 * Opposing claims that say the same thing are stated once, with all their places; the lead words
 * say whether the disagreement comes from another source, several, or this same document.
 */
function conflictMessage(
  state: CorpusState,
  doc: string,
  conflict: Conflict,
  opposing: SourcedClaim[],
  nameOf: ReturnType<typeof corpusNames>,
  memo: MessageMemo,
): string {
  if (opposing.length === 0) return `Sources disagree about ${conflict.subjectName}`;
  // Statements in the order their values first appear; only the first few are worded with places.
  const statements = new Map<string, { rank: number; places: string[]; unnamed: number }>();
  for (const other of opposing) {
    const valueLabel = claimValueLabel(other.claim.value);
    let sentence = memo.sentences.get(valueLabel);
    if (sentence === undefined) {
      sentence = claimSentence(conflict.subjectName, conflict.attribute, other.claim.value, nameOf);
      memo.sentences.set(valueLabel, sentence);
    }
    let entry = statements.get(sentence);
    if (!entry) {
      entry = { rank: statements.size, places: [], unnamed: 0 };
      statements.set(sentence, entry);
    }
    if (entry.rank >= MESSAGE_SOURCES) continue;
    if (entry.places.length >= MAX_PLACES_PER_STATEMENT) {
      entry.unnamed++;
      continue;
    }
    let place = memo.places.get(other);
    if (place === undefined) {
      place = sourceDescription(state, doc, other);
      memo.places.set(other, place);
    }
    if (!entry.places.includes(place)) entry.places.push(place);
  }
  const shown = [...statements]
    .slice(0, MESSAGE_SOURCES)
    .map(([sentence, { places, unnamed }]) => `${sentence} (${joinPlaces(places)}${unnamed > 0 ? `; and ${unnamed} more` : ''})`)
    .join('; ');
  const more = statements.size > MESSAGE_SOURCES ? `; and ${statements.size - MESSAGE_SOURCES} more` : '';
  const otherDocuments = new Set<string>();
  let allElsewhere = true;
  for (const other of opposing) {
    if (other.doc === doc) allElsewhere = false;
    else if (otherDocuments.size < 2) otherDocuments.add(other.doc);
  }
  const lead =
    otherDocuments.size === 0 ? 'This document also says' : otherDocuments.size === 1 && allElsewhere ? 'Another source says' : 'Other sources say';
  return `${lead} ${shown}${more}`;
}

/** What the messages of one publication share: a value's sentence per conflict, a claim's place. */
interface MessageMemo {
  sentences: Map<string, string>;
  places: Map<SourcedClaim, string>;
}

/** "line 34 of this document", or "000_cde….txt, dated 29 October 2010". */
function sourceDescription(state: CorpusState, doc: string, other: SourcedClaim): string {
  if (other.doc === doc) {
    const line = (state.linesOf(doc)?.positionAt(other.claim.start).line ?? 0) + 1;
    return `line ${line} of this document`;
  }
  const when = other.claim.time ?? state.engine.get(other.doc)?.analysis.documentDate;
  return when ? `${shortFileName(other.doc)}, dated ${formatDate(when)}` : shortFileName(other.doc);
}

/** "line 34 of this document" and "line 50 of this document" become "lines 34 and 50 of this document". */
function joinPlaces(places: string[]): string {
  const lines = places.map((place) => /^line (\d+) of this document$/.exec(place)?.[1]).filter((line): line is string => line !== undefined);
  const elsewhere = places.filter((place) => !place.endsWith(' of this document'));
  const here =
    lines.length === 0 ? [] : lines.length === 1 ? [`line ${lines[0]} of this document`] : [`lines ${listWords(lines)} of this document`];
  return [...elsewhere, ...here].join('; ');
}

function listWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function relatedInformation(state: CorpusState, other: SourcedClaim): DiagnosticRelatedInformation | undefined {
  const location = locationOf(state, other.doc, other.claim.start, other.claim.end);
  if (!location) return undefined;
  const text = state.engine.get(other.doc)?.text ?? other.claim.text;
  const clause = excerpt(text, other.claim.start, other.claim.end, 0);
  const quote = clause.length > QUOTE_LENGTH ? `${clause.slice(0, QUOTE_LENGTH - 1)}…` : clause;
  return { location, message: `${fileNameOf(other.doc)} says ${claimValueLabel(other.claim.value)}: “${quote}”` };
}

/**
 * Decides when diagnostics go out, following policyLens.checkOn, and remembers which documents
 * hold published diagnostics so they are refreshed (or cleared) when their conflicts change.
 * An open document's diagnostics are only published for the version the editor has now: a result
 * for a superseded version is dropped, since a newer analysis is already on its way.
 */
export class DiagnosticsPublisher {
  private readonly published = new Set<string>();
  /** checkOn "save": documents whose diagnostics changed while typing, published at the next save. */
  private readonly awaitingSave = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly state: CorpusState,
    private readonly reviews: ReviewStore,
    private readonly settings: () => { checkOn: 'type' | 'save' | 'manual'; severity: SeverityName },
  ) {}

  /** Publishes a document's diagnostics now; returns how many there were (or undefined when skipped as superseded). */
  publish(doc: string): number | undefined {
    const editorVersion = this.state.editorVersion(doc);
    const analysedVersion = this.state.engine.get(doc)?.version;
    if (editorVersion !== undefined && (analysedVersion !== editorVersion || this.state.hasPendingEdit(doc))) return undefined;
    const diagnostics = this.state.engine.has(doc) ? conflictDiagnostics(this.state, this.reviews, doc, this.settings().severity) : [];
    if (diagnostics.length === 0 && !this.published.has(doc) && editorVersion === undefined) return 0;
    this.awaitingSave.delete(doc);
    if (diagnostics.length > 0) this.published.add(doc);
    else this.published.delete(doc);
    void this.connection.sendDiagnostics({ uri: this.state.clientUri(doc), version: editorVersion, diagnostics });
    return diagnostics.length;
  }

  /** Clears a document's diagnostics (it left the corpus). */
  clear(doc: string, clientUri = this.state.clientUri(doc)): void {
    this.awaitingSave.delete(doc);
    if (!this.published.delete(doc)) return;
    void this.connection.sendDiagnostics({ uri: clientUri, diagnostics: [] });
  }

  /** The corpus changed: refresh what the checkOn setting says should follow. */
  corpusChanged(docs: Iterable<string>, typing: boolean): void {
    const { checkOn } = this.settings();
    for (const doc of docs) {
      if (!this.state.engine.has(doc)) {
        this.clear(doc);
        continue;
      }
      const open = this.state.isOpen(doc);
      if (checkOn === 'manual' || (!open && !this.published.has(doc))) continue;
      if (checkOn === 'save' && typing) this.awaitingSave.add(doc);
      else this.publish(doc);
    }
  }

  /** checkOn "save": the saved document and everything its edits affected. */
  saved(doc: string): void {
    if (this.settings().checkOn === 'manual') return;
    const docs = new Set([doc, ...this.awaitingSave]);
    this.awaitingSave.clear();
    for (const target of docs) this.publish(target);
  }

  /** Severity, reviews or the whole corpus changed: refresh every document showing diagnostics, and open ones. */
  refreshVisible(): void {
    const { checkOn } = this.settings();
    const docs = new Set(this.published);
    if (checkOn !== 'manual') for (const doc of this.state.openDocuments()) docs.add(doc);
    for (const doc of docs) this.publish(doc);
  }

  /** Republishes only documents that currently show diagnostics (e.g. after a review in manual mode). */
  refresh(docs: Iterable<string>): void {
    const { checkOn } = this.settings();
    for (const doc of docs) {
      if (this.published.has(doc) || (checkOn !== 'manual' && this.state.isOpen(doc))) this.publish(doc);
    }
  }

  isPublished(doc: string): boolean {
    return this.published.has(doc);
  }
}
