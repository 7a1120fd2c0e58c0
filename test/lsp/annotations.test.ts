import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AnnotationEditResult,
  AnnotationsChangedParams,
  AnnotationsListResult,
  EntitiesResult,
} from '../../server/src/protocol';
import { SemanticTokenTypes } from '../../server/src/protocol';
import { decodeTokens, fileUri, LspTestClient, positionOf, sameUri } from './harness/lspClient';

// The researchers' annotations through the language server: they win over the engine in hover,
// symbols and references, they are stored as W3C Web Annotations beside the texts, a broken store
// file is reported and left alone, and a store changed by another process is picked up.

const CLINIC =
  'Brightwater Care Partnership runs three clinics in Leeds. In 2014 Brightwater Care Partnership said 400 staff had become co-owners.\n';
const COUNCIL = 'BCP told the council that its staff owned 60% of the company. Mayfield Trust disagreed.\n';
const ARCHIVE = 'Mayfield Trust was founded in 1998 by local nurses.\n';
const BROKEN_STORE = '{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "type": "AnnotationCollection",\n  "items": [\n    { "target": { "selector": [ { "type": "TextQuoteSelector", "exact": "local nurses" } ] }\n';

let workspace: string;
let seeds: string;
let client: LspTestClient;
const annotationChanges: AnnotationsChangedParams[] = [];
const uriOf = (name: string) => fileUri(join(workspace, name));
const storeOf = (name: string) => join(workspace, '.policy-lens', 'annotations', `${name}.jsonld`);

interface HoverResult {
  contents: { value: string };
}
interface SymbolResult {
  name: string;
  range: { start: { line: number; character: number } };
}
interface LocationResult {
  uri: string;
  range: { start: { line: number; character: number } };
}

const hoverAt = (name: string, text: string, needle: string, from = 0) =>
  client.request<HoverResult | null>('textDocument/hover', { textDocument: { uri: uriOf(name) }, position: positionOf(text, needle, from) });

const referencesAt = (name: string, text: string, needle: string, from = 0) =>
  client.request<LocationResult[]>('textDocument/references', {
    textDocument: { uri: uriOf(name) },
    position: positionOf(text, needle, from),
    context: { includeDeclaration: true },
  });

function rangeOf(text: string, needle: string, from = 0) {
  const start = positionOf(text, needle, from);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-annotations-'));
  seeds = mkdtempSync(join(tmpdir(), 'policy-lens-no-seeds-'));
  writeFileSync(join(workspace, 'clinic.txt'), CLINIC);
  writeFileSync(join(workspace, 'council.txt'), COUNCIL);
  writeFileSync(join(workspace, 'archive.txt'), ARCHIVE);
  mkdirSync(join(workspace, '.policy-lens', 'annotations'), { recursive: true });
  writeFileSync(storeOf('archive.txt'), BROKEN_STORE);
  client = await LspTestClient.start({ workspace, seedsPath: seeds, settings: {} });
  client.connection.onNotification('policyLens/annotationsChanged', (params: AnnotationsChangedParams) => {
    annotationChanges.push(params);
  });
});

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(seeds, { recursive: true, force: true });
});

