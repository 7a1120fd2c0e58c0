import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTemporaryFileName } from '../../server/src/files/atomicWrite';
import type { AnnotationEditResult, AnnotationsListResult, ConflictsResult, EntitiesResult } from '../../server/src/protocol';
import { fileUri, LspTestClient, positionOf, seedsDir } from './harness/lspClient';

// The language server killed (SIGKILL: no chance to clean up) while it indexes the workspace and
// again right after an edit and an annotation save. A new server started on the same workspace,
// as the client's restart does, must come back with the same diagnostics, entities and conflicts
// as before the crashes, and the annotation store on disk must be whole: byte for byte what the
// last completed save wrote. (The client's restart policy, stop after the fifth crash in three
// minutes with an "Open Log" action, is unit-tested in test/unit/client/languageClient.test.ts and
// restartBudget.test.ts.)

const SEED = '000_cde4b1dd08b8758c.txt';
const EXTRA_DOCUMENTS = 80;

let workspace: string;
let emptySeeds: string;
const clients: LspTestClient[] = [];
const uri = () => fileUri(join(workspace, 'seeds', SEED));
const text = () => readFileSync(join(workspace, 'seeds', SEED), 'utf8');

function storeFiles(): Record<string, string> {
  const folder = join(workspace, '.policy-lens', 'annotations');
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      // A temporary file a killed save left behind is not the store (readers skip it).
      else if (!isTemporaryFileName(entry.name)) files[path.slice(folder.length + 1)] = readFileSync(path, 'utf8');
    }
  };
  walk(folder);
  return files;
}

async function start(waitUntilReady = true): Promise<LspTestClient> {
  const client = await LspTestClient.start({ workspace, seedsPath: emptySeeds, waitUntilReady });
  clients.push(client);
  return client;
}

function kill(client: LspTestClient): Promise<void> {
  return new Promise((resolve) => {
    client.child.once('exit', () => resolve());
    client.child.kill('SIGKILL');
  });
}

/** What a researcher sees: the open document's diagnostics, every entity and every conflict. */
async function view(client: LspTestClient) {
  client.open(uri(), text());
  const published = await client.waitForDiagnostics(uri());
  const entities = await client.request<EntitiesResult>('policyLens/entities', {});
  const conflicts = await client.request<ConflictsResult>('policyLens/conflicts', { includeReviewed: true });
  const annotations = await client.request<AnnotationsListResult>('policyLens/annotations/list', {});
  return {
    diagnostics: published.diagnostics.map((d) => ({ range: d.range, message: d.message, related: d.relatedInformation?.length })),
    entities: entities.entities.map((e) => `${e.type} ${e.canonical} ${e.mentionCount}`).sort(),
    conflicts: conflicts.conflicts.map((c) => `${c.id} ${c.claims.length}`).sort(),
    annotations: annotations.documents.flatMap((d) => d.annotations.map((a) => `${a.id} ${a.status} ${a.quote}`)).sort(),
  };
}

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-crash-'));
  emptySeeds = mkdtempSync(join(tmpdir(), 'policy-lens-no-seeds-'));
  cpSync(seedsDir, join(workspace, 'seeds'), { recursive: true });
  const prose = readdirSync(seedsDir).map((name) => readFileSync(join(seedsDir, name), 'utf8')).join('\n\n');
  for (let i = 0; i < EXTRA_DOCUMENTS; i++) writeFileSync(join(workspace, `copy-${i}.txt`), `Copy ${i}.\n\n${prose}`);
});

afterAll(async () => {
  for (const client of clients) await client.stop();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(emptySeeds, { recursive: true, force: true });
});

describe('a language server killed while it works', () => {
  let before: Awaited<ReturnType<typeof view>>;
  let storeBefore: Record<string, string>;

  it('leaves nothing to repair when killed during indexing', async () => {
    // A first session makes an annotation, so there is a store on disk to protect.
    const first = await start();
    const range = { start: positionOf(text(), 'Circle'), end: { ...positionOf(text(), 'Circle'), character: positionOf(text(), 'Circle').character + 6 } };
    const created = await first.request<AnnotationEditResult>('policyLens/annotations/create', {
      uri: uri(),
      range,
      bodies: [{ kind: 'note', text: 'checked against the annual report' }],
      creator: 'Ada',
    });
    expect(created.save.saved).toBe(true);
    before = await view(first);
    storeBefore = storeFiles();
    await first.stop();

    const indexing = await start(false);
    await indexing.waitForStatus((status) => status.state === 'indexing' && status.indexed > 0);
    expect(indexing.recorded.statuses.some((status) => status.state === 'ready')).toBe(false);
    await kill(indexing);
    expect(storeFiles()).toEqual(storeBefore);
  }, 120_000);

  it('keeps the store whole when killed right after an edit and an annotation save', async () => {
    const editing = await start();
    editing.open(uri(), text());
    await editing.waitForDiagnostics(uri());
    const at = positionOf(text(), 'Circle');
    editing.edit(uri(), { start: at, end: at }, 'Edited ');
    const save = editing.request('policyLens/annotations/create', {
      uri: uri(),
      range: { start: at, end: { line: at.line, character: at.character + 7 } },
      bodies: [{ kind: 'entity-tag', entityType: 'organisation' }],
      creator: 'Ada',
    });
    // Killed without waiting for the answer: the save may or may not have happened.
    save.catch(() => undefined);
    await kill(editing);
    const after = storeFiles();
    for (const [path, content] of Object.entries(after)) {
      // Whatever was written is a whole, parseable collection: the old version or the new one.
      expect(() => JSON.parse(content), path).not.toThrow();
      if (content !== storeBefore[path]) expect(JSON.parse(content).first?.items ?? JSON.parse(content).items).toBeDefined();
    }
    // Restore the pre-crash store so the next server can be compared with the first.
    for (const [path, content] of Object.entries(storeBefore)) writeFileSync(join(workspace, '.policy-lens', 'annotations', path), content);
  }, 120_000);

  it('comes back, in a new server on the same workspace, with the same diagnostics, entities, conflicts and annotations', async () => {
    const restarted = await start();
    const after = await view(restarted);
    expect(after.diagnostics.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
    expect(storeFiles()).toEqual(storeBefore);
  }, 120_000);
});
