import {
  AnnotationIndex,
  createAnnotation,
  isAnchored,
  reattachAnnotation,
  sameRecord,
  withBodies,
  type AnnotationRecord,
  type LiveAnnotation,
  type TextChange,
} from '../engine/annotations/index';
import type { AliasLink, EntityOverride } from '../engine/types';
import { StoreWriteError } from '../files/annotationStore';
import type { AnnotatedDocumentInfo, AnnotationBodyInput, AnnotationEditResult, AnnotationSaveInfo, LspRange } from '../protocol';
import { bodiesFromInput, InvalidAnnotationInputError, replaceBodies } from './annotationsBodies';
import { documentInfo, liveAnnotationInfo } from './annotationsInfo';
import type { AnnotationsWorkspace, AnnotationTarget } from './annotationsWorkspace';
import { LineMapCache } from './positions';

// The researchers' annotations in the running server: the stores on disk (one per workspace
// folder), and the engine's AnnotationIndex that keeps every annotation anchored to the text the
// corpus analyses. It gives the corpus its corrections (overrides per document, alias links
// corpus-wide), applies the researcher's edits, saves them, and follows store files changed by
// another process. The index always anchors against exactly the text the corpus analyses: editor
// edits arrive as content changes (the incremental path), any other new text through
// textAnalysed() just before the corpus analyses it.

export interface AnnotationsHost {
  /** The corpus's text for a document, with pending edits applied; undefined when not in the corpus. */
  textOf(key: string): string | undefined;
  /** A document's text from disk, for one the corpus does not hold. */
  readDisk(key: string): string | undefined;
  /** The documents' overrides changed: analyse them again. */
  reanalyse(keys: string[]): void;
  /** Alias links changed: analyse the whole corpus again (from memory). */
  reanalyseAll(): Promise<void>;
  /** Tell the client which documents' annotations changed. */
  changed(keys: string[]): void;
  notice(severity: 'error' | 'warning' | 'info', message: string): void;
  log(message: string): void;
  clientUri(key: string): string;
}

export class AnnotationNotFoundError extends Error {
  constructor(id: string) {
    super(`There is no annotation ${id} in this document (it may have been deleted meanwhile).`);
    this.name = 'AnnotationNotFoundError';
  }
}

const RETRY_SAVE_MS = 30_000;
const STATUS_NOTIFY_DELAY_MS = 300;

export class AnnotationsService {
  private readonly index = new AnnotationIndex();
  /** The text the index anchors each tracked document against. */
  private readonly texts = new Map<string, string>();
  private readonly lineMaps = new LineMapCache(64);
  private merged: { researcher: string; reference: readonly AliasLink[]; aliases: readonly AliasLink[] } | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly statusTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Unreadable store files already announced, so a notice is shown once per problem. */
  private readonly announced = new Set<string>();

  constructor(
    readonly workspace: AnnotationsWorkspace,
    private readonly host: AnnotationsHost,
    private readonly retryMs = RETRY_SAVE_MS,
  ) {}

  // ---- Loading and following the text -----------------------------------------------------

