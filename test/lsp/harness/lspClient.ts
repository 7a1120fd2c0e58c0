import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import type { CorpusChangedParams, StatusParams } from '../../../server/src/protocol';

// A minimal LSP client for the protocol tests: it starts the real dist/server.js over stdio, plays
// the editor's side of the conversation (configuration, registrations, progress) and records what
// the server sends, with helpers to wait for a particular notification.

export const repoRoot = resolve(__dirname, '..', '..', '..');
/** POLICY_LENS_TEST_SERVER points the tests at another build of the server (e.g. one under a debugger). */
export const serverBundle = process.env.POLICY_LENS_TEST_SERVER ?? join(repoRoot, 'dist', 'server.js');
export const seedsDir = join(repoRoot, 'seeds');

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

export function seedUri(name: string): string {
  return fileUri(join(seedsDir, name));
}

export function seedText(name: string): string {
  return readFileSync(join(seedsDir, name), 'utf8');
}

export interface StartOptions {
  workspace: string;
  settings?: Record<string, unknown>;
  trusted?: boolean;
  seedsPath?: string;
  /** Wait for the "ready" status before resolving (default true). */
  waitUntilReady?: boolean;
  /** Declare LSP 3.17 pull diagnostics (textDocument.diagnostic), with workspace/diagnostic/refresh support unless said otherwise. */
  pullDiagnostics?: boolean | { refreshSupport: boolean };
  /** Node's options for the server process (e.g. a heap ceiling), before the bundle. */
  nodeArgs?: string[];
  /** More initializationOptions (e.g. indexCacheDirectory). */
  initializationOptions?: Record<string, unknown>;
}

export interface Recorded {
  diagnostics: PublishDiagnosticsParams[];
  statuses: StatusParams[];
  corpusChanges: CorpusChangedParams[];
  messages: Array<{ type: number; message: string }>;
  logs: string[];
  progress: Array<{ token: string | number; value: { kind: string; message?: string; percentage?: number } }>;
  registrations: Array<{ method: string; registerOptions?: unknown }>;
  /** How many workspace/diagnostic/refresh requests the server sent. */
  diagnosticRefreshes: number;
}

export class LspTestClient {
  readonly recorded: Recorded = { diagnostics: [], statuses: [], corpusChanges: [], messages: [], logs: [], progress: [], registrations: [], diagnosticRefreshes: 0 };
  private waiters: Array<() => void> = [];
  private versions = new Map<string, number>();
  settings: Record<string, unknown>;
  initializeResult: { capabilities: Record<string, any> } = { capabilities: {} };

