import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AnnotationEditResult,
  AnnotationExportResult,
  AnnotationImportBratResult,
  AnnotationInfo,
  AnnotationsListResult,
} from '../../server/src/protocol';
import { fileUri, LspTestClient, positionOf } from './harness/lspClient';

// Annotations while the researcher works: they follow typing, become orphans when their text
// goes and can be re-attached, are edited and deleted, their store follows a saved document, and
// they leave and come back through the export formats.

const REPORT = 'Mayfield Trust was founded in 1998 by local nurses. It now employs 120 staff.\n';

let workspace: string;
let seeds: string;
let exportDir: string;
let client: LspTestClient;
const uri = () => fileUri(join(workspace, 'report.txt'));
const store = () => join(workspace, '.policy-lens', 'annotations', 'report.txt.jsonld');

async function annotations(): Promise<AnnotationInfo[]> {
  const { documents } = await client.request<AnnotationsListResult>('policyLens/annotations/list', { uri: uri() });
  return documents[0]?.annotations ?? [];
}

function rangeIn(text: string, needle: string) {
  const start = positionOf(text, needle);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

let text = REPORT;
let annotationId = '';

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-annotation-edits-'));
  seeds = mkdtempSync(join(tmpdir(), 'policy-lens-no-seeds-'));
  exportDir = mkdtempSync(join(tmpdir(), 'policy-lens-export-'));
  writeFileSync(join(workspace, 'report.txt'), REPORT);
  client = await LspTestClient.start({ workspace, seedsPath: seeds, settings: {} });
  client.open(uri(), REPORT);
});

afterAll(async () => {
  await client?.stop();
  for (const dir of [workspace, seeds, exportDir]) rmSync(dir, { recursive: true, force: true });
});

describe('annotations while the text is edited', () => {
  it('keeps an annotation on its words when text is typed before it', async () => {
    const created = await client.request<AnnotationEditResult>('policyLens/annotations/create', {
      uri: uri(),
      range: rangeIn(text, 'local nurses'),
      bodies: [{ kind: 'note', text: 'which hospital?' }],
      creator: 'A Researcher',
    });
    annotationId = created.annotation!.id;
    expect(created.annotation?.range).toEqual(rangeIn(text, 'local nurses'));

    client.edit(uri(), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'In the north, ');
    text = `In the north, ${text}`;
    const [moved] = await annotations();
    expect(moved).toMatchObject({ status: 'anchored', quote: 'local nurses', range: rangeIn(text, 'local nurses') });
  });

  it('writes the new place to the store when the document is saved', async () => {
    client.save(uri());
    await expect
      .poll(() => {
        const item = JSON.parse(readFileSync(store(), 'utf8')).first.items[0];
        return item.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector')?.start;
      })
      .toBe(text.indexOf('local nurses'));
  });

  it('orphans the annotation when its words are replaced, keeping its quote, and re-attaches it to a new selection', async () => {
    const at = rangeIn(text, 'local nurses');
    client.edit(uri(), at, 'a group of district midwives');
    text = text.replace('local nurses', 'a group of district midwives');
    const [orphan] = await annotations();
    expect(orphan).toMatchObject({ id: annotationId, status: 'orphan', quote: 'local nurses' });
    expect(orphan.range).toBeUndefined();
    expect(orphan.problem).toMatch(/^Orphan: /);

    const actions = await client.request<Array<{ title: string; command?: { command: string } }>>('textDocument/codeAction', {
      textDocument: { uri: uri() },
      range: rangeIn(text, 'district midwives'),
      context: { diagnostics: [] },
    });
    expect(actions.find((action) => action.command?.command === 'policyLens.annotations.reattach')?.title).toContain('local nurses');

    const result = await client.request<AnnotationEditResult>('policyLens/annotations/reattach', { uri: uri(), id: annotationId, range: rangeIn(text, 'district midwives') });
    expect(result.annotation).toMatchObject({ id: annotationId, status: 'anchored', quote: 'district midwives' });
  });
});

