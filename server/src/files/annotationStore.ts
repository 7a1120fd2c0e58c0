import * as nodeFs from 'node:fs';
import { dirname, resolve } from 'node:path';
import { compareTimestamps, type AnnotationRecord } from '../engine/annotations/model';
import { mergeAnnotations, sameRecord } from '../engine/annotations/merge';
import { CollectionFormatError, collectionIdFor, parseCollection, serialiseCollection } from '../engine/annotations/w3c';
import { AtomicWriteError, toWriteError, writeFileAtomic, type WriteFailure } from './atomicWrite';
import { fileExists, hashOf, readStoreFile, type Fingerprint, type StoreFs } from './storeFiles';
import {
  listStoredDocuments,
  normaliseDocumentPath,
  pendingPathFor,
  pendingPathsOf,
  storeFilePath,
  UnsafePathError,
} from './storePaths';

export { STORE_DIRECTORY, UnsafePathError } from './storePaths';
export type { StoreFs } from './storeFiles';

// The researcher's annotations on disk: one W3C AnnotationCollection per document at
// `.policy-lens/annotations/<document path>.jsonld`.
//
// What this file guarantees:
// - Writes are atomic (atomicWrite.ts): a store file is always the old or the new version.
// - A malformed store file is reported with its path and the parser's message and is never
//   written to. Annotations made meanwhile go to a side file beside it,
//   `<document path>.jsonld.pending-<n>.jsonld` (n = 1, or the next free number if that one is
//   itself unreadable), a valid collection holding only the annotations added or edited since.
//   When the main file can be read again, the side file is merged into it and removed.
// - Before every save, and whenever `reloadIfChanged` is called (e.g. from a file watcher), a
//   file changed by another process is merged with the unsaved edits here (merge.ts: union by
//   id, newer `modified` wins, deletions judged against the last-known set).
// - A failed save (disk full, read-only, permissions) throws StoreWriteError and keeps every
//   annotation in memory, still marked unsaved, for the next save to retry.
// - Document paths cannot point outside the workspace (storePaths.ts).
// All file-system calls are synchronous: saves are small, and a save cannot interleave with a
// reload of the same document.

export class StoreWriteError extends Error {
  constructor(
    readonly documentPath: string,
    readonly path: string,
    readonly failure: WriteFailure,
    cause: AtomicWriteError,
  ) {
    super(`${cause.message} The annotations of ${documentPath} are kept in memory and will be saved on the next try.`);
    this.name = 'StoreWriteError';
  }
}

/** A store file that exists but cannot be read: shown to the researcher, never overwritten. */
export interface UnreadableStoreFile {
  path: string;
  error: string;
  /** The file's text as found (empty if it could not even be read as text). */
  raw: string;
}

export interface DocumentStoreStatus {
  documentPath: string;
  storePath: string;
  /** Annotations in memory not yet written to disk. */
  unsaved: boolean;
  /** Set while the main store file cannot be read. */
  unreadable?: UnreadableStoreFile;
  /** Side files that could not be read either (reported, left alone). */
  unreadablePending: UnreadableStoreFile[];
  /** Side files holding annotations waiting to be merged into the main file. */
  pendingFiles: string[];
  /** Items of the store file that are not annotations Policy Lens can read; kept verbatim. */
  foreignItemCount: number;
  problems: string[];
  /** The last failed save, until a save succeeds. */
  lastError?: StoreWriteError;
}

export type SaveOutcome =
  | { kind: 'unchanged' }
  | { kind: 'saved'; path: string }
  /** The main file is unreadable: the annotations went to a side file instead. */
  | { kind: 'saved-to-side-file'; path: string };

interface DocumentState {
  storePath: string;
  records: Map<string, AnnotationRecord>;
  /** The main file's annotations as last read or written: the base for three-way merges. */
  base: Map<string, AnnotationRecord>;
  foreignItems: unknown[];
  problems: string[];
  /** The main file as last seen; undefined when it did not exist. */
  fingerprint?: Fingerprint;
  unreadable?: UnreadableStoreFile;
  unreadablePending: UnreadableStoreFile[];
  /** Readable side files merged into `records`, with the hash they had when read. */
  pendingMerged: Map<string, string>;
  /** Ids deleted here while the main file was unreadable, applied when it is readable again. */
  deletedWhileUnreadable: Set<string>;
  unsaved: boolean;
  lastError?: StoreWriteError;
}

