// Where the editor tooling keeps things, and which versions it pins. Every path is derived from this
// file's location, so nothing machine-specific is ever written into the repository.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = path.join(projectRoot, '.cache');

/** code-server 4.139.1 carries VS Code 1.139 and needs Node 24, which the npm registry ships as a package. */
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.9.0';

/** The npm package holding a prebuilt Node for this platform (bin/node plus its headers). */
export function node24PackageName() {
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (process.platform !== 'linux' || !arch) {
    throw new Error(`The bundled editor supports Linux on x64 or arm64 only (this is ${process.platform}/${process.arch}).`);
  }
  return `node-linux-${arch}`;
}

export const node24Prefix = path.join(cacheDir, 'node24');
export function node24Home() {
  return path.join(node24Prefix, 'node_modules', node24PackageName());
}
export function node24Binary() {
  return path.join(node24Home(), 'bin', 'node');
}

export const codeServerPrefix = path.join(cacheDir, 'code-server');
export const codeServerPackageDir = path.join(codeServerPrefix, 'node_modules', 'code-server');
/** Started with Node 24 directly, so whichever `node` is first on PATH does not matter. */
export const codeServerEntry = path.join(codeServerPackageDir, 'out', 'node', 'entry.js');

/** Written last by a successful install: its presence is what makes a second install instant. */
export const codeServerMarker = path.join(codeServerPrefix, `.installed-${CODE_SERVER_VERSION}`);
export const node24Marker = path.join(node24Prefix, `.installed-${NODE24_VERSION}`);

export const logsDir = path.join(cacheDir, 'logs');

/** Debian packages: the toolchain and headers code-server's native modules compile against. */
export const BUILD_PACKAGES = ['build-essential', 'pkg-config', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev'];
/** Only the end-to-end suite needs a browser; `npm start` leaves the choice of browser to the user. */
export const BROWSER_PACKAGES = ['chromium'];
export const CHROMIUM_PATH = '/usr/bin/chromium';
