import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { MAX_RELATED } from '../../server/src/lsp/diagnostics';
import { fileUri, LspTestClient } from './harness/lspClient';

// A claim repeated across a large archive must not make every diagnostic carry every opposing
// claim: publication would grow with the square of the archive. Diagnostics link a bounded number
// of places (other documents first) and say how many more there are.

const DENIAL = 'Northgate Care is not a charity. It never was.\n';
const ASSERTION = 'Northgate Care is a charity, its chair said.\n';
const ARCHIVE_SIZE = 45;
const REPEATED = 'Northgate Care is a charity.\n\nAs we said, Northgate Care is a charity.\n';

let client: LspTestClient;
let workspace: string;
let diagnostics: Diagnostic[];
const openUri = () => fileUri(join(workspace, 'claim.txt'));

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-related-'));
  for (let i = 0; i < ARCHIVE_SIZE; i++) writeFileSync(join(workspace, `archive-${String(i).padStart(3, '0')}.txt`), DENIAL);
  writeFileSync(join(workspace, 'claim.txt'), ASSERTION);
  client = await LspTestClient.start({ workspace });
  client.open(openUri(), ASSERTION);
  diagnostics = (await client.waitForDiagnostics(openUri(), (params) => params.diagnostics.length > 0)).diagnostics;
}, 120_000);

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

describe('a conflict with many opposing sources', () => {
  it('links at most MAX_RELATED of them and says how many more there are', () => {
    const diagnostic = diagnostics[0];
    expect(diagnostic.relatedInformation).toHaveLength(MAX_RELATED);
    expect(diagnostic.message).toContain(`(${ARCHIVE_SIZE - MAX_RELATED} more places not linked here`);
    expect(diagnostic.message).toMatch(/\(\d+ more places not linked here: see the Conflicts view\)$/);
  });

  it('gives every claim of the same value in a document the same message and links, each at its own place', async () => {
    const uri = fileUri(join(workspace, 'repeated.txt'));
    client.open(uri, REPEATED);
    const repeated = (await client.waitForDiagnostics(uri, (params) => params.diagnostics.length >= 2)).diagnostics;
    expect(repeated).toHaveLength(2);
    expect(repeated[0].range.start.line).toBe(0);
    expect(repeated[1].range.start.line).toBe(2);
    expect(repeated[1].message).toBe(repeated[0].message);
    expect(repeated[1].relatedInformation).toEqual(repeated[0].relatedInformation);
    expect(repeated[0].message).toContain('more places not linked here');
  });

  it('offers to open exactly the linked places', async () => {
    const diagnostic = diagnostics[0];
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: openUri() },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const opens = actions.filter((action) => action.title.startsWith('Open the conflicting source: '));
    expect(opens).toHaveLength(diagnostic.relatedInformation!.length);
  });
});
