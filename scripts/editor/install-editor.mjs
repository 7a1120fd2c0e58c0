#!/usr/bin/env node
// Installs what a real VS Code (code-server) needs, into the project's own cache:
//   1. Debian packages (compilers and headers for code-server's native modules; chromium with --browser),
//   2. Node 24 from the npm registry package node-linux-<arch> into .cache/node24,
//   3. code-server from the npm registry into .cache/code-server, built against Node 24's headers.
// Each step is skipped when already done, so a second run takes well under a second. Long outputs go
// to .cache/logs/, and only progress and, on failure, the log's tail are printed: CI logs stay readable.
//
// Usage: node scripts/editor/install-editor.mjs [--browser]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  BROWSER_PACKAGES, BUILD_PACKAGES, CHROMIUM_PATH, CODE_SERVER_VERSION, NODE24_VERSION, codeServerEntry,
  codeServerMarker, codeServerPrefix, logsDir, node24Binary, node24Home, node24Marker, node24PackageName,
  node24Prefix,
} from './paths.mjs';

const log = (message) => process.stdout.write(`[editor] ${message}\n`);

/** Thrown for a problem the user can fix; the message says how. */
export class InstallError extends Error {}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(0)} s`;
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Runs a command with its output going to a log file. `onLine` sees each line of stdout (and of fd 3
 * when `statusFd` is set) so callers can turn it into progress; everything is kept in the log.
 */
function runLogged(command, args, { logName, env, cwd, onLine, statusFd = false }) {
  fs.mkdirSync(logsDir, { recursive: true });
  const logFile = path.join(logsDir, logName);
  const out = fs.openSync(logFile, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      stdio: ['ignore', 'pipe', out, ...(statusFd ? ['pipe'] : [])],
    });
    const feed = (stream, alsoLog) => {
      let pending = '';
      stream.on('data', (chunk) => {
        if (alsoLog) fs.writeSync(out, chunk);
        pending += chunk.toString();
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) onLine?.(line);
      });
    };
    feed(child.stdout, true);
    if (statusFd) feed(child.stdio[3], false);
    child.on('error', (error) => {
      fs.closeSync(out);
      reject(new InstallError(`Could not run ${command}: ${error.message}`));
    });
    child.on('close', (code) => {
      fs.closeSync(out);
      if (code === 0) resolve(logFile);
      else reject(new InstallError(`${command} ${args.join(' ')} failed (exit ${code}). Last lines of ${logFile}:\n${tail(logFile)}`));
    });
  });
}

function missingDebianPackages(names) {
  return names.filter((name) => {
    const probe = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return probe.status !== 0 || !probe.stdout.includes('install ok installed');
  });
}

/** Root runs apt-get itself; otherwise a password-less sudo is used if there is one. */
function privilegePrefix() {
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  if (sudo.status === 0) return ['sudo', '-n'];
  return null;
}

async function ensureDebianPackages(wanted) {
  if (wanted.length === 0) return;
  const missing = missingDebianPackages(wanted);
  if (missing.length === 0) {
    log(`Debian packages present: ${wanted.join(', ')}`);
    return;
  }
  if (!fs.existsSync('/usr/bin/apt-get')) {
    throw new InstallError(`These packages are missing and this system has no apt-get: ${missing.join(', ')}. Install them with your package manager and run again.`);
  }
  const prefix = privilegePrefix();
  if (prefix === null) {
    throw new InstallError(
      `These Debian packages are missing: ${missing.join(', ')}.\n` +
        `Install them once as root, then run again:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  const [command, ...baseArgs] = [...prefix, 'apt-get'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let started = Date.now();
  log('apt-get update ...');
  await runLogged(command, [...baseArgs, 'update'], { logName: 'apt-update.log', env });
  log(`apt-get update done (${seconds(started)})`);

  started = Date.now();
  log(`apt-get install ${missing.join(' ')} (log: .cache/logs/apt-install.log)`);
  // APT::Status-Fd reports "pmstatus:<pkg>:<percent>:<what>" lines: printed at every 10 % step.
  let lastStep = -1;
  await runLogged(
    command,
    [...baseArgs, 'install', '-y', '-q', '--no-install-recommends', '-o', 'APT::Status-Fd=3', ...missing],
    {
      logName: 'apt-install.log',
      env,
      statusFd: true,
      onLine: (line) => {
        const match = /^(dlstatus|pmstatus):[^:]*:([\d.]+):(.*)$/.exec(line);
        if (!match) return;
        const phase = match[1] === 'dlstatus' ? 'download' : 'install';
        const step = Math.floor(Number(match[2]) / 10);
        const key = (phase === 'install' ? 100 : 0) + step;
        if (key > lastStep) {
          lastStep = key;
          log(`  apt ${phase} ${step * 10}%: ${match[3]}`);
        }
      },
    },
  );
  log(`apt-get install done (${seconds(started)})`);
}

