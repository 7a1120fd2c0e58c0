import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic, DocumentDiagnosticReport, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient, positionOf, sameUri } from './harness/lspClient';

// Diagnostics by pull (LSP 3.17 textDocument/diagnostic) for a client that declares it, over the
// real protocol: open documents are pulled, answered "unchanged" when an edit moves nothing, and the
// client is asked to pull again when something else changes them; closed documents stay pushed,
// and a document never has a pushed and a pulled set at once. Two small workspace texts disagree
// on whether Acme Health Partnership is an employee-owned co-operative (two conflicts); the
// shipped seeds are left out so that these two are the whole corpus.

const A_TEXT = 'Report of the Audit Office, 3 March 2021.\n\nAcme Health Partnership is an employee-owned co-operative.\n\nThe trust employs 300 staff.\n';
const B_TEXT = 'Letter, 5 May 2021.\n\nSome filler here.\nAcme Health Partnership is not an employee-owned co-operative.\n';
const CLAIM_LINE = 2;

let workspace: string;
let client: LspTestClient | undefined;
let aUri: string;
let bUri: string;

async function start(options: { settings?: Record<string, unknown>; pullDiagnostics?: boolean | { refreshSupport: boolean } } = {}): Promise<LspTestClient> {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-pull-'));
  const noSeeds = join(workspace, '.no-seeds');
  mkdirSync(noSeeds);
  writeFileSync(join(workspace, 'a.txt'), A_TEXT);
  writeFileSync(join(workspace, 'b.txt'), B_TEXT);
  aUri = fileUri(join(workspace, 'a.txt'));
  bUri = fileUri(join(workspace, 'b.txt'));
  client = await LspTestClient.start({ workspace, seedsPath: noSeeds, settings: options.settings, pullDiagnostics: options.pullDiagnostics ?? true });
  return client;
}

afterEach(async () => {
  await client?.stop();
  client = undefined;
  rmSync(workspace, { recursive: true, force: true });
});

function full(report: DocumentDiagnosticReport): FullDocumentDiagnosticReport {
  expect(report.kind).toBe('full');
  return report as FullDocumentDiagnosticReport;
}

const starts = (items: Diagnostic[]) => items.map((item) => `${item.range.start.line}:${item.range.start.character}`);
const pushesFor = (c: LspTestClient, uri: string) => c.recorded.diagnostics.filter((params) => sameUri(params.uri, uri));
/** A request the server answers in order without touching documents: everything sent before it has been handled. */
const settle = (c: LspTestClient) => c.request('workspace/executeCommand', { command: 'policyLens.ping', arguments: [] }).catch(() => undefined);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the diagnostic provider', () => {
  it('is declared for a client that pulls and can be asked to pull again', async () => {
    const c = await start();
    expect(c.initializeResult.capabilities.diagnosticProvider).toEqual({ identifier: 'policy-lens', interFileDependencies: true, workspaceDiagnostics: false });
  });

  it('is not declared for a client that pulls but cannot be asked to pull again, which gets every set pushed', async () => {
    const c = await start({ pullDiagnostics: { refreshSupport: false } });
    expect(c.initializeResult.capabilities.diagnosticProvider).toBeUndefined();
    c.open(aUri, A_TEXT);
    expect((await c.waitForDiagnostics(aUri, (params) => params.diagnostics.length > 0)).diagnostics).toHaveLength(2);
  });

  it('is not declared for a client without pull, which keeps getting pushed diagnostics for open documents', async () => {
    const c = await start({ pullDiagnostics: false });
    expect(c.initializeResult.capabilities.diagnosticProvider).toBeUndefined();
    c.open(aUri, A_TEXT);
    const pushed = await c.waitForDiagnostics(aUri, (params) => params.diagnostics.length > 0);
    expect(pushed.version).toBe(1);
    expect(starts(pushed.diagnostics)).toEqual([`${CLAIM_LINE}:0`, `${CLAIM_LINE}:0`]);
  });
});

