import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { EntitiesResult } from '../../server/src/protocol';
import { fileUri, LspTestClient, sameUri } from './harness/lspClient';

// How the server builds and keeps its corpus: which workspace files it reads and skips, how it
// follows files changed on disk and settings changed in the editor, and when diagnostics go out.

const AFFIRM = 'Brightwater Care Partnership is an employee-owned co-operative, its chair said in 2012.\n';
const DENY = 'Brightwater Care Partnership is NOT an employee-owned co-operative, a 2012 audit found.\n';

let workspace: string;
let client: LspTestClient;

const documentsInCorpus = async (current: LspTestClient) => {
  const { entities } = await current.request<EntitiesResult>('policyLens/entities', {});
  return new Set(entities.flatMap((entity) => entity.documents).map((uri) => decodeURIComponent(uri)));
};
const inCorpus = (documents: Set<string>, relativePath: string) => [...documents].some((uri) => uri.endsWith(`/${relativePath}`));

function writeWorkspace(root: string): void {
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(join(root, 'affirm.txt'), AFFIRM);
  writeFileSync(join(root, 'sub', 'deny.md'), DENY);
  writeFileSync(join(root, 'node_modules', 'pkg', 'readme.txt'), 'Acme Holdings Ltd is a company founded in 1999.\n');
  writeFileSync(join(root, 'notes.json'), '{"Acme Holdings Ltd": 1}\n');
  writeFileSync(join(root, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
  writeFileSync(join(root, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x4c, 0x74, 0x64, 0x0a]));
  writeFileSync(join(root, 'huge.txt'), 'The Treasury said 50 staff were moved in 2011. '.repeat(60));
}

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-corpus-'));
  writeWorkspace(workspace);
  client = await LspTestClient.start({ workspace, settings: { maxFileSizeKB: 2 } });
});

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

describe('loading the workspace', () => {
  it('reads the files matching corpus.include and leaves out corpus.exclude', async () => {
    const documents = await documentsInCorpus(client);
    expect(inCorpus(documents, 'affirm.txt')).toBe(true);
    expect(inCorpus(documents, 'sub/deny.md')).toBe(true);
    expect(inCorpus(documents, 'node_modules/pkg/readme.txt')).toBe(false);
    expect(inCorpus(documents, 'notes.json')).toBe(false);
  });

  it('skips binary, undecodable and over-size files, lists them in the status and tells the user once each', () => {
    const ready = client.recorded.statuses.filter((status) => status.state === 'ready').pop()!;
    const skipped = new Map(ready.skipped!.map((skip) => [decodeURIComponent(skip.uri).split('/').pop(), skip.reason]));
    expect(skipped.get('binary.txt')).toMatch(/binary/);
    expect(skipped.get('latin1.txt')).toMatch(/UTF-8/);
    expect(skipped.get('huge.txt')).toMatch(/over the 2 KB limit/);
    for (const name of ['binary.txt', 'latin1.txt', 'huge.txt']) {
      expect(client.recorded.messages.filter((message) => message.message.includes(name))).toHaveLength(1);
    }
  });
});

describe('following changes on disk', () => {
  it('adds a file created outside the editor and drops it when it is deleted', async () => {
    const path = join(workspace, 'sub', 'later.txt');
    writeFileSync(path, 'Acme Holdings Ltd is a company founded in 1999.\n');
    // Messages are handled in order, so the request below sees the notification's effect.
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path), type: 1 }] });
    expect(inCorpus(await documentsInCorpus(client), 'sub/later.txt')).toBe(true);

    rmSync(path);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path), type: 3 }] });
    expect(inCorpus(await documentsInCorpus(client), 'sub/later.txt')).toBe(false);
  });

  it('drops everything under a deleted folder', async () => {
    const folder = join(workspace, 'gone');
    mkdirSync(folder);
    writeFileSync(join(folder, 'one.txt'), 'Acme Holdings Ltd was founded in 1999.\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(folder, 'one.txt')), type: 1 }] });
    expect(inCorpus(await documentsInCorpus(client), 'gone/one.txt')).toBe(true);
    rmSync(folder, { recursive: true });
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(folder), type: 3 }] });
    expect(inCorpus(await documentsInCorpus(client), 'gone/one.txt')).toBe(false);
  });
});

