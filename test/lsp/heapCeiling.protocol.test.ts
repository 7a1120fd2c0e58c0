import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntitiesResult } from '../../server/src/protocol';
import { fileUri, LspTestClient, seedsDir } from './harness/lspClient';

// A workspace larger than the server's memory ceiling. Without a guard, V8 runs out of heap in the
// middle of indexing and the process dies ("JavaScript heap out of memory"), and the editor's
// restarts die the same way. The server must instead stop taking in files while it still has room,
// become ready with what it holds, say how many files it left out and what to do, and keep working.

/** The old-space ceiling the server gets here, in MB: the setting's minimum is 256, but the test only needs a small one. */
const CEILING_MB = 64;
/** About 34 MB of text: the seeds, each copy a little different. About half of it fills the ceiling to its limit (2,700 of 5,000 files here). */
const COPIES = 1000;

let workspace: string;
let emptySeeds: string;
let client: LspTestClient | undefined;

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-heap-'));
  emptySeeds = mkdtempSync(join(tmpdir(), 'policy-lens-noseeds-'));
  const seeds = readdirSync(seedsDir).map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));
  for (let copy = 0; copy < COPIES; copy++) {
    const folder = join(workspace, `batch-${Math.floor(copy / 100)}`, `copy-${copy}`);
    mkdirSync(folder, { recursive: true });
    for (const seed of seeds) writeFileSync(join(folder, seed.name), `Copy ${copy} of the archive.\n\n${seed.text}`);
  }
});

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(emptySeeds, { recursive: true, force: true });
});

describe('a workspace larger than the server’s memory ceiling', () => {
  it('is indexed as far as memory allows; the server stays up and says what it left out', async () => {
    client = await LspTestClient.start({ workspace, seedsPath: emptySeeds, nodeArgs: [`--max-old-space-size=${CEILING_MB}`], waitUntilReady: false });
    const ready = await client.waitForStatus((status) => status.state === 'ready', 120_000);

    expect(client.child.exitCode).toBeNull();
    const total = COPIES * readdirSync(seedsDir).length;
    // Once ready, the total is what the corpus holds: every file is either in it or left out.
    expect(ready.heldBack?.files).toBeGreaterThan(0);
    expect(ready.total).toBeGreaterThan(0);
    expect(ready.total + ready.heldBack!.files).toBe(total);
    expect(ready.heldBack!.reason).toContain(`${CEILING_MB} MB`);
    expect(ready.heldBack!.reason).toContain('policyLens.server.maxMemoryMB');
    const notice = client.recorded.messages.find((message) => message.message.includes('out of the corpus'));
    expect(notice?.message).toContain(`left ${ready.heldBack!.files.toLocaleString('en-GB')} files out of the corpus`);

    // What it holds still answers: a document's entities, as the status bar asks for them.
    const uri = fileUri(join(workspace, 'batch-0', 'copy-0', readdirSync(seedsDir)[0]!));
    const entities = await client.request<EntitiesResult>('policyLens/entities', { uri });
    expect(entities.entities.length).toBeGreaterThan(10);
    expect(client.child.exitCode).toBeNull();
  }, 180_000);
});
