import { describe, expect, it } from 'vitest';
import { parseClaimMatrixMessage, parseOpenLocationArgs, parseRange } from '../../../client/src/shared/locationSchema';
import { DOC_A, DOC_B, range } from './fakeResponses';

describe('policyLens.openLocation arguments', () => {
  const location = { uri: DOC_A, range: range(3, 4, 12) };

  it('accepts the {uri, range} object the server encodes in hover links, alone or wrapped in an array', () => {
    expect(parseOpenLocationArgs(location)).toEqual(location);
    expect(parseOpenLocationArgs([location])).toEqual(location);
    expect(parseOpenLocationArgs(JSON.parse(JSON.stringify([location])))).toEqual(location);
  });

  it('accepts untitled documents but refuses other schemes, so a link cannot open arbitrary resources', () => {
    expect(parseOpenLocationArgs({ ...location, uri: 'untitled:Untitled-1' })).toBeDefined();
    for (const uri of ['https://example.org/x.txt', 'command:workbench.action.terminal.new', 'vscode-vfs://github/x', 'javascript:alert(1)', '']) {
      expect(parseOpenLocationArgs({ ...location, uri }), uri).toBeUndefined();
    }
  });

  it('refuses malformed ranges: negative, fractional, non-numeric, missing or reversed positions', () => {
    const bad = [
      { start: { line: -1, character: 0 }, end: { line: 0, character: 1 } },
      { start: { line: 0.5, character: 0 }, end: { line: 1, character: 0 } },
      { start: { line: '1', character: 0 }, end: { line: 1, character: 2 } },
      { start: { line: 1 }, end: { line: 1, character: 2 } },
      { start: { line: 2, character: 0 }, end: { line: 1, character: 0 } },
      { start: { line: 1, character: 5 }, end: { line: 1, character: 4 } },
      null,
      [0, 1],
    ];
    for (const candidate of bad) expect(parseOpenLocationArgs({ uri: DOC_A, range: candidate }), JSON.stringify(candidate)).toBeUndefined();
  });

  it('refuses anything that is not exactly one location', () => {
    expect(parseOpenLocationArgs(undefined)).toBeUndefined();
    expect(parseOpenLocationArgs('file:///x.txt')).toBeUndefined();
    expect(parseOpenLocationArgs([location, location])).toBeUndefined();
    expect(parseOpenLocationArgs([])).toBeUndefined();
  });

  it('accepts an empty range (a cursor position)', () => {
    expect(parseRange(range(4, 2, 2))).toEqual(range(4, 2, 2));
  });
});

describe('claim matrix webview messages', () => {
  const sources = new Set([DOC_A, DOC_B]);
  const open = { type: 'open', uri: DOC_B, range: range(2, 0, 60) };

  it('accepts an open message for one of the matrix’s sources', () => {
    expect(parseClaimMatrixMessage(open, sources)).toEqual(open);
  });

  it('refuses a URI that is not one of the sources, even a well-formed file URI', () => {
    expect(parseClaimMatrixMessage({ ...open, uri: 'file:///etc/passwd' }, sources)).toBeUndefined();
    expect(parseClaimMatrixMessage({ ...open, uri: DOC_A.toUpperCase() }, sources)).toBeUndefined();
  });

  it('refuses other message types and extra or missing keys', () => {
    expect(parseClaimMatrixMessage({ ...open, type: 'run' }, sources)).toBeUndefined();
    expect(parseClaimMatrixMessage({ ...open, command: 'workbench.action.terminal.new' }, sources)).toBeUndefined();
    expect(parseClaimMatrixMessage({ type: 'open', uri: DOC_A }, sources)).toBeUndefined();
    expect(parseClaimMatrixMessage({ ...open, range: { ...open.range, extra: 1 } }, sources)).toBeUndefined();
    expect(parseClaimMatrixMessage({ ...open, range: { start: { line: 1, character: 0, x: 1 }, end: { line: 1, character: 2 } } }, sources)).toBeUndefined();
  });

  it('refuses non-objects and ranges that are not non-negative integers', () => {
    for (const message of [null, 'open', 42, [open], { ...open, range: range(1, 0, Number.NaN) }, { ...open, range: range(1, 0, Infinity) }]) {
      expect(parseClaimMatrixMessage(message, sources)).toBeUndefined();
    }
  });

  it('accepts nothing once the matrix has no sources', () => {
    expect(parseClaimMatrixMessage(open, new Set())).toBeUndefined();
  });
});
