import { describe, expect, it } from 'vitest';
import { exportSummary, importSummary, saveWarning, toListItems } from '../../../client/src/annotations/annotationListItems';
import { shapeAnnotationTree } from '../../../client/src/panel/annotationTree';
import type { AnnotatedDocumentInfo } from '../../../server/src/protocol';
import { DOC_A, range } from './fakeResponses';

const document: AnnotatedDocumentInfo = {
  uri: DOC_A,
  path: '000_circle.txt',
  storePath: '/w/.policy-lens/annotations/000_circle.txt.jsonld',
  problems: [],
  unsaved: false,
  annotations: [
    {
      id: 'urn:uuid:1',
      uri: DOC_A,
      status: 'anchored',
      range: range(2, 4, 29),
      quote: 'Circle Health Partnership',
      bodies: [{ kind: 'entity-tag', entityType: 'organisation' }, { kind: 'note', text: 'the operating company' }],
      creator: 'Ana',
      created: '2026-01-02T10:00:00.000Z',
      modified: '2026-01-02T10:00:00.000Z',
    },
    {
      id: 'urn:uuid:2',
      uri: DOC_A,
      status: 'orphan',
      quote: 'twelve percent',
      bodies: [{ kind: 'assessment', value: 'disputed' }],
      creator: 'Ben',
      created: '2026-01-03T10:00:00.000Z',
      modified: '2026-01-03T10:00:00.000Z',
      problem: 'Orphan: the text is there with a different number, so it was not moved.',
    },
    { id: 'unreadable:x#0', uri: DOC_A, status: 'unreadable', quote: 'local nurses', bodies: [], creator: '', created: '', modified: '', problem: 'x.jsonld cannot be read: not valid JSON' },
  ],
};

describe('Annotations view items from the server’s list', () => {
  const items = toListItems([document]);

  it('labels each annotation by what it says, with its quote, author, date and note', () => {
    expect(items[0]).toEqual({
      id: 'urn:uuid:1',
      documentUri: DOC_A,
      label: 'organisation · note',
      quote: 'Circle Health Partnership',
      status: 'anchored',
      range: range(2, 4, 29),
      author: 'Ana',
      created: '2026-01-02T10:00:00.000Z',
      note: 'the operating company',
    });
  });

  it('shows orphans and unreadable annotations as such, with their quote and the reason', () => {
    const tree = shapeAnnotationTree(items);
    const [, orphan, unreadable] = tree[0].children!;
    expect(orphan.description).toBe('“twelve percent” · orphan');
    expect(orphan.tooltip).toContain('different number');
    expect(orphan.contextValue).toBe('annotation.orphan');
    expect(unreadable.label).toBe('unreadable annotation');
    expect(unreadable.description).toBe('“local nurses” · unreadable');
    expect(unreadable.tooltip).toContain('not valid JSON');
  });

  it('says when an unreadable file has no quote left to show', () => {
    const [doc] = shapeAnnotationTree(toListItems([{ ...document, annotations: [{ ...document.annotations[2], quote: '' }] }]));
    expect(doc.children![0].description).toBe('no quote readable · unreadable');
  });
});

describe('messages after an edit, an export or an import', () => {
  it('warns when an annotation is kept in memory or went to a side file, and is silent otherwise', () => {
    expect(saveWarning({ saved: true, path: '/w/a.jsonld' })).toBeUndefined();
    expect(saveWarning({ saved: false, message: 'The disk is full.' })).toMatch(/kept the annotation in memory.*The disk is full\..*try again/);
    expect(saveWarning({ saved: true, path: '/w/a.jsonld.pending-1.jsonld', message: 'a.jsonld cannot be read' })).toBe('Policy Lens: a.jsonld cannot be read');
  });

  it('summarises an export with counts, skipped annotations and problems', () => {
    expect(exportSummary('brat', { files: ['/o/a.ann', '/o/a.txt'], documents: 1, annotations: 3, skipped: [{ uri: DOC_A, id: 'x', reason: 'orphan' }], problems: [] })).toBe(
      'Exported 3 annotations from 1 document as brat standoff (2 files written). 1 not exported: orphan.',
    );
  });

  it('summarises an import with duplicates and problems', () => {
    expect(importSummary({ imported: 2, duplicates: 1, documents: [DOC_A], problems: ['a.ann: line 3: R1 …'] })).toBe(
      'Imported 2 annotations into 1 document. 1 already in the store, not added again. 1 line or file not imported (see the Policy Lens output).',
    );
  });
});
