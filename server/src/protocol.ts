// Custom LSP messages between the Policy Lens client and server, typed once for both sides.
// Only plain JSON shapes here: no imports from vscode or vscode-languageserver, so esbuild can
// bundle this file into either side.

export interface LspPosition { line: number; character: number }
export interface LspRange { start: LspPosition; end: LspPosition }
export interface LspLocation { uri: string; range: LspRange }

/** A place in the corpus with the text found there. */
export interface Mention extends LspLocation {
  text: string;
}

// ---- Entities view -------------------------------------------------------------------------

export const EntitiesRequest = 'policyLens/entities';
export interface EntitiesParams {
  /** Limit to one document; omit for the whole corpus. */
  uri?: string;
  /** Case-insensitive filter on canonical name, alias or mention text. */
  filter?: string;
}
export interface EntitySummary {
  canonical: string;
  name: string;
  type: string;
  aliases: string[];
  mentionCount: number;
  documents: string[];
  mentions: Mention[];
}
export interface EntitiesResult { entities: EntitySummary[] }

// ---- Conflicts view and claim matrix -------------------------------------------------------

export const ConflictsRequest = 'policyLens/conflicts';
export interface ConflictsParams { includeReviewed?: boolean; uri?: string }
export interface ClaimInfo extends Mention {
  /** The value in words a researcher reads: "NOT employee-owned co-operative", "49.9% (over)". */
  valueLabel: string;
  documentLabel: string;
}
export interface ConflictInfo {
  id: string;
  kind: string;
  subject: string;
  subjectName: string;
  attribute: string;
  reviewed: boolean;
  claims: ClaimInfo[];
}
export interface ConflictsResult { conflicts: ConflictInfo[] }

export const ClaimMatrixRequest = 'policyLens/claimMatrix';
export interface ClaimMatrixCell { valueLabel: string; claims: Mention[]; disagrees: boolean }
export interface ClaimMatrixRow {
  subject: string;
  subjectName: string;
  attribute: string;
  /** Keyed by source document URI. */
  cells: Record<string, ClaimMatrixCell>;
}
export interface ClaimMatrixResult {
  sources: Array<{ uri: string; label: string }>;
  rows: ClaimMatrixRow[];
}

export const SetReviewedRequest = 'policyLens/setReviewed';
export interface SetReviewedParams { conflictId: string; reviewed: boolean }

// ---- Whole-corpus check (reports work-done progress, cancellable) ---------------------------

export const CheckCorpusRequest = 'policyLens/checkCorpus';
export interface CheckCorpusResult { documents: number; entities: number; claims: number; conflicts: number }

export const EntityAtRequest = 'policyLens/entityAt';
export interface EntityAtParams { uri: string; position: LspPosition }
export interface EntityAtResult { canonical?: string; type?: string; name?: string }

// ---- Server → client notifications ---------------------------------------------------------

/** What the server is doing, for the status bar. */
export const StatusNotification = 'policyLens/status';
export interface StatusParams {
  state: 'indexing' | 'ready';
  indexed: number;
  total: number;
  entities: number;
  conflicts: number;
  /** Files skipped (binary, too large, undecodable), with the reason, for a visible notice. */
  skipped?: Array<{ uri: string; reason: string }>;
}

/** The corpus changed: views should refresh. */
export const CorpusChangedNotification = 'policyLens/corpusChanged';
