import manifest from '../../../package.json';

// Name, version and home page of the tool, read from the extension manifest at build time so
// `--version` and the SARIF driver never drift from the published package.

interface Manifest {
  name: string;
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

const info = manifest as Manifest;

export const TOOL_NAME = 'policy-lens';
export const TOOL_VERSION: string = info.version;

/** The project's web address, when the manifest names one ("git+https://….git" is tidied to https). */
export const TOOL_HOME: string | undefined = (() => {
  if (info.homepage) return info.homepage;
  const repository = typeof info.repository === 'string' ? info.repository : info.repository?.url;
  if (!repository || !/^(git\+)?https?:\/\//.test(repository)) return undefined;
  return repository.replace(/^git\+/, '').replace(/\.git$/, '');
})();
