import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type DocumentDiagnosticReport,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import type { StatusParams } from '../../server/src/protocol';
import { DEFAULT_SERVER_MEMORY_MB, serverProcessArgs } from '../../server/src/serverLaunch';

// The benchmark's LSP client: starts the real dist/server.js over stdio, answers what the server
// asks of a client (configuration, registrations, progress tokens), and lets the benchmark wait
// for diagnostics and status notifications while the server's RSS is sampled from /proc. A session
// either pulls diagnostics for open documents (LSP 3.17, as VS Code with our client does) or, like
// a client without pull support, takes them pushed.

export interface DiagnosticsEvent {
  params: PublishDiagnosticsParams;
  at: number;
}

export class LspSession {
  readonly connection: ProtocolConnection;
  readonly pid: number;
  private readonly diagnosticWaiters = new Set<{ uri: string; minVersion?: number; resolve: (e: DiagnosticsEvent) => void }>();
  private readonly statusWaiters = new Set<{ test: (s: StatusParams) => boolean; resolve: (s: StatusParams) => void }>();
  private rssTimer: NodeJS.Timeout | undefined;
  peakRssMb = 0;
  /** Called with every publication, before any waiter: lets a scenario count what the server pushes. */
  onPublish: ((params: PublishDiagnosticsParams) => void) | undefined;
  /** The server's own summary of each index it completed ("Indexed n files in …"), from its log. */
  readonly indexingSummaries: string[] = [];
  /** What the server logged of its index cache ("Index cache: …"). */
  readonly cacheLines: string[] = [];
  private readonly logWaiters = new Set<{ test: (line: string) => boolean; resolve: (line: string) => void }>();

