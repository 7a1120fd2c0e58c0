// Builds Policy Lens and installs it into an editor profile.
// The .vsix is the real thing a user installs, so it is preferred, packaged exactly as `npm run package`
// does. Should packaging fail, the extension folder is copied into the extensions directory under the name
// VS Code itself would give it, which code-server loads the same way, and the reason is logged.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './paths.mjs';
import { runCodeServerCli } from './codeServer.mjs';

const log = (message) => process.stdout.write(`[editor] ${message}\n`);

/** What the extension needs at run time, for the folder-copy path (the .vsix path uses .vscodeignore). */
const RUNTIME_ENTRIES = ['package.json', 'dist', 'seeds', 'server/data', 'syntaxes', 'media', 'language-configuration.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status}):\n${(result.stdout + result.stderr).trim()}`);
  }
  return result.stdout;
}

export function readManifest() {
  return JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
}

/** `publisher.name-version`: the folder name VS Code gives an installed extension. */
export function extensionFolderName(manifest = readManifest()) {
  return `${manifest.publisher}.${manifest.name}-${manifest.version}`;
}

/** Bundles client, server and CLI with the project's own build script. */
export function buildExtension() {
  const started = Date.now();
  run(process.execPath, [path.join(projectRoot, 'scripts', 'build.mjs')], 'npm run build');
  log(`Built dist/ (${Date.now() - started} ms)`);
}

/**
 * Packages a .vsix into `outDir` when the project is set up for it; returns its path, or undefined with the
 * reason logged. vsce runs the manifest's vscode:prepublish (the build) itself.
 */
export function packageVsix(outDir) {
  if (!fs.existsSync(path.join(projectRoot, '.vscodeignore'))) {
    log('No .vscodeignore yet: installing the extension folder instead of a .vsix');
    return undefined;
  }
  const vsce = path.join(projectRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, `${extensionFolderName()}.vsix`);
  const started = Date.now();
  try {
    // The flags keep vsce from stopping to ask a question when no terminal is attached (CI); the
    // marketplace readme is the one without repository-relative links, as in `npm run package`.
    const flags = ['--no-dependencies', '--allow-missing-repository', '--skip-license', '--readme-path', 'MARKETPLACE.md'];
    run(process.execPath, [vsce, 'package', ...flags, '-o', out], 'vsce package');
  } catch (error) {
    log(`Could not package a .vsix, installing the extension folder instead. ${error.message}`);
    return undefined;
  }
  log(`Packaged ${path.relative(projectRoot, out)} (${Date.now() - started} ms)`);
  return out;
}

/** Copies the run-time parts of the extension into `<extensionsDir>/<publisher.name-version>/`. */
export function copyExtensionFolder(extensionsDir) {
  const target = path.join(extensionsDir, extensionFolderName());
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const entry of RUNTIME_ENTRIES) {
    const source = path.join(projectRoot, entry);
    if (fs.existsSync(source)) fs.cpSync(source, path.join(target, entry), { recursive: true });
  }
  return target;
}

/**
 * Installs the freshly built extension into the profile: the .vsix through code-server's own CLI when
 * there is one, the folder copy otherwise. Returns how it was installed, for the log.
 */
export function installExtension(profile, { vsix }) {
  if (!fs.existsSync(path.join(projectRoot, 'dist', 'client.js'))) {
    throw new Error('dist/client.js is missing: the build did not produce the extension client.');
  }
  if (vsix) {
    runCodeServerCli(profile, ['--install-extension', vsix, '--force']);
    log(`Installed ${path.basename(vsix)} into the editor`);
    return { kind: 'vsix', path: vsix };
  }
  const folder = copyExtensionFolder(profile.extensionsDir);
  log(`Copied the extension into the editor's extensions as ${path.basename(folder)}`);
  return { kind: 'folder', path: folder };
}
