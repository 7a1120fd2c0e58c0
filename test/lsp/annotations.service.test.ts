import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnotationStore, type StoreFs } from '../../server/src/files/annotationStore';
import { AnnotationsService, type AnnotationsHost } from '../../server/src/lsp/annotationsService';
import { AnnotationsWorkspace } from '../../server/src/lsp/annotationsWorkspace';

// The server's annotation service on its own, with a disk that can refuse writes: an annotation
// made while the disk is full stays in memory, is listed as unsaved, and is written once the disk
// takes it again. Also: the corrections it gives the corpus, and how it tells store files apart.

const TEXT = 'Mayfield Trust was founded in 1998 by local nurses.\n';

let workspace: string;
let diskFull = false;
let notices: Array<{ severity: string; message: string }>;
let reanalysed: string[];

const failingFs: StoreFs = {
  ...(fs as unknown as StoreFs),
  openSync: (path, flags, mode) => {
    if (diskFull) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    return fs.openSync(path, flags, mode);
  },
};

function makeService(retryMs = 20): { service: AnnotationsService; key: string } {
  const key = pathToFileURL(join(workspace, 'report.txt')).href;
  const host: AnnotationsHost = {
    textOf: (doc) => (doc === key ? TEXT : undefined),
    readDisk: () => undefined,
    reanalyse: (keys) => reanalysed.push(...keys),
    reanalyseAll: async () => undefined,
    changed: () => undefined,
    notice: (severity, message) => notices.push({ severity, message }),
    log: () => undefined,
    clientUri: (doc) => doc,
  };
  const annotationsWorkspace = new AnnotationsWorkspace([workspace], (folder) => new AnnotationStore({ workspaceRoot: folder, fs: failingFs }));
  return { service: new AnnotationsService(annotationsWorkspace, host, retryMs), key };
}

const range = (start: number, end: number) => ({ start: { line: 0, character: start }, end: { line: 0, character: end } });

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-annotation-service-'));
  writeFileSync(join(workspace, 'report.txt'), TEXT);
  diskFull = false;
  notices = [];
  reanalysed = [];
});

afterEach(() => {
  rmSync(workspace, { recursive: true, force: true });
});

describe('the annotation service', () => {
  it('keeps an annotation in memory when the disk is full, says so, and saves it once the disk takes it', async () => {
    const { service, key } = makeService();
    diskFull = true;
    const result = await service.create(key, range(0, 14), [{ kind: 'entity-tag', entityType: 'organisation' }], 'A Researcher');
    expect(result.save.saved).toBe(false);
    expect(result.save.message).toMatch(/kept in memory/);
    expect(notices.some((notice) => notice.severity === 'error' && /could not save annotations/.test(notice.message))).toBe(true);
    const [listed] = service.list(key);
    expect(listed.unsaved).toBe(true);
    expect(listed.annotations).toHaveLength(1);
    expect(service.overrides(key)).toEqual([{ action: 'tag', start: 0, end: 14, type: 'organisation' }]);
    expect(reanalysed).toEqual([key]);

    diskFull = false;
    const store = join(workspace, '.policy-lens', 'annotations', 'report.txt.jsonld');
    await expect.poll(() => fs.existsSync(store), { timeout: 2000 }).toBe(true);
    expect(readFileSync(store, 'utf8')).toContain('"exact": "Mayfield Trust"');
    expect(service.list(key)[0].unsaved).toBe(false);
    service.dispose();
  });

  it('gives the corpus the researchers’ alias links ahead of the reference data, as one stable list', async () => {
    const { service, key } = makeService();
    const reference = [{ surface: 'MT', canonical: 'org:other', canonicalName: 'Other' }];
    expect(service.aliases(reference)).toBe(reference);
    await service.create(key, range(0, 14), [{ kind: 'canonical-link', canonical: 'org:mayfield', label: 'Mayfield Trust' }], 'A');
    const merged = service.aliases(reference);
    expect(merged.map((alias) => alias.canonical)).toEqual(['org:mayfield', 'org:other']);
    expect(service.aliases(reference)).toBe(merged);
    service.dispose();
  });

  it('tells store files from everything else in the store folder', () => {
    const annotationsWorkspace = new AnnotationsWorkspace([workspace]);
    const base = join(workspace, '.policy-lens', 'annotations');
    expect(annotationsWorkspace.documentOfStoreFile(join(base, 'seeds', 'a.txt.jsonld'))?.path).toBe('seeds/a.txt');
    expect(annotationsWorkspace.documentOfStoreFile(join(base, 'a.txt.jsonld.pending-2.jsonld'))?.path).toBe('a.txt');
    expect(annotationsWorkspace.documentOfStoreFile(join(base, 'notes.jsonld.txt.jsonld'))?.path).toBe('notes.jsonld.txt');
    expect(annotationsWorkspace.documentOfStoreFile(join(base, '.a.txt.jsonld.tmp-12-3'))).toBeUndefined();
    expect(annotationsWorkspace.documentOfStoreFile(join(workspace, 'a.txt.jsonld'))).toBeUndefined();
    expect(annotationsWorkspace.locate(pathToFileURL(join(workspace, '.policy-lens', 'reviews.json')).href)).toBeUndefined();
    expect(annotationsWorkspace.locate('untitled:Untitled-1')).toBeUndefined();
  });
});
