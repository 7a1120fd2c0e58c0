import { createHash } from 'node:crypto';
import type { AtomicWriteFs } from './atomicWrite';

// Reading one store file as the annotation store needs it: the text, or why it cannot be had,
// and a fingerprint to tell later whether another process changed the file.

/** The file-system calls the store uses; injectable so tests can make any of them fail. */
export interface StoreFs extends AtomicWriteFs {
  readFileSync(path: string): Uint8Array;
  statSync(path: string): { mtimeMs: number; size: number; isFile(): boolean };
  lstatSync(path: string): { isSymbolicLink(): boolean; isDirectory(): boolean; isFile(): boolean };
  realpathSync(path: string): string;
  readdirSync(path: string): string[];
  mkdirSync(path: string, options: { recursive: true }): unknown;
}

export interface Fingerprint {
  mtimeMs: number;
  size: number;
  hash: string;
}

export type StoreFileRead =
  | { kind: 'absent' }
  | { kind: 'error'; error: string }
  | { kind: 'ok'; text: string; fingerprint: Fingerprint };

export function readStoreFile(fs: StoreFs, path: string): StoreFileRead {
  try {
    const stat = fs.statSync(path);
    if (!stat.isFile()) return { kind: 'error', error: 'not a regular file' };
    const bytes = fs.readFileSync(path);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { kind: 'error', error: 'not valid UTF-8' };
    }
    return { kind: 'ok', text, fingerprint: { mtimeMs: stat.mtimeMs, size: stat.size, hash: hashOf(bytes) } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'absent' };
    return { kind: 'error', error: `cannot read the file (${code ?? (error as Error).message})` };
  }
}

export function fileExists(fs: StoreFs, path: string): boolean {
  try {
    fs.statSync(path);
    return true;
  } catch {
    return false;
  }
}

export function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
