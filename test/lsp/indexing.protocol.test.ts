import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellationTokenSource, type Hover } from 'vscode-languageserver-protocol';
import { LspTestClient, positionOf, seedsDir, seedText, seedUri } from './harness/lspClient';

// A workspace big enough that indexing takes a while (150 documents of 35 KB): the server must
// report progress, answer hovers on an open document before indexing ends, and let a whole-corpus
// check that was waiting for the index be cancelled.

const DOCUMENTS = 150;
const SEED = '000_cde4b1dd08b8758c.txt';

let workspace: string;
let client: LspTestClient;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-indexing-'));
  const seeds = readdirSync(seedsDir).map((name) => seedText(name));
  for (let i = 0; i < DOCUMENTS; i++) {
    // Every document differs a little, so no two are byte-identical twins.
    writeFileSync(join(workspace, `doc-${String(i).padStart(4, '0')}.txt`), `Document ${i}.\n\n${seeds.join('\n\n')}`);
  }
  client = await LspTestClient.start({ workspace, waitUntilReady: false });
});

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

describe('indexing a large workspace', () => {
  it('answers a hover on an open document before indexing is over', async () => {
    const uri = seedUri(SEED);
    const text = seedText(SEED);
    client.open(uri, text);
    const position = positionOf(text, 'Circle Health Partnership');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    expect(client.recorded.statuses.some((status) => status.state === 'ready')).toBe(false);
    expect((hover?.contents as { value: string }).value).toContain('organisation');
  });

  it('lets a whole-corpus check waiting for the index be cancelled', async () => {
    const source = new CancellationTokenSource();
    const check = client.connection.sendRequest('policyLens/checkCorpus', {}, source.token);
    setTimeout(() => source.cancel(), 20);
    await expect(check).rejects.toMatchObject({ code: -32800 });
  });

  it('reports progress as "indexing n/N" and then "ready" with every document', async () => {
    const ready = await client.waitForStatus((status) => status.state === 'ready', 120000);
    const progress = client.recorded.statuses.filter((status) => status.state === 'indexing');
    expect(progress.length).toBeGreaterThan(1);
    for (let i = 1; i < progress.length; i++) expect(progress[i].indexed).toBeGreaterThanOrEqual(progress[i - 1].indexed);
    expect(progress.every((status) => status.total === DOCUMENTS + 5)).toBe(true);
    expect(ready.indexed).toBe(DOCUMENTS + 5);
    expect(ready.entities).toBeGreaterThan(DOCUMENTS * 50);
  }, 120000);
});
