import { resolve } from 'node:path';
import {
  createConnection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import {
  CheckCorpusRequest,
  ClaimMatrixRequest,
  type ClaimMatrixParams,
  ConflictsRequest,
  EntitiesRequest,
  EntityAtRequest,
  MarkReviewedCommand,
  SetReviewedRequest,
  type CheckCorpusParams,
  type ConflictsParams,
  type EntitiesParams,
  type EntityAtParams,
  type SetReviewedParams,
} from './protocol';
import { checkCorpus } from './lsp/checkCorpus';
import { claimMatrixRequest } from './lsp/claimMatrixRequest';
import { annotationCodeActions, ANNOTATION_ACTION_KIND } from './lsp/annotationsCodeActions';
import { annotationSectionFor } from './lsp/annotationsHover';
import { registerAnnotationRequests } from './lsp/annotationsRequests';
import { codeActions } from './lsp/codeActions';
import { conflictsRequest } from './lsp/conflictsRequest';
import { entitiesRequest } from './lsp/entitiesRequest';
import { entityAtRequest } from './lsp/entityAtRequest';
import { hover } from './lsp/hover';
import { definition, references } from './lsp/navigation';
import { updateNotingChanges } from './lsp/annotationsTextSync';
import { PieceDocument } from './lsp/pieceDocument';
import { PULL_IDENTIFIER } from './lsp/pullDiagnostics';
import { setConflictReviewed } from './lsp/reviewConflict';
import { safeNotification, safeRequest, type Logger } from './lsp/safeHandler';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './lsp/semanticTokens';
import { Session } from './lsp/session';
import { documentSymbols } from './lsp/symbols';
import { documentKey, pathOfUri } from './lsp/uris';

// The Policy Lens language server: the connection, the capabilities it announces, and which
// handler answers what. Behaviour lives in lsp/ (one file per feature) and engine/.

const connection = createConnection(ProposedFeatures.all);
// Edits pass through here on their way into the document, so the annotations can follow each
// change precisely (shift what it does not touch) before the corpus analyses the new text. The
// documents keep their text in pieces (pieceDocument.ts): a keystroke copies no whole text.
const applyChanges = (document: PieceDocument, changes: TextDocumentContentChangeEvent[], version: number): PieceDocument => {
  document.update(changes, version);
  return document;
};
const documents = new TextDocuments<PieceDocument>({
  create: (uri, languageId, version, content) => new PieceDocument(uri, languageId, version, content),
  update: (document, changes, version) => {
    const key = documentKey(document.uri);
    if (!session?.annotations.isTracked(key)) return applyChanges(document, changes, version);
    const before = document.getText();
    const updated = updateNotingChanges(document, changes, version, applyChanges);
    try {
      session.annotations.editorChanged(key, before, updated.changes, updated.document.getText());
    } catch (error) {
      connection.console.error(`Annotations did not follow an edit: ${error instanceof Error ? error.stack : String(error)}`);
    }
    return updated.document;
  },
});
const logger: Logger = {
  error: (message) => connection.console.error(message),
  warn: (message) => connection.console.warn(message),
  info: (message) => connection.console.info(message),
};
let session: Session | undefined;
let configurationRegistration = false;

/** Handlers that need the session answer "nothing here" until initialize has created it. */
const withSession = <T>(fallback: T, use: (session: Session) => T | Promise<T>) => (session ? use(session) : fallback);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const options = (params.initializationOptions ?? {}) as { seedsPath?: unknown; trusted?: unknown; indexCacheDirectory?: unknown };
  configurationRegistration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  // Pull needs both: without being asked to pull again, a client would keep showing a document's
  // diagnostics after another document's edit changed them. Such clients get every set pushed.
  const pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined && params.capabilities.workspace?.diagnostics?.refreshSupport === true;
  const folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
    .map((folder) => pathOfUri(folder.uri))
    .filter((path): path is string => path !== undefined);
  session = new Session(connection, logger, {
    workspaceFolders: folders,
    // The extension ships seeds/ beside dist/; the client normally names it explicitly.
    seedsPath: typeof options.seedsPath === 'string' ? options.seedsPath : resolve(__dirname, '..', 'seeds'),
    trusted: options.trusted === true,
    configurationSupport: params.capabilities.workspace?.configuration === true,
    watcherRegistration: params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    pullDiagnostics,
    // The editor's storage for this workspace: where the index cache lives (none without it).
    indexCacheDirectory: typeof options.indexCacheDirectory === 'string' && options.indexCacheDirectory !== '' ? options.indexCacheDirectory : undefined,
  });
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: { label: 'Policy Lens entities' },
      codeActionProvider: { codeActionKinds: ['quickfix', ANNOTATION_ACTION_KIND] },
      executeCommandProvider: { commands: [MarkReviewedCommand] },
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
      workspace: { workspaceFolders: { supported: true } },
      ...(pullDiagnostics ? { diagnosticProvider: { identifier: PULL_IDENTIFIER, interFileDependencies: true, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'Policy Lens', version: '0.1.0' },
  };
});

connection.onInitialized(
  safeNotification(logger, 'initialized', async () => {
    if (!session) return;
    if (configurationRegistration) {
      // Asks the client to tell us when policyLens.* settings change; we then pull them afresh.
      await connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyLens' });
    }
    await session.start();
  }),
);

