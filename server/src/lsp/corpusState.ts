import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisSetup, Corpus, CorpusDelta, CorpusDocument } from '../engine/corpus';
import { wholeText, type TextLike } from '../engine/corpus/pieceText';
import { decodeUtf8, utf8TextOfBytes } from '../engine/corpus/storedText';
import type { DocumentAnalysis } from '../engine/types';
import { PieceDocument } from './pieceDocument';
import { LineMap, LineMapCache } from './positions';

// The server's view of the corpus: the engine's Corpus, fed from two sides. Files on disk (seeds and
// workspace files) arrive whole; documents open in the editor win over their disk copy and arrive as
// edits, which are debounced so that a burst of keystrokes is analysed once. Anything that reads a
// document first flushes its pending edit, so an answer always describes the text the editor has now.

export type ChangeCause = 'open' | 'typing' | 'close' | 'disk' | 'index' | 'rebuild' | 'annotations';

export interface CorpusChange {
  cause: ChangeCause;
  /** Documents that were upserted or removed. */
  docs: string[];
  /** Documents whose conflicts changed, as the engine reports them (may include docs). */
  conflictDocs: Set<string>;
}

export interface Snapshot {
  doc: string;
  /** Decoded when read, for a closed document (the corpus keeps its text as UTF-8). */
  readonly text: string;
  version?: number;
  analysis: DocumentAnalysis;
  lines: LineMap;
}

/** A disk text on its way to be analysed elsewhere (an indexing worker), and back via putAnalysedDiskText. */
export interface DiskAnalysisJob {
  key: string;
  /**
   * The text, or the file's valid UTF-8 bytes (BOM left out, see readTextBytes) as indexing reads
   * them: those go to the worker and into the corpus as they are, decoded here only where a string
   * is needed (see textOfJob).
   */
  text: string | Buffer;
  /** Undefined when the corpus runs an analyser of its own: the text then goes in with putDiskText. */
  setup: AnalysisSetup | undefined;
  ticket: number;
  /** The corpus the setup came from: a rebuild in between makes the analysis stale. */
  corpus: Corpus;
}

export class CorpusState {
  private readonly open = new Map<string, TextDocument>();
  private readonly clientUris = new Map<string, string>();
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lastEditAt = new Map<string, number>();
  private readonly entityCounts = new Map<string, number>();
  private entityTotal = 0;
  private readonly lineMaps = new LineMapCache();
  private readonly listeners: Array<(change: CorpusChange) => void> = [];
  private readonly textObservers: Array<{ observe(key: string, text: string): void; concerns?(key: string): boolean }> = [];
  /** While a rebuild runs, documents changed in the meantime, to replay into the new corpus. */
  private changedDuringRebuild: Set<string> | undefined;
  /**
   * Each document's latest change, numbered: an analysis made elsewhere is taken only if nothing
   * changed the document since it was sent (an edit, a newer disk text, a removal).
   */
  private readonly tickets = new Map<string, number>();
  private nextTicket = 0;

  constructor(
    private corpus: Corpus,
    /** Errors from analyses run on a timer, where no handler can catch them. */
    private readonly reportError: (error: unknown) => void,
    private readonly typingDelayMs = 50,
  ) {}

