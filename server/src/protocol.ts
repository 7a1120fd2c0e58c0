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
  /**
   * Bounds on the answer, for a corpus of thousands of documents, whose every mention would be
   * hundreds of MB: the most-mentioned entities of each type, and the first mentions of each (in
   * corpus order). Everything in the focus document is listed whatever the bounds, so that the
   * entity under the cursor can always be revealed.
   */
  limits?: { entitiesPerType: number; mentionsPerEntity: number; focus?: string };
}
/** Organisations, people and roles are grouped by canonical id; numbers and dates by type and normalised value. */
export interface EntitySummary {
  canonical: string;
  name: string;
  type: string;
  aliases: string[];
  /** Counted within the requested scope (the one document, or the corpus), whether or not every mention is listed. */
  mentionCount: number;
  documentCount: number;
  /** The documents and mentions listed: all of them, or those within the limits asked for. */
  documents: string[];
  mentions: Mention[];
  /** Numbers and dates: the normalised value in words ("£10 million"). */
  value?: string;
}
export interface EntitiesResult {
  entities: EntitySummary[];
  /** Under limits: how many entities of each type were left out. */
  more?: Record<string, number>;
}

// ---- Conflicts view and claim matrix -------------------------------------------------------

export const ConflictsRequest = 'policyLens/conflicts';
export interface ConflictsParams {
  includeReviewed?: boolean;
  uri?: string;
  /**
   * At most this many claims per conflict, one per distinct value first: across thousands of
   * documents one conflict can gather thousands of claims. The counts stay whole.
   */
  claimsPerConflict?: number;
}
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
  /** The claims listed: all of them, or as many as were asked for. */
  claims: ClaimInfo[];
  /** Counted over every claim of the conflict, listed or not. */
  claimCount: number;
  sourceCount: number;
  valueCount: number;
}
export interface ConflictsResult { conflicts: ConflictInfo[] }

export const ClaimMatrixRequest = 'policyLens/claimMatrix';
/**
 * The rows are every subject and attribute that two or more sources speak about, or that is in a
 * conflict. A corpus of thousands of documents has more rows, and more sources per row, than a
 * page can show, so both can be bounded. Within the bounds, rows about the focus subject come
 * first, then rows the document speaks about, then disputed rows and those with most sources;
 * sources are chosen the same way (the document, then those speaking on focus rows, then those
 * that disagree most).
 */
export interface ClaimMatrixParams {
  focus?: { subject: string; attribute?: string };
  document?: string;
  maxRows?: number;
  maxSources?: number;
}
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
  /** What the bounds left out: rows and sources that would have been shown. */
  omitted?: { rows: number; sources: number };
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
  /** Files not read because the server's memory was nearly at its ceiling: how many, and what to do about it. */
  heldBack?: { files: number; reason: string };
}

/** The corpus changed: views should refresh. Sent debounced. */
export const CorpusChangedNotification = 'policyLens/corpusChanged';
export interface CorpusChangedParams {
  /** What changed: documents (edits, files on disk), reviews, or everything (indexing finished, settings). */
  reason: 'documents' | 'reviews' | 'all';
  /** The documents that changed, when few enough to list. */
  uris?: string[];
}

// ---- Researchers' annotations ---------------------------------------------------------------
// Annotations live in the workspace (.policy-lens/annotations/<document path>.jsonld), so only
// documents inside a workspace folder can be annotated; requests on others fail with a message.

export type AnnotationAssessment = 'supported' | 'disputed' | 'needs-source';

/** What an annotation says about its span; one annotation may say several of these. */
export type AnnotationBodyInfo =
  | { kind: 'entity-tag'; entityType: string }
  | { kind: 'not-an-entity' }
  /** canonical: the engine's id ("org:kings-fund"); label: its display name. */
  | { kind: 'canonical-link'; canonical: string; label?: string }
  | { kind: 'assessment'; value: AnnotationAssessment }
  | { kind: 'note'; text: string };

/**
 * A body as the client asks for it. A canonical link without an id asks the server to mint a
 * new canonical entity from `label` (and `entityType`, organisation by default).
 */
export type AnnotationBodyInput =
  | Exclude<AnnotationBodyInfo, { kind: 'canonical-link' }>
  | { kind: 'canonical-link'; canonical?: string; label?: string; entityType?: 'organisation' | 'person' };

export type AnnotationStatusInfo = 'anchored' | 'orphan' | 'unreadable';

