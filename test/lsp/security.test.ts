import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationEditResult, EntitiesResult } from '../../server/src/protocol';
import { networkAttempts, newNetworkLog, trappedEnv } from '../support/networkLog';
import { fileUri, LspTestClient, positionOf } from './harness/lspClient';

// The workspace is untrusted input. Every server in this file runs under the network trap
// (test/support/networkTrap.cjs), so the whole file doubles as the proof that a full session makes
// no network request.
//
// - An untrusted workspace runs in limited mode: its reference-data and rule files are not read.
// - Hover Markdown escapes all document text (and file names): a text full of Markdown and HTML
//   payloads yields no image, script, HTML or link, and every link targets policyLens.openLocation.
// - Reference-data paths and annotation stores cannot reach outside the workspace.
// Covered elsewhere and cited in docs/reliability.md: the webview's CSP, nonce and message schema
// (test/unit/client/claimMatrixHtml, claimMatrixScript, locationSchema), tree tooltips as plain
// text (client/src/panel/treeItems.ts), store paths (test/unit/annotations/store.test.ts).

const PAYLOADS = [
  '[x](command:workbench.action.terminal.new)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '`code` ``double``',
  '](javascript:alert(1))',
  '![image](https://example.org/track.png)',
  '<a href="command:workbench.action.terminal.new">click</a>',
  '| table | break |',
  '**bold** _em_ # heading',
  '[ref]: command:workbench.action.terminal.new',
  '<https://example.org>',
  '&lt;script&gt; &#60;b&#62;',
];
const HOSTILE = `Circle Health Partnership ${PAYLOADS.join(' ')} said it is an employee-owned co-operative. Ed Mayo [x](command:evil), Secretary General of Co-operatives UK, said Circle Health Partnership had 770 staff. ${PAYLOADS.join(' ')}\n`;
const OTHER = `Circle Health Partnership is not an employee-owned co-operative <img src=x onerror=alert(2)>. It had 650 staff [y](command:workbench.action.terminal.new).\n`;
/** A file name that is itself a payload (legal on Linux). */
const HOSTILE_NAME = 'report [z](command:workbench.action.terminal.new) <img src=x onerror=alert(3)>.txt';

const networkLog = newNetworkLog();
const roots: string[] = [];
const clients: LspTestClient[] = [];

function folder(prefix: string): string {
  const path = mkdtempSync(join(tmpdir(), prefix));
  roots.push(path);
  return path;
}

async function start(workspace: string, options: { trusted?: boolean; settings?: Record<string, unknown> } = {}): Promise<LspTestClient> {
  const client = await LspTestClient.start({ workspace, seedsPath: emptySeeds, ...options });
  clients.push(client);
  return client;
}

let emptySeeds: string;
beforeAll(() => {
  // Servers started from here on inherit the trap through NODE_OPTIONS.
  Object.assign(process.env, trappedEnv(networkLog));
  emptySeeds = folder('policy-lens-no-seeds-');
});

afterAll(async () => {
  for (const client of clients) await client.stop();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
}, 60_000);

/** Renders hover Markdown as a Markdown engine would, HTML allowed (the worst case), and lists what came out. */
function rendered(markdown: string) {
  const md = new MarkdownIt({ html: true, linkify: false });
  const links: string[] = [];
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (token.type === 'link_open' || token.type === 'image') links.push(token.attrGet('href') ?? token.attrGet('src') ?? '');
      if (token.type === 'html_inline' || token.type === 'html_block') links.push(`HTML ${token.content}`);
      if (token.children) walk(token.children);
    }
  };
  walk(md.parse(markdown, {}));
  return { html: md.render(markdown), links };
}

