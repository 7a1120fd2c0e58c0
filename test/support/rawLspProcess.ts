import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';

// A language server driven byte by byte: the test writes raw frames (including broken ones) to the
// server's stdin and reads its frames back, with none of a JSON-RPC library's protections in the
// way. Requests the server makes of the client are answered minimally so the session can proceed.

export interface RpcMessage {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export class RawLspProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly received: RpcMessage[] = [];
  readonly stderr: string[] = [];
  private buffer = Buffer.alloc(0);
  private nextId = 1000;
  private waiters: Array<() => void> = [];

  constructor(serverBundle: string, env: NodeJS.ProcessEnv = process.env) {
    this.child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: 'pipe', env });
    this.child.stdin.on('error', () => undefined);
    this.child.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resident memory of the server process in bytes, from /proc. */
  rssBytes(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return kb ? Number(kb[1]) * 1024 : Number.NaN;
  }

  /** Writes bytes exactly as given. */
  writeRaw(bytes: string | Buffer): void {
    this.child.stdin.write(bytes);
  }

  /** Writes one well-framed message whose body is `body` as given (valid JSON or not). */
  writeBody(body: string): void {
    this.writeRaw(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
  }

  send(message: RpcMessage): void {
    this.writeBody(JSON.stringify({ jsonrpc: '2.0', ...message }));
  }

  notify(method: string, params?: unknown): void {
    this.send({ method, params });
  }

  /** Sends a request and resolves with the response (result or error); rejects if none comes in time. */
  request(method: string, params?: unknown, timeoutMs = 20_000): Promise<RpcMessage> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return this.waitFor((message) => message.id === id && message.method === undefined, `a response to ${method}`, timeoutMs);
  }

  waitFor(predicate: (message: RpcMessage) => boolean, what: string, timeoutMs = 20_000, from = 0): Promise<RpcMessage> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; server ${this.alive ? 'alive' : 'dead'}; stderr: ${this.stderr.join('').slice(-500)}`)), timeoutMs);
      const check = () => {
        const found = this.received.slice(from).find(predicate);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  kill(): void {
    if (this.alive) this.child.kill('SIGKILL');
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = /Content-Length:\s*(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'));
      if (!length) throw new Error('the server sent a frame without Content-Length');
      const bodyStart = headerEnd + 4;
      const bodyEnd = bodyStart + Number(length[1]);
      if (this.buffer.length < bodyEnd) return;
      const message = JSON.parse(this.buffer.subarray(bodyStart, bodyEnd).toString('utf8')) as RpcMessage;
      this.buffer = this.buffer.subarray(bodyEnd);
      this.received.push(message);
      this.answerServerRequest(message);
      const waiters = this.waiters;
      this.waiters = [];
      for (const waiter of waiters) waiter();
    }
  }

  private answerServerRequest(message: RpcMessage): void {
    if (message.method === undefined || message.id === undefined) return;
    const result = message.method === 'workspace/configuration' ? ((message.params as { items?: unknown[] })?.items ?? []).map(() => ({})) : null;
    this.send({ id: message.id, result });
  }
}