  /** At startup: every stored document's annotations, anchored against its text on disk. */
  load(): void {
    for (const target of this.workspace.storedDocuments()) {
      try {
        this.track(target);
        this.announceProblems(target);
        this.finishPendingMerge(target);
      } catch (error) {
        this.host.log(`Annotations of ${target.path} not loaded: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  isTracked(key: string): boolean {
    return this.texts.has(key);
  }

  /** The corpus is about to analyse this text of the document: the anchors must describe it. */
  textAnalysed(key: string, text: string): void {
    const known = this.texts.get(key);
    if (known === undefined || known === text) return;
    this.index.setText(key, text);
    this.texts.set(key, text);
    this.scheduleStatusNotice(key);
  }

  /**
   * Editor edits, as they arrive (`changes` in offsets, each into the text the one before it left, or
   * undefined when they could not be told; see annotationsTextSync.ts): annotations the edit does not
   * touch just shift.
   */
  editorChanged(key: string, before: string, changes: readonly TextChange[] | undefined, after: string): void {
    const known = this.texts.get(key);
    if (known === undefined) return;
    if (known !== before || changes === undefined) {
      // The index lost track of this text somehow, or the edit could not be told exactly: anchor everything afresh rather than guess.
      this.index.setText(key, after);
      this.texts.set(key, after);
      this.scheduleStatusNotice(key);
      return;
    }
    const rechecked = this.index.applyChanges(key, changes, after);
    this.texts.set(key, after);
    if (rechecked.length > 0) this.scheduleStatusNotice(key);
  }

  /** The document was saved: the store follows, so its selectors describe the text on disk. */
  documentSaved(key: string): void {
    const target = this.texts.has(key) ? this.workspace.locate(key) : undefined;
    if (!target) return;
    this.storeCurrentSelectors(target);
    if (target.store.status(target.path).unsaved) this.save(target);
  }

  /** A store file changed on disk (git pull, a colleague, an editor): merge it with what is here. */
  async storeFileChanged(file: string): Promise<void> {
    const target = this.workspace.documentOfStoreFile(file);
    if (!target) return;
    const aliasesBefore = this.aliasKey();
    const wasTracked = this.texts.has(target.key);
    const problemsBefore = this.problemKey(target);
    const changed = target.store.reloadIfChanged(target.path);
    if (!wasTracked) this.track(target);
    else if (changed) this.index.setRecords(target.key, target.store.annotations(target.path));
    if (wasTracked && !changed && this.problemKey(target) === problemsBefore) return;
    this.announceProblems(target);
    this.finishPendingMerge(target);
    await this.afterChange([target.key], aliasesBefore);
  }

  // ---- What the corpus needs ---------------------------------------------------------------

  overrides(key: string): EntityOverride[] {
    return this.texts.has(key) ? this.index.overrides(key) : [];
  }

  /**
   * The researchers' alias links followed by the reference data's. The array keeps its identity
   * while neither changes, because the engine compiles an alias list once per array.
   */
  aliases(reference: readonly AliasLink[]): readonly AliasLink[] {
    const researcher = this.index.aliases();
    if (researcher.length === 0) return reference;
    const key = JSON.stringify(researcher);
    if (!this.merged || this.merged.researcher !== key || this.merged.reference !== reference) {
      this.merged = { researcher: key, reference, aliases: [...researcher, ...reference] };
    }
    return this.merged.aliases;
  }

  aliasConflicts(): Array<{ surface: string; canonicals: string[] }> {
    return this.index.aliasConflicts();
  }

  // ---- Reading -----------------------------------------------------------------------------

  /** The annotated documents (or one document, even without annotations) for the client. */
  list(key?: string): AnnotatedDocumentInfo[] {
    const keys = key !== undefined ? [key] : [...this.texts.keys()].sort();
    const documents: AnnotatedDocumentInfo[] = [];
    for (const doc of keys) {
      const target = this.workspace.locate(doc);
      if (!target) continue;
      const info = this.documentInfo(target);
      if (key !== undefined || info.annotations.length > 0 || info.problems.length > 0) documents.push(info);
    }
    return documents;
  }

  /** Anchored annotations covering an offset (hovers). */
  at(key: string, offset: number): LiveAnnotation[] {
    return this.texts.has(key) ? this.index.at(key, offset) : [];
  }

  /** Anchored annotations overlapping a span, or covering it when it is empty (code actions). */
  overlapping(key: string, start: number, end: number): LiveAnnotation[] {
    if (!this.texts.has(key)) return [];
    return this.index.live(key).filter((live) => {
      const anchor = live.anchor;
      if (!isAnchored(anchor)) return false;
      return start === end ? anchor.start <= start && start <= anchor.end : anchor.start < end && start < anchor.end;
    });
  }

  orphans(key: string): LiveAnnotation[] {
    return this.texts.has(key) ? this.index.orphans(key) : [];
  }

  /** Documents with annotations, with the text they are anchored against (exports). */
  annotatedDocuments(): Array<{ key: string; target: AnnotationTarget; text: string; annotations: readonly LiveAnnotation[] }> {
    const found = [];
    for (const [key, text] of [...this.texts].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const target = this.workspace.locate(key);
      const annotations = this.index.live(key);
      if (target && annotations.length > 0) found.push({ key, target, text, annotations });
    }
    return found;
  }

  // ---- The researcher's edits --------------------------------------------------------------

  create(key: string, range: LspRange, inputs: AnnotationBodyInput[], creator: string): Promise<AnnotationEditResult> {
    const target = this.workspace.require(key, this.host.clientUri(key));
    return this.edit(target, (text) => {
      const { start, end } = this.offsetsOf(key, text, range);
      if (end <= start) throw new InvalidAnnotationInputError('select the text to annotate first');
      const name = typeof creator === 'string' && creator.trim() !== '' ? creator.trim() : 'unknown';
      const record = createAnnotation({ source: target.path, text, start, end, bodies: bodiesFromInput(inputs, text.slice(start, end)), creator: name });
      target.store.put(target.path, record);
      return record.id;
    });
  }

  update(key: string, id: string, inputs: AnnotationBodyInput[]): Promise<AnnotationEditResult> {
    const target = this.workspace.require(key, this.host.clientUri(key));
    return this.edit(target, (text) => {
      const record = this.existing(target, id);
      const live = this.index.live(key).find((l) => l.record.id === id);
      const spanText = live && isAnchored(live.anchor) ? text.slice(live.anchor.start, live.anchor.end) : record.quote.exact;
      target.store.put(target.path, withBodies(record, replaceBodies(record.bodies, bodiesFromInput(inputs, spanText))));
      return id;
    });
  }

  delete(key: string, id: string): Promise<AnnotationEditResult> {
    const target = this.workspace.require(key, this.host.clientUri(key));
    return this.edit(target, () => {
      if (!target.store.delete(target.path, id)) throw new AnnotationNotFoundError(id);
      return undefined;
    });
  }

  reattach(key: string, id: string, range: LspRange): Promise<AnnotationEditResult> {
    const target = this.workspace.require(key, this.host.clientUri(key));
    return this.edit(target, (text) => {
      const { start, end } = this.offsetsOf(key, text, range);
      if (end <= start) throw new InvalidAnnotationInputError('select the text to attach the annotation to first');
      target.store.put(target.path, reattachAnnotation(this.existing(target, id), text, start, end));
      return id;
    });
  }

  /** Adds imported records (brat) to a document's store, then saves and re-analyses once. */
  async addRecords(target: AnnotationTarget, records: readonly AnnotationRecord[]): Promise<AnnotationSaveInfo> {
    const result = await this.edit(target, () => {
      for (const record of records) target.store.put(target.path, record);
      return undefined;
    });
    return result.save;
  }

  /** A document's records with selectors describing the current text (imports compare against them). */
  currentRecords(target: AnnotationTarget): AnnotationRecord[] {
    return this.texts.has(target.key) ? this.index.recordsToSave(target.key) : target.store.annotations(target.path);
  }

  /**
   * One edit: bring the store's selectors up to date with the text, apply the change, anchor,
   * save, re-analyse. `mutate` returns the id of the annotation to report back, if any.
   */
  private async edit(target: AnnotationTarget, mutate: (text: string) => string | undefined): Promise<AnnotationEditResult> {
    const text = this.host.textOf(target.key) ?? this.texts.get(target.key) ?? this.host.readDisk(target.key);
    if (text === undefined) throw new InvalidAnnotationInputError(`${this.host.clientUri(target.key)} is not in the corpus`);
    if (!this.texts.has(target.key)) this.track(target, text);
    else this.textAnalysed(target.key, text);
    const aliasesBefore = this.aliasKey();
    this.storeCurrentSelectors(target);
    const id = mutate(text);
    this.index.setRecords(target.key, target.store.annotations(target.path));
    const save = this.save(target);
    await this.afterChange([target.key], aliasesBefore);
    const live = id === undefined ? undefined : this.index.live(target.key).find((l) => l.record.id === id);
    const annotation = live ? liveAnnotationInfo(this.host.clientUri(target.key), live, text, this.lineMaps.get(target.key, text)) : undefined;
    return { annotation, save };
  }

  private existing(target: AnnotationTarget, id: string): AnnotationRecord {
    const record = typeof id === 'string' ? target.store.get(target.path, id) : undefined;
    if (!record) throw new AnnotationNotFoundError(String(id));
    return record;
  }

  private offsetsOf(key: string, text: string, range: LspRange): { start: number; end: number } {
    if (!range?.start || !range?.end) throw new InvalidAnnotationInputError('a range is needed');
    const lines = this.lineMaps.get(key, text);
    const a = lines.offsetAt(range.start);
    const b = lines.offsetAt(range.end);
    return { start: Math.min(a, b), end: Math.max(a, b) };
  }

  private async afterChange(keys: string[], aliasesBefore: string): Promise<void> {
    this.host.reanalyse(keys);
    this.host.changed(keys);
    if (this.aliasKey() !== aliasesBefore) await this.host.reanalyseAll();
  }

  // ---- Store bookkeeping -------------------------------------------------------------------

  private track(target: AnnotationTarget, text?: string): void {
    const current = text ?? this.host.textOf(target.key) ?? this.host.readDisk(target.key) ?? '';
    this.index.setDocument(target.key, current, target.store.annotations(target.path));
    this.texts.set(target.key, current);
  }

  /** Selectors that moved with the text are put in the store (modified stays: nobody edited them). */
  private storeCurrentSelectors(target: AnnotationTarget): void {
    for (const record of this.index.recordsToSave(target.key)) {
      const stored = target.store.get(target.path, record.id);
      if (stored && !sameRecord(stored, record)) target.store.put(target.path, record);
    }
  }

  private save(target: AnnotationTarget): AnnotationSaveInfo {
    try {
      const outcome = target.store.save(target.path);
      if (outcome.kind === 'saved-to-side-file') {
        const unreadable = target.store.status(target.path).unreadable;
        return {
          saved: true,
          path: outcome.path,
          message: `${unreadable?.path ?? 'The store file'} cannot be read${unreadable ? ` (${unreadable.error})` : ''}, so it was left as it is; the annotations were written to ${outcome.path} and will be merged back once it is fixed.`,
        };
      }
      return { saved: true, path: outcome.kind === 'saved' ? outcome.path : target.store.status(target.path).storePath };
    } catch (error) {
      if (!(error instanceof StoreWriteError)) throw error;
      this.host.notice('error', `Policy Lens could not save annotations: ${error.message}`);
      this.scheduleRetry();
      return { saved: false, message: error.message };
    }
  }

  /** Failed saves are retried in the background until the disk takes them. */
  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      let failed = false;
      for (const store of this.workspace.allStores()) {
        const failures = store.saveAll();
        for (const failure of failures) this.host.log(`Annotations of ${failure.documentPath} still not saved: ${failure.error.message}`);
        failed ||= failures.length > 0;
      }
      if (failed) this.scheduleRetry();
      else this.host.notice('info', 'Policy Lens saved the annotations it had kept in memory.');
    }, this.retryMs);
    this.retryTimer.unref?.();
  }

  /** After a reload or at load: a side file merged into a readable main file is written back. */
  private finishPendingMerge(target: AnnotationTarget): void {
    const status = target.store.status(target.path);
    if (status.unsaved && !status.unreadable) this.save(target);
  }

  private announceProblems(target: AnnotationTarget): void {
    const unreadable = target.store.status(target.path).unreadable;
    for (const key of [...this.announced]) if (key.startsWith(`${target.key}\n`)) this.announced.delete(key);
    if (!unreadable) return;
    const key = `${target.key}\n${unreadable.path}\n${unreadable.error}`;
    this.announced.add(key);
    this.host.notice(
      'error',
      `Policy Lens: the annotation store ${unreadable.path} cannot be read (${unreadable.error}). It has not been changed; its annotations are listed as unreadable until it is fixed, and new annotations on this document go to a side file.`,
    );
  }

  private problemKey(target: AnnotationTarget): string {
    const status = target.store.status(target.path);
    return JSON.stringify([status.unreadable?.error, status.unreadablePending.map((u) => u.error), status.pendingFiles]);
  }

  private aliasKey(): string {
    return JSON.stringify(this.index.aliases());
  }

  private documentInfo(target: AnnotationTarget): AnnotatedDocumentInfo {
    const text = this.texts.get(target.key) ?? '';
    const status = target.store.status(target.path);
    return documentInfo(this.host.clientUri(target.key), target.path, status, this.index.live(target.key), text, this.lineMaps.get(target.key, text));
  }

  /** Typing moved an annotation in or out of orphanhood: the view hears of it once the typing pauses. */
  private scheduleStatusNotice(key: string): void {
    const existing = this.statusTimers.get(key);
    if (existing) clearTimeout(existing);
    const timer = setTimeout(() => {
      this.statusTimers.delete(key);
      this.host.changed([key]);
    }, STATUS_NOTIFY_DELAY_MS);
    timer.unref?.();
    this.statusTimers.set(key, timer);
  }

  dispose(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    for (const timer of this.statusTimers.values()) clearTimeout(timer);
    this.statusTimers.clear();
  }
}
