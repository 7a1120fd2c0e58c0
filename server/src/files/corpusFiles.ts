import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

// Turning the paths a user names (on the command line, or the server's seeds folder) into the list
// of corpus files to read. Shared by the CLI and the language server so both see the same corpus.

/** Extensions that count as policy texts when a directory is walked. A file named explicitly is always taken. */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.md'];

/** Folders never worth descending into: tool state and dependencies, not sources. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.policy-lens']);

export type CorpusPathProblem =
  | { path: string; reason: 'missing'; message: string }
  | { path: string; reason: 'no-texts'; message: string };

export interface CorpusFileList {
  /** Files to read, in a stable order: the order the paths were given, each directory's files sorted. */
  files: string[];
  problems: CorpusPathProblem[];
}

export function isTextFileName(name: string): boolean {
  return TEXT_EXTENSIONS.includes(extname(name).toLowerCase());
}

/**
 * Expands paths: a file stays itself (whatever its extension, since the user chose it), a directory
 * becomes its `.txt`/`.md` files found recursively, sorted by code unit so the order does not depend
 * on the file system. Each file is listed once even when named twice. Paths keep the spelling the
 * user gave (joined with the names found beneath them), because reports quote them back; relative
 * paths are looked up from `options.cwd` when given, else from the process's working directory.
 */
export function listCorpusFiles(paths: readonly string[], options: { cwd?: string } = {}): CorpusFileList {
  const onDisk = (path: string) => (options.cwd === undefined ? path : resolve(options.cwd, path));
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: CorpusPathProblem[] = [];
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };

  for (const path of paths) {
    const kind = pathKind(onDisk(path));
    if (kind === 'missing') {
      problems.push({ path, reason: 'missing', message: `${path}: no such file or directory` });
    } else if (kind === 'file') {
      add(path);
    } else {
      const found = textFilesUnder(path, onDisk);
      if (found.length === 0) {
        problems.push({ path, reason: 'no-texts', message: `${path}: directory holds no .txt or .md files` });
      }
      found.forEach(add);
    }
  }
  return { files, problems };
}

function pathKind(path: string): 'file' | 'directory' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

/** Depth-first, sorted at every level, following symlinks to files but not to directories (no cycles). */
function textFilesUnder(directory: string, onDisk: (path: string) => string): string[] {
  const result: string[] = [];
  let entries;
  try {
    entries = readdirSync(onDisk(directory), { withFileTypes: true });
  } catch {
    return result;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) result.push(...textFilesUnder(full, onDisk));
    } else if (isTextFileName(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && pathKind(onDisk(full)) === 'file'))) {
      result.push(full);
    }
  }
  return result;
}