describe('annotating a span as "not an entity"', () => {
  it('removes the entity from hover, symbols and references, and stores a W3C annotation beside the text', async () => {
    const hoverBefore = await hoverAt('clinic.txt', CLINIC, 'Brightwater');
    expect(hoverBefore?.contents.value).toContain('· organisation');

    const result = await client.request<AnnotationEditResult>('policyLens/annotations/create', {
      uri: uriOf('clinic.txt'),
      range: rangeOf(CLINIC, 'Brightwater Care Partnership'),
      bodies: [{ kind: 'not-an-entity' }],
      creator: 'A Researcher',
    });
    expect(result.save).toMatchObject({ saved: true, path: storeOf('clinic.txt') });
    expect(result.annotation).toMatchObject({ status: 'anchored', quote: 'Brightwater Care Partnership', creator: 'A Researcher' });

    const hoverAfter = await hoverAt('clinic.txt', CLINIC, 'Brightwater');
    expect(hoverAfter?.contents.value ?? '').not.toContain('· organisation');
    expect(hoverAfter?.contents.value).toContain('Not an entity');
    expect(hoverAfter?.contents.value).toContain('A Researcher');

    const symbols = await client.request<SymbolResult[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf('clinic.txt') } });
    const flat = JSON.stringify(symbols);
    expect(flat).toContain('Brightwater');
    expect(symbols.some((symbol) => symbol.range.start.line === 0 && symbol.range.start.character === 0)).toBe(false);

    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: uriOf('clinic.txt') } });
    const decoded = decodeTokens(tokens.data, [...SemanticTokenTypes]);
    expect(decoded.some((token) => token.line === 0 && token.character === 0)).toBe(false);
    expect(decoded.some((token) => token.type === 'policyOrganisation')).toBe(true);

    // The second mention is still an organisation, but its references no longer include the first.
    const second = CLINIC.indexOf('Brightwater', 10);
    const references = await referencesAt('clinic.txt', CLINIC, 'Brightwater', second);
    expect(references.length).toBeGreaterThan(0);
    expect(references.some((location) => location.range.start.line === 0 && location.range.start.character === 0)).toBe(false);

    const stored = JSON.parse(readFileSync(storeOf('clinic.txt'), 'utf8'));
    expect(stored['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(stored.type).toBe('AnnotationCollection');
    expect(stored.total).toBe(1);
    const [annotation] = stored.first.items;
    expect(annotation).toMatchObject({ type: 'Annotation', motivation: 'tagging', creator: { name: 'A Researcher' } });
    expect(JSON.stringify(annotation.body)).toContain('not-an-entity');
    expect(annotation.target.source).toBe('clinic.txt');
    const selectors = annotation.target.selector;
    expect(selectors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'TextQuoteSelector', exact: 'Brightwater Care Partnership' }),
        expect.objectContaining({ type: 'TextPositionSelector', start: 0, end: 28 }),
      ]),
    );
  });

  it('offers to edit and delete the annotation from a code action on the span', async () => {
    const actions = await client.request<Array<{ title: string; command?: { command: string; arguments?: unknown[] } }>>('textDocument/codeAction', {
      textDocument: { uri: uriOf('clinic.txt') },
      range: rangeOf(CLINIC, 'Care'),
      context: { diagnostics: [] },
    });
    const titles = actions.map((action) => action.title);
    expect(titles).toEqual(expect.arrayContaining(['Edit annotation', 'Delete annotation']));
    const edit = actions.find((action) => action.title === 'Edit annotation');
    expect(edit?.command?.command).toBe('policyLens.annotations.edit');
    expect(edit?.command?.arguments?.[0]).toMatchObject({ uri: uriOf('clinic.txt') });
  });
});

describe('tagging a span as an entity type', () => {
  it('creates an entity the engine did not find, with its symbol and hover', async () => {
    const leeds = await hoverAt('clinic.txt', CLINIC, 'Leeds');
    expect(leeds?.contents.value ?? '').not.toContain('· organisation');
    await client.request<AnnotationEditResult>('policyLens/annotations/create', {
      uri: uriOf('clinic.txt'),
      range: rangeOf(CLINIC, 'Leeds'),
      bodies: [{ kind: 'entity-tag', entityType: 'organisation' }],
      creator: 'A Researcher',
    });
    expect((await hoverAt('clinic.txt', CLINIC, 'Leeds'))?.contents.value).toContain('**Leeds** · organisation');
    const symbols = await client.request<SymbolResult[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf('clinic.txt') } });
    expect(JSON.stringify(symbols)).toContain('Leeds');
  });
});

describe('linking an alias to a canonical entity', () => {
  it('makes the alias resolve to that entity in every document, and references follow', async () => {
    const canonicalOfBcp = async () => {
      const { entities } = await client.request<EntitiesResult>('policyLens/entities', { uri: uriOf('council.txt') });
      return entities.find((entity) => entity.aliases.includes('BCP') || entity.name === 'BCP')?.canonical;
    };
    expect(await canonicalOfBcp()).not.toBe('org:brightwater');

    const result = await client.request<AnnotationEditResult>('policyLens/annotations/create', {
      uri: uriOf('council.txt'),
      range: rangeOf(COUNCIL, 'BCP'),
      bodies: [{ kind: 'canonical-link', canonical: 'org:brightwater', label: 'Brightwater Care Partnership' }],
      creator: 'A Researcher',
    });
    expect(result.save.saved).toBe(true);
    expect(await canonicalOfBcp()).toBe('org:brightwater');

    const second = CLINIC.indexOf('Brightwater', 10);
    const references = await referencesAt('clinic.txt', CLINIC, 'Brightwater', second);
    expect(references.some((location) => sameUri(location.uri, uriOf('council.txt')))).toBe(true);
  });

  it('mints a canonical entity from a name when asked to create one', async () => {
    const result = await client.request<AnnotationEditResult>('policyLens/annotations/create', {
      uri: uriOf('council.txt'),
      range: rangeOf(COUNCIL, 'the council'),
      bodies: [{ kind: 'canonical-link', label: 'Leeds City Council', entityType: 'organisation' }],
      creator: 'A Researcher',
    });
    expect(result.annotation?.bodies).toEqual([{ kind: 'canonical-link', canonical: 'org:leeds-city-council', label: 'Leeds City Council' }]);
  });
});

