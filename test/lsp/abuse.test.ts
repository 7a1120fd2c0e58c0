import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawLspProcess, type RpcMessage } from '../support/rawLspProcess';
import { fileUri, positionOf, seedsDir, serverBundle } from './harness/lspClient';

// Protocol abuse, byte by byte: malformed JSON-RPC messages, unknown methods, parameters of the
// wrong type, requests about documents nobody opened, positions out of range, out-of-order
// document sync, and a flood of 10,000 edits. The server must answer every request (with an error
// where that is the honest answer), never die, stay in step with the stream, and keep its memory
// bounded (resident size sampled from /proc before and after). Broken framing (a bad
// Content-Length) cannot be resynchronised by any LSP server, since the stream has no other
// boundaries: there the server must stay alive, idle and small until the client restarts it.

const SEED = '000_cde4b1dd08b8758c.txt';
let workspace: string;
let emptySeeds: string;
let server: RawLspProcess;
let docUri: string;
let docText: string;
let cases = 0;
const MB = 1024 * 1024;

async function startServer(): Promise<RawLspProcess> {
  const process = new RawLspProcess(serverBundle);
  await process.request('initialize', {
    processId: null,
    rootUri: fileUri(workspace),
    workspaceFolders: [{ uri: fileUri(workspace), name: 'workspace' }],
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
    initializationOptions: { seedsPath: emptySeeds, trusted: false },
  });
  process.notify('initialized', {});
  await process.waitFor((m) => m.method === 'policyLens/status' && (m.params as { state: string }).state === 'ready', 'ready', 60_000);
  return process;
}

/** The server is alive and in step: a real question gets the real answer. */
async function expectHealthy(s: RawLspProcess): Promise<void> {
  expect(s.alive).toBe(true);
  const hover = await s.request('textDocument/hover', { textDocument: { uri: docUri }, position: positionOf(docText, 'Circle Health Partnership') });
  expect(JSON.stringify(hover.result)).toContain('organisation');
}

/** A request that must be answered, with a result or an error, but answered. */
async function answered(method: string, params: unknown): Promise<RpcMessage> {
  cases++;
  const response = await server.request(method, params);
  expect(response.result !== undefined || response.error !== undefined, `${method} answered`).toBe(true);
  return response;
}

function sent(body: string): void {
  cases++;
  server.writeBody(body);
}

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-abuse-'));
  emptySeeds = mkdtempSync(join(tmpdir(), 'policy-lens-no-seeds-'));
  cpSync(join(seedsDir, SEED), join(workspace, SEED));
  docUri = fileUri(join(workspace, SEED));
  docText = readFileSync(join(workspace, SEED), 'utf8');
  server = await startServer();
  server.notify('textDocument/didOpen', { textDocument: { uri: docUri, languageId: 'plaintext', version: 1, text: docText } });
}, 90_000);

afterAll(() => {
  server?.kill();
  console.log(`protocol abuse: ${cases} cases, server deaths: ${server?.alive ? 0 : 1}`);
  rmSync(workspace, { recursive: true, force: true });
  rmSync(emptySeeds, { recursive: true, force: true });
});

