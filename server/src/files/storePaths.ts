import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { isTemporaryFileName } from './atomicWrite';
import type { StoreFs } from './storeFiles';

// Where a document's annotations live on disk, and the checks that keep every such path inside
// the workspace: no "..", no absolute paths, and no symbolic link on the way that resolves outside.
// Layout: `.policy-lens/annotations/<document path>.jsonld`, with side files
// `<document path>.jsonld.pending-<n>.jsonld` while the main file is unreadable.

export const STORE_DIRECTORY = '.policy-lens/annotations';
export const STORE_EXTENSION = '.jsonld';
const PENDING_PATTERN = /\.jsonld\.pending-(\d+)\.jsonld$/;

type PathFs = Pick<StoreFs, 'realpathSync' | 'readdirSync' | 'lstatSync'>;

export class UnsafePathError extends Error {
  constructor(readonly documentPath: string, reason: string) {
    super(`Refusing annotation store path for "${documentPath}": ${reason}`);
    this.name = 'UnsafePathError';
  }
}

/**
 * Checks a workspace-relative document path and returns it with "/" separators. Absolute paths,
 * "..", empty or "." segments and NUL characters are refused.
 */
export function normaliseDocumentPath(documentPath: string): string {
  if (typeof documentPath !== 'string' || documentPath.length === 0) {
    throw new UnsafePathError(String(documentPath), 'the path is empty');
  }
  if (documentPath.includes('\0')) throw new UnsafePathError(documentPath, 'the path contains a NUL character');
  const slashed = documentPath.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed) || isAbsolute(documentPath)) {
    throw new UnsafePathError(documentPath, 'absolute paths are not allowed');
  }
  const segments = slashed.split('/');
  if (segments.some((s) => s === '..')) throw new UnsafePathError(documentPath, '".." is not allowed');
  if (segments.some((s) => s === '' || s === '.')) throw new UnsafePathError(documentPath, 'empty or "." path segments');
  return slashed;
}

/**
 * The store file of a document under the workspace `root` (already resolved), after checking that
 * the path stays in the workspace. Throws UnsafePathError otherwise.
 */
export function storeFilePath(root: string, documentPath: string, fs: PathFs): string {
  const normalised = normaliseDocumentPath(documentPath);
  const path = join(root, STORE_DIRECTORY, ...normalised.split('/')) + STORE_EXTENSION;
  if (!isInside(root, path)) throw new UnsafePathError(documentPath, 'it leaves the workspace');
  checkNoSymlinkEscape(root, documentPath, path, fs);
  return path;
}

/** Resolves the deepest existing part of the path; a symlink there must stay in the workspace. */
function checkNoSymlinkEscape(root: string, documentPath: string, path: string, fs: PathFs): void {
  const realRoot = realpathOf(root, fs) ?? root;
  for (let existing = path; ; existing = dirname(existing)) {
    const real = realpathOf(existing, fs);
    if (real !== undefined) {
      if (!isInside(realRoot, real)) {
        throw new UnsafePathError(documentPath, `${existing} resolves outside the workspace (to ${real})`);
      }
      return;
    }
    if (dirname(existing) === existing || !isInside(root, existing)) return;
  }
}

function realpathOf(path: string, fs: PathFs): string | undefined {
  try {
    return fs.realpathSync(path);
  } catch {
    return undefined;
  }
}

/** The documents that have a store file under `root`, as workspace-relative paths ("/"-separated). */
export function listStoredDocuments(root: string, fs: PathFs): string[] {
  const found = new Set<string>();
  const walk = (directory: string, prefix: string) => {
    let names: string[];
    try {
      names = fs.readdirSync(directory);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const path = join(directory, name);
      let stat;
      try {
        stat = fs.lstatSync(path);
      } catch {
        continue;
      }
      // Links are not followed: a store directory is plain files and folders.
      if (stat.isSymbolicLink()) continue;
      if (stat.isDirectory()) walk(path, `${prefix}${name}/`);
      else if (isMainStoreFileName(name)) found.add(prefix + name.slice(0, -STORE_EXTENSION.length));
      else if (PENDING_PATTERN.test(name)) found.add(prefix + name.replace(PENDING_PATTERN, ''));
    }
  };
  walk(join(root, STORE_DIRECTORY), '');
  return [...found].sort();
}

/** The side file numbered `n` of a store file. */
export function pendingPathFor(storePath: string, n: number): string {
  return `${storePath}.pending-${n}${STORE_EXTENSION}`;
}

/** The side files that exist beside a store file, in number order. */
export function pendingPathsOf(storePath: string, fs: PathFs): string[] {
  const directory = dirname(storePath);
  const prefix = `${storePath.slice(directory.length + 1)}.pending-`;
  let names: string[];
  try {
    names = fs.readdirSync(directory);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(prefix) && PENDING_PATTERN.test(n))
    .sort((a, b) => pendingNumber(a) - pendingNumber(b))
    .map((n) => join(directory, n));
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function isMainStoreFileName(name: string): boolean {
  return name.endsWith(STORE_EXTENSION) && !PENDING_PATTERN.test(name) && !isTemporaryFileName(name);
}

function pendingNumber(name: string): number {
  return Number(PENDING_PATTERN.exec(name)?.[1] ?? 0);
}