export interface AnnotationStoreOptions {
  workspaceRoot: string;
  fs?: StoreFs;
}

export class AnnotationStore {
  private readonly root: string;
  private readonly fs: StoreFs;
  private readonly documents = new Map<string, DocumentState>();

  constructor(options: AnnotationStoreOptions) {
    this.root = resolve(options.workspaceRoot);
    this.fs = options.fs ?? (nodeFs as unknown as StoreFs);
  }

  // ---- Paths -------------------------------------------------------------------------------

  /**
   * The store file of a document, after checking that the path stays in the workspace.
   * Throws UnsafePathError otherwise.
   */
  storePathFor(documentPath: string): string {
    return storeFilePath(this.root, documentPath, this.fs);
  }

  /** The documents that have a store file, as workspace-relative paths ("/"-separated). */
  listStoredDocuments(): string[] {
    return listStoredDocuments(this.root, this.fs);
  }

  // ---- Reading -----------------------------------------------------------------------------

  /** The document's annotations (loading its store on first use), in store order. */
  annotations(documentPath: string): AnnotationRecord[] {
    return [...this.state(documentPath).records.values()];
  }

  get(documentPath: string, id: string): AnnotationRecord | undefined {
    return this.state(documentPath).records.get(id);
  }

  status(documentPath: string): DocumentStoreStatus {
    const state = this.state(documentPath);
    return {
      documentPath: normaliseDocumentPath(documentPath),
      storePath: state.storePath,
      unsaved: state.unsaved,
      unreadable: state.unreadable,
      unreadablePending: [...state.unreadablePending],
      pendingFiles: [...state.pendingMerged.keys()],
      foreignItemCount: state.foreignItems.length,
      problems: [...state.problems],
      lastError: state.lastError,
    };
  }

  /** Documents loaded in this process with annotations not yet saved. */
  unsavedDocuments(): string[] {
    return [...this.documents].filter(([, s]) => s.unsaved).map(([d]) => d);
  }

  private state(documentPath: string): DocumentState {
    const key = normaliseDocumentPath(documentPath);
    let state = this.documents.get(key);
    if (!state) {
      state = this.freshState(this.storePathFor(key));
      this.documents.set(key, state);
      this.readMain(state);
      this.readPending(state);
    }
    return state;
  }

  private freshState(storePath: string): DocumentState {
    return {
      storePath,
      records: new Map(),
      base: new Map(),
      foreignItems: [],
      problems: [],
      unreadablePending: [],
      pendingMerged: new Map(),
      deletedWhileUnreadable: new Set(),
      unsaved: false,
    };
  }

  /**
   * Reads the main file and merges it with what is in memory. Returns whether anything in
   * memory changed.
   */
  private readMain(state: DocumentState): boolean {
    const disk = readStoreFile(this.fs, state.storePath);
    if (disk.kind === 'absent') {
      state.fingerprint = undefined;
      state.unreadable = undefined;
      return this.mergeDisk(state, new Map(), [], []);
    }
    if (disk.kind === 'error') {
      state.unreadable = { path: state.storePath, error: disk.error, raw: '' };
      return false;
    }
    state.fingerprint = disk.fingerprint;
    try {
      const parsed = parseCollection(disk.text);
      const wasUnreadable = state.unreadable !== undefined;
      state.unreadable = undefined;
      const diskRecords = new Map(parsed.records.map((r) => [r.id, r]));
      if (wasUnreadable) for (const id of state.deletedWhileUnreadable) diskRecords.delete(id);
      const changed = this.mergeDisk(state, diskRecords, parsed.foreignItems, parsed.problems);
      if (wasUnreadable && state.deletedWhileUnreadable.size > 0) {
        // The deletions were applied to the disk copy above; the file still needs rewriting.
        state.unsaved = true;
        state.deletedWhileUnreadable.clear();
      }
      return changed;
    } catch (error) {
      if (!(error instanceof CollectionFormatError)) throw error;
      state.unreadable = { path: state.storePath, error: error.message, raw: disk.text };
      return false;
    }
  }