describe('hover Markdown over a document full of Markdown and HTML payloads', () => {
  let client: LspTestClient;
  let workspace: string;
  const uri = () => fileUri(join(workspace, HOSTILE_NAME));

  beforeAll(async () => {
    workspace = folder('policy-lens-security-');
    writeFileSync(join(workspace, HOSTILE_NAME), HOSTILE);
    writeFileSync(join(workspace, 'other.txt'), OTHER);
    client = await start(workspace);
    client.open(uri(), HOSTILE);
    // A note with payloads, so the annotations section of the hover is tried too.
    const at = positionOf(HOSTILE, 'Ed Mayo');
    const created = await client.request<AnnotationEditResult>('policyLens/annotations/create', {
      uri: uri(),
      range: { start: at, end: { line: at.line, character: at.character + 7 } },
      bodies: [{ kind: 'note', text: PAYLOADS.join(' ') }],
      creator: '<img src=x onerror=alert(4)> [me](command:evil)',
    });
    expect(created.save.saved).toBe(true);
  }, 60_000);

  const targets = ['Circle Health Partnership', 'Ed Mayo', 'Co-operatives UK', '770 staff', 'employee-owned'];
  it.each(targets)('hovering "%s" shows no image, script, HTML or foreign link, whatever the text around it', async (needle) => {
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: uri() }, position: positionOf(HOSTILE, needle) });
    expect(hover, `a hover on ${needle}`).not.toBeNull();
    const { html, links } = rendered(hover!.contents.value);
    // Every element is one Markdown itself makes, and the only attribute is our own link target
    // (and a table cell's alignment): the payloads' tags and attributes show as text, if at all.
    for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
      expect(tag).toMatch(/^<(p|strong|em|ul|ol|li|hr|br|code|table|thead|tbody|tr|th|td)( style="text-align:(left|right|center)")?>$|^<a href="command:policyLens\.openLocation\?[^"<>\s]*">$/);
    }
    for (const link of links) expect(link).toMatch(/^command:policyLens\.openLocation\?/);
    for (const link of links) {
      const [location] = JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1))) as Array<{ uri: string; range: unknown }>;
      expect(location.uri.startsWith('file:')).toBe(true);
    }
  });

  it('the hover is still useful: the payload text shows literally, escaped, not silently dropped', async () => {
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri() }, position: positionOf(HOSTILE, 'Ed Mayo') });
    const { html } = rendered(hover.contents.value);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('an untrusted workspace (limited mode)', () => {
  const setUp = () => {
    const workspace = folder('policy-lens-untrusted-');
    writeFileSync(join(workspace, 'clinic.txt'), 'Staff at BCP voted in 2012.\n');
    writeFileSync(join(workspace, 'aliases.json'), JSON.stringify([{ id: 'org:brightwater-care', name: 'Brightwater Care Partnership', aliases: ['BCP'], source: 'test' }]));
    return workspace;
  };
  const canonicalOfBcp = async (client: LspTestClient) => {
    const { entities } = await client.request<EntitiesResult>('policyLens/entities', {});
    return entities.find((entity) => entity.aliases.includes('BCP') || entity.name === 'BCP')?.canonical;
  };

  it('ignores the workspace reference data and rules, and says so', async () => {
    const client = await start(setUp(), { trusted: false, settings: { referenceData: ['aliases.json'] } });
    expect(await canonicalOfBcp(client)).not.toBe('org:brightwater-care');
    expect(client.recorded.messages.some((m) => /ignored because the workspace is not trusted/.test(m.message))).toBe(true);
  }, 60_000);

  it('treats a client that does not say the workspace is trusted as untrusted', async () => {
    const workspace = setUp();
    const client = await LspTestClient.start({ workspace, seedsPath: emptySeeds, settings: { referenceData: ['aliases.json'] }, trusted: undefined });
    clients.push(client);
    expect(await canonicalOfBcp(client)).not.toBe('org:brightwater-care');
  }, 60_000);

  it('uses the same files once the workspace is trusted (so the test above can fail)', async () => {
    const client = await start(setUp(), { trusted: true, settings: { referenceData: ['aliases.json'] } });
    expect(await canonicalOfBcp(client)).toBe('org:brightwater-care');
  }, 60_000);
});

