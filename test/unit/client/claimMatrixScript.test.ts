// The webview's page script, run in a VM against a minimal fake DOM: a click on a claim must
// produce exactly the message the extension's schema accepts, and nothing for anything else.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseClaimMatrixMessage } from '../../../client/src/shared/locationSchema';
import { DOC_A } from './fakeResponses';

const script = readFileSync(join(__dirname, '..', '..', '..', 'media', 'claimMatrix.js'), 'utf8');

class FakeElement {
  constructor(
    readonly dataset: Record<string, string>,
    private readonly isClaim: boolean,
  ) {}
  closest(selector: string): FakeElement | null {
    return selector === 'button.claim' && this.isClaim ? this : null;
  }
}

function loadPage() {
  const posted: unknown[] = [];
  const listeners: Record<string, (event: unknown) => void> = {};
  const document = {
    body: { dataset: {}, classList: { toggle: () => undefined } },
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      listeners[type] = listener;
    },
    getElementById: () => null,
    querySelectorAll: () => [],
  };
  runInNewContext(script, {
    acquireVsCodeApi: () => ({ postMessage: (message: unknown) => posted.push(message), getState: () => undefined, setState: () => undefined }),
    document,
    window: { addEventListener: () => undefined, scrollTo: () => undefined, scrollY: 0 },
    Element: FakeElement,
    setTimeout,
    clearTimeout,
  });
  return { posted, click: (target: unknown) => listeners.click({ target }) };
}

const claimData = { uri: DOC_A, startLine: '4', startCharacter: '0', endLine: '4', endCharacter: '9' };

describe('claim matrix page script', () => {
  it('posts an open message for a clicked claim that passes the extension’s schema', () => {
    const page = loadPage();
    page.click(new FakeElement(claimData, true));
    expect(page.posted).toHaveLength(1);
    // Through JSON, as postMessage would carry it across the webview boundary.
    const message = JSON.parse(JSON.stringify(page.posted[0]));
    expect(parseClaimMatrixMessage(message, new Set([DOC_A]))).toEqual({
      type: 'open',
      uri: DOC_A,
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 9 } },
    });
  });

  it('posts nothing for clicks outside claims or on claims with damaged positions', () => {
    const page = loadPage();
    page.click(new FakeElement(claimData, false));
    page.click(new FakeElement({ ...claimData, endCharacter: 'x' }, true));
    page.click(new FakeElement({ ...claimData, startLine: '-1' }, true));
    page.click({});
    expect(page.posted).toEqual([]);
  });
});
