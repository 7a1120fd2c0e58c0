import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, fileUri, positionOf, sameUri, seedText } from './harness/lspClient';

// A result computed for a superseded version is never published. The document is long enough
// (the Circle article forty times over, about 400 KB) that each analysis takes a while, and versions
// 2..20 arrive at uneven intervals, many while an analysis is running. After each edit the client
// sends a request the server answers without touching documents: its answer proves the server has
// taken in that version. A publication for an older version arriving after such an answer would be
// a late result for a superseded version.

const SEED = '000_cde4b1dd08b8758c.txt';
const LAST_VERSION = 20;

let workspace: string;
let client: LspTestClient;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-versions-'));
  client = await LspTestClient.start({ workspace });
});

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('versions', () => {
  it('never publishes diagnostics for a version older than one the server has already received', async () => {
    const uri = fileUri(join(workspace, 'long-article.txt'));
    const text = Array.from({ length: 40 }, () => seedText(SEED)).join('\n\n');
    client.open(uri, text);
    await client.waitForDiagnostics(uri, (params) => params.version === 1, 0, 60_000);

    const start = client.recorded.diagnostics.length;
    /** For each version: how many publications had arrived when the server confirmed it had that version. */
    const confirmedAfter = new Map<number, number>();
    const insertAt = positionOf(text, 'Circle Health');
    // Uneven gaps: some edits come in bursts, some while an analysis runs, some after it.
    const gaps = [0, 5, 40, 0, 0, 120, 10, 250, 3, 60, 0, 15, 300, 1, 80, 20, 0, 200, 30];
    for (let version = 2; version <= LAST_VERSION; version++) {
      expect(client.edit(uri, { start: insertAt, end: insertAt }, version % 3 === 0 ? 'not ' : 'x')).toBe(version);
      // An unknown command: answered in order, after the edit, without analysing anything.
      void client.request('workspace/executeCommand', { command: 'policyLens.ping', arguments: [] }).then(() => {
        confirmedAfter.set(version, client.recorded.diagnostics.length);
      });
      await pause(gaps[version - 2]);
    }
    await client.waitForDiagnostics(uri, (params) => params.version === LAST_VERSION, start, 60_000);
    // Anything still on its way arrives within this pause.
    await pause(500);

    const published = client.recorded.diagnostics
      .map((params, index) => ({ version: params.version ?? -1, index }))
      .filter(({ index }) => index >= start && sameUri(client.recorded.diagnostics[index].uri, uri));
    expect(published.at(-1)?.version).toBe(LAST_VERSION);
    expect(confirmedAfter.size).toBe(LAST_VERSION - 1);
    for (const { version, index } of published) {
      for (const [newer, arrivedBefore] of confirmedAfter) {
        // Publication `index` came after the server confirmed `newer`: it must describe `newer` or later.
        if (index >= arrivedBefore) expect(version, `diagnostics for version ${version} published after version ${newer} arrived`).toBeGreaterThanOrEqual(newer);
      }
    }
    const versions = published.map(({ version }) => version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  }, 120_000);
});