/** Installs `node-linux-<arch>@24` with the machine's npm: a registry package, so no extra download host. */
async function ensureNode24() {
  if (fs.existsSync(node24Marker) && fs.existsSync(node24Binary())) {
    log(`Node ${NODE24_VERSION} present`);
    return;
  }
  const started = Date.now();
  const spec = `${node24PackageName()}@${NODE24_VERSION}`;
  log(`Installing Node ${NODE24_VERSION} (npm package ${spec}) into .cache/node24 ...`);
  fs.mkdirSync(node24Prefix, { recursive: true });
  writePrivateManifest(node24Prefix, 'policy-lens-node24');
  await runLogged('npm', ['install', '--prefix', node24Prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=http', spec], {
    logName: 'node24-install.log',
    cwd: node24Prefix,
    env: nestedNpmEnv(),
  });
  const version = spawnSync(node24Binary(), ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (!version.startsWith('v24.')) throw new InstallError(`Node 24 did not install properly (it reports "${version}").`);
  fs.writeFileSync(node24Marker, `${version}\n`);
  log(`Node ${version} installed (${seconds(started)})`);
}

/**
 * The environment for a nested npm install. When this script runs under `npm start` or `npm test`, npm has
 * exported its own config as npm_* variables, which the nested npm would take as its config: among them
 * npm_config_user_agent, naming Node 20, which code-server's postinstall reads to refuse to install.
 */
function nestedNpmEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/**
 * A manifest of its own keeps npm from climbing up to the project's package.json and installing into
 * the project instead of the cache folder.
 */
function writePrivateManifest(dir, name) {
  const manifest = path.join(dir, 'package.json');
  if (!fs.existsSync(manifest)) {
    fs.writeFileSync(manifest, `${JSON.stringify({ name, private: true, description: 'Policy Lens editor cache: safe to delete' }, null, 2)}\n`);
  }
}

/**
 * code-server compiles native modules (argon2, node-pty, kerberos, …) in its postinstall. With Node 24 first on
 * PATH and npm_config_nodedir at its headers, they are built for the Node that will run them; without it, the
 * machine's npm config would build them against the system Node's headers and code-server would not load.
 */
async function ensureCodeServer() {
  if (fs.existsSync(codeServerMarker) && fs.existsSync(codeServerEntry)) {
    log(`code-server ${CODE_SERVER_VERSION} present`);
    return;
  }
  const started = Date.now();
  log(`Installing code-server ${CODE_SERVER_VERSION} into .cache/code-server (compiles native modules: a few minutes) ...`);
  fs.mkdirSync(codeServerPrefix, { recursive: true });
  writePrivateManifest(codeServerPrefix, 'policy-lens-code-server');
  const nodeBin = path.dirname(node24Binary());
  const env = nestedNpmEnv({
    PATH: `${nodeBin}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: node24Home(),
    // Build output goes to the log in order; the console gets a heartbeat.
    npm_config_foreground_scripts: 'true',
  });
  let lines = 0;
  const heartbeat = setInterval(() => log(`  ... still installing code-server (${seconds(started)}, ${lines} log lines)`), 30_000);
  try {
    await runLogged(
      'npm',
      ['install', '--prefix', codeServerPrefix, '--no-save', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`],
      { logName: 'code-server-install.log', env, cwd: codeServerPrefix, onLine: () => { lines += 1; } },
    );
  } finally {
    clearInterval(heartbeat);
  }
  // Even --version writes a default config file into XDG_CONFIG_HOME: point it at a scratch folder, not ~.
  const scratchConfig = fs.mkdtempSync(path.join(codeServerPrefix, 'probe-'));
  const probe = spawnSync(node24Binary(), [codeServerEntry, '--version'], {
    encoding: 'utf8',
    env: { ...env, XDG_CONFIG_HOME: scratchConfig, XDG_DATA_HOME: scratchConfig },
  });
  fs.rmSync(scratchConfig, { recursive: true, force: true });
  const version = probe.stdout.trim().split('\n').filter((line) => /^\d+\.\d+\.\d+ /.test(line)).pop();
  if (probe.status !== 0 || !version) {
    throw new InstallError(`code-server installed but does not start:\n${probe.stderr || probe.stdout}`);
  }
  fs.writeFileSync(codeServerMarker, `${version}\n`);
  log(`code-server ${version} installed (${seconds(started)})`);
}

/** Everything `npm start` (and, with `browser`, the end-to-end suite) needs. Idempotent. */
export async function ensureEditor({ browser = false } = {}) {
  const started = Date.now();
  const debs = browser ? [...BUILD_PACKAGES, ...BROWSER_PACKAGES] : BUILD_PACKAGES;
  // The Debian toolchain matters only while code-server still has to be compiled.
  const needsBuild = !(fs.existsSync(codeServerMarker) && fs.existsSync(codeServerEntry));
  await ensureDebianPackages(needsBuild ? debs : browser ? BROWSER_PACKAGES : []);
  if (browser && !fs.existsSync(CHROMIUM_PATH)) {
    throw new InstallError(`Chromium is expected at ${CHROMIUM_PATH} after installing the Debian package "chromium".`);
  }
  await ensureNode24();
  await ensureCodeServer();
  log(`Editor ready (${seconds(started)})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureEditor({ browser: process.argv.includes('--browser') }).catch((error) => {
    process.stderr.write(`[editor] ${error instanceof InstallError ? error.message : error.stack}\n`);
    process.exit(1);
  });
}
