import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/tempDirs';
import { REPO_ROOT, workspace } from './helpers';

// The shipped artefact: the CLI bundled exactly as scripts/build.mjs bundles dist/cli.js, run by
// node as a separate process, so the shebang, the exit codes and the stream handling are real.

let cliPath: string;

beforeAll(async () => {
  cliPath = join(tempDir('policy-lens-bundle-'), 'cli.js');
  await build({
    entryPoints: [join(REPO_ROOT, 'server/src/cli.ts')],
    outfile: cliPath,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'silent',
  });
});

const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8' });

describe('the bundled CLI', () => {
  it('starts with a shebang and prints the manifest version', () => {
    expect(readFileSync(cliPath, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const version = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version;
    const result = run(REPO_ROOT, '--version');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it('exits 2 with a single error line for a missing path', () => {
    const result = run(workspace({}), 'extract', 'nowhere.txt');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('policy-lens: error: nowhere.txt: no such file or directory\n');
  });

  it('exits 1 on the seeds, which hold unreviewed conflicts, and 0 on a text without any', () => {
    expect(run(REPO_ROOT, 'check', 'seeds').status).toBe(1);
    const calm = workspace({ 'a.txt': 'The weather in Exeter was fine on Tuesday.\n' });
    const result = run(calm, 'check', 'a.txt');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