documents.onDidOpen(safeNotification(logger, 'didOpen', (event) => session?.opened(event)));
documents.onDidChangeContent(safeNotification(logger, 'didChange', (event) => session?.changed(event)));
documents.onDidSave(safeNotification(logger, 'didSave', (event) => session?.saved(event)));
documents.onDidClose(safeNotification(logger, 'didClose', (event) => session?.closed(event)));

connection.onDidChangeConfiguration(safeNotification(logger, 'didChangeConfiguration', (params) => session?.settingsChanged(params)));
connection.onDidChangeWatchedFiles(safeNotification(logger, 'didChangeWatchedFiles', (params) => session?.watchedFilesChanged(params.changes)));

connection.onHover(
  safeRequest(logger, 'hover', (params) =>
    withSession(null, (s) => {
      s.reading();
      const key = documentKey(params.textDocument.uri);
      return hover(s.state, key, params.position, annotationSectionFor(s.annotations, key));
    }),
  ),
);
connection.onDefinition(
  safeRequest(logger, 'definition', (params) =>
    withSession(null, (s) => {
      s.reading();
      return definition(s.state, documentKey(params.textDocument.uri), params.position);
    }),
  ),
);
connection.onReferences(
  safeRequest(logger, 'references', (params) =>
    withSession([], (s) => {
      s.reading();
      return references(s.state, documentKey(params.textDocument.uri), params.position, params.context?.includeDeclaration ?? true);
    }),
  ),
);
connection.onDocumentSymbol(
  safeRequest(logger, 'documentSymbol', (params) =>
    withSession([], (s) => {
      const snapshot = s.state.snapshot(documentKey(params.textDocument.uri));
      return snapshot ? documentSymbols(snapshot) : [];
    }),
  ),
);
connection.languages.semanticTokens.on(
  safeRequest(logger, 'semanticTokens', (params) =>
    withSession({ data: [] }, (s) => {
      const snapshot = s.state.snapshot(documentKey(params.textDocument.uri));
      return snapshot ? semanticTokens(snapshot.analysis.entities, snapshot.lines) : { data: [] };
    }),
  ),
);
connection.languages.semanticTokens.onRange(
  safeRequest(logger, 'semanticTokens/range', (params) =>
    withSession({ data: [] }, (s) => {
      const snapshot = s.state.snapshot(documentKey(params.textDocument.uri));
      return snapshot ? semanticTokens(snapshot.analysis.entities, snapshot.lines, params.range) : { data: [] };
    }),
  ),
);
connection.languages.diagnostics.on(
  safeRequest(logger, 'textDocument/diagnostic', (params, token) =>
    withSession<DocumentDiagnosticReport>({ kind: DocumentDiagnosticReportKind.Full, items: [] }, (s) =>
      s.publisher.pull(documentKey(params.textDocument.uri), params.previousResultId, s.status.isReady, token),
    ),
  ),
);
connection.onCodeAction(
  safeRequest(logger, 'codeAction', (params) =>
    withSession([], (s) => [...codeActions(s.state, s.reviews, params), ...annotationCodeActions(s.state, s.annotations, params)]),
  ),
);
connection.onExecuteCommand(
  safeRequest(logger, 'executeCommand', (params) =>
    withSession(null, (s) => {
      if (params.command !== MarkReviewedCommand) return null;
      return setConflictReviewed(s, { conflictId: String(params.arguments?.[0] ?? ''), reviewed: true });
    }),
  ),
);

connection.onRequest(
  EntitiesRequest,
  safeRequest(logger, EntitiesRequest, (params: EntitiesParams) => withSession({ entities: [] }, (s) => entitiesRequest(s.state, params))),
);
connection.onRequest(
  ConflictsRequest,
  safeRequest(logger, ConflictsRequest, (params: ConflictsParams) => withSession({ conflicts: [] }, (s) => conflictsRequest(s.state, s.reviews, params))),
);
connection.onRequest(
  ClaimMatrixRequest,
  safeRequest(logger, ClaimMatrixRequest, (params: ClaimMatrixParams) => withSession({ sources: [], rows: [] }, (s) => claimMatrixRequest(s.state, params ?? {}))),
);
connection.onRequest(
  SetReviewedRequest,
  safeRequest(logger, SetReviewedRequest, (params: SetReviewedParams) =>
    withSession({ conflictId: params?.conflictId, reviewed: false, changed: false }, (s) => setConflictReviewed(s, params)),
  ),
);
connection.onRequest(
  EntityAtRequest,
  safeRequest(logger, EntityAtRequest, (params: EntityAtParams) => withSession({}, (s) => entityAtRequest(s.state, params))),
);
connection.onRequest(
  CheckCorpusRequest,
  safeRequest(logger, CheckCorpusRequest, (params: CheckCorpusParams | undefined, token) =>
    withSession(
      { documents: 0, entities: 0, claims: 0, conflicts: 0, reviewed: 0, documentsWithConflicts: 0 },
      (s) => checkCorpus(s, connection.window.attachWorkDoneProgress(params?.workDoneToken), token),
    ),
  ),
);

registerAnnotationRequests(connection, logger, () => session);

connection.onShutdown(() => {
  session?.status.dispose();
  session?.annotations.dispose();
});

documents.listen(connection);
connection.listen();
