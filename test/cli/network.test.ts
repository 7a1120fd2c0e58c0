import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../../server/src/engine/annotations/create';
import { AnnotationStore } from '../../server/src/files/annotationStore';
import { networkAttempts, newNetworkLog, trappedEnv } from '../support/networkLog';
import { REPO_ROOT, SEEDS_DIR, workspace } from './helpers';

// Nothing downloads at run time: the CLI runs every command under a preload that traps sockets,
// HTTP(S), DNS and fetch, records any attempt and refuses it. The first test proves the trap
// catches each kind of request, so that "no attempt recorded" means something.

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function runTrapped(cwd: string, log: string, args: string[]) {
  return spawnSync(process.execPath, args, { cwd, env: trappedEnv(log), encoding: 'utf8', timeout: 60_000 });
}

describe('the network trap', () => {
  it('records and refuses a socket, an HTTP and HTTPS request, a DNS look-up and a fetch', () => {
    const log = newNetworkLog();
    const probe = `
      const attempts = [
        () => require('node:net').connect(80, 'example.org'),
        () => new (require('node:net').Socket)().connect(443, '93.184.216.34'),
        () => require('node:tls').connect(443, 'example.org'),
        () => require('node:http').get('http://example.org/'),
        () => require('node:https').request('https://example.org/'),
        () => require('node:dns').lookup('example.org', () => {}),
        () => fetch('https://example.org/'),
      ];
      let refused = 0;
      for (const attempt of attempts) { try { attempt(); } catch { refused++; } }
      process.stdout.write(String(refused));`;
    const result = runTrapped(REPO_ROOT, log, ['-e', probe]);
    expect(result.stdout).toBe('7');
    const apis = networkAttempts(log).map((attempt) => attempt.api);
    expect(apis).toEqual(expect.arrayContaining(['net.connect', 'net.Socket#connect', 'tls.connect', 'http.get', 'https.request', 'dns.lookup', 'fetch']));
  });
});

describe('the CLI under the network trap', () => {
  const root = workspace({});
  cpSync(SEEDS_DIR, join(root, 'seeds'), { recursive: true });
  const seed = 'seeds/000_cde4b1dd08b8758c.txt';
  const text = readFileSync(join(root, seed), 'utf8');
  const store = new AnnotationStore({ workspaceRoot: root });
  const start = text.indexOf('Circle');
  store.put(seed, createAnnotation({ source: seed, text, start, end: start + 6, bodies: [{ kind: 'entity-tag', entityType: 'organisation' }], creator: 'Ada' }));
  store.save(seed);
  mkdirSync(join(root, 'out'));

  const commands: Array<[string, string[], number]> = [
    ['extract (json)', ['extract', '--format', 'json', 'seeds'], 0],
    ['extract (text)', ['extract', '--format', 'text', 'seeds'], 0],
    ['check (text)', ['check', 'seeds'], 1],
    ['check (sarif)', ['check', '--format', 'sarif', 'seeds'], 1],
    ['export (w3c)', ['export', '--format', 'w3c'], 0],
    ['export (brat)', ['export', '--format', 'brat', '--out', 'out'], 0],
    ['export (conll)', ['export', '--format', 'conll', 'seeds'], 0],
  ];
  it.each(commands)('%s makes no network request', (_name, args, status) => {
    const log = newNetworkLog();
    const result = runTrapped(root, log, [CLI, ...args]);
    expect(result.error).toBeUndefined();
    expect(result.status, result.stderr).toBe(status);
    expect(networkAttempts(log)).toEqual([]);
  }, 60_000);
});