describe('paths that would leave the workspace', () => {
  it('refuses reference-data paths that are absolute, climb out with "..", or link outside', async () => {
    const outside = folder('policy-lens-outside-');
    const aliases = JSON.stringify([{ id: 'org:brightwater-care', name: 'Brightwater Care Partnership', aliases: ['BCP'], source: 'test' }]);
    writeFileSync(join(outside, 'aliases.json'), aliases);
    const workspace = folder('policy-lens-escape-');
    writeFileSync(join(workspace, 'clinic.txt'), 'Staff at BCP voted in 2012.\n');
    symlinkSync(join(outside, 'aliases.json'), join(workspace, 'linked.json'));
    const escapes = [join(outside, 'aliases.json'), `../${outside.split('/').pop()}/aliases.json`, 'linked.json'];
    const client = await start(workspace, { trusted: true, settings: { referenceData: escapes } });
    const { entities } = await client.request<EntitiesResult>('policyLens/entities', {});
    expect(entities.find((entity) => entity.aliases.includes('BCP'))?.canonical).not.toBe('org:brightwater-care');
    const refusals = client.recorded.messages.filter((m) => /reference data must be a file inside the workspace folder/.test(m.message));
    expect(refusals).toHaveLength(3);
  }, 60_000);

  it('refuses to annotate a document outside the workspace, and to write through a store folder that links outside', async () => {
    const outside = folder('policy-lens-outside-');
    writeFileSync(join(outside, 'elsewhere.txt'), 'The NHS said so.\n');
    const workspace = folder('policy-lens-escape-');
    writeFileSync(join(workspace, 'inside.txt'), 'The NHS said so.\n');
    mkdirSync(join(workspace, '.policy-lens'));
    symlinkSync(outside, join(workspace, '.policy-lens', 'annotations'));
    const client = await start(workspace, { trusted: true });
    const range = { start: { line: 0, character: 4 }, end: { line: 0, character: 7 } };
    const bodies = [{ kind: 'entity-tag', entityType: 'organisation' }];
    const elsewhere = fileUri(join(outside, 'elsewhere.txt'));
    client.open(elsewhere, 'The NHS said so.\n');
    await expect(client.request('policyLens/annotations/create', { uri: elsewhere, range, bodies, creator: 'x' })).rejects.toThrow();
    const inside = await client
      .request<AnnotationEditResult>('policyLens/annotations/create', { uri: fileUri(join(workspace, 'inside.txt')), range, bodies, creator: 'x' })
      .catch((error: Error) => ({ save: { saved: false, message: error.message } }));
    expect(inside.save.saved).toBe(false);
    expect(readdirSync(outside).sort()).toEqual(['elsewhere.txt']);
    expect(existsSync(join(outside, 'inside.txt.jsonld'))).toBe(false);
  }, 60_000);
});

describe('a full session under the network trap', () => {
  it('makes no network request from start to shutdown', async () => {
    const workspace = folder('policy-lens-offline-');
    writeFileSync(join(workspace, 'a.txt'), HOSTILE);
    writeFileSync(join(workspace, 'b.txt'), OTHER);
    const client = await start(workspace, { trusted: true });
    const uri = fileUri(join(workspace, 'a.txt'));
    client.open(uri, HOSTILE);
    await client.waitForDiagnostics(uri);
    const position = positionOf(HOSTILE, 'Circle Health Partnership');
    const document = { textDocument: { uri } };
    await client.request('textDocument/hover', { ...document, position });
    await client.request('textDocument/definition', { ...document, position });
    await client.request('textDocument/references', { ...document, position, context: { includeDeclaration: true } });
    await client.request('textDocument/documentSymbol', document);
    await client.request('textDocument/semanticTokens/full', document);
    await client.request('textDocument/codeAction', { ...document, range: { start: position, end: position }, context: { diagnostics: client.latestDiagnostics(uri) ?? [] } });
    await client.request('policyLens/entities', {});
    await client.request('policyLens/conflicts', { includeReviewed: true });
    await client.request('policyLens/claimMatrix', {});
    await client.request('policyLens/checkCorpus', {});
    await client.request('policyLens/annotations/create', { uri, range: { start: position, end: { line: position.line, character: position.character + 6 } }, bodies: [{ kind: 'note', text: 'offline' }], creator: 'x' });
    const exports = folder('policy-lens-export-');
    for (const format of ['w3c', 'brat', 'csv', 'conll']) await client.request('policyLens/annotations/export', { format, folder: join(exports, format) });
    client.edit(uri, { start: position, end: position }, 'The ');
    client.save(uri);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(workspace, 'b.txt')), type: 2 }] });
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.request('policyLens/entities', {});
    client.closeDocument(uri);
    await client.stop();
    expect(networkAttempts(networkLog)).toEqual([]);
  }, 120_000);
});
