import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckCorpusResult, ConflictsResult, EntitiesResult } from '../../server/src/protocol';
import { INDEX_CACHE_FILE_NAME } from '../../server/src/lsp/indexCache/indexCache';
import { LspTestClient, repoRoot, seedsDir } from './harness/lspClient';

// The index cache as the editor meets it: the client names a storage folder at initialize, the
// server keeps the workspace's analyses there and reuses them at its next start, and what the
// researcher sees (entities, conflicts, diagnostics) is the same either way. A cache that is not
// usable is ignored with a line in the log, never a notification; the setting turns it off.

const fixtureDirs = [seedsDir, join(repoRoot, 'test/fixtures/heldout'), join(repoRoot, 'test/fixtures/heldout2')];

let root: string;
let workspace: string;
let fileCount: number;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'policy-lens-cache-protocol-'));
  workspace = mkdtempSync(join(root, 'ws-'));
  fileCount = 0;
  for (const dir of fixtureDirs) {
    for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.txt'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      writeFileSync(join(workspace, `a-${name}`), text);
      // A second source with other figures, so that documents conflict.
      writeFileSync(join(workspace, `b-${name}`), text.replace(/\d+/g, (n) => String(Number(n) + 3)));
      fileCount += 2;
    }
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Seen {
  summary: string;
  cacheLines: string[];
  notifications: string[];
  entities: EntitiesResult;
  conflicts: ConflictsResult;
  diagnostics: Record<string, unknown>;
}

/** Starts the server on the workspace, waits for ready (and for the cache to be written), records what it shows, and stops it. */
async function startAndLook(storage: string | undefined, settings: Record<string, unknown> = {}): Promise<Seen> {
  const client = await LspTestClient.start({
    workspace,
    settings,
    initializationOptions: storage ? { indexCacheDirectory: storage } : {},
  });
  try {
    const summary = await client.waitFor(() => client.recorded.logs.find((line) => line.startsWith('Indexed ')), 'the indexing summary');
    const cacheOn = storage !== undefined && settings.indexCache === undefined;
    if (cacheOn) await client.waitFor(() => client.recorded.logs.find((line) => /^Index cache: (wrote|could not)/.test(line)), 'the cache written', 30000);
    const entities = await client.request<EntitiesResult>('policyLens/entities', {});
    const conflicts = await client.request<ConflictsResult>('policyLens/conflicts', { includeReviewed: true });
    await client.request<CheckCorpusResult>('policyLens/checkCorpus', {});
    const diagnostics: Record<string, unknown> = {};
    for (const published of client.recorded.diagnostics) diagnostics[decodeURIComponent(published.uri)] = published.diagnostics;
    return {
      summary,
      cacheLines: client.recorded.logs.filter((line) => line.startsWith('Index cache')),
      notifications: client.recorded.messages.map((message) => message.message),
      entities,
      conflicts,
      diagnostics,
    };
  } finally {
    await client.stop();
  }
}

/**
 * The entities listed, in an order of their own: the request goes through documents in the order
 * they entered the corpus, the order analyses came back from the workers (with or without a cache),
 * and an entity's name and value label are those of its first mention so met. What is compared is
 * every mention, and the set of its spellings.
 */
function entitiesInAnyOrder(result: EntitiesResult): string[] {
  return result.entities
    .map(({ name, aliases, value: _firstLabel, documents, mentions, ...entity }) =>
      JSON.stringify({ ...entity, spellings: [name, ...aliases].sort(), documents: [...documents].sort(), mentions: mentions.map((mention) => JSON.stringify(mention)).sort() }),
    )
    .sort();
}

describe('the index cache between two starts of the server', () => {
  let storage: string;
  let withoutCache: Seen;

  beforeAll(async () => {
    storage = join(root, 'storage');
    withoutCache = await startAndLook(undefined);
  }, 120000);

  it('is not used when the client names no storage folder: every file is analysed', () => {
    expect(withoutCache.summary).toMatch(/\(analysed \d+\)/);
    expect(withoutCache.cacheLines).toEqual([]);
  });

  it('is written by the first start and reused by the next, which shows exactly the same entities, conflicts and diagnostics', async () => {
    const cold = await startAndLook(storage);
    expect(cold.summary).toMatch(/\(analysed \d+, reused 0 from the index cache\)/);
    expect(cold.cacheLines).toEqual([expect.stringMatching(/^Index cache: wrote \d+ analyses/)]);
    expect(existsSync(join(storage, INDEX_CACHE_FILE_NAME))).toBe(true);
    const warm = await startAndLook(storage);
    // Every workspace file, and the shipped seeds besides (the workspace's copies have other names).
    const reused = Number(/reused (\d+)/.exec(warm.summary)![1]);
    expect(reused).toBeGreaterThanOrEqual(fileCount);
    expect(warm.summary).toMatch(/\(analysed 0, reused \d+ from the index cache\)/);
    expect(Object.keys(withoutCache.diagnostics).length).toBeGreaterThan(5);
    expect(withoutCache.conflicts.conflicts.length).toBeGreaterThan(3);
    for (const seen of [cold, warm]) {
      expect(entitiesInAnyOrder(seen.entities)).toEqual(entitiesInAnyOrder(withoutCache.entities));
      expect(seen.conflicts).toEqual(withoutCache.conflicts);
      expect(seen.diagnostics).toEqual(withoutCache.diagnostics);
      expect(seen.notifications).toEqual(withoutCache.notifications);
    }
  }, 120000);

  it('ignores a damaged cache with one line in the log and no notification, and writes a new one', async () => {
    const path = join(storage, INDEX_CACHE_FILE_NAME);
    writeFileSync(path, readFileSync(path).subarray(0, 1000));
    const seen = await startAndLook(storage);
    expect(seen.cacheLines[0]).toMatch(/^Index cache: ignored .*cut short/);
    expect(seen.cacheLines[1]).toMatch(/^Index cache: wrote/);
    expect(seen.notifications.join('\n')).not.toMatch(/cache/i);
    expect(seen.diagnostics).toEqual(withoutCache.diagnostics);
    expect(statSync(path).size).toBeGreaterThan(1000);
  }, 120000);

  it('is neither read nor written with policyLens.indexCache.enabled off', async () => {
    const path = join(storage, INDEX_CACHE_FILE_NAME);
    const before = readFileSync(path);
    const seen = await startAndLook(storage, { indexCache: { enabled: false } });
    expect(seen.summary).toMatch(/\(analysed \d+\)/);
    expect(seen.summary).not.toMatch(/reused/);
    expect(seen.cacheLines).toEqual([expect.stringMatching(/^Index cache: off/)]);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(storage)).toEqual([INDEX_CACHE_FILE_NAME]);
    expect(seen.diagnostics).toEqual(withoutCache.diagnostics);
  }, 120000);
});
