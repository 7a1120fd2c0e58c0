import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './tempDirs';

// The test side of networkTrap.cjs: where the trap writes its records, the environment that makes
// a child process load it, and the attempts recorded so far.

export const NETWORK_TRAP = resolve(__dirname, 'networkTrap.cjs');

export interface NetworkAttempt {
  api: string;
  target: string;
  pid: number;
  stack: string;
}

export function newNetworkLog(): string {
  return join(tempDir('policy-lens-network-'), 'attempts.jsonl');
}

/** Environment for a child process that must run under the trap (NODE_OPTIONS reaches its children too). */
export function trappedEnv(log: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const options = [base.NODE_OPTIONS, `--require ${NETWORK_TRAP}`].filter(Boolean).join(' ');
  return { ...base, NODE_OPTIONS: options, POLICY_LENS_NETWORK_LOG: log };
}

export function networkAttempts(log: string): NetworkAttempt[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as NetworkAttempt);
}
