#!/usr/bin/env node
// `npm start`: build Policy Lens, install the editor on first use, and open a real VS Code (code-server) in
// the browser with the extension installed, on a working copy of the seed texts.
//
//   npm start                     the seeds, in .cache/start/workspace (kept between runs)
//   npm start -- --fresh          the same, with the working copy and editor profile reset first
//   npm start -- path/to/folder   your own folder of texts instead
//   PORT=8080 npm start           a fixed port (otherwise a free one)
//
// Why a working copy and not seeds/ itself: Policy Lens writes researchers' annotations and conflict reviews
// into the workspace (.policy-lens/). Trying the extension must not leave those in the repository's seeds.
import fs from 'node:fs';
import path from 'node:path';
import { ensureEditor, InstallError } from './install-editor.mjs';
import { launchCodeServer, prepareProfile } from './codeServer.mjs';
import { buildExtension, installExtension, packageVsix } from './extension.mjs';
import { cacheDir, projectRoot } from './paths.mjs';

const log = (message) => process.stdout.write(`[editor] ${message}\n`);

function parseArguments(argv) {
  const options = { fresh: false, folder: undefined, port: process.env.PORT ? Number(process.env.PORT) : undefined };
  for (const arg of argv) {
    if (arg === '--fresh') options.fresh = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('-')) throw new InstallError(`Unknown option ${arg} (try --help).`);
    else options.folder = path.resolve(arg);
  }
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port > 0 && options.port < 65536)) {
    throw new InstallError(`PORT must be a TCP port number, not "${process.env.PORT}".`);
  }
  return options;
}

/** Copies seed texts that are not in the working copy yet; the user's edits and annotations stay as they are. */
function prepareSeedWorkspace(workspace) {
  fs.mkdirSync(workspace, { recursive: true });
  const seeds = path.join(projectRoot, 'seeds');
  for (const name of fs.readdirSync(seeds)) {
    const target = path.join(workspace, name);
    if (!fs.existsSync(target)) fs.copyFileSync(path.join(seeds, name), target);
  }
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1, 11).join('\n').replaceAll('// ', '') + '\n');
    return;
  }
  const stateDir = path.join(cacheDir, 'start');
  const workspace = options.folder ?? path.join(stateDir, 'workspace');
  if (options.fresh) {
    fs.rmSync(path.join(stateDir, 'profile'), { recursive: true, force: true });
    if (!options.folder) fs.rmSync(workspace, { recursive: true, force: true });
  }
  if (options.folder) {
    if (!fs.statSync(options.folder, { throwIfNoEntry: false })?.isDirectory()) throw new InstallError(`${options.folder} is not a folder.`);
  } else {
    prepareSeedWorkspace(workspace);
  }

  await ensureEditor();
  buildExtension();
  // The working copy sits inside this repository: without this, the editor offers to open the repository.
  const profile = prepareProfile(path.join(stateDir, 'profile'), { 'git.openRepositoryInParentFolders': 'never' });
  installExtension(profile, { vsix: packageVsix(path.join(stateDir, 'vsix')) });

  const editor = await launchCodeServer({ profile, workspace, port: options.port });
  let stopping = false;
  const shutdown = async (why) => {
    if (stopping) return;
    stopping = true;
    log(`${why}: stopping the editor ...`);
    await editor.stop();
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('Ctrl-C'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));

  log(`Workspace: ${workspace}`);
  log(`Editor log: ${profile.logFile}`);
  process.stdout.write(`\nPolicy Lens is running at ${editor.url}\n(open it in your browser; Ctrl-C stops it)\n\n`);

  // The pending child keeps Node running until Ctrl-C; if the editor dies by itself, say so and leave.
  const { code, signal } = await editor.exited;
  if (!stopping) {
    process.stderr.write(`[editor] code-server stopped unexpectedly (${signal ?? `exit ${code}`}); see ${profile.logFile}\n`);
    await editor.stop();
    process.exit(1);
  }
}

main().catch((error) => {
  process.stderr.write(`[editor] ${error instanceof InstallError ? error.message : error.stack}\n`);
  process.exit(1);
});
