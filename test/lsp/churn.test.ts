import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConflictsResult, EntitiesResult } from '../../server/src/protocol';
import { fileUri, LspTestClient, seedsDir } from './harness/lspClient';

// Corpus churn while the server indexes: files deleted, renamed and replaced by directories under
// its feet, a symbolic-link loop, a link to itself, a dangling link, a named pipe and a link to it
// (files that cannot be read: the tests run as root, where permission bits do not stop a read, so
// unreadability comes from what the path is), and then 5,000 files created at once. The server
// is told of each change the way the editor tells it (workspace/didChangeWatchedFiles). It must
// keep running, and its index must equal that of a fresh server started on the final state.

const INITIAL = 150;
const BURST = 5_000;
const CREATED = 1;
const DELETED = 3;

let workspace: string;
let emptySeeds: string;
const clients: LspTestClient[] = [];
const prose = () => readdirSync(seedsDir).map((name) => readFileSync(join(seedsDir, name), 'utf8')).join('\n\n');
const at = (name: string) => join(workspace, name);

async function start(waitUntilReady: boolean): Promise<LspTestClient> {
  const client = await LspTestClient.start({ workspace, seedsPath: emptySeeds, waitUntilReady });
  clients.push(client);
  return client;
}

function tell(client: LspTestClient, changes: Array<[string, number]>): void {
  client.notify('workspace/didChangeWatchedFiles', { changes: changes.map(([name, type]) => ({ uri: fileUri(at(name)), type })) });
}

/** The index as the side panel sees it: every entity with its mentions, and every conflict with its claims. */
async function index(client: LspTestClient) {
  const entities = await client.request<EntitiesResult>('policyLens/entities', {});
  const conflicts = await client.request<ConflictsResult>('policyLens/conflicts', { includeReviewed: true });
  return {
    entities: entities.entities
      .map((e) => `${e.type}|${e.canonical}|${e.mentionCount}|${e.mentions.map((m) => `${m.uri}@${m.range.start.line}:${m.range.start.character}`).sort().join(',')}`)
      .sort(),
    conflicts: conflicts.conflicts.map((c) => `${c.id}|${c.claims.map((claim) => `${claim.uri}@${claim.range.start.line}`).sort().join(',')}`).sort(),
  };
}

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-churn-'));
  emptySeeds = mkdtempSync(join(tmpdir(), 'policy-lens-no-seeds-'));
  const text = prose();
  for (let i = 0; i < INITIAL; i++) writeFileSync(at(`doc-${String(i).padStart(3, '0')}.txt`), `Document ${i}.\n\n${text}`);
  mkdirSync(at('nested'));
  symlinkSync(workspace, at('nested/loop'));
  symlinkSync(at('self.txt'), at('self.txt'));
  symlinkSync(at('nowhere.txt'), at('dangling.txt'));
  execFileSync('mkfifo', [at('pipe.txt')]);
  symlinkSync(at('pipe.txt'), at('to-pipe.txt'));
});

afterAll(async () => {
  for (const client of clients) await client.stop();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(emptySeeds, { recursive: true, force: true });
}, 60_000);

/** A bound in the harness: the answer must come within `ms` (generous: a burst takes ~2 s idle). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))]);
}

describe('a corpus that changes while it is indexed', () => {
  let churned: LspTestClient;

  it('keeps running through deletions, renames, files replaced by folders, links that go nowhere and a pipe', async () => {
    churned = await start(false);
    await churned.waitForStatus((status) => status.state === 'indexing' && status.indexed > 0);
    const changes: Array<[string, number]> = [];
    for (let i = 0; i < INITIAL; i += 10) {
      const name = `doc-${String(i).padStart(3, '0')}.txt`;
      if (i % 30 === 0) {
        unlinkSync(at(name));
        changes.push([name, DELETED]);
      } else if (i % 30 === 10) {
        renameSync(at(name), at(`renamed-${name}`));
        changes.push([name, DELETED], [`renamed-${name}`, CREATED]);
      } else {
        unlinkSync(at(name));
        mkdirSync(at(name));
        writeFileSync(at(`${name}/inside.txt`), 'The King’s Fund said so.');
        changes.push([name, DELETED], [name, CREATED], [`${name}/inside.txt`, CREATED]);
      }
    }
    changes.push(['self.txt', CREATED], ['dangling.txt', CREATED], ['pipe.txt', CREATED], ['to-pipe.txt', CREATED]);
    tell(churned, changes);
    await churned.waitForStatus((status) => status.state === 'ready', 120_000);
    expect(churned.child.exitCode).toBeNull();
  }, 180_000);

  it(`takes ${BURST.toLocaleString('en-GB')} files created at once and keeps answering`, async () => {
    mkdirSync(at('burst'));
    const burst: Array<[string, number]> = [];
    for (let i = 0; i < BURST; i++) {
      const name = `burst/note-${i}.md`;
      writeFileSync(at(name), `Note ${i}: the NHS employs ${1000 + i} staff, said Ed Mayo of Co-operatives UK.\n`);
      burst.push([name, CREATED]);
    }
    tell(churned, burst);
    // Handled one by one, a burst re-checked a claim key shared by every file once per file: minutes.
    const afterBurst = await within(churned.request<EntitiesResult>('policyLens/entities', { filter: 'Co-operatives UK' }), 40_000, 'the burst');
    expect(afterBurst.entities[0]?.documents.length).toBeGreaterThanOrEqual(BURST);
    expect(churned.child.exitCode).toBeNull();
  }, 180_000);

  it('ends with the same index as a fresh server started on the final state', async () => {
    const churnedIndex = await index(churned);
    const fresh = await start(true);
    const freshIndex = await index(fresh);
    expect(churnedIndex.entities.length).toBeGreaterThan(100);
    expect(churnedIndex.conflicts).toEqual(freshIndex.conflicts);
    expect(churnedIndex.entities).toEqual(freshIndex.entities);
  }, 240_000);
});
