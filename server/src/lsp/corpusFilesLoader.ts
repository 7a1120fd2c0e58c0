import { basename } from 'node:path';
import { readTextFile, type ReadResult } from '../files/readText';
import type { CorpusState } from './corpusState';
import { uriOfPath, documentKey } from './uris';

// Reading corpus files from disk into the corpus, in slices of a few milliseconds with a yield to
// the event loop between slices, so the server keeps answering (hovers on open documents, edits)
// while a large workspace is indexed. Files the editor has open are not read: its copy wins.

export interface DiskFile {
  path: string;
  origin: 'seed' | 'workspace';
}

export interface LoadCallbacks {
  progress(indexed: number, total: number): void;
  loaded(key: string, file: DiskFile): void;
  skipped(key: string, file: DiskFile, reason: string): void;
  /** Checked between slices: a newer load (settings changed) supersedes this one. */
  superseded(): boolean;
}

const SLICE_MS = 12;

export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Loads the files in order. A shipped seed is left out when the workspace holds a file of the same
 * name and the same text (the workspace is, or contains, a copy of the seeds), so that a document
 * never conflicts with its own twin.
 */
export async function loadFiles(state: CorpusState, files: readonly DiskFile[], maxBytes: number, callbacks: LoadCallbacks): Promise<boolean> {
  const workspaceTexts = new Map<string, string>();
  let sliceStart = Date.now();
  callbacks.progress(0, files.length);
  for (let index = 0; index < files.length; index++) {
    const file = files[index];
    const key = documentKey(uriOfPath(file.path));
    if (!state.isOpen(key)) {
      const read: ReadResult = readTextFile(file.path, maxBytes);
      if (!read.ok) {
        callbacks.skipped(key, file, read.message);
      } else if (file.origin === 'seed' && workspaceTexts.get(basename(file.path)) === read.text) {
        // A twin of a workspace file: nothing to add.
      } else {
        if (file.origin === 'workspace') workspaceTexts.set(basename(file.path), read.text);
        try {
          state.putDiskText(key, read.text, 'index');
          callbacks.loaded(key, file);
        } catch (error) {
          // One text the engine cannot analyse must not stop the rest of the corpus from loading.
          callbacks.skipped(key, file, `analysis failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    } else {
      callbacks.loaded(key, file);
    }
    if (Date.now() - sliceStart >= SLICE_MS) {
      callbacks.progress(index + 1, files.length);
      await yieldToEventLoop();
      if (callbacks.superseded()) return false;
      sliceStart = Date.now();
    }
  }
  callbacks.progress(files.length, files.length);
  return true;
}