describe('malformed JSON-RPC messages in a well-framed stream', () => {
  it('answers an unparseable body with a parse error or ignores it, and stays in step', async () => {
    for (const body of ['{"jsonrpc":"2.0","id":1,"method":"textDocument/hover",', '[1,2,3]', '42', 'null', '"text"', '{}', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":7}', '{"jsonrpc":"1.0","id":8,"method":"policyLens/entities"}', '{"jsonrpc":"2.0","id":{"a":1},"method":"policyLens/entities"}', '{"jsonrpc":"2.0","id":424242,"result":{}}', '{"jsonrpc":"2.0","method":5}']) {
      sent(body);
    }
    cases++;
    const invalid = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]);
    server.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${invalid.length}\r\n\r\n`), invalid]));
    await expectHealthy(server);
  });

  it('answers unknown methods with MethodNotFound and ignores unknown notifications', async () => {
    for (const method of ['foo/bar', 'policyLens/doesNotExist', 'textDocument/unknownFeature', 'workspace/executeEverything']) {
      expect((await answered(method, {})).error?.code).toBe(-32601);
    }
    for (const method of ['foo/bar', '$/cancelRequest', '$/unknown', 'textDocument/didSomething']) {
      cases++;
      server.notify(method, { id: 123456 });
    }
    await expectHealthy(server);
  });
});

describe('parameters of the wrong type', () => {
  const requests: Array<[string, unknown]> = [
    ['textDocument/hover', null],
    ['textDocument/hover', { textDocument: 5, position: 'x' }],
    ['textDocument/hover', { textDocument: { uri: docUri } }],
    ['textDocument/definition', []],
    ['textDocument/references', { textDocument: { uri: docUri }, position: { line: 'a', character: {} }, context: 'yes' }],
    ['textDocument/documentSymbol', { textDocument: { uri: 42 } }],
    ['textDocument/semanticTokens/full', {}],
    ['textDocument/semanticTokens/range', { textDocument: { uri: docUri }, range: null }],
    ['textDocument/codeAction', { textDocument: { uri: docUri }, context: { diagnostics: 'none' } }],
    ['workspace/executeCommand', { command: 42 }],
    ['workspace/executeCommand', { command: 'policyLens.markReviewed', arguments: [{ not: 'an id' }] }],
    ['workspace/executeCommand', { command: 'workbench.action.terminal.new' }],
    ['policyLens/entities', { uri: 5, filter: {} }],
    ['policyLens/conflicts', 'a string'],
    ['policyLens/claimMatrix', 7],
    ['policyLens/setReviewed', { conflictId: null, reviewed: 'yes' }],
    ['policyLens/entityAt', {}],
    ['policyLens/checkCorpus', { workDoneToken: { nested: true } }],
    ['policyLens/annotations/list', { uri: [] }],
    ['policyLens/annotations/create', {}],
    ['policyLens/annotations/create', { uri: docUri, range: { start: { line: -1 } }, bodies: 'x', creator: 5 }],
    ['policyLens/annotations/create', { uri: docUri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, bodies: [{ kind: 'entity-tag', entityType: '<script>' }], creator: 'x' }],
    ['policyLens/annotations/update', { id: 5 }],
    ['policyLens/annotations/delete', {}],
    ['policyLens/annotations/reattach', { uri: docUri, id: 'nope', range: 'x' }],
    ['policyLens/annotations/export', { format: 'exe', folder: '/' }],
    ['policyLens/annotations/export', { format: 'w3c', folder: 5 }],
  ];
  it(`answers each of ${requests.length} malformed requests and stays healthy`, async () => {
    for (const [method, params] of requests) await answered(method, params);
    await expectHealthy(server);
  });

  it('survives malformed notifications', async () => {
    const notifications: Array<[string, unknown]> = [
      ['textDocument/didOpen', { textDocument: { uri: 'file:///x.txt', text: 5 } }],
      ['textDocument/didOpen', null],
      ['textDocument/didChange', { textDocument: { uri: docUri }, contentChanges: 'x' }],
      ['textDocument/didChange', { textDocument: { uri: docUri, version: 'v' }, contentChanges: [{ range: 'r', text: 1 }] }],
      ['textDocument/didClose', {}],
      ['textDocument/didSave', { textDocument: null }],
      ['workspace/didChangeConfiguration', { settings: 'garbage' }],
      ['workspace/didChangeWatchedFiles', { changes: 'x' }],
      ['workspace/didChangeWatchedFiles', { changes: [{ uri: 42, type: 'created' }, { uri: 'file:///%E0%A4%A.txt', type: 1 }] }],
    ];
    for (const [method, params] of notifications) {
      cases++;
      server.notify(method, params);
    }
    await expectHealthy(server);
  });
});

describe('documents nobody opened and positions out of range', () => {
  it('answers feature requests about unknown documents and strange URIs', async () => {
    const uris = ['file:///nowhere/at/all.txt', 'untitled:Untitled-9', 'file:///%E0%A4%A.txt', 'not a uri', '', 'vscode-vfs://github/x/y.txt', 'file:///dev/zero'];
    for (const uri of uris) {
      const position = { line: 0, character: 0 };
      await answered('textDocument/hover', { textDocument: { uri }, position });
      await answered('textDocument/definition', { textDocument: { uri }, position });
      await answered('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
      await answered('textDocument/documentSymbol', { textDocument: { uri } });
      await answered('textDocument/semanticTokens/full', { textDocument: { uri } });
      await answered('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
      await answered('policyLens/entityAt', { uri, position });
      await answered('policyLens/entities', { uri });
      await answered('policyLens/annotations/list', { uri });
    }
    await expectHealthy(server);
  });

  it('answers positions and ranges far outside the text', async () => {
    const positions = [
      { line: -1, character: 0 },
      { line: 0, character: -5 },
      { line: 1e9, character: 0 },
      { line: 0, character: 1e9 },
      { line: 2 ** 31, character: 2 ** 31 },
      { line: 1.5, character: 0.5 },
    ];
    for (const position of positions) {
      await answered('textDocument/hover', { textDocument: { uri: docUri }, position });
      await answered('textDocument/definition', { textDocument: { uri: docUri }, position });
      await answered('textDocument/references', { textDocument: { uri: docUri }, position, context: { includeDeclaration: false } });
      await answered('policyLens/entityAt', { uri: docUri, position });
      await answered('textDocument/semanticTokens/range', { textDocument: { uri: docUri }, range: { start: position, end: { line: 0, character: 0 } } });
      await answered('textDocument/codeAction', { textDocument: { uri: docUri }, range: { start: { line: 0, character: 0 }, end: position }, context: { diagnostics: [] } });
    }
    await expectHealthy(server);
  });

  it('takes out-of-order document sync without losing the document', async () => {
    const stray = fileUri(join(workspace, 'never-opened.txt'));
    const notifications: Array<[string, unknown]> = [
      ['textDocument/didChange', { textDocument: { uri: stray, version: 2 }, contentChanges: [{ text: 'The NHS.' }] }],
      ['textDocument/didClose', { textDocument: { uri: stray } }],
      ['textDocument/didClose', { textDocument: { uri: stray } }],
      ['textDocument/didOpen', { textDocument: { uri: stray, languageId: 'plaintext', version: 5, text: 'Ed Mayo said.' } }],
      ['textDocument/didOpen', { textDocument: { uri: stray, languageId: 'plaintext', version: 5, text: 'Opened twice.' } }],
      ['textDocument/didChange', { textDocument: { uri: stray, version: 3 }, contentChanges: [{ text: 'A version from the past.' }] }],
      ['textDocument/didChange', { textDocument: { uri: stray, version: 9 }, contentChanges: [{ range: { start: { line: 50, character: 0 }, end: { line: 99, character: 9 } }, text: 'far' }] }],
      ['textDocument/didChange', { textDocument: { uri: stray, version: 10 }, contentChanges: [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 2 } }, text: 'reversed' }] }],
      ['textDocument/didClose', { textDocument: { uri: stray } }],
    ];
    for (const [method, params] of notifications) {
      cases++;
      server.notify(method, params);
    }
    await expectHealthy(server);
  });
});

describe('a flood of edits', () => {
  it('takes 10,000 didChange notifications in a burst, ends with the right text, and keeps its memory bounded', async () => {
    await expectHealthy(server);
    const before = server.rssBytes();
    const at = positionOf(docText, 'Circle Health Partnership');
    let version = 1;
    for (let i = 0; i < 10_000; i++) {
      // Type a character and delete it again: the text ends as it began.
      const insert = i % 2 === 0;
      server.notify('textDocument/didChange', {
        textDocument: { uri: docUri, version: ++version },
        contentChanges: [insert ? { range: { start: at, end: at }, text: 'x' } : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }],
      });
    }
    cases += 10_000;
    await expectHealthy(server);
    const symbols = await server.request('textDocument/documentSymbol', { textDocument: { uri: docUri } });
    expect(JSON.stringify(symbols.result)).toContain('Circle Health Partnership');
    const after = server.rssBytes();
    console.log(`flood: RSS ${(before / MB).toFixed(0)} MB before, ${(after / MB).toFixed(0)} MB after 10,000 edits`);
    expect(after - before).toBeLessThan(150 * MB);
  }, 120_000);
});

describe('broken framing, which no LSP stream can recover from', () => {
  const frames: Array<[string, string]> = [
    ['a header without Content-Length', 'Content-Type: application/json\r\n\r\n{}'],
    ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{}'],
    ['a Content-Length shorter than the body', 'Content-Length: 5\r\n\r\n{"jsonrpc":"2.0","method":"x"}'],
    ['a negative Content-Length', 'Content-Length: -5\r\n\r\n'],
    ['a Content-Length of 100 GB', 'Content-Length: 99999999999\r\n\r\n{}'],
  ];
  it.each(frames)('%s: the server stays alive, idle and small until it is restarted', async (_name, frame) => {
    cases++;
    const broken = await startServer();
    try {
      broken.writeRaw(frame);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const ticks = () => readFileSync(`/proc/${broken.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ').slice(11, 13).reduce((a, b) => a + Number(b), 0);
      const startTicks = ticks();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(broken.alive).toBe(true);
      // Not spinning: under half a core over a second (clock ticks are 1/100 s).
      expect(ticks() - startTicks).toBeLessThan(50);
      expect(broken.rssBytes()).toBeLessThan(400 * MB);
    } finally {
      broken.kill();
    }
  }, 60_000);
});
