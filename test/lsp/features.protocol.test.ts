import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, Location, DocumentSymbol } from 'vscode-languageserver-protocol';
import type { EntitiesResult, EntityAtResult } from '../../server/src/protocol';
import { SemanticTokenTypes } from '../../server/src/protocol';
import { decodeTokens, fileUri, LspTestClient, positionOf, sameUri, seedText, seedUri } from './harness/lspClient';

// The editor features over the real protocol: the server is started from dist/server.js with the
// shipped seeds and a scratch workspace, and a seed is opened as an editor would.

const SEED = '000_cde4b1dd08b8758c.txt';
const uri = seedUri(SEED);
const text = seedText(SEED);
const onCircle = positionOf(text, 'Circle Health Partnership');
const insideCircle = { line: onCircle.line, character: onCircle.character + 3 };

let client: LspTestClient;
let workspace: string;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-lsp-'));
  writeFileSync(join(workspace, 'briefing.txt'), 'Circle Health is run by Ali Parsa. Ministers praised Circle in 2011.\n');
  client = await LspTestClient.start({ workspace });
  client.open(uri, text);
});

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

describe('initialisation', () => {
  it('announces incremental sync and one semantic token type per entity kind, in the client legend order', () => {
    const { capabilities } = client.initializeResult;
    expect(capabilities.textDocumentSync.change).toBe(2);
    expect(capabilities.semanticTokensProvider.legend.tokenTypes).toEqual([...SemanticTokenTypes]);
    expect(capabilities.semanticTokensProvider.full).toBe(true);
    expect(capabilities.semanticTokensProvider.range).toBe(true);
    expect(capabilities.executeCommandProvider.commands).toContain('policyLens.markReviewed');
  });

  it('reports indexing progress, then ready with the seeds and workspace files counted', () => {
    const ready = client.recorded.statuses.find((status) => status.state === 'ready');
    expect(ready?.total).toBeGreaterThanOrEqual(6);
    expect(ready?.entities).toBeGreaterThan(0);
    expect(client.recorded.statuses.some((status) => status.state === 'indexing')).toBe(true);
  });

  it('watches the include globs for files changed outside the editor', () => {
    const watchers = client.recorded.registrations.find((registration) => registration.method === 'workspace/didChangeWatchedFiles');
    const patterns = (watchers?.registerOptions as { watchers: Array<{ globPattern: unknown }> }).watchers.map((watcher) => watcher.globPattern);
    expect(patterns).toContain('**/*.{txt,md}');
  });
});

describe('hover', () => {
  it('shows the canonical name, the document count and links to other mentions through our own command only', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: insideCircle });
    const markdown = (hover.contents as { value: string }).value;
    expect(markdown).toMatch(/\*\*Circle[^*]*\*\* · organisation/);
    expect(markdown).toMatch(/Mentioned \d+ times in [2-9]\d* documents/);
    expect(markdown).toContain('Other mentions');
    const links = [...markdown.matchAll(/\]\((command:[^)]+)\)/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith('command:policyLens.openLocation?')).toBe(true);
    const targets = links.map((link) => JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1)))[0] as Location);
    expect(targets.some((target) => !sameUri(target.uri, uri))).toBe(true);
    expect(hover.range?.start).toEqual(onCircle);
  });

  it('answers null off any entity and for documents it does not know', async () => {
    const blank = positionOf(text, '\n\n');
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: blank })).toBeNull();
    expect(await client.request('textDocument/hover', { textDocument: { uri: fileUri('/nowhere/x.txt') }, position: onCircle })).toBeNull();
  });

  it('clamps positions beyond the end of the document instead of failing', async () => {
    await expect(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 99999, character: 99999 } })).resolves.toBeDefined();
  });
});

describe('semantic tokens', () => {
  const legend = [...SemanticTokenTypes];

  it('marks "Circle Health Partnership" as an organisation', async () => {
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = decodeTokens(data, legend);
    const onName = tokens.filter((token) => token.line === onCircle.line && token.character <= onCircle.character + 3 && token.character + token.length > onCircle.character + 3);
    expect(onName.map((token) => token.type)).toEqual(['policyOrganisation']);
  });

  it('never emits overlapping or line-crossing tokens', async () => {
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = decodeTokens(data, legend);
    const lines = text.split('\n');
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      expect(token.character + token.length).toBeLessThanOrEqual(lines[token.line].length);
      const next = tokens[i + 1];
      if (next && next.line === token.line) expect(next.character).toBeGreaterThanOrEqual(token.character + token.length);
    }
    expect(new Set(tokens.map((token) => token.type)).size).toBeGreaterThanOrEqual(4);
  });

  it('returns only the tokens of the requested range', async () => {
    const range = { start: { line: onCircle.line, character: 0 }, end: { line: onCircle.line + 1, character: 0 } };
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/range', { textDocument: { uri }, range });
    const tokens = decodeTokens(data, legend);
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect(token.line).toBe(onCircle.line);
  });
});

