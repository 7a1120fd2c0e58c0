import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The protocol tests drive the built dist/server.js, so it is (re)built once before the run, and
// only when a source is newer than the bundle: unit-test runs with a fresh bundle pay only a few stats.

const root = resolve(__dirname, '..', '..');
const bundle = join(root, 'dist', 'server.js');

function newestSourceTime(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const sources = Math.max(newestSourceTime(join(root, 'server')), statSync(join(root, 'scripts', 'build.mjs')).mtimeMs);
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= sources) return;
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  } catch {
    // Another bundle (client, CLI) may fail to build while its author is mid-change; the protocol
    // tests then fail on their own if dist/server.js is missing, and the unit tests still run.
    console.warn('globalSetup: the build reported errors (see above)');
  }
}
