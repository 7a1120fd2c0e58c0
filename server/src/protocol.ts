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
/** Organisations, people and roles are grouped by canonical id; numbers and dates by type and normalised value. */
export interface EntitySummary {
  canonical: string;
  name: string;
  type: string;
  aliases: string[];
  /** Counted within the requested scope (the one document, or the corpus). */
  mentionCount: number;
  documents: string[];
  mentions: Mention[];
  /** Numbers and dates: the normalised value in words ("£10 million"). */
  value?: string;
}
export interface EntitiesResult { entities: EntitySummary[] }

// ---- Conflicts view and claim matrix -------------------------------------------------------

export const ConflictsRequest = 'policyLens/conflicts';
export interface ConflictsParams { includeReviewed?: boolean; uri?: string }
export interface ClaimInfo extends Mention {
  /** The value in words a researcher reads: "NOT employee-owned co-operative", "more than 49.9%". */
  valueLabel: string;
  /** The source's file name. */
  documentLabel: string;
}
export interface ConflictInfo {
  id: string;
  kind: string;
  subject: string;
  subjectName: string;
  attribute: string;
  /** The attribute in words: "share owned by employees". */
  attributeLabel: string;
  reviewed: boolean;
  claims: ClaimInfo[];
}
export interface ConflictsResult { conflicts: ConflictInfo[] }

export const ClaimMatrixRequest = 'policyLens/claimMatrix';
/** disagrees: this source's claims take part in a conflict on this row (reviewed or not). */
export interface ClaimMatrixCell { valueLabel: string; claims: Mention[]; disagrees: boolean }
export interface ClaimMatrixRow {
  subject: string;
  subjectName: string;
  attribute: string;
  attributeLabel: string;
  /** Keyed by source document URI. */
  cells: Record<string, ClaimMatrixCell>;
}
/** Rows: every subject+attribute with claims from two or more sources, or in a conflict. */
export interface ClaimMatrixResult {
  sources: Array<{ uri: string; label: string }>;
  rows: ClaimMatrixRow[];
}

export const SetReviewedRequest = 'policyLens/setReviewed';
export interface SetReviewedParams { conflictId: string; reviewed: boolean }
/** changed is false when the conflict already had that state. Fails (error response) when reviews.json cannot be written safely. */
export interface SetReviewedResult { conflictId: string; reviewed: boolean; changed: boolean }

// ---- Whole-corpus check (reports work-done progress, cancellable) ---------------------------

export const CheckCorpusRequest = 'policyLens/checkCorpus';
/** Pass a workDoneToken (created with window/workDoneProgress/create, or any fresh token) to get $/progress reports. */
export interface CheckCorpusParams { workDoneToken?: string | number }
export interface CheckCorpusResult {
  documents: number;
  entities: number;
  claims: number;
  /** Unreviewed conflicts. */
  conflicts: number;
  reviewed: number;
  documentsWithConflicts: number;
}

export const EntityAtRequest = 'policyLens/entityAt';
export interface EntityAtParams { uri: string; position: LspPosition }
/** All fields absent when there is no entity at the position (or the document is unknown). */
export interface EntityAtResult { canonical?: string; type?: string; name?: string; text?: string; range?: LspRange }

// ---- Commands the server's links and code actions use -------------------------------------

/** Client command: opens a place. Hover links and code actions pass one argument of this shape. */
export const OpenLocationCommand = 'policyLens.openLocation';
export type OpenLocationArgs = LspLocation;
/** Server command (executeCommandProvider): marks a conflict reviewed. Argument: the conflict id. */
export const MarkReviewedCommand = 'policyLens.markReviewed';

/** Semantic token types, in the legend's order; the client contributes the same ids. */
export const SemanticTokenTypes = [
  'policyOrganisation',
  'policyPerson',
  'policyRole',
  'policyPercentage',
  'policyMoney',
  'policyQuantity',
  'policyDate',
] as const;

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

/** The corpus changed: views should refresh. Sent debounced. */
export const CorpusChangedNotification = 'policyLens/corpusChanged';
export interface CorpusChangedParams {
  /** What changed: documents (edits, files on disk), reviews, or everything (indexing finished, settings). */
  reason: 'documents' | 'reviews' | 'all';
  /** The documents that changed, when few enough to list. */
  uris?: string[];
}