  private constructor(
    readonly connection: ProtocolConnection,
    readonly child: ChildProcessWithoutNullStreams,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(options: StartOptions): Promise<LspTestClient> {
    if (!existsSync(serverBundle)) throw new Error(`${serverBundle} is missing: run npm run build`);
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverBundle, '--stdio'], { cwd: repoRoot, stdio: 'pipe' });
    // Writes racing the server's exit at the end of a test are expected, not failures.
    child.stdin.on('error', () => undefined);
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.onError(() => undefined);
    const client = new LspTestClient(connection, child, options.settings ?? {});
    client.wire();
    connection.listen();
    const pull = options.pullDiagnostics;
    const refreshSupport = pull === true || (typeof pull === 'object' && pull.refreshSupport);
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(options.workspace),
      workspaceFolders: [{ uri: fileUri(options.workspace), name: 'workspace' }],
      initializationOptions: { trusted: options.trusted ?? false, ...(options.seedsPath ? { seedsPath: options.seedsPath } : {}), ...options.initializationOptions },
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
          workspaceFolders: true,
          ...(pull ? { diagnostics: { refreshSupport } } : {}),
        },
        window: { workDoneProgress: true },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          semanticTokens: {
            requests: { full: true, range: true },
            tokenTypes: [],
            tokenModifiers: [],
            formats: ['relative'],
          },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          ...(pull ? { diagnostic: { relatedInformation: true, dataSupport: true, dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        },
      },
    });
    client.notify('initialized', {});
    if (options.waitUntilReady !== false) {
      await client.waitForStatus((status) => status.state === 'ready');
      // The debounced "everything changed" that follows ready, so later waits see only their own.
      await client.waitFor(() => client.recorded.corpusChanges.find((change) => change.reason === 'all'), 'the first corpusChanged');
    }
    return client;
  }

  private wire(): void {
    const { connection, recorded } = this;
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => (item.section === 'policyLens' ? this.settings : null)),
    );
    connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
      recorded.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('window/showMessageRequest', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => {
      recorded.diagnosticRefreshes++;
      this.wake();
      return null;
    });
    const record = <T>(list: T[]) => (params: T) => {
      list.push(params);
      this.wake();
    };
    connection.onNotification('textDocument/publishDiagnostics', record(recorded.diagnostics));
    connection.onNotification('policyLens/status', record(recorded.statuses));
    connection.onNotification('policyLens/corpusChanged', record(recorded.corpusChanges));
    connection.onNotification('window/showMessage', record(recorded.messages));
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      recorded.logs.push(params.message);
      this.wake();
    });
    connection.onNotification('$/progress', record(recorded.progress));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }

  /** Resolves with the first value `check` returns that is not undefined, re-checking on every message. */
  waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 10000): Promise<T> {
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
      const attempt = () => {
        const value = check();
        if (value !== undefined) {
          clearTimeout(timer);
          resolvePromise(value);
        } else {
          this.waiters.push(attempt);
        }
      };
      attempt();
    });
  }

  waitForStatus(predicate: (status: StatusParams) => boolean, timeoutMs = 15000): Promise<StatusParams> {
    return this.waitFor(() => this.recorded.statuses.find(predicate), 'a policyLens/status', timeoutMs);
  }

  /** The next diagnostics published for the URI (after `after` earlier publications) that satisfy the predicate. */
  waitForDiagnostics(
    uri: string,
    predicate: (params: PublishDiagnosticsParams) => boolean = () => true,
    after = 0,
    timeoutMs = 10000,
  ): Promise<PublishDiagnosticsParams> {
    return this.waitFor(
      () => this.recorded.diagnostics.slice(after).find((params) => sameUri(params.uri, uri) && predicate(params)),
      `diagnostics for ${uri}`,
      timeoutMs,
    );
  }

  latestDiagnostics(uri: string): Diagnostic[] | undefined {
    const all = this.recorded.diagnostics.filter((params) => sameUri(params.uri, uri));
    return all[all.length - 1]?.diagnostics;
  }

  open(uri: string, text: string, languageId = 'plaintext'): void {
    this.versions.set(uri, 1);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** An incremental edit: replaces the range with text; returns the new version. */
  edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  /** textDocument/diagnostic: the document's diagnostics by pull, given the id of the result the client has. */
  pullDiagnostics(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.request('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
  }

  save(uri: string): void {
    this.notify('textDocument/didSave', { textDocument: { uri } });
  }

  closeDocument(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** Sends a notification; a failed write (the server already gone) is not the test's concern. */
  notify(method: string, params?: unknown): void {
    this.connection.sendNotification(method, params).catch(() => undefined);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit');
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}

export function sameUri(a: string, b: string): boolean {
  return decodeURIComponent(a) === decodeURIComponent(b);
}

/** Where a substring starts in a text, as an LSP position (first occurrence after `from`). */
export function positionOf(text: string, needle: string, from = 0): { line: number; character: number } {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`"${needle}" not found`);
  return offsetToPosition(text, offset);
}

export function offsetToPosition(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Decodes relative semantic tokens into absolute { line, character, length, type } tuples. */
export function decodeTokens(data: number[], legend: string[]): Array<{ line: number; character: number; length: number; type: string }> {
  const tokens = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length + 1; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    tokens.push({ line, character, length: data[i + 2], type: legend[data[i + 3]] });
  }
  return tokens;
}
