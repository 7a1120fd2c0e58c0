import { isAbsolute, join, relative, sep } from 'node:path';
import { isTemporaryFileName } from '../files/atomicWrite';
import { AnnotationStore, STORE_DIRECTORY, UnsafePathError } from '../files/annotationStore';
import { documentKey, pathOfUri, uriOfPath } from './uris';

// Where a document's annotations are stored. The server keys documents by URI; the store keys
// them by their path relative to the workspace folder that holds them, which is what lets a
// colleague's clone read the same annotations. One store per workspace folder; a document
// outside every folder (the extension's own seeds, an untitled buffer) has no store.

export interface AnnotationTarget {
  /** The server's document key (a normalised URI). */
  key: string;
  folder: string;
  store: AnnotationStore;
  /** Workspace-relative, "/"-separated: the annotations' target.source. */
  path: string;
}

export class NotAnnotatableError extends Error {
  constructor(uri: string, reason: string) {
    super(`${uri} cannot be annotated: ${reason}`);
    this.name = 'NotAnnotatableError';
  }
}

const STORE_FILE = /^(.*?)\.jsonld(?:\.pending-\d+\.jsonld)?$/;

export class AnnotationsWorkspace {
  private readonly stores: Array<{ folder: string; store: AnnotationStore }>;

  constructor(folders: readonly string[], makeStore: (folder: string) => AnnotationStore = (folder) => new AnnotationStore({ workspaceRoot: folder })) {
    this.stores = folders.map((folder) => ({ folder, store: makeStore(folder) }));
  }

  /** Every folder's store, for retrying failed saves. */
  allStores(): AnnotationStore[] {
    return this.stores.map((entry) => entry.store);
  }

  get folders(): string[] {
    return this.stores.map((entry) => entry.folder);
  }

  /** The store place of a document, or undefined when it is outside every workspace folder. */
  locate(key: string): AnnotationTarget | undefined {
    const path = pathOfUri(key);
    if (path === undefined) return undefined;
    for (const { folder, store } of this.stores) {
      const inside = relative(folder, path);
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) continue;
      const documentPath = inside.split(sep).join('/');
      // Annotating the store's own files would be a loop; the corpus leaves them out too.
      if (documentPath.startsWith('.policy-lens/')) return undefined;
      try {
        store.storePathFor(documentPath);
      } catch (error) {
        if (error instanceof UnsafePathError) return undefined;
        throw error;
      }
      return { key, folder, store, path: documentPath };
    }
    return undefined;
  }

  /** As locate, but explains to the researcher why a document cannot be annotated. */
  require(key: string, clientUri = key): AnnotationTarget {
    const target = this.locate(key);
    if (target) return target;
    const reason =
      this.stores.length === 0
        ? 'annotations are stored in the workspace, and no folder is open. Open the folder that holds the text.'
        : 'annotations are stored in the workspace, and this text is not inside an open workspace folder. Open or add the folder that holds it.';
    throw new NotAnnotatableError(clientUri, reason);
  }

  /** Every document that has a store file (or a side file), in every folder. */
  storedDocuments(): AnnotationTarget[] {
    const found: AnnotationTarget[] = [];
    for (const { folder, store } of this.stores) {
      for (const path of store.listStoredDocuments()) {
        found.push({ key: this.keyOf(folder, path), folder, store, path });
      }
    }
    return found;
  }

  /** The document a store file (main or side file) belongs to; undefined for anything else. */
  documentOfStoreFile(file: string): AnnotationTarget | undefined {
    for (const { folder, store } of this.stores) {
      const inside = relative(join(folder, STORE_DIRECTORY), file);
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) continue;
      const segments = inside.split(sep);
      const name = segments[segments.length - 1];
      if (isTemporaryFileName(name)) return undefined;
      const match = STORE_FILE.exec(segments.join('/'));
      if (!match || match[1] === '') return undefined;
      return { key: this.keyOf(folder, match[1]), folder, store, path: match[1] };
    }
    return undefined;
  }

  /** Glob patterns (relative to each folder) that cover the store files, for the file watcher. */
  watchPatterns(): Array<{ folder: string; pattern: string }> {
    return this.stores.map(({ folder }) => ({ folder, pattern: `${STORE_DIRECTORY}/**` }));
  }

  private keyOf(folder: string, path: string): string {
    return documentKey(uriOfPath(join(folder, ...path.split('/'))));
  }
}