describe('pulling an open document', () => {
  it('answers the full set first, then "unchanged" with the same result id after an edit that moves no diagnostic', async () => {
    const c = await start();
    c.open(aUri, A_TEXT);
    const first = full(await c.pullDiagnostics(aUri));
    expect(starts(first.items)).toEqual([`${CLAIM_LINE}:0`, `${CLAIM_LINE}:0`]);
    expect(first.resultId).toBeTruthy();

    // Words on the empty line before the claim: the claim keeps its line and column.
    c.edit(aUri, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, 'Introduction.');
    expect(await c.pullDiagnostics(aUri, first.resultId)).toEqual({ kind: 'unchanged', resultId: first.resultId });
    // A client that lost its copy (no previous id) gets the same set in full, under the same id.
    const again = full(await c.pullDiagnostics(aUri));
    expect(again.resultId).toBe(first.resultId);
    expect(again.items).toEqual(first.items);
    // Nothing was pushed for the open document: its only set is the pulled one.
    expect(pushesFor(c, aUri)).toEqual([]);
  });

  it('answers a new full set when an edit moves a diagnostic', async () => {
    const c = await start();
    c.open(aUri, A_TEXT);
    const first = full(await c.pullDiagnostics(aUri));
    c.edit(aUri, { start: { line: CLAIM_LINE, character: 0 }, end: { line: CLAIM_LINE, character: 0 } }, 'Indeed, ');
    const moved = full(await c.pullDiagnostics(aUri, first.resultId));
    expect(moved.resultId).not.toBe(first.resultId);
    expect(starts(moved.items)).toEqual([`${CLAIM_LINE}:8`, `${CLAIM_LINE}:8`]);
  });

  it('answers a new full set when an edit changes the claim', async () => {
    const c = await start();
    c.open(aUri, A_TEXT);
    const first = full(await c.pullDiagnostics(aUri));
    const at = positionOf(A_TEXT, 'is an employee-owned');
    c.edit(aUri, { start: at, end: { line: at.line, character: at.character + 2 } }, 'is not');
    const agreed = full(await c.pullDiagnostics(aUri, first.resultId));
    expect(agreed.resultId).not.toBe(first.resultId);
    expect(agreed.items).toEqual([]);
  });

  it('describes every edit received before the pull, however the edits and pulls interleave', async () => {
    const c = await start();
    c.open(aUri, A_TEXT);
    full(await c.pullDiagnostics(aUri));
    const gaps = [0, 0, 30, 0, 5, 80, 0, 60, 1, 0];
    const answers: Array<Promise<{ inserted: number; report: DocumentDiagnosticReport }>> = [];
    for (let inserted = 1; inserted <= gaps.length; inserted++) {
      c.edit(aUri, { start: { line: CLAIM_LINE, character: 0 }, end: { line: CLAIM_LINE, character: 0 } }, ' ');
      answers.push(c.pullDiagnostics(aUri).then((report) => ({ inserted, report })));
      await pause(gaps[inserted - 1]);
    }
    for (const { inserted, report } of await Promise.all(answers)) {
      expect(starts(full(report).items), `after ${inserted} insertions`).toEqual([`${CLAIM_LINE}:${inserted}`, `${CLAIM_LINE}:${inserted}`]);
    }
  });
});

describe('documents changed by something other than their own edits', () => {
  it('asks the client to pull again when an edit in another open document changes their conflicts, and only then', async () => {
    const c = await start();
    c.open(aUri, A_TEXT);
    c.open(bUri, B_TEXT);
    const a = full(await c.pullDiagnostics(aUri));
    const b = full(await c.pullDiagnostics(bUri));
    expect(a.items).toHaveLength(2);
    expect(b.items).toHaveLength(2);
    await settle(c);
    await pause(50);
    const refreshesBefore = c.recorded.diagnosticRefreshes;

    // An edit in b that moves none of its claims: a still shows the same, so no refresh.
    c.edit(bUri, { start: { line: 2, character: 5 }, end: { line: 2, character: 5 } }, 'more ');
    expect((await c.pullDiagnostics(bUri, b.resultId)).kind).toBe('unchanged');
    await settle(c);
    await pause(50);
    expect(c.recorded.diagnosticRefreshes).toBe(refreshesBefore);

    // b now agrees with a: a's conflicts are gone, and the client is asked to pull again.
    const at = positionOf(B_TEXT, 'not an');
    c.edit(bUri, { start: at, end: { line: at.line, character: at.character + 4 } }, '');
    expect(full(await c.pullDiagnostics(bUri, b.resultId)).items).toEqual([]);
    await c.waitFor(() => (c.recorded.diagnosticRefreshes > refreshesBefore ? true : undefined), 'workspace/diagnostic/refresh');
    expect(full(await c.pullDiagnostics(aUri, a.resultId)).items).toEqual([]);
    expect(pushesFor(c, aUri).filter((params) => params.diagnostics.length > 0)).toEqual([]);
  });

  it('asks the client to pull again when a conflict is marked reviewed', async () => {
    const c = await start();
    c.open(aUri, A_TEXT);
    const a = full(await c.pullDiagnostics(aUri));
    const refreshesBefore = c.recorded.diagnosticRefreshes;
    const conflictId = (a.items[0].data as { conflictId: string }).conflictId;
    await c.request('policyLens/setReviewed', { conflictId, reviewed: true });
    await c.waitFor(() => (c.recorded.diagnosticRefreshes > refreshesBefore ? true : undefined), 'workspace/diagnostic/refresh');
    const after = full(await c.pullDiagnostics(aUri, a.resultId));
    expect(after.items).toHaveLength(1);
    expect((after.items[0].data as { conflictId: string }).conflictId).not.toBe(conflictId);
  });
});