  private mergeDisk(
    state: DocumentState,
    disk: Map<string, AnnotationRecord>,
    foreignItems: unknown[],
    problems: string[],
  ): boolean {
    const merged = mergeAnnotations(state.base, state.records, disk);
    state.records = new Map(merged.records.map((r) => [r.id, r]));
    state.base = disk;
    state.foreignItems = foreignItems;
    state.problems = problems;
    if (merged.differsFromDisk || state.pendingMerged.size > 0) state.unsaved = true;
    else if (!merged.differsFromDisk) state.unsaved = false;
    return merged.differsFromLocal;
  }

  /** Side files: readable ones are merged in as local additions; unreadable ones are reported. */
  private readPending(state: DocumentState): boolean {
    let changed = false;
    state.unreadablePending = [];
    for (const path of pendingPathsOf(state.storePath, this.fs)) {
      const file = readStoreFile(this.fs, path);
      if (file.kind === 'absent') continue;
      if (file.kind === 'error') {
        state.unreadablePending.push({ path, error: file.error, raw: '' });
        continue;
      }
      try {
        const parsed = parseCollection(file.text);
        for (const record of parsed.records) {
          const current = state.records.get(record.id);
          if (!current || (!sameRecord(current, record) && compareTimestamps(record.modified, current.modified) >= 0)) {
            state.records.set(record.id, record);
            changed = true;
          }
        }
        state.pendingMerged.set(path, file.fingerprint.hash);
        state.unsaved = true;
      } catch (error) {
        if (!(error instanceof CollectionFormatError)) throw error;
        state.unreadablePending.push({ path, error: error.message, raw: file.text });
      }
    }
    return changed;
  }

  /**
   * Re-reads the store if another process changed it since it was last read or written, and
   * merges. Cheap when nothing changed (one stat). Returns whether the annotations in memory
   * changed, so views know to refresh.
   */
  reloadIfChanged(documentPath: string): boolean {
    return this.reload(documentPath, false);
  }

  /** `compareContent`: hash the file even if its time and size are unchanged (before a save). */
  private reload(documentPath: string, compareContent: boolean): boolean {
    const key = normaliseDocumentPath(documentPath);
    const state = this.documents.get(key);
    if (!state) {
      this.state(key);
      return true;
    }
    let changed = false;
    if (this.mainChanged(state, compareContent)) changed = this.readMain(state);
    const pendingBefore = state.pendingMerged.size;
    changed = this.readPending(state) || changed || state.pendingMerged.size !== pendingBefore;
    return changed;
  }