describe('editing and deleting', () => {
  it('replaces what an annotation says and marks it modified', async () => {
    const before = (await annotations())[0];
    const result = await client.request<AnnotationEditResult>('policyLens/annotations/update', {
      uri: uri(),
      id: annotationId,
      bodies: [{ kind: 'note', text: 'which hospital trust?' }, { kind: 'assessment', value: 'needs-source' }],
    });
    expect(result.annotation?.bodies).toEqual([
      { kind: 'note', text: 'which hospital trust?' },
      { kind: 'assessment', value: 'needs-source' },
    ]);
    expect(result.annotation?.created).toBe(before.created);
    expect(Date.parse(result.annotation!.modified)).toBeGreaterThanOrEqual(Date.parse(before.modified));
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri() }, position: positionOf(text, 'midwives') });
    expect(hover.contents.value).toContain('Claim needs a source');
  });

  it('refuses an annotation without a selection, with a sentence the researcher can act on', async () => {
    const empty = positionOf(text, 'Trust');
    await expect(
      client.request('policyLens/annotations/create', { uri: uri(), range: { start: empty, end: empty }, bodies: [{ kind: 'not-an-entity' }], creator: 'A' }),
    ).rejects.toThrow(/select the text to annotate first/);
  });

  it('refuses to annotate a text outside the workspace folders', async () => {
    const outside = fileUri(join(seeds, 'elsewhere.txt'));
    client.open(outside, 'Zanzibar Holdings Ltd owns the building.\n');
    await expect(
      client.request('policyLens/annotations/create', {
        uri: outside,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } },
        bodies: [{ kind: 'not-an-entity' }],
        creator: 'A',
      }),
    ).rejects.toThrow(/not inside an open workspace folder/);
  });
});

describe('export and import', () => {
  it('exports W3C JSON-LD and CSV into the chosen folder', async () => {
    const w3c = await client.request<AnnotationExportResult>('policyLens/annotations/export', { format: 'w3c', folder: exportDir });
    expect(w3c).toMatchObject({ files: [join(exportDir, 'annotations.jsonld')], documents: 1, annotations: 1, problems: [] });
    expect(JSON.parse(readFileSync(join(exportDir, 'annotations.jsonld'), 'utf8')).type).toBe('AnnotationCollection');
    const csv = await client.request<AnnotationExportResult>('policyLens/annotations/export', { format: 'csv', folder: exportDir });
    expect(readFileSync(csv.files[0], 'utf8')).toContain('district midwives');
  });

  it('exports brat with the text beside each .ann, and imports it back without duplicating what is stored', async () => {
    const brat = await client.request<AnnotationExportResult>('policyLens/annotations/export', { format: 'brat', folder: join(exportDir, 'brat') });
    expect(readdirSync(join(exportDir, 'brat')).sort()).toEqual(['report.ann', 'report.txt']);
    expect(brat.files).toHaveLength(2);

    const again = await client.request<AnnotationImportBratResult>('policyLens/annotations/importBrat', { folder: join(exportDir, 'brat'), creator: 'B' });
    expect(again).toMatchObject({ imported: 0, duplicates: 1 });

    const [existing] = await annotations();
    await client.request<AnnotationEditResult>('policyLens/annotations/delete', { uri: uri(), id: existing.id });
    expect(await annotations()).toEqual([]);

    const restored = await client.request<AnnotationImportBratResult>('policyLens/annotations/importBrat', { folder: join(exportDir, 'brat'), creator: 'B' });
    expect(restored).toMatchObject({ imported: 1, duplicates: 0, problems: [] });
    const [back] = await annotations();
    expect(back).toMatchObject({ status: 'anchored', quote: 'district midwives', creator: 'B' });
    expect(back.bodies).toEqual(expect.arrayContaining([{ kind: 'note', text: 'which hospital trust?' }, { kind: 'assessment', value: 'needs-source' }]));
  });

  it('reports an .ann file that matches no document', async () => {
    mkdirSync(join(exportDir, 'stray'), { recursive: true });
    writeFileSync(join(exportDir, 'stray', 'unknown.ann'), 'T1\torganisation 0 4\tAcme\n');
    const result = await client.request<AnnotationImportBratResult>('policyLens/annotations/importBrat', { folder: join(exportDir, 'stray'), creator: 'B' });
    expect(result.imported).toBe(0);
    expect(result.problems[0]).toMatch(/^unknown\.ann: no document/);
  });
});
