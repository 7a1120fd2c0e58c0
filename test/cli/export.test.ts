import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../../server/src/engine/annotations/create';
import type { AnnotationBody } from '../../server/src/engine/annotations/model';
import { AnnotationStore } from '../../server/src/files/annotationStore';
import { runIn, workspace } from './helpers';

// Export and the annotation store: a workspace whose texts carry researchers' annotations, saved
// through the real store, then exported (and seen by extract) through the CLI.

const TEXT = 'Published 4 May 2012.\nThe Fenland Care Trust said Tuesday Club members backed the plan.\n';

function annotatedWorkspace(): string {
  const root = workspace({ 'texts/report.txt': TEXT, 'texts/unannotated.txt': 'The NHS.\n' });
  const store = new AnnotationStore({ workspaceRoot: root });
  const annotate = (quote: string, bodies: AnnotationBody[]) => {
    const start = TEXT.indexOf(quote);
    const record = createAnnotation({ source: 'texts/report.txt', text: TEXT, start, end: start + quote.length, bodies, creator: 'Ada Researcher' });
    store.put('texts/report.txt', record);
  };
  annotate('Fenland Care Trust', [
    { kind: 'entity-tag', entityType: 'organisation' },
    { kind: 'note', text: 'a "community" trust, see p. 4' },
  ]);
  annotate('Tuesday Club', [{ kind: 'entity-tag', entityType: 'organisation' }]);
  store.save('texts/report.txt');
  return root;
}

describe('policy-lens export', () => {
  it('prints CSV rows for the annotations of every annotated document by default', async () => {
    const run = await runIn(annotatedWorkspace(), 'export', '--format', 'csv');
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trim().split(/\r?\n/);
    expect(header.split(',').slice(0, 9)).toEqual(['document', 'start', 'end', 'text', 'type', 'canonical', 'author', 'created', 'note']);
    expect(rows).toHaveLength(2);
    const start = TEXT.indexOf('Fenland Care Trust');
    expect(rows[0].startsWith(`texts/report.txt,${start},${start + 18},Fenland Care Trust,organisation,,Ada Researcher,`)).toBe(true);
    expect(rows[0]).toContain('"a ""community"" trust, see p. 4"');
  });

  it('prints one W3C AnnotationCollection for the corpus', async () => {
    const run = await runIn(annotatedWorkspace(), 'export', '--format', 'w3c');
    expect(run.code).toBe(0);
    const collection = JSON.parse(run.stdout);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items).toHaveLength(2);
    expect(collection.first.items[0].target.source).toBe('texts/report.txt');
  });

  it('writes CoNLL with the engine entities and the manual ones to --out', async () => {
    const root = annotatedWorkspace();
    const run = await runIn(root, 'export', '--format', 'conll', '--out', 'exported', 'texts');
    expect(run.code).toBe(0);
    const conll = readFileSync(join(root, 'exported', 'annotations.conll'), 'utf8');
    expect(conll.match(/^-DOCSTART-/gm)).toHaveLength(2);
    expect(conll).toContain('Tuesday\tB-ORG\nClub\tI-ORG\n');
    expect(conll).toContain('NHS\tB-ORG\n');
  });

  it('writes a brat .ann beside each text, or into --out with a copy of the text', async () => {
    const root = annotatedWorkspace();
    expect((await runIn(root, 'export', '--format', 'brat')).code).toBe(0);
    expect(readFileSync(join(root, 'texts', 'report.ann'), 'utf8')).toMatch(/^T1\tOrganisation \d+ \d+\tFenland Care Trust$/m);

    expect((await runIn(root, 'export', '--format', 'brat', '--out', 'brat')).code).toBe(0);
    expect(existsSync(join(root, 'brat', 'texts', 'report.ann'))).toBe(true);
    expect(readFileSync(join(root, 'brat', 'texts', 'report.txt'), 'utf8')).toBe(TEXT);
  });

  it('fails with exit 2 when no path is given and nothing is annotated', async () => {
    const run = await runIn(workspace({ 'a.txt': 'The NHS.' }), 'export', '--format', 'csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no annotations stored');
  });
});

describe('annotations in extract', () => {
  it('lets a researcher\'s tag add an entity the engine would not find', async () => {
    const run = await runIn(annotatedWorkspace(), 'extract', 'texts/report.txt');
    const entities = JSON.parse(run.stdout).documents[0].entities as Array<{ type: string; text: string }>;
    expect(entities).toContainEqual(expect.objectContaining({ type: 'organisation', text: 'Tuesday Club' }));
  });
});
