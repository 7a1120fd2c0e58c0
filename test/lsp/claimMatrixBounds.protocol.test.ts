import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimMatrixResult, ClaimMatrixRow } from '../../server/src/protocol';
import { fileUri, LspTestClient, seedText } from './harness/lspClient';

// The claim matrix within bounds, as the webview asks for it: at 10,000 documents the whole
// matrix is tens of millions of cells. The shipped seeds plus three copies of seed 000 without
// its co-operative sentences make rows of every kind: a disputed row with few sources (whether
// Circle is a co-operative), and rows with more sources that all agree.

const SEED = '000_cde4b1dd08b8758c.txt';

let client: LspTestClient;
let workspace: string;
let whole: ClaimMatrixResult;
const sourcesOf = (row: ClaimMatrixRow) => Object.keys(row.cells).length;
const disputed = (row: ClaimMatrixRow) => Object.values(row.cells).some((cell) => cell.disagrees);
const copyUri = (copy: number) => fileUri(join(workspace, `copy-${copy}.txt`));

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-matrix-'));
  const calm = seedText(SEED).split('\n').filter((line) => !line.includes('co-operative')).join('\n');
  for (const copy of [1, 2, 3]) writeFileSync(join(workspace, `copy-${copy}.txt`), calm);
  client = await LspTestClient.start({ workspace });
  whole = await client.request<ClaimMatrixResult>('policyLens/claimMatrix', {});
});

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

describe('the claim matrix within bounds', () => {
  it('has, unbounded, every row and source and says nothing is left out', () => {
    expect(whole.omitted).toBeUndefined();
    expect(whole.sources.map((source) => source.label)).toEqual(expect.arrayContaining(['copy-1.txt', 'copy-2.txt', 'copy-3.txt']));
    expect(whole.rows.some((row) => disputed(row))).toBe(true);
    expect(whole.rows.some((row) => !disputed(row) && sourcesOf(row) >= 4)).toBe(true);
  });

  it('keeps disputed rows before undisputed ones, however many sources those have', async () => {
    const most = Math.max(...whole.rows.map(sourcesOf));
    const fewerDisputed = whole.rows.filter((row) => disputed(row) && sourcesOf(row) < most);
    expect(fewerDisputed.length).toBeGreaterThan(0);
    const first = await client.request<ClaimMatrixResult>('policyLens/claimMatrix', { maxRows: whole.rows.filter(disputed).length });
    expect(first.rows.every(disputed)).toBe(true);
    expect(first.omitted?.rows).toBe(whole.rows.length - first.rows.length);
  });

  it('keeps the row it was opened on first, even an undisputed one', async () => {
    const calm = whole.rows.find((row) => !disputed(row))!;
    const focused = await client.request<ClaimMatrixResult>('policyLens/claimMatrix', { focus: { subject: calm.subject, attribute: calm.attribute }, maxRows: 1 });
    expect(focused.rows.map((row) => [row.subject, row.attribute])).toEqual([[calm.subject, calm.attribute]]);
    expect(focused.omitted?.rows).toBe(whole.rows.length - 1);
  });

  it('keeps the active document as a source first, with its own cells only', async () => {
    const one = await client.request<ClaimMatrixResult>('policyLens/claimMatrix', { document: copyUri(2), maxSources: 1 });
    expect(one.sources.map((source) => source.uri)).toEqual([copyUri(2)]);
    expect(one.rows.length).toBeGreaterThan(0);
    for (const row of one.rows) expect(Object.keys(row.cells).every((uri) => uri === copyUri(2))).toBe(true);
    expect(one.omitted?.sources).toBe(whole.sources.length - 1);
  });

  it('then keeps the sources that disagree, over those that agree', async () => {
    // The copies say the most, but agree; the two sources that disagree are the ones kept.
    const two = await client.request<ClaimMatrixResult>('policyLens/claimMatrix', { maxSources: 2 });
    expect(two.sources.map((source) => source.label)).not.toContain('copy-1.txt');
    const disagreeing = new Set(two.rows.flatMap((row) => Object.entries(row.cells).filter(([, cell]) => cell.disagrees).map(([uri]) => uri)));
    expect(disagreeing.size).toBe(2);
  });
});
