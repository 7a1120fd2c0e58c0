// Validation of locations that arrive from outside the extension's own code: command-URI
// arguments (hover links built by the server, but clickable in any Markdown) and messages
// from the claim-matrix webview. Nothing is opened unless it passes these checks.

import type { LspLocation, LspPosition, LspRange } from '../../../server/src/protocol';

/** Schemes the extension's documents live in (the language client's document selector). */
const OPENABLE_SCHEMES = /^(file|untitled):/i;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasExactlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const actual = Object.keys(value);
  return actual.length === keys.length && keys.every((key) => Object.prototype.hasOwnProperty.call(value, key));
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function parsePosition(value: unknown, strict: boolean): LspPosition | undefined {
  if (!isPlainObject(value)) return undefined;
  if (strict && !hasExactlyKeys(value, ['line', 'character'])) return undefined;
  const { line, character } = value;
  if (!isCount(line) || !isCount(character)) return undefined;
  return { line, character };
}

function comesBefore(a: LspPosition, b: LspPosition): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** A range of non-negative integer positions with start ≤ end; `strict` also rejects extra keys. */
export function parseRange(value: unknown, strict = false): LspRange | undefined {
  if (!isPlainObject(value)) return undefined;
  if (strict && !hasExactlyKeys(value, ['start', 'end'])) return undefined;
  const start = parsePosition(value.start, strict);
  const end = parsePosition(value.end, strict);
  if (!start || !end || !comesBefore(start, end)) return undefined;
  return { start, end };
}

/**
 * Arguments of `policyLens.openLocation`. VS Code passes a command URI's JSON arguments either
 * spread (an array) or as one object, so both `{uri, range}` and `[{uri, range}]` are accepted.
 * Only file and untitled documents may be opened.
 */
export function parseOpenLocationArgs(value: unknown): LspLocation | undefined {
  const candidate = Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
  if (!isPlainObject(candidate)) return undefined;
  const { uri } = candidate;
  if (typeof uri !== 'string' || !OPENABLE_SCHEMES.test(uri)) return undefined;
  const range = parseRange(candidate.range);
  return range ? { uri, range } : undefined;
}

/** The one message the claim-matrix webview may send. */
export interface OpenClaimMessage {
  type: 'open';
  uri: string;
  range: LspRange;
}

/**
 * Strict schema for webview messages: exactly `{type:'open', uri, range}`, where the URI is one
 * of the sources the matrix was rendered with. Anything else is dropped.
 */
export function parseClaimMatrixMessage(value: unknown, sources: ReadonlySet<string>): OpenClaimMessage | undefined {
  if (!isPlainObject(value) || !hasExactlyKeys(value, ['type', 'uri', 'range'])) return undefined;
  if (value.type !== 'open') return undefined;
  const { uri } = value;
  if (typeof uri !== 'string' || !sources.has(uri)) return undefined;
  const range = parseRange(value.range, true);
  return range ? { type: 'open', uri, range } : undefined;
}