describe('a malformed store file', () => {
  it('is reported with its path and left byte for byte as it was; its quotes are listed as unreadable', async () => {
    const notice = await client.waitFor(
      () => client.recorded.messages.find((message) => message.message.includes('archive.txt.jsonld') && /cannot be read/.test(message.message)),
      'a notice about the broken store',
    );
    expect(notice.type).toBe(1);
    const { documents } = await client.request<AnnotationsListResult>('policyLens/annotations/list', { uri: uriOf('archive.txt') });
    expect(documents[0].problems.join('\n')).toContain(storeOf('archive.txt'));
    expect(documents[0].annotations).toEqual([expect.objectContaining({ status: 'unreadable', quote: 'local nurses' })]);
    expect(readFileSync(storeOf('archive.txt'), 'utf8')).toBe(BROKEN_STORE);
  });

  it('sends a new annotation on that document to a side file instead', async () => {
    const result = await client.request<AnnotationEditResult>('policyLens/annotations/create', {
      uri: uriOf('archive.txt'),
      range: rangeOf(ARCHIVE, 'Mayfield Trust'),
      bodies: [{ kind: 'note', text: 'Check the <b>founding</b> date' }],
      creator: 'A Researcher',
    });
    const sideFile = `${storeOf('archive.txt')}.pending-1.jsonld`;
    expect(result.save).toMatchObject({ saved: true, path: sideFile });
    expect(result.save.message).toMatch(/cannot be read/);
    expect(readFileSync(storeOf('archive.txt'), 'utf8')).toBe(BROKEN_STORE);
    expect(JSON.stringify(JSON.parse(readFileSync(sideFile, 'utf8')))).toContain('Check the <b>founding</b> date');

    // The note is shown in the hover as text, never as markup.
    const hover = await hoverAt('archive.txt', ARCHIVE, 'Mayfield');
    expect(hover?.contents.value).toContain('&lt;b\\>founding&lt;/b\\>');
  });
});

describe('a store file changed by another process', () => {
  it('is reloaded when the watcher reports it, and the analysis follows', async () => {
    const notesBefore = annotationChanges.length;
    // A colleague removed the "not an entity" annotation (say, through a git pull).
    const stored = JSON.parse(readFileSync(storeOf('clinic.txt'), 'utf8'));
    stored.first.items = [];
    stored.total = 0;
    writeFileSync(storeOf('clinic.txt'), `${JSON.stringify(stored, null, 2)}\n`);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(storeOf('clinic.txt')), type: 2 }] });
    await expect
      .poll(() => annotationChanges.slice(notesBefore).some((change) => change.uris.some((uri) => sameUri(uri, uriOf('clinic.txt')))), { timeout: 10_000 })
      .toBe(true);

    const hover = await hoverAt('clinic.txt', CLINIC, 'Brightwater');
    expect(hover?.contents.value).toContain('· organisation');
    const { documents } = await client.request<AnnotationsListResult>('policyLens/annotations/list', {});
    expect(documents.find((doc) => sameUri(doc.uri, uriOf('clinic.txt')))).toBeUndefined();
    expect(existsSync(storeOf('clinic.txt'))).toBe(true);
  });

  it('watches the annotation store folder', () => {
    const watchers = client.recorded.registrations.filter((registration) => registration.method === 'workspace/didChangeWatchedFiles').pop();
    expect(JSON.stringify(watchers?.registerOptions)).toContain('.policy-lens/annotations/**');
  });
});