describe('document symbols', () => {
  it('groups the entities by type, organisations by canonical entity', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = symbols.map((symbol) => symbol.name);
    expect(names).toEqual(expect.arrayContaining(['Organisations', 'People', 'Percentages']));
    const organisations = symbols.find((symbol) => symbol.name === 'Organisations')!;
    const circle = organisations.children!.find((child) => child.name.startsWith('Circle'))!;
    expect(circle.children!.length).toBeGreaterThan(1);
    expect(circle.children!.map((mention) => mention.name)).toContain('Circle Health Partnership');
  });
});

describe('references and definition', () => {
  it('lists every mention of the canonical entity across documents', async () => {
    const locations = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: insideCircle,
      context: { includeDeclaration: true },
    });
    const documents = new Set(locations.map((location) => location.uri));
    expect(documents.size).toBeGreaterThanOrEqual(2);
    expect(locations.some((location) => sameUri(location.uri, uri) && location.range.start.line === onCircle.line)).toBe(true);
    expect([...documents].some((document) => document.endsWith('briefing.txt'))).toBe(true);
  });

  it('goes to the first mention in corpus order', async () => {
    const locations = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: insideCircle,
      context: { includeDeclaration: true },
    });
    const definition = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: insideCircle });
    expect(definition).toEqual(locations[0]);
  });

  it('leaves the definition out when the declaration is not wanted', async () => {
    const all = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: insideCircle, context: { includeDeclaration: true } });
    const some = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: insideCircle, context: { includeDeclaration: false } });
    expect(some.length).toBe(all.length - 1);
  });
});

describe('custom requests for the side panel', () => {
  it('policyLens/entityAt names the entity under the cursor', async () => {
    const result = await client.request<EntityAtResult>('policyLens/entityAt', { uri, position: insideCircle });
    expect(result.type).toBe('organisation');
    expect(result.canonical).toMatch(/^org:/);
    expect(result.range?.start).toEqual(onCircle);
    expect(await client.request('policyLens/entityAt', { uri, position: positionOf(text, '\n\n') })).toEqual({});
  });

  it('policyLens/entities groups mentions by canonical entity across the corpus', async () => {
    const { entities } = await client.request<EntitiesResult>('policyLens/entities', {});
    const circle = entities.find((entity) => entity.type === 'organisation' && entity.aliases.concat(entity.name).includes('Circle Health Partnership'));
    expect(circle).toBeDefined();
    expect(circle!.documents.length).toBeGreaterThanOrEqual(2);
    expect(circle!.mentionCount).toBe(circle!.mentions.length);
  });

  it('policyLens/entities under limits lists the most-mentioned of each type and the focus document’s entities, with true counts', async () => {
    const all = await client.request<EntitiesResult>('policyLens/entities', {});
    const focus = fileUri(join(workspace, 'briefing.txt'));
    const bounded = await client.request<EntitiesResult>('policyLens/entities', { limits: { entitiesPerType: 2, mentionsPerEntity: 1, focus } });
    const unbounded = new Map(all.entities.map((entity) => [entity.canonical, entity]));
    const types = new Set(all.entities.map((entity) => entity.type));
    for (const type of types) {
      const everyOne = all.entities.filter((entity) => entity.type === type);
      const listed = bounded.entities.filter((entity) => entity.type === type);
      expect(listed.length + (bounded.more?.[type] ?? 0)).toBe(everyOne.length);
      // The two most mentioned lead; beyond them, only entities of the focus document.
      const byMentions = [...everyOne].sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
      expect(listed.slice(0, 2).map((entity) => entity.canonical)).toEqual(byMentions.slice(0, 2).map((entity) => entity.canonical));
      for (const extra of listed.slice(2)) expect(extra.mentions.some((mention) => sameUri(mention.uri, focus))).toBe(true);
    }
    for (const entity of bounded.entities) {
      const whole = unbounded.get(entity.canonical)!;
      expect(entity.mentionCount).toBe(whole.mentionCount);
      expect(entity.documentCount).toBe(whole.documentCount);
      // One mention from the corpus at most, plus every mention in the focus document.
      const inFocus = whole.mentions.filter((mention) => sameUri(mention.uri, focus)).length;
      expect(entity.mentions.filter((mention) => sameUri(mention.uri, focus)).length).toBe(inFocus);
      expect(entity.mentions.length).toBeLessThanOrEqual(1 + inFocus);
    }
    // Every entity of the focus document is there, Circle and Ali Parsa among them.
    const inBriefing = all.entities.filter((entity) => entity.mentions.some((mention) => sameUri(mention.uri, focus)));
    expect(inBriefing.length).toBeGreaterThan(1);
    for (const entity of inBriefing) expect(bounded.entities.map((listed) => listed.canonical)).toContain(entity.canonical);
  });

  it('policyLens/entities filters by text and limits to one document', async () => {
    const { entities } = await client.request<EntitiesResult>('policyLens/entities', { uri, filter: 'circle' });
    expect(entities.length).toBeGreaterThan(0);
    for (const entity of entities) {
      expect(entity.documents.every((document) => sameUri(document, uri))).toBe(true);
      expect([entity.name, ...entity.aliases].join(' ').toLowerCase()).toContain('circle');
    }
  });
});
