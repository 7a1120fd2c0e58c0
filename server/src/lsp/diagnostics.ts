import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Claim, SourcedClaim } from '../engine/types';
import type { CorpusState } from './corpusState';
import { claimValueLabel, formatDate } from './labels';
import { claimsOfDocument, sharesWording, wordingByDigest, wordingByScan, type WordingContext } from './conflictWording';
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
const QUOTE_LENGTH = 160;
/**
 * A conflict repeated across a large archive can have thousands of opposing claims; listing every
 * one on every diagnostic made publication quadratic. The first ones (other documents first) are
 * linked, the message says how many more there are, and the Conflicts view lists them all. Eight:
 * at twenty, the diagnostics of the 1 MB bench document came to 1.7 MB of JSON on every keystroke.
 */
export const MAX_RELATED = 8;

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
  const place = (other: SourcedClaim): string => {
    let described = places.get(other);
    if (described === undefined) places.set(other, (described = sourceDescription(state, doc, other)));
    return described;
  };
  // The same opposing claims are linked from many diagnostics (each value of each conflict they
  // take part in): their links and quotes are made once per claim.
  const links = new Map<SourcedClaim['claim'], { doc: string; info: DiagnosticRelatedInformation | undefined }>();
  const link = (other: SourcedClaim): DiagnosticRelatedInformation | undefined => {
    let made = links.get(other.claim);
    if (made === undefined || made.doc !== other.doc) links.set(other.claim, (made = { doc: other.doc, info: relatedInformation(state, other) }));
    return made.info;
  };
  for (const conflict of state.engine.conflictsForDoc(doc)) {
    if (reviews.isReviewed(conflict.id)) continue;
    // Claims of one value share their opposing claims, so they share a message and links: a
    // conflict with thousands of claims is worded once per value, not once per claim.
    const shared = new Map<string, { message: string; relatedInformation: DiagnosticRelatedInformation[] }>();
    const context: WordingContext = { doc, nameOf, place, maxLinked: MAX_RELATED, sentences: new Map() };
    for (const here of claimsOfDocument(conflict, doc)) {
      const label = claimValueLabel(here.claim.value);
      const shares = sharesWording(conflict, here, doc, label);
      let wording = shares ? shared.get(label) : undefined;
      if (!wording) {
        const words = (shares ? wordingByDigest(conflict, here, context) : undefined) ?? wordingByScan(conflict, here, context);
        wording = {
          message: words.message + (words.unlinked > 0 ? ` (${words.unlinked} more places not linked here: see the Conflicts view)` : ''),
          relatedInformation: words.linked
            .map(link)
            .filter((info): info is DiagnosticRelatedInformation => info !== undefined),
        };
        if (shares) shared.set(label, wording);
      }
      diagnostics.push({
        range: lines.range(here.claim.start, here.claim.end),
        severity: SEVERITIES[severity],
        source: DIAGNOSTIC_SOURCE,
        code: `conflict.${conflict.kind}`,
        message: wording.message,
        // Shared by the claims of one value (and entries by reports): nothing changes a diagnostic
        // once made, and the JSON sent is the same; copying them made some 3,000 objects a report.
        relatedInformation: wording.relatedInformation,
        data: { conflictId: conflict.id } satisfies ConflictDiagnosticData,
      });
    }
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** "line 34 of this document", or "000_cde….txt, dated 29 October 2010". */
function sourceDescription(state: CorpusState, doc: string, other: SourcedClaim): string {
  if (other.doc === doc) {
    const line = (state.linesOf(doc)?.positionAt(other.claim.start).line ?? 0) + 1;
    return `line ${line} of this document`;
  }
  const when = other.claim.time ?? state.engine.get(other.doc)?.analysis.documentDate;
  const known = describedSources.get(other.doc);
  if (known && known.when === when) return known.description;
  const description = when ? `${shortFileName(other.doc)}, dated ${formatDate(when)}` : shortFileName(other.doc);
  if (describedSources.size >= DESCRIBED_SOURCES) describedSources.clear();
  describedSources.set(other.doc, { when, description });
  return description;
}

/**
 * Other documents as places, by document, with the date they were described by: a report of the
 * 1 MB bench document names a few hundred places, the same ones report after report, and wording
 * each again (file name and date) was a tenth of taking the report's words as kept. Bounded: a
 * Check Claims over a large archive describes every document once.
 */
const describedSources = new Map<string, { when: string | undefined; description: string }>();
const DESCRIBED_SOURCES = 20_000;

/**
 * The related entries made for claims, kept from one report to the next with what they were made
 * from. A report of the 1 MB bench document links some 300 claims of other documents, whose texts
 * are kept as UTF-8 while closed: decoding each quote and placing it on its lines again took a
 * third of working out the report at 10,000 documents, for entries that came out the same. An
 * entry is made again when its document's text, the claim's place, the URI the client knows the
 * document by, or the words of its value (new rules) differ. Claims are the keys: an entry goes
 * when its claim does.
 */
const relatedKept = new WeakMap<Claim, { doc: string; textIdentity: unknown; start: number; end: number; uri: string; label: string; info: DiagnosticRelatedInformation }>();

/** Counts related entries made (not taken from relatedKept), for tests that check which are kept. */
export const relatedCounts = { made: 0 };

function relatedInformation(state: CorpusState, other: SourcedClaim): DiagnosticRelatedInformation | undefined {
  const { doc, claim } = other;
  const entry = state.engine.get(doc);
  if (!entry) return undefined;
  const uri = state.clientUri(doc);
  const label = claimValueLabel(claim.value);
  const kept = relatedKept.get(claim);
  if (kept && kept.doc === doc && kept.textIdentity === entry.textIdentity && kept.start === claim.start && kept.end === claim.end && kept.uri === uri && kept.label === label) {
    return kept.info;
  }
  const location = locationOf(state, doc, claim.start, claim.end);
  if (!location) return undefined;
  relatedCounts.made++;
  // Only the claim's words and the character each side are decoded (a closed document's text is
  // UTF-8): the excerpt, without context, needs no more to be the one made from the whole text.
  const around = state.textAround(doc, claim.start, claim.end, 0);
  const clause = around ? excerpt(around.text, around.start, around.end, 0) : excerpt(claim.text, claim.start, claim.end, 0);
  const quote = clause.length > QUOTE_LENGTH ? `${clause.slice(0, QUOTE_LENGTH - 1)}…` : clause;
  const info = { location, message: `${fileNameOf(doc)} says ${label}: “${quote}”` };
  // Not for a document open in the editor: its text changes at every keystroke, and an entry kept
  // for each of its claims would hold on to the text of some earlier version.
  if (!state.isOpen(doc)) relatedKept.set(claim, { doc, textIdentity: entry.textIdentity, start: claim.start, end: claim.end, uri, label, info });
  return info;
}
