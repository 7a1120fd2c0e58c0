import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../support/tempDirs';

// Running the CLI in-process against a throw-away workspace, capturing what it prints.

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runIn(cwd: string, ...argv: string[]): Promise<CliRun> {
  // Imported lazily so the file-system tests do not depend on the engine being importable.
  const { runCli } = await import('../../server/src/cli/main');
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

/** A fresh directory holding the given files (string content is written as UTF-8). */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const root = tempDir('policy-lens-cli-');
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

export const REPO_ROOT = join(__dirname, '..', '..');
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');
