import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol, Position } from 'vscode-languageserver-protocol';
import type { LspSession } from './lspSession';
import { seededRandom } from './generateCorpus';
import { median, percentile } from './stats';

// Latency at the protocol, on the 1 MB document of a large corpus: didOpen to diagnostics, small
// random edits each waiting for its diagnostics, hovers and references at random entity positions.
// Times are measured from sending the message to receiving the answer, as an editor sees them.
// A pulling session asks for the diagnostics right after each didChange, with the id of the result
// it has (as vscode-languageclient does with onChange), and times didChange → the report; a pushing
// session times didChange → the publication for that version.

/**
 * The pause between keystrokes: a fast typist's ten keys a second. The server analyses an edit that
 * follows another closely only once typing pauses (its debounce), so edits sent back to back would
 * measure the debounce rather than the analysis.
 */
export const TYPING_INTERVAL_MS = 100;

export interface LatencyFigures {
  openMs: number;
  editsMs: number[];
  /** Edits whose diagnostics never came (within a minute). */
  editTimeouts: number;
  editsAttempted: number;
  hoversMs: number[];
  referencesMs: number[];
  /** Pull sessions: how many edits were answered "unchanged" and how many with the full set. */
  reports?: { unchanged: number; full: number };
  /** Size of each edit's diagnostics message as JSON (the report, or the publication), in bytes: what both sides encode and parse. */
  editBytes: number[];
  /** The server's CPU time (all threads) over the edits, per edit: less moved by other load on the machine than wall time. */
  serverCpuMsPerEdit: number;
}

export interface LatencyCounts {
  edits: number;
  hovers: number;
  references: number;
  editBudgetMs: number;
}

export async function measureLatency(
  session: LspSession,
  documentPath: string,
  counts: LatencyCounts,
  seed: number,
): Promise<LatencyFigures> {
  const random = seededRandom(seed);
  const uri = pathToFileURL(documentPath).href;
  let text = readFileSync(documentPath, 'utf8');
  let version = 1;

  const opened = performance.now();
  const firstDiagnostics = session.pull ? undefined : session.nextDiagnostics(uri, 60_000);
  session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  // The result id the client holds (pull): what it sends back with the next request.
  let resultId = session.pull ? (await session.pullDiagnostics(uri, undefined, 60_000)).resultId : undefined;
  await firstDiagnostics;
  const openMs = performance.now() - opened;
  const reports = session.pull ? { unchanged: 0, full: 0 } : undefined;

  // Each edit waits for its own diagnostics, however long they take (up to a minute), so a slow
  // server yields true latencies rather than a pile-up; a time budget bounds the whole series.
  const editsMs: number[] = [];
  const editBytes: number[] = [];
  let editTimeouts = 0;
  const editsStarted = performance.now();
  const cpuBefore = session.cpuSeconds();
  for (let i = 0; i < counts.edits && performance.now() - editsStarted < counts.editBudgetMs; i++) {
    await new Promise((resolve) => setTimeout(resolve, TYPING_INTERVAL_MS));
    const edit = randomEdit(text, random);
    const range = { start: positionOf(text, edit.start), end: positionOf(text, edit.end) };
    text = text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
    version++;
    const pushed = session.pull ? undefined : session.nextDiagnostics(uri, 60_000, version);
    const sent = performance.now();
    session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text: edit.insert }],
    });
    try {
      if (pushed) {
        const event = await pushed;
        editsMs.push(event.at - sent);
        editBytes.push(Buffer.byteLength(JSON.stringify(event.params)));
      } else {
        const report = await session.pullDiagnostics(uri, resultId, 60_000);
        editsMs.push(performance.now() - sent);
        editBytes.push(Buffer.byteLength(JSON.stringify(report)));
        if (report.kind === 'unchanged') reports!.unchanged++;
        else reports!.full++;
        resultId = report.resultId;
      }
    } catch {
      editTimeouts++;
    }
  }

  const serverCpuMsPerEdit = ((session.cpuSeconds() - cpuBefore) * 1000) / Math.max(1, editsMs.length + editTimeouts);

  const symbols = (await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[] | null;
  const positions = entityPositions(symbols ?? []);
  const hoversMs = await timeRequests(counts.hovers, positions, random, (position) =>
    session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }),
  );
  const referencesMs = await timeRequests(counts.references, positions, random, (position) =>
    session.connection.sendRequest('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }),
  );
  return { openMs, editsMs, editTimeouts, editsAttempted: editsMs.length + editTimeouts, hoversMs, referencesMs, reports, editBytes, serverCpuMsPerEdit };
}

/** Typing-sized edits: insert a word or a character, or delete a few characters, anywhere in the document. */
function randomEdit(text: string, random: () => number): { start: number; end: number; insert: string } {
  const at = Math.floor(random() * (text.length - 10));
  const roll = random();
  if (roll < 0.5) return { start: at, end: at, insert: ' policy' };
  if (roll < 0.75) return { start: at, end: at, insert: String(Math.floor(random() * 10)) };
  const start = text.charCodeAt(at) === 10 ? at + 1 : at;
  return { start, end: start + 1 + Math.floor(random() * 3), insert: '' };
}

/** LSP position (line, UTF-16 character) of an offset; the generated text uses LF line ends. */
function positionOf(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** One position inside each entity the server lists as a symbol (children of the per-type groups). */
function entityPositions(symbols: readonly DocumentSymbol[]): Position[] {
  const leaves: Position[] = [];
  const visit = (symbol: DocumentSymbol) => {
    if (symbol.children && symbol.children.length > 0) symbol.children.forEach(visit);
    else leaves.push({ line: symbol.selectionRange.start.line, character: symbol.selectionRange.start.character + 1 });
  };
  symbols.forEach(visit);
  return leaves;
}

async function timeRequests(count: number, positions: readonly Position[], random: () => number, send: (p: Position) => Promise<unknown>): Promise<number[]> {
  if (positions.length === 0) return [];
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const position = positions[Math.floor(random() * positions.length)];
    const sent = performance.now();
    await send(position);
    times.push(performance.now() - sent);
  }
  return times;
}

/** Median and largest message size, in bytes or KB. */
export function summariseBytes(sizes: readonly number[]): string {
  if (sizes.length === 0) return 'no samples';
  const size = (bytes: number) => (bytes < 10_000 ? `${bytes} B` : `${(bytes / 1024).toFixed(0)} KB`);
  return `median ${size(median(sizes))}, largest ${size(Math.max(...sizes))}`;
}

export function summarise(times: readonly number[]): string {
  if (times.length === 0) return 'no samples';
  return `p50 ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (n=${times.length})`;
}