  private mainChanged(state: DocumentState, compareContent: boolean): boolean {
    let stat;
    try {
      stat = this.fs.statSync(state.storePath);
    } catch {
      return state.fingerprint !== undefined || state.unreadable !== undefined;
    }
    const known = state.fingerprint;
    if (!known || state.unreadable) return true;
    if (!compareContent && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return false;
    // The time changed: compare content, since a touch or a checkout of the same text is no change.
    try {
      const hash = hashOf(this.fs.readFileSync(state.storePath));
      if (hash === known.hash) {
        state.fingerprint = { ...known, mtimeMs: stat.mtimeMs, size: stat.size };
        return false;
      }
    } catch {
      // Unreadable now: readMain will report it.
    }
    return true;
  }

  // ---- Editing -----------------------------------------------------------------------------

  /** Adds an annotation, or replaces the one with the same id. Saved by the next save(). */
  put(documentPath: string, record: AnnotationRecord): void {
    const state = this.state(documentPath);
    state.records.set(record.id, record);
    state.deletedWhileUnreadable.delete(record.id);
    state.unsaved = true;
  }

  /** Removes an annotation; returns whether there was one. */
  delete(documentPath: string, id: string): boolean {
    const state = this.state(documentPath);
    if (!state.records.delete(id)) return false;
    if (state.unreadable) state.deletedWhileUnreadable.add(id);
    state.unsaved = true;
    return true;
  }

  // ---- Saving ------------------------------------------------------------------------------

  /**
   * Writes the document's annotations, after merging in any change another process made.
   * Throws StoreWriteError when the disk refuses; nothing in memory is lost then.
   */
  save(documentPath: string): SaveOutcome {
    const key = normaliseDocumentPath(documentPath);
    const state = this.state(key);
    this.reload(key, true);
    if (!state.unsaved) return { kind: 'unchanged' };
    try {
      this.fs.mkdirSync(dirname(state.storePath), { recursive: true });
      // Re-check after creating folders: a link may have been put in place meanwhile.
      this.storePathFor(key);
      const outcome = state.unreadable ? this.saveToSideFile(key, state) : this.saveMain(key, state);
      state.lastError = undefined;
      return outcome;
    } catch (error) {
      if (error instanceof UnsafePathError) throw error;
      const writeError = toWriteError(state.storePath, error);
      state.lastError = new StoreWriteError(key, writeError.path, writeError.failure, writeError);
      throw state.lastError;
    }
  }

  private saveMain(documentPath: string, state: DocumentState): SaveOutcome {
    const records = [...state.records.values()];
    const content = serialiseCollection(
      { id: collectionIdFor(documentPath), label: `Policy Lens annotations on ${documentPath}` },
      records,
      state.foreignItems,
    );
    writeFileAtomic(state.storePath, content, this.fs);
    const bytes = Buffer.from(content, 'utf8');
    const stat = this.fs.statSync(state.storePath);
    state.fingerprint = { mtimeMs: stat.mtimeMs, size: stat.size, hash: hashOf(bytes) };
    state.base = new Map(records.map((r) => [r.id, r]));
    state.unsaved = false;
    this.removeMergedSideFiles(state);
    return { kind: 'saved', path: state.storePath };
  }

  /** Side files are only removed if they still hold what was merged from them. */
  private removeMergedSideFiles(state: DocumentState): void {
    for (const [path, hash] of state.pendingMerged) {
      try {
        if (hashOf(this.fs.readFileSync(path)) === hash) this.fs.unlinkSync(path);
      } catch {
        // Gone already, or unreadable: left for the next load to look at.
      }
    }
    state.pendingMerged.clear();
  }

  /**
   * While the main file is unreadable, the annotations added or changed since it was last read
   * go to a side file. The side file is rewritten whole each time (atomically), so it always
   * holds every such annotation.
   */
  private saveToSideFile(documentPath: string, state: DocumentState): SaveOutcome {
    const changed = [...state.records.values()].filter((r) => !sameRecord(r, state.base.get(r.id)));
    const unreadable = new Set(state.unreadablePending.map((u) => u.path));
    const existing = new Set(state.pendingMerged.keys());
    let n = 1;
    let path = pendingPathFor(state.storePath, n);
    while (unreadable.has(path) || (!existing.has(path) && fileExists(this.fs, path))) {
      n++;
      path = pendingPathFor(state.storePath, n);
    }
    const content = serialiseCollection(
      { id: `${collectionIdFor(documentPath)}/pending-${n}`, label: `Policy Lens annotations on ${documentPath}, waiting to be merged` },
      changed,
    );
    writeFileAtomic(path, content, this.fs);
    // Other side files merged earlier are now contained in this one.
    for (const other of existing) {
      if (other !== path) {
        try {
          this.fs.unlinkSync(other);
        } catch {
          // Left in place; merging it again later is harmless.
        }
      }
    }
    state.pendingMerged = new Map([[path, hashOf(Buffer.from(content, 'utf8'))]]);
    // Still unsaved as far as the main file goes: the merge happens once it is readable.
    state.unsaved = true;
    return { kind: 'saved-to-side-file', path };
  }

  /**
   * Saves every document with unsaved annotations (the retry after a failure). Returns the
   * failures; documents that failed stay unsaved.
   */
  saveAll(): Array<{ documentPath: string; error: StoreWriteError }> {
    const failures: Array<{ documentPath: string; error: StoreWriteError }> = [];
    for (const documentPath of this.unsavedDocuments()) {
      try {
        this.save(documentPath);
      } catch (error) {
        if (error instanceof StoreWriteError) failures.push({ documentPath, error });
        else throw error;
      }
    }
    return failures;
  }
}