describe('settings', () => {
  it('asks the client to pull again when the severity changes, and the pulled set carries the new severity', async () => {
    const c = await start();
    c.open(aUri, A_TEXT);
    const a = full(await c.pullDiagnostics(aUri));
    expect(a.items.map((item) => item.severity)).toEqual([2, 2]);
    const refreshesBefore = c.recorded.diagnosticRefreshes;
    c.settings = { diagnostics: { severity: 'error' } };
    c.notify('workspace/didChangeConfiguration', { settings: null });
    await c.waitFor(() => (c.recorded.diagnosticRefreshes > refreshesBefore ? true : undefined), 'workspace/diagnostic/refresh');
    expect(full(await c.pullDiagnostics(aUri, a.resultId)).items.map((item) => item.severity)).toEqual([1, 1]);
  });
});

describe('one set per document', () => {
  it('clears what was pushed for a document when it opens, and pushes its disk copy\'s set again when it closes', async () => {
    const c = await start();
    // Check Claims pushes the closed documents' diagnostics.
    await c.request('policyLens/checkCorpus', {});
    expect((await c.waitForDiagnostics(aUri, (params) => params.diagnostics.length > 0)).diagnostics).toHaveLength(2);

    const pushedBeforeOpen = pushesFor(c, aUri).length;
    c.open(aUri, A_TEXT);
    expect((await c.waitForDiagnostics(aUri, (params) => params.diagnostics.length === 0, pushedBeforeOpen)).diagnostics).toEqual([]);
    const pulled = full(await c.pullDiagnostics(aUri));
    expect(pulled.items).toHaveLength(2);
    // While open, the document's set is only the pulled one: no push brings diagnostics back.
    c.edit(aUri, { start: { line: CLAIM_LINE, character: 0 }, end: { line: CLAIM_LINE, character: 0 } }, 'Indeed, ');
    full(await c.pullDiagnostics(aUri, pulled.resultId));
    await settle(c);
    expect(pushesFor(c, aUri).slice(pushedBeforeOpen).every((params) => params.diagnostics.length === 0)).toBe(true);

    const pushedBeforeClose = pushesFor(c, aUri).length;
    c.closeDocument(aUri);
    const reopened = await c.waitForDiagnostics(aUri, (params) => params.diagnostics.length > 0, pushedBeforeClose);
    // The disk copy, without the unsaved "Indeed, ".
    expect(starts(reopened.diagnostics)).toEqual([`${CLAIM_LINE}:0`, `${CLAIM_LINE}:0`]);
    // Pulling a closed document gives nothing: its set is the pushed one.
    expect(full(await c.pullDiagnostics(aUri)).items).toEqual([]);
  });
});

describe('policyLens.checkOn', () => {
  it('"save": typing keeps answering the last result until the document is saved', async () => {
    const c = await start({ settings: { checkOn: 'save' } });
    c.open(aUri, A_TEXT);
    const first = full(await c.pullDiagnostics(aUri));
    expect(first.items).toHaveLength(2);
    c.edit(aUri, { start: { line: CLAIM_LINE, character: 0 }, end: { line: CLAIM_LINE, character: 0 } }, 'Indeed, ');
    expect(await c.pullDiagnostics(aUri, first.resultId)).toEqual({ kind: 'unchanged', resultId: first.resultId });
    c.save(aUri);
    const saved = full(await c.pullDiagnostics(aUri, first.resultId));
    expect(starts(saved.items)).toEqual([`${CLAIM_LINE}:8`, `${CLAIM_LINE}:8`]);
  });

  it('"manual": nothing until Check Claims, which asks the client to pull; typing then keeps the checked result', async () => {
    const c = await start({ settings: { checkOn: 'manual' } });
    c.open(aUri, A_TEXT);
    const first = full(await c.pullDiagnostics(aUri));
    expect(first.items).toEqual([]);
    const refreshesBefore = c.recorded.diagnosticRefreshes;
    await c.request('policyLens/checkCorpus', {});
    await c.waitFor(() => (c.recorded.diagnosticRefreshes > refreshesBefore ? true : undefined), 'workspace/diagnostic/refresh');
    const checked = full(await c.pullDiagnostics(aUri, first.resultId));
    expect(checked.items).toHaveLength(2);
    c.edit(aUri, { start: { line: CLAIM_LINE, character: 0 }, end: { line: CLAIM_LINE, character: 0 } }, 'Indeed, ');
    expect(await c.pullDiagnostics(aUri, checked.resultId)).toEqual({ kind: 'unchanged', resultId: checked.resultId });
    expect(pushesFor(c, aUri).filter((params) => params.diagnostics.length > 0)).toEqual([]);
  });
});
