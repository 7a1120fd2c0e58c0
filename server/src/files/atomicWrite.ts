import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

// Writing a file so that, whatever happens, the file on disk is either the old version or the
// new one, whole: the new content goes to a temporary file in the same directory (so the
// rename stays on one file system), is flushed to disk, and is renamed over the old file; then
// the directory is flushed so the rename itself survives a power cut.

/** The file-system calls an atomic write needs; injectable so tests can fail any one of them. */
export interface AtomicWriteFs {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

export type WriteFailure = 'disk-full' | 'read-only' | 'permission-denied' | 'io';

export class AtomicWriteError extends Error {
  constructor(
    readonly path: string,
    readonly failure: WriteFailure,
    /** The system error code (ENOSPC, EROFS, …) when there is one. */
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'AtomicWriteError';
  }
}

let temporaryCounter = 0;

/** Name of the temporary file for `path`: hidden, and recognisable so readers can skip it. */
export function temporaryPathFor(path: string): string {
  temporaryCounter = (temporaryCounter + 1) % 1_000_000;
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${temporaryCounter}`);
}

export function isTemporaryFileName(name: string): boolean {
  return /^\..+\.tmp-\d+-\d+$/.test(name);
}

export function writeFileAtomic(path: string, content: string, fs: AtomicWriteFs = nodeFs): void {
  const bytes = Buffer.from(content, 'utf8');
  const temporary = temporaryPathFor(path);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temporary, 'wx', 0o644);
    for (let written = 0; written < bytes.length; ) {
      written += fs.writeSync(fd, bytes, written, bytes.length - written, written);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temporary, path);
  } catch (error) {
    // Leave no half-written temporary file behind (best effort: the disk may be failing).
    if (fd !== undefined) ignoreErrors(() => fs.closeSync(fd!));
    ignoreErrors(() => fs.unlinkSync(temporary));
    throw toWriteError(path, error);
  }
  flushDirectory(dirname(path), fs);
}

/**
 * Makes the rename durable. Some platforms cannot open or flush a directory (Windows, some
 * network file systems); there the rename is as durable as the platform makes it, and the
 * write has still succeeded, so only a real I/O error is reported.
 */
function flushDirectory(directory: string, fs: AtomicWriteFs): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(directory, 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EIO') throw toWriteError(directory, error);
  } finally {
    if (fd !== undefined) ignoreErrors(() => fs.closeSync(fd!));
  }
}

function ignoreErrors(action: () => void): void {
  try {
    action();
  } catch {
    // Already failing: the original error is the one worth reporting.
  }
}

export function toWriteError(path: string, error: unknown): AtomicWriteError {
  if (error instanceof AtomicWriteError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const detail = (error as Error | undefined)?.message ?? String(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AtomicWriteError(path, 'disk-full', code, `Could not write ${path}: the disk is full (${code}).`);
    case 'EROFS':
      return new AtomicWriteError(path, 'read-only', code, `Could not write ${path}: the file system is read-only (${code}).`);
    case 'EACCES':
    case 'EPERM':
      return new AtomicWriteError(path, 'permission-denied', code, `Could not write ${path}: permission denied (${code}).`);
    default:
      return new AtomicWriteError(path, 'io', code, `Could not write ${path}: ${detail}`);
  }
}