  private constructor(
    private readonly child: ChildProcess,
    workspace: string,
    /** Declare pull diagnostics (textDocument.diagnostic with refresh support) at initialize. */
    readonly pull: boolean,
  ) {
    if (!child.stdout || !child.stdin || child.pid === undefined) throw new Error('server did not start');
    this.pid = child.pid;
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const folders = [{ uri: pathToFileURL(workspace).href, name: 'bench' }];

    // A client's duties: every setting at its default, registrations and progress accepted.
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/workspaceFolders', () => folders);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.onPublish?.(params);
      const event = { params, at: performance.now() };
      for (const waiter of [...this.diagnosticWaiters]) {
        if (waiter.uri !== params.uri) continue;
        if (waiter.minVersion !== undefined && params.version !== undefined && params.version < waiter.minVersion) continue;
        this.diagnosticWaiters.delete(waiter);
        waiter.resolve(event);
      }
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      if (params.message.startsWith('Indexed ')) this.indexingSummaries.push(params.message);
      if (params.message.startsWith('Index cache')) this.cacheLines.push(params.message);
      for (const waiter of [...this.logWaiters]) {
        if (!waiter.test(params.message)) continue;
        this.logWaiters.delete(waiter);
        waiter.resolve(params.message);
      }
    });
    this.connection.onNotification('policyLens/status', (status: StatusParams) => {
      for (const waiter of [...this.statusWaiters]) {
        if (!waiter.test(status)) continue;
        this.statusWaiters.delete(waiter);
        waiter.resolve(status);
      }
    });
    this.connection.listen();
    // Sampling keeps peakRssMb current between the benchmark's own readings.
    this.rssTimer = setInterval(() => this.rssMb(), 100);
  }

  static start(serverPath: string, workspace: string, options: { pull: boolean }): LspSession {
    // The server runs as the extension runs it (serverLaunch.ts), plus any flags for profiling.
    const extra = process.env.POLICY_LENS_SERVER_NODE_ARGS ? process.env.POLICY_LENS_SERVER_NODE_ARGS.split(' ') : [];
    const child = spawn(process.execPath, [...serverProcessArgs(DEFAULT_SERVER_MEMORY_MB), ...extra, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    return new LspSession(child, workspace, options.pull);
  }

  /**
   * Sends initialize and initialized; resolves with the time to the server's "ready" status (ms) and
   * that status. With indexCacheDirectory, the server keeps its index cache there (as the extension
   * passes VS Code's workspace storage); without, it has none.
   */
  async initialize(workspace: string, seedsPath: string, timeoutMs: number, indexCacheDirectory?: string): Promise<{ readyMs: number; status: StatusParams }> {
    const started = performance.now();
    const ready = this.waitForStatus((s) => s.state === 'ready', timeoutMs);
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'bench' }],
      initializationOptions: { seedsPath, trusted: true, ...(indexCacheDirectory ? { indexCacheDirectory } : {}) },
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          ...(this.pull ? { diagnostics: { refreshSupport: true } } : {}),
        },
        window: { workDoneProgress: true },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          ...(this.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false, relatedInformation: true, dataSupport: true } } : {}),
        },
      },
    });
    this.connection.sendNotification('initialized', {});
    const status = await ready;
    return { readyMs: performance.now() - started, status };
  }

  /** The first line of the server's log from now on that passes the test. */
  waitForLog(test: (line: string) => boolean, timeoutMs: number): Promise<string> {
    return withTimeout(new Promise((resolve) => this.logWaiters.add({ test, resolve })), timeoutMs, 'a line in the server log');
  }

  waitForStatus(test: (status: StatusParams) => boolean, timeoutMs: number): Promise<StatusParams> {
    return withTimeout(new Promise((resolve) => this.statusWaiters.add({ test, resolve })), timeoutMs, 'server status');
  }

  /** The next diagnostics published for uri (for at least minVersion, when the server sends versions). */
  nextDiagnostics(uri: string, timeoutMs: number, minVersion?: number): Promise<DiagnosticsEvent> {
    return withTimeout(new Promise((resolve) => this.diagnosticWaiters.add({ uri, minVersion, resolve })), timeoutMs, `diagnostics for ${uri}`);
  }

  /** textDocument/diagnostic with the id of the result the client has, as vscode-languageclient sends it. */
  pullDiagnostics(uri: string, previousResultId: string | undefined, timeoutMs: number): Promise<DocumentDiagnosticReport> {
    const params = { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) };
    return withTimeout(this.connection.sendRequest('textDocument/diagnostic', params) as Promise<DocumentDiagnosticReport>, timeoutMs, `pulled diagnostics for ${uri}`);
  }

  /** Resident set size of the server process now, in MB, from /proc/<pid>/status. */
  rssMb(): number {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
      const mb = match ? Number(match[1]) / 1024 : 0;
      this.peakRssMb = Math.max(this.peakRssMb, mb);
      return mb;
    } catch {
      return 0;
    }
  }

  /** CPU time the server process (main thread and workers) has used so far, in seconds, from /proc/<pid>/stat. */
  cpuSeconds(): number {
    return cpuOf(`/proc/${this.pid}/stat`);
  }

  /**
   * CPU time by thread (seconds): the main thread, and every other live thread busiest first. Node
   * names all its threads "node", so the caller tells them apart by rank: the analysis workers are
   * the busiest, then V8's helpers (concurrent GC, compilation) and libuv's file-system pool.
   */
  threadCpuSeconds(): { main: number; others: number[] } {
    let main = 0;
    const others: number[] = [];
    try {
      for (const tid of readdirSync(`/proc/${this.pid}/task`)) {
        const seconds = cpuOf(`/proc/${this.pid}/task/${tid}/stat`);
        if (Number(tid) === this.pid) main = seconds;
        else others.push(seconds);
      }
    } catch {
      // The server has gone: nothing to report.
    }
    return { main, others: others.sort((a, b) => b - a) };
  }

  async stop(): Promise<void> {
    clearInterval(this.rssTimer);
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 5000, 'shutdown');
      this.connection.sendNotification('exit');
    } catch {
      // A server that does not shut down in time is stopped below.
    }
    const exited = this.child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => this.child.once('exit', resolve));
    const killTimer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(killTimer);
    this.connection.dispose();
  }
}

/** utime + stime from a /proc stat file, in seconds (100 ticks a second on Linux). */
function cpuOf(statFile: string): number {
  try {
    const stat = readFileSync(statFile, 'utf8');
    // Fields after the command name (which may hold spaces) start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