export interface AnnotationInfo {
  id: string;
  uri: string;
  status: AnnotationStatusInfo;
  /** Where it is now; absent for orphans and unreadable ones. */
  range?: LspRange;
  /** The annotated text as quoted when the annotation was made (or last saved). */
  quote: string;
  bodies: AnnotationBodyInfo[];
  creator: string;
  created: string;
  modified: string;
  /** Orphans: why the quote could not be placed; unreadable: the parse error. */
  problem?: string;
  /** Bodies from other tools that Policy Lens keeps but does not show. */
  otherBodies?: number;
}

export interface AnnotatedDocumentInfo {
  uri: string;
  /** Workspace-relative path, as stored in the annotations. */
  path: string;
  storePath: string;
  annotations: AnnotationInfo[];
  /** Store problems to show: an unreadable file (path and error), items skipped, a failed save. */
  problems: string[];
  /** Annotations held in memory that could not be written yet. */
  unsaved: boolean;
}

export const AnnotationsListRequest = 'policyLens/annotations/list';
/** uri: one document; omit for every annotated document of the corpus. */
export interface AnnotationsListParams { uri?: string }
export interface AnnotationsListResult {
  documents: AnnotatedDocumentInfo[];
  /** Surfaces linked to different canonical entities by different annotations (the newest wins). */
  aliasConflicts: Array<{ surface: string; canonicals: string[] }>;
}

/** The outcome of writing the store after an edit. Not saved: kept in memory, retried later. */
export interface AnnotationSaveInfo {
  saved: boolean;
  /** The file written (the main store file, or a side file while the main one is unreadable). */
  path?: string;
  /** Why it was not written, or why a side file was used. */
  message?: string;
}

export const AnnotationCreateRequest = 'policyLens/annotations/create';
export interface AnnotationCreateParams {
  uri: string;
  range: LspRange;
  bodies: AnnotationBodyInput[];
  creator: string;
}
export interface AnnotationEditResult { annotation?: AnnotationInfo; save: AnnotationSaveInfo }

export const AnnotationUpdateRequest = 'policyLens/annotations/update';
/** Replaces the annotation's bodies (bodies from other tools are kept). */
export interface AnnotationUpdateParams { uri: string; id: string; bodies: AnnotationBodyInput[] }

export const AnnotationDeleteRequest = 'policyLens/annotations/delete';
export interface AnnotationDeleteParams { uri: string; id: string }

export const AnnotationReattachRequest = 'policyLens/annotations/reattach';
/** Moves an annotation (typically an orphan) to a span the researcher selected. */
export interface AnnotationReattachParams { uri: string; id: string; range: LspRange }

export const AnnotationExportRequest = 'policyLens/annotations/export';
export type AnnotationExportFormat = 'w3c' | 'brat' | 'csv' | 'conll';
/** folder: an absolute path the researcher picked. */
export interface AnnotationExportParams { format: AnnotationExportFormat; folder: string }
export interface AnnotationExportResult {
  /** Absolute paths of the files written. */
  files: string[];
  documents: number;
  annotations: number;
  /** Annotations the format cannot hold (brat: orphans), with the reason. */
  skipped: Array<{ uri: string; id: string; reason: string }>;
  /** Files not written (a different file already at a text copy's place, a path outside the folder). */
  problems: string[];
}

export const AnnotationImportBratRequest = 'policyLens/annotations/importBrat';
/** folder: an absolute path holding .ann files named like the workspace texts they annotate. */
export interface AnnotationImportBratParams { folder: string; creator: string }
export interface AnnotationImportBratResult {
  imported: number;
  /** Annotations already in the store (same span and bodies), not added again. */
  duplicates: number;
  documents: string[];
  /** "file.ann: line 4: …", and .ann files that match no document. */
  problems: string[];
}

/** Server → client: the annotations of these documents changed (an edit, a reload from disk). */
export const AnnotationsChangedNotification = 'policyLens/annotationsChanged';
export interface AnnotationsChangedParams { uris: string[] }

/** Client commands the server's code actions on an annotated span use. Argument: { uri, id }. */
export const EditAnnotationCommand = 'policyLens.annotations.edit';
export const DeleteAnnotationCommand = 'policyLens.annotations.delete';
export interface AnnotationRef { uri: string; id: string }
/** Client command: re-attaches an orphan to a span. Argument: { uri, id, range }. */
export const ReattachAnnotationCommand = 'policyLens.annotations.reattach';
export interface ReattachAnnotationArgs extends AnnotationRef { range: LspRange }