describe('diagnostics and settings', () => {
  const affirmUri = () => fileUri(join(workspace, 'affirm.txt'));
  const conflictsIn = (params: PublishDiagnosticsParams) => params.diagnostics.filter((d) => d.source === 'Policy Lens');

  it('publishes a conflict with another workspace file when a document is opened', async () => {
    client.open(affirmUri(), AFFIRM);
    const published = await client.waitForDiagnostics(affirmUri(), (params) => conflictsIn(params).length > 0);
    const related = published.diagnostics[0].relatedInformation!.map((info) => decodeURIComponent(info.location.uri));
    expect(related.some((uri) => uri.endsWith('/sub/deny.md'))).toBe(true);
    expect(published.diagnostics[0].message).toMatch(/^Another source says Brightwater Care Partnership is NOT (an )?employee-owned( co-operative)? \(deny\.md\)$/);
  });

  it('uses the severity setting, re-read when the configuration changes', async () => {
    const before = client.recorded.diagnostics.length;
    client.settings = { ...client.settings, diagnostics: { severity: 'error' } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const published = await client.waitForDiagnostics(affirmUri(), (params) => conflictsIn(params).length > 0, before);
    expect(published.diagnostics.every((diagnostic) => diagnostic.severity === 1)).toBe(true);
  });

  it('re-checks as the document is typed, publishing only for the latest version', async () => {
    const before = client.recorded.diagnostics.length;
    let version = 1;
    for (let i = 0; i < 6; i++) version = client.edit(affirmUri(), { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, 'x');
    const published = await client.waitForDiagnostics(affirmUri(), (params) => params.version === version, before);
    expect(conflictsIn(published).length).toBeGreaterThan(0);
    // Edits sent together are analysed together: at most the first of the burst went out on its own.
    const versions = client.recorded.diagnostics.slice(before).filter((params) => sameUri(params.uri, affirmUri())).map((params) => params.version);
    expect(versions.length).toBeLessThanOrEqual(2);
    expect(versions).toEqual([...versions].sort());
  });

  it('with checkOn "save", waits for the save before publishing', async () => {
    client.settings = { ...client.settings, checkOn: 'save' };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const before = client.recorded.diagnostics.length;
    const version = client.edit(affirmUri(), { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, 'y');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.recorded.diagnostics.slice(before).filter((params) => sameUri(params.uri, affirmUri()))).toEqual([]);
    client.save(affirmUri());
    const published = await client.waitForDiagnostics(affirmUri(), () => true, before);
    expect(published.version).toBe(version);
  });

  it('with checkOn "manual", publishes nothing until the corpus is checked', async () => {
    client.settings = { ...client.settings, checkOn: 'manual' };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const denyUri = fileUri(join(workspace, 'sub', 'deny.md'));
    const before = client.recorded.diagnostics.length;
    client.open(denyUri, DENY);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.recorded.diagnostics.slice(before).filter((params) => sameUri(params.uri, denyUri))).toEqual([]);
    await client.request('policyLens/checkCorpus', {});
    const published = client.recorded.diagnostics.slice(before).filter((params) => sameUri(params.uri, denyUri));
    expect(published.length).toBe(1);
    expect(conflictsIn(published[0]).length).toBeGreaterThan(0);
    client.closeDocument(denyUri);
  });

  it('applies a narrower corpus.include without a reload', async () => {
    const before = client.recorded.corpusChanges.length;
    client.settings = { ...client.settings, checkOn: 'type', corpus: { include: ['**/*.md'] } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => client.recorded.corpusChanges.slice(before).find((change) => change.reason === 'all'), 'a corpus change');
    const documents = await documentsInCorpus(client);
    expect(inCorpus(documents, 'sub/deny.md')).toBe(true);
    expect(inCorpus(documents, 'affirm.txt')).toBe(true);
    // affirm.txt stays while it is open in the editor, but a new .txt file is no longer taken.
    writeFileSync(join(workspace, 'other.txt'), 'Acme Holdings Ltd was founded in 1999.\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(workspace, 'other.txt')), type: 1 }] });
    expect(inCorpus(await documentsInCorpus(client), 'other.txt')).toBe(false);
  });
});

describe('workspace data the server must not trust blindly', () => {
  let second: LspTestClient;
  let folder: string;
  const malformed = '{ "version": 1, "reviewed": [ oops ';

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'policy-lens-untrusted-'));
    writeFileSync(join(folder, 'affirm.txt'), AFFIRM);
    writeFileSync(join(folder, 'deny.txt'), DENY);
    writeFileSync(join(folder, 'aliases.json'), JSON.stringify([{ id: 'org:brightwater', name: 'Brightwater Care Partnership', aliases: ['BCP'], source: 'test' }]));
    mkdirSync(join(folder, '.policy-lens'));
    writeFileSync(join(folder, '.policy-lens', 'reviews.json'), malformed);
    second = await LspTestClient.start({ workspace: folder, trusted: false, settings: { referenceData: ['aliases.json'] } });
  });

  afterAll(async () => {
    await second?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reports a malformed reviews file and never overwrites it', async () => {
    expect(second.recorded.messages.some((message) => message.type === 1 && message.message.includes('reviews.json'))).toBe(true);
    const uri = fileUri(join(folder, 'affirm.txt'));
    second.open(uri, AFFIRM);
    const published = await second.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0);
    const id = (published.diagnostics[0].data as { conflictId: string }).conflictId;
    await expect(second.request('policyLens/setReviewed', { conflictId: id, reviewed: true })).rejects.toThrow(/not a valid reviews file/);
    await expect(second.request('workspace/executeCommand', { command: 'policyLens.markReviewed', arguments: [id] })).rejects.toThrow(/reviews/);
    expect(readFileSync(join(folder, '.policy-lens', 'reviews.json'), 'utf8')).toBe(malformed);
  });

  it('ignores policyLens.referenceData in an untrusted workspace, and says so', () => {
    expect(second.recorded.messages.some((message) => /referenceData is ignored because the workspace is not trusted/.test(message.message))).toBe(true);
  });
});

describe('robustness', () => {
  it('answers empty for documents it does not know and for nonsense positions', async () => {
    const unknown = { uri: fileUri(join(workspace, 'never-opened.txt')) };
    expect(await client.request('textDocument/references', { textDocument: unknown, position: { line: 0, character: 0 }, context: { includeDeclaration: true } })).toEqual([]);
    expect(await client.request('textDocument/documentSymbol', { textDocument: unknown })).toEqual([]);
    expect(await client.request('textDocument/semanticTokens/full', { textDocument: unknown })).toEqual({ data: [] });
    expect(await client.request('textDocument/definition', { textDocument: unknown, position: { line: -4, character: -1 } })).toBeNull();
  });

  it('turns a bad request into an error response and keeps serving', async () => {
    await expect(client.request('policyLens/setReviewed', { conflictId: 42 })).rejects.toThrow();
    await expect(client.request('policyLens/entityAt', null)).rejects.toThrow();
    const { entities } = await client.request<EntitiesResult>('policyLens/entities', {});
    expect(entities.length).toBeGreaterThan(0);
  });
});