  onChange(listener: (change: CorpusChange) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Called with each text just before the corpus analyses it, so that whatever the analysis
   * options derive from the text (the annotations' anchors) describes that very text. `concerns`
   * names the documents the observer cares about: a file indexed as UTF-8 bytes is decoded on this
   * thread only for those (without it, for every file).
   */
  onBeforeAnalyse(observer: (key: string, text: string) => void, concerns?: (key: string) => boolean): void {
    this.textObservers.push({ observe: observer, concerns });
  }

  /** The engine's corpus, for corpus-wide queries. Call flushAll() first when open edits matter. */
  get engine(): Corpus {
    return this.corpus;
  }

  // ---- The editor's documents --------------------------------------------------------------

  editorOpened(key: string, clientUri: string, document: TextDocument): void {
    this.cancelPending(key);
    this.open.set(key, document);
    this.clientUris.set(key, clientUri);
    this.upsert(key, textOfDocument(document), document.version, 'open');
  }

  /**
   * An edit arrived. An isolated edit is analysed at once (on the next turn of the event loop, so
   * edits that arrived together are analysed together); an edit that follows another within the
   * typing delay is part of a burst, and the burst is analysed once it pauses.
   */
  editorChanged(key: string, document: TextDocument): void {
    this.open.set(key, document);
    // The content event that follows didOpen brings nothing new: that version is analysed already.
    if (this.corpus.get(key)?.version === document.version) return;
    const now = Date.now();
    const inBurst = now - (this.lastEditAt.get(key) ?? Number.NEGATIVE_INFINITY) < this.typingDelayMs;
    this.lastEditAt.set(key, now);
    this.cancelPending(key);
    this.pendingEdits.set(
      key,
      setTimeout(() => {
        this.pendingEdits.delete(key);
        try {
          this.flush(key);
        } catch (error) {
          this.reportError(error);
        }
      }, inBurst ? this.typingDelayMs : 0),
    );
  }

  /**
   * The editor closed the document; the caller decides whether its disk copy stays in the corpus.
   * Meanwhile its text is kept as a closed document's is (UTF-8, off the heap): a disk copy equal
   * to it then changes nothing.
   */
  editorClosed(key: string): void {
    this.cancelPending(key);
    this.lastEditAt.delete(key);
    this.open.delete(key);
    this.clientUris.delete(key);
    this.corpus.settle(key);
    // Its line map is keyed by the string, which it would keep alive.
    this.lineMaps.forget(key);
  }

  isOpen(key: string): boolean {
    return this.open.has(key);
  }

  openDocuments(): string[] {
    return [...this.open.keys()];
  }

  /** The version the editor has now, for open documents. */
  editorVersion(key: string): number | undefined {
    return this.open.get(key)?.version;
  }

  /** The URI as the client spelled it, so that locations sent back match its own documents. */
  clientUri(key: string): string {
    return this.clientUris.get(key) ?? key;
  }

  // ---- Files on disk -----------------------------------------------------------------------

  /** A file's text from disk; ignored while the document is open, since the editor's copy wins. */
  putDiskText(key: string, text: string, cause: 'disk' | 'index' | 'close'): boolean {
    if (this.open.has(key)) return false;
    const existing = this.corpus.get(key);
    if (existing?.hasText(text)) return false;
    this.upsert(key, text, undefined, cause);
    return true;
  }

  /**
   * The first half of putDiskText for a text analysed elsewhere: undefined when there is nothing to
   * do (the document is open, or its text is unchanged); otherwise the analysis options are taken
   * now, after the observers have seen the text, exactly as an upsert would take them.
   */
  diskAnalysisJob(key: string, text: string | Buffer): DiskAnalysisJob | undefined {
    if (this.open.has(key)) return undefined;
    const existing = this.corpus.get(key);
    if (existing && (typeof text === 'string' ? existing.hasText(text) : existing.hasUtf8(text))) return undefined;
    const ticket = this.stamp(key);
    const setup = this.corpus.analysisSetup(key);
    if (setup) {
      let decoded = typeof text === 'string' ? text : undefined;
      for (const { observe, concerns } of this.textObservers) {
        if (concerns?.(key) === false) continue;
        decoded ??= decodeUtf8(text as Buffer);
        observe(key, decoded);
      }
    }
    return { key, text, setup, ticket, corpus: this.corpus };
  }

  /**
   * The second half: takes the analysis unless the document changed since the job was made.
   * `textLength` is the text's length in UTF-16 code units, as the analysing worker reports it, for
   * a job whose text is UTF-8 bytes (counted from them when not given).
   */
  putAnalysedDiskText(job: DiskAnalysisJob, analysis: DocumentAnalysis, cause: 'disk' | 'index', textLength?: number): boolean {
    if (this.open.has(job.key) || this.tickets.get(job.key) !== job.ticket) return false;
    // Made with options from before a rebuild: analyse again here, with the new corpus's options.
    if (job.corpus !== this.corpus) return this.putDiskText(job.key, textOfJob(job), cause);
    const delta =
      typeof job.text === 'string'
        ? this.corpus.putAnalysed(job.key, job.text, analysis)
        : this.corpus.putAnalysedUtf8(job.key, utf8TextOfBytes(job.text, textLength), analysis);
    this.changed(job.key, cause, delta);
    return true;
  }

  /** Conflict checks wait until the corpus is filled (see Corpus.deferConflictChecks). */
  deferConflictChecks(): void {
    this.corpus.deferConflictChecks();
  }

  /** Makes the deferred checks and announces the documents whose conflicts changed. */
  resumeConflictChecks(cause: ChangeCause): void {
    if (!this.corpus.conflictChecksDeferred) return;
    const delta = this.corpus.resumeConflictChecks();
    this.emit({ cause, docs: [], conflictDocs: delta.docsWithChangedConflicts });
  }

  /** The indexes only hovers and references read wait until the corpus is filled (see Corpus.deferReadingIndexes). */
  deferReadingIndexes(): void {
    this.corpus.deferReadingIndexes();
  }

  /**
   * Builds the reading indexes the corpus deferred, in slices of `sliceMs` with a yield to the event
   * loop between them, so that requests are answered meanwhile (one that reads those indexes builds
   * the rest at once); while `wait()` gives a promise (the researcher is typing), waits for it.
   * Resolves when they are built, or when a rebuild has replaced the corpus.
   */
  async buildReadingIndexes(yieldToEventLoop: () => Promise<void>, wait: () => Promise<void> | undefined, sliceMs = 8): Promise<void> {
    const corpus = this.corpus;
    for (;;) {
      for (let waiting = wait(); waiting; waiting = wait()) await waiting;
      if (corpus !== this.corpus) return;
      const sliceEnd = performance.now() + sliceMs;
      if (corpus.buildReadingIndexes(() => performance.now() >= sliceEnd)) return;
      await yieldToEventLoop();
    }
  }

  /**
   * Works out ahead, between requests, what the first keystrokes to reach each of an open
   * document's claim keys would otherwise work out then (Corpus.prepareClaimKeys): a key reached
   * for the first time made a keystroke in a large document count the key's classes over the whole
   * corpus. Stops when the document is closed or the corpus replaced.
   */
  async prepareForTyping(key: string, yieldToEventLoop: () => Promise<void>, wait: () => Promise<void> | undefined, sliceMs = 8): Promise<void> {
    const corpus = this.corpus;
    const keys = corpus.claimKeysOf(key);
    for (let at = 0; at < keys.length; ) {
      for (let waiting = wait(); waiting; waiting = wait()) await waiting;
      if (corpus !== this.corpus || !this.open.has(key)) return;
      const sliceEnd = performance.now() + sliceMs;
      at = corpus.prepareClaimKeys(keys, at, () => performance.now() >= sliceEnd);
      if (at < keys.length) await yieldToEventLoop();
    }
  }

  /** The documents open in the editor. */
  openKeys(): string[] {
    return [...this.open.keys()];
  }

  remove(key: string, cause: 'disk' | 'close'): boolean {
    if (this.open.has(key)) return false;
    // Also when the document is not in yet: an analysis of it on its way must not bring it back.
    this.stamp(key);
    if (!this.corpus.has(key)) return false;
    const delta = this.corpus.remove(key);
    this.setEntityCount(key, 0);
    this.lineMaps.forget(key);
    this.changedDuringRebuild?.add(key);
    this.emit({ cause, docs: [key], conflictDocs: delta.docsWithChangedConflicts });
    return true;
  }

  // ---- Reading -----------------------------------------------------------------------------

  has(key: string): boolean {
    return this.corpus.has(key) || this.open.has(key);
  }

  documents(): string[] {
    return this.corpus.documents();
  }

  /** The document as analysed, after applying any edit still waiting for the typing pause. */
  snapshot(key: string): Snapshot | undefined {
    this.flush(key);
    const entry = this.corpus.get(key);
    if (!entry) return undefined;
    return {
      doc: key,
      get text() {
        return entry.text;
      },
      version: entry.version,
      analysis: entry.analysis,
      lines: this.linesOfEntry(key, entry),
    };
  }

  /**
   * Applies the document's edit still waiting for the typing pause, if any, without building what
   * a snapshot carries (a line map of the whole text): a pull answered "unchanged" needs none.
   */
  applyPendingEdit(key: string): void {
    this.flush(key);
  }

  /** Line map for any document in the corpus (for locations in other documents). */
  linesOf(key: string): LineMap | undefined {
    const entry = this.corpus.get(key);
    return entry ? this.linesOfEntry(key, entry) : undefined;
  }

  /**
   * The text around a span of a corpus document, with the span's offsets in it: `margin` code
   * units each side and, where the text goes on, one more, so that an excerpt made from it (see
   * markdown.ts's excerpt, with context margin) is the one made from the whole text, ellipses
   * included. Only that part of a closed document's text is decoded.
   */
  textAround(key: string, start: number, end: number, margin: number): { text: string; start: number; end: number } | undefined {
    const entry = this.corpus.get(key);
    if (!entry) return undefined;
    const from = Math.max(0, start - margin - 1);
    const to = Math.min(entry.textLength, end + margin + 1);
    return { text: entry.textSlice(from, to), start: start - from, end: end - from };
  }

  /** Applies every pending edit: needed before corpus-wide answers. */
  flushAll(): void {
    for (const key of [...this.pendingEdits.keys()]) this.flush(key);
  }

  hasPendingEdit(key: string): boolean {
    return this.pendingEdits.has(key);
  }

  entityCount(): number {
    return this.entityTotal;
  }

  /** Analyses a document again as it is (its analysis options changed: a new annotation). */
  reanalyse(key: string): boolean {
    this.flush(key);
    const entry = this.corpus.get(key);
    if (!entry) return false;
    this.upsert(key, entry.text, entry.version, 'annotations');
    return true;
  }

  // ---- Rebuilding with new reference data ----------------------------------------------------

  /**
   * Re-analyses every document into a fresh corpus (new aliases or rules change every analysis),
   * yielding between chunks; the old corpus keeps answering meanwhile, and edits made during the
   * rebuild are replayed into the new one before it takes over.
   */
  async rebuild(next: Corpus, yieldToEventLoop: () => Promise<void>, chunkMs = 15): Promise<void> {
    this.flushAll();
    this.changedDuringRebuild = new Set();
    next.deferConflictChecks();
    const docs = this.corpus.documents();
    let sliceStart = Date.now();
    for (const doc of docs) {
      const entry = this.corpus.get(doc);
      if (entry) next.upsert(doc, entry.text, entry.version);
      if (Date.now() - sliceStart >= chunkMs) {
        await yieldToEventLoop();
        sliceStart = Date.now();
      }
    }
    this.flushAll();
    for (const doc of this.changedDuringRebuild) {
      const entry = this.corpus.get(doc);
      if (entry) next.upsert(doc, entry.text, entry.version);
      else if (next.has(doc)) next.remove(doc);
    }
    this.changedDuringRebuild = undefined;
    next.resumeConflictChecks();
    this.corpus = next;
    this.entityCounts.clear();
    this.entityTotal = 0;
    const all = next.documents();
    for (const doc of all) this.setEntityCount(doc, next.get(doc)?.analysis.entities.length ?? 0);
    this.emit({ cause: 'rebuild', docs: all, conflictDocs: new Set(all) });
  }

  // ---- Internals ---------------------------------------------------------------------------

  private linesOfEntry(key: string, entry: CorpusDocument): LineMap {
    return this.lineMaps.getFor(key, entry.textIdentity, () => entry.source);
  }

  private flush(key: string): void {
    const document = this.open.get(key);
    if (!document) return;
    this.cancelPending(key);
    const entry = this.corpus.get(key);
    if (entry && entry.version === document.version) return;
    this.upsert(key, textOfDocument(document), document.version, 'typing');
  }

  private upsert(key: string, text: TextLike, version: number | undefined, cause: ChangeCause): void {
    for (const { observe, concerns } of this.textObservers) {
      // Pieces are joined only for an observer that concerns this document.
      if (typeof text !== 'string' && concerns?.(key) === false) continue;
      observe(key, wholeText(text));
    }
    this.stamp(key);
    const delta: CorpusDelta = this.corpus.upsert(key, text, version);
    this.changed(key, cause, delta);
  }

  private changed(key: string, cause: ChangeCause, delta: CorpusDelta): void {
    this.setEntityCount(key, this.corpus.get(key)?.analysis.entities.length ?? 0);
    this.changedDuringRebuild?.add(key);
    this.emit({ cause, docs: [key], conflictDocs: delta.docsWithChangedConflicts });
  }

  private stamp(key: string): number {
    const ticket = ++this.nextTicket;
    this.tickets.set(key, ticket);
    return ticket;
  }

  private cancelPending(key: string): void {
    const timer = this.pendingEdits.get(key);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.pendingEdits.delete(key);
    }
  }

  private setEntityCount(key: string, count: number): void {
    this.entityTotal += count - (this.entityCounts.get(key) ?? 0);
    if (count === 0) this.entityCounts.delete(key);
    else this.entityCounts.set(key, count);
  }

  private emit(change: CorpusChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

/** An open document's text: the pieces of the server's own documents (pieceDocument.ts), which the corpus reads without joining. */
function textOfDocument(document: TextDocument): TextLike {
  return document instanceof PieceDocument ? document.text : document.getText();
}

/** A job's text as a string: decoded, when it is bytes (to analyse it on this thread). */
export function textOfJob(job: DiskAnalysisJob): string {
  return typeof job.text === 'string' ? job.text : decodeUtf8(job.text);
}
