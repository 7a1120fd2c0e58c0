import fs from 'node:fs';
import path from 'node:path';

// What the language server leaves on the editor's disk, read from the test: its log (the "Policy Lens"
// Output channel, which VS Code also writes to a file per extension host) and its index cache (kept in
// VS Code's storage folder for the workspace). Reading the files gives the assertions whole lines; the
// Output panel, which only renders the lines on screen, is what the screenshot shows.

/** The extension's id (publisher.name), which names its log folder and its workspace storage folder. */
const EXTENSION_ID = 'policy-lens.policy-lens';
const INDEX_CACHE_FILE = 'index-cache.bin';

/** The figures of one "Indexed N files in X s (analysed A, reused R from the index cache)" line. */
export interface IndexingSummary {
  files: number;
  analysed: number;
  /** Undefined when the line does not mention the cache (the server had none). */
  reused: number | undefined;
}

const SUMMARY = /Indexed (\d+) files in [\d.]+ s \(analysed (\d+)(?:, reused (\d+) from the index cache)?\)/;

/** Every indexing summary in a log, oldest first. */
export function indexingSummaries(log: string): IndexingSummary[] {
  const summaries: IndexingSummary[] = [];
  for (const line of log.split('\n')) {
    const match = SUMMARY.exec(line);
    if (match) summaries.push({ files: Number(match[1]), analysed: Number(match[2]), reused: match[3] === undefined ? undefined : Number(match[3]) });
  }
  return summaries;
}

/**
 * The Policy Lens log of every extension host the editor started, in the order they started (one per
 * browser window; the logs of one code-server run share a folder, and hosts are numbered in sequence).
 */
export function policyLensLogs(userDataDir: string): string[] {
  const logsRoot = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logsRoot)) return [];
  const found: Array<{ file: string; session: string; host: number }> = [];
  for (const session of fs.readdirSync(logsRoot).sort()) {
    const sessionDir = path.join(logsRoot, session);
    if (!fs.statSync(sessionDir).isDirectory()) continue;
    for (const entry of fs.readdirSync(sessionDir)) {
      const host = /^exthost(\d+)$/.exec(entry);
      const file = path.join(sessionDir, entry, EXTENSION_ID, 'Policy Lens.log');
      if (host && fs.existsSync(file)) found.push({ file, session, host: Number(host[1]) });
    }
  }
  found.sort((a, b) => a.session.localeCompare(b.session) || a.host - b.host);
  return found.map((entry) => entry.file);
}

export function readLog(file: string | undefined): string {
  return file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

/** The index cache files in the workspace storage folders of the extension (one per workspace opened). */
export function indexCacheFiles(userDataDir: string): string[] {
  const storage = path.join(userDataDir, 'User', 'workspaceStorage');
  if (!fs.existsSync(storage)) return [];
  return fs
    .readdirSync(storage)
    .map((workspace) => path.join(storage, workspace, EXTENSION_ID, INDEX_CACHE_FILE))
    .filter((file) => fs.existsSync(file));
}
