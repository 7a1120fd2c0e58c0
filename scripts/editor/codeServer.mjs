// Starts and stops code-server for `npm start` and the end-to-end suite.
// Everything it writes lives in a profile folder of the caller's choosing (settings, extensions, XDG
// config/data/cache), so nothing lands in the home directory, and two runs never share state by accident.
// code-server runs in its own process group: its extension hosts and our language server are children of
// it, and killing the group is the only way to be sure none of them outlive it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { codeServerEntry, node24Binary } from './paths.mjs';

/** Settings from the tested recipe: no AI panel, no welcome page, no updates, no secondary side bar. */
export const QUIET_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
};

/** A gallery address nothing listens on: the editor never reaches out to a marketplace. */
const OFFLINE_GALLERY = JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' });

/** The folders of one editor profile under `root`. */
export function profilePaths(root) {
  return {
    root,
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    xdgConfig: path.join(root, 'xdg', 'config'),
    xdgData: path.join(root, 'xdg', 'data'),
    xdgCache: path.join(root, 'xdg', 'cache'),
    logFile: path.join(root, 'code-server.log'),
  };
}

/** Creates the profile's folders and writes its settings.json (merging `extraSettings` over the recipe's). */
export function prepareProfile(root, extraSettings = {}) {
  const profile = profilePaths(root);
  for (const dir of [profile.userDataDir, profile.extensionsDir, profile.xdgConfig, profile.xdgData, profile.xdgCache]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  const userDir = path.join(profile.userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), `${JSON.stringify({ ...QUIET_SETTINGS, ...extraSettings }, null, 2)}\n`);
  return profile;
}

/** The environment code-server runs with: scratch XDG folders, an unreachable gallery, Node 24 first on PATH. */
export function codeServerEnv(profile) {
  const env = { ...process.env };
  // npm sets these for scripts it runs; they would leak npm's own Node and config into the editor's terminals.
  for (const key of Object.keys(env)) if (key.startsWith('npm_')) delete env[key];
  return {
    ...env,
    PATH: `${path.dirname(node24Binary())}${path.delimiter}${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: profile.xdgConfig,
    XDG_DATA_HOME: profile.xdgData,
    XDG_CACHE_HOME: profile.xdgCache,
    EXTENSIONS_GALLERY: OFFLINE_GALLERY,
  };
}

/** Runs the code-server CLI to completion (for --install-extension and friends). */
export function runCodeServerCli(profile, args) {
  const result = spawnSync(
    node24Binary(),
    [codeServerEntry, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, ...args],
    { env: codeServerEnv(profile), encoding: 'utf8', timeout: 120_000 },
  );
  if (result.status !== 0) {
    throw new Error(`code-server ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

/** A free TCP port on the loopback interface, chosen by the kernel. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts code-server on `workspace` and resolves once GET /healthz answers.
 * Returns `{ url, port, pid, stop, exited }`; `exited` settles when code-server's main process ends; `stop()` ends the whole process group (TERM, then KILL after a grace period).
 * The group is also killed when this Node process exits, including on Ctrl-C and SIGTERM.
 */
export async function launchCodeServer({ profile, workspace, port, readyTimeoutMs = 90_000 }) {
  const chosenPort = port ?? (await freePort());
  const args = [
    codeServerEntry,
    '--bind-addr', `127.0.0.1:${chosenPort}`,
    '--auth', 'none',
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--reconnection-grace-time', '5',
    workspace,
  ];
  const logFd = fs.openSync(profile.logFile, 'a');
  // detached: the child calls setsid(), so it leads a new process group whose id is its pid.
  const child = spawn(node24Binary(), args, { env: codeServerEnv(profile), detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  const pgid = child.pid;
  let exited = false;
  const exitedPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    });
  });

  const killOnExit = () => signalGroup(pgid, 'SIGKILL');
  process.on('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    signalGroup(pgid, 'SIGTERM');
    for (let waited = 0; waited < 5000 && groupAlive(pgid); waited += 100) await sleep(100);
    if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL');
  };

  const url = `http://127.0.0.1:${chosenPort}`;
  const deadline = Date.now() + readyTimeoutMs;
  while (true) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited before it was ready. Its log (${profile.logFile}) ends with:\n${logTail(profile.logFile)}`);
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz within ${readyTimeoutMs / 1000} s. Log: ${profile.logFile}`);
    }
    await sleep(250);
  }
  return { url, port: chosenPort, pid: pgid, stop, exited: exitedPromise };
}

function logTail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Pids of the processes in a process group whose command line contains `needle` (Linux /proc). */
export function processesInGroup(pgid, needle) {
  const found = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 5 of /proc/PID/stat is the process group; the command name (field 2) may contain spaces, so
      // parse after its closing parenthesis.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const commandLine = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (commandLine.includes(needle)) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}
