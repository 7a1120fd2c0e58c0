import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { compileGlobs, type GlobMatcher } from './glob';

// Finding the workspace's corpus files: everything under the workspace folders matching
// policyLens.corpus.include and not policyLens.corpus.exclude. Excluded folders are not descended
// into (so node_modules costs nothing), symlinked folders are not followed (no cycles), and the
// walk awaits each directory read so a large workspace never blocks the server.

export interface CorpusSelection {
  include: GlobMatcher;
  exclude: GlobMatcher;
}

export function corpusSelection(include: readonly string[], exclude: readonly string[]): CorpusSelection {
  return { include: compileGlobs(include), exclude: compileGlobs(exclude) };
}

/** Whether a file (by its path relative to the workspace folder) belongs to the corpus. */
export function selects(selection: CorpusSelection, relativePath: string): boolean {
  const path = relativePath.split(sep).join('/');
  return selection.include(path) && !selection.exclude(path);
}

/** Paths of the workspace folder's corpus files, sorted. */
export async function findCorpusFiles(folder: string, selection: CorpusSelection): Promise<string[]> {
  const found: string[] = [];
  const walk = async (directory: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(directory, entry.name);
      const path = relative(folder, full).split(sep).join('/');
      if (entry.isDirectory()) {
        // A folder is pruned when everything inside it would be excluded.
        if (!selection.exclude(`${path}/`)) await walk(full);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && selects(selection, path)) {
        found.push(full);
      }
    }
  };
  await walk(folder);
  return found.sort();
}
