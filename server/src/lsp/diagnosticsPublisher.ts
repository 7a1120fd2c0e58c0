import type {
  CancellationToken,
  Connection,
  Diagnostic,
  DiagnosticServerCancellationData,
  DocumentDiagnosticReport,
} from 'vscode-languageserver';
import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { CorpusChange, CorpusState } from './corpusState';
import { conflictDiagnostics } from './diagnostics';
import { PulledDiagnostics } from './pullDiagnostics';
import type { ReviewStore } from './reviews';
import type { SeverityName } from './settings';

/**
 * Decides when diagnostics go out, following policyLens.checkOn, and remembers which documents
 * hold published diagnostics so they are refreshed (or cleared) when their conflicts change.
 * An open document's diagnostics are only published for the version the editor has now: a result
 * for a superseded version is dropped, since a newer analysis is already on its way.
 *
 * With a client that pulls diagnostics (LSP 3.17, and asks to be told when to pull again), open
 * documents are served by pull (pullDiagnostics.ts) and closed ones are still pushed: where this
 * would push an open document's set, it settles the set for the next pull instead and asks the
 * client to pull again. A document never has both a pushed and a pulled set: opening it clears what
 * was pushed, closing it pushes again what was pulled.
 */
export class DiagnosticsPublisher {
  private readonly published = new Set<string>();
  /** checkOn "save": documents whose diagnostics changed while typing, published at the next save. */
  private readonly awaitingSave = new Set<string>();
  /** Open documents' pulled sets; undefined when the client does not pull. */
  private readonly pulled: PulledDiagnostics | undefined;
  private refreshQueued = false;

  constructor(
    private readonly connection: Connection,
    private readonly state: CorpusState,
    private readonly reviews: ReviewStore,
    private readonly settings: () => { checkOn: 'type' | 'save' | 'manual'; severity: SeverityName },
    options: { pull?: boolean } = {},
  ) {
    this.pulled = options.pull ? new PulledDiagnostics() : undefined;
  }

  /** Publishes a document's diagnostics now; returns how many there were (or undefined when skipped as superseded). */
  publish(doc: string): number | undefined {
    if (this.pulled && this.state.isOpen(doc)) return this.settlePulled(doc);
    const editorVersion = this.state.editorVersion(doc);
    if (this.superseded(doc)) return undefined;
    const diagnostics = this.compute(doc);
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

  /**
   * The corpus changed: refresh what the checkOn setting says should follow, for the documents it
   * changed and those whose conflicts changed. A pulling client asks by itself for a document whose
   * text it just changed or opened, so such a document is only marked for computing at that pull,
   * and, when typed into, only if the corpus's delta names its conflicts: typing that moves claims
   * to the same lines and columns leaves every diagnostic as it was, and the last result stands.
   */
  corpusChanged(change: CorpusChange): void {
    const { checkOn } = this.settings();
    const typing = change.cause === 'typing';
    const ownEdits = typing || change.cause === 'open' ? change.docs : [];
    for (const doc of new Set([...change.docs, ...change.conflictDocs])) {
      if (!this.state.engine.has(doc)) {
        this.clear(doc);
        continue;
      }
      const open = this.state.isOpen(doc);
      if (checkOn === 'manual' || (!open && !this.published.has(doc))) continue;
      if (checkOn === 'save' && typing) this.awaitingSave.add(doc);
      else if (this.pulled && open && ownEdits.includes(doc)) {
        if (!typing || change.conflictDocs.has(doc)) this.pulled.invalidate(doc);
      } else this.publish(doc);
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
    const docs = new Set([...this.published, ...(this.pulled?.showing() ?? [])]);
    if (checkOn !== 'manual') for (const doc of this.state.openDocuments()) docs.add(doc);
    for (const doc of docs) this.publish(doc);
  }

  /** Republishes only documents that currently show diagnostics (e.g. after a review in manual mode). */
  refresh(docs: Iterable<string>): void {
    const { checkOn } = this.settings();
    for (const doc of docs) {
      if (this.isPublished(doc) || (checkOn !== 'manual' && this.state.isOpen(doc))) this.publish(doc);
    }
  }

  isPublished(doc: string): boolean {
    return this.published.has(doc) || (this.pulled?.isShowing(doc) ?? false);
  }

  // ---- Pull ----------------------------------------------------------------------------------

  /** The editor opened a document (call before the corpus takes its text): from now on it is pulled. */
  editorOpened(doc: string): void {
    if (!this.pulled) return;
    const wasPushed = this.published.delete(doc);
    if (wasPushed) void this.connection.sendDiagnostics({ uri: this.state.clientUri(doc), diagnostics: [] });
    this.awaitingSave.delete(doc);
    // checkOn "manual" shows nothing new on opening, as pushing shows nothing until Check Claims;
    // a document Check Claims had pushed diagnostics for keeps showing them, worked out again, by pull.
    this.pulled.track(doc, this.settings().checkOn === 'manual' && !wasPushed);
  }

  /**
   * The editor closed a document (call once the corpus holds what follows it, its disk copy or
   * nothing): what the client showed by pull (and drops on closing) is pushed again, from the corpus.
   */
  editorClosed(doc: string): void {
    if (!this.pulled) return;
    if (this.pulled.forget(doc)) this.publish(doc);
  }

  /**
   * textDocument/diagnostic for an open document: its pending edit is applied first, as for every
   * reader, and the set is computed only if something may have changed it since the last pull.
   * `ready` is false until the first index: conflicts are partial then, so nothing is reported
   * (the client is asked to pull again at ready, see refreshVisible).
   */
  pull(doc: string, previousResultId: string | undefined, ready: boolean, token: CancellationToken): DocumentDiagnosticReport {
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    // Closed documents are pushed: a pulled set beside the pushed one would show every problem twice.
    if (!this.pulled || !ready || !this.state.isOpen(doc)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    this.state.applyPendingEdit(doc);
    // The flush above makes the analysis the editor's version. Should that ever fail to hold, the
    // client is asked to ask again rather than shown a set for an older text.
    if (this.superseded(doc)) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document changed', { retriggerRequest: true } satisfies DiagnosticServerCancellationData);
    }
    if (this.pulled.needsComputing(doc)) this.pulled.settle(doc, this.compute(doc));
    return this.pulled.report(doc, previousResultId);
  }

  /** An open document's set, settled now for its next pull; the client is asked to pull if it changed. */
  private settlePulled(doc: string): number | undefined {
    const pulled = this.pulled!;
    this.awaitingSave.delete(doc);
    if (this.superseded(doc)) {
      pulled.invalidate(doc);
      this.requestRefresh();
      return undefined;
    }
    const diagnostics = this.compute(doc);
    if (pulled.settle(doc, diagnostics)) this.requestRefresh();
    return diagnostics.length;
  }

  /** workspace/diagnostic/refresh, once for everything settled in this turn of the event loop. */
  private requestRefresh(): void {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    setImmediate(() => {
      this.refreshQueued = false;
      this.connection.languages.diagnostics.refresh().catch(() => undefined);
    });
  }

  /** An open document whose analysis is not of the editor's version yet: a newer result is on its way. */
  private superseded(doc: string): boolean {
    const editorVersion = this.state.editorVersion(doc);
    return editorVersion !== undefined && (this.state.engine.get(doc)?.version !== editorVersion || this.state.hasPendingEdit(doc));
  }

  private compute(doc: string): Diagnostic[] {
    return this.state.engine.has(doc) ? conflictDiagnostics(this.state, this.reviews, doc, this.settings().severity) : [];
  }
}
