import { describe, expect, it } from 'vitest';
import { shapeAnnotationTree, type AnnotationListItem } from '../../../client/src/panel/annotationTree';
import { DOC_A, DOC_B, range } from './fakeResponses';

const items: AnnotationListItem[] = [
  { id: 'a3', documentUri: DOC_A, label: 'not an entity', quote: 'the Fund', range: range(6, 2, 10), status: 'anchored', author: 'Ana', created: '2026-01-02' },
  { id: 'a1', documentUri: DOC_A, label: 'organisation', quote: 'Circle Health', range: range(1, 0, 13), status: 'anchored' },
  { id: 'a2', documentUri: DOC_A, label: 'disputed', quote: 'twelve percent of staff', status: 'orphan', note: 'check the annual report' },
  { id: 'b1', documentUri: DOC_B, label: 'linked to Ed Mayo', quote: 'Mayo', status: 'unreadable' },
];

describe('Annotations view shape', () => {
  const tree = shapeAnnotationTree(items);

  it('groups annotations by document, and says how many need attention', () => {
    expect(tree.map((node) => node.label)).toEqual(['000_circle.txt', '001_co-ops uk.txt']);
    expect(tree[0].description).toBe('3 annotations, 1 need attention');
    expect(tree[1].icon).toBe('warning');
  });

  it('lists anchored annotations in text order, then orphans, each with its quote', () => {
    expect(tree[0].children!.map((node) => node.refs?.annotationId)).toEqual(['a1', 'a3', 'a2']);
    expect(tree[0].children![0].description).toBe('“Circle Health”');
    expect(tree[0].children![2].description).toBe('“twelve percent of staff” · orphan');
  });

  it('opens an anchored annotation at its place, and gives orphans no place to open', () => {
    const [anchored, , orphan] = tree[0].children!;
    expect(anchored.location).toEqual({ uri: DOC_A, range: range(1, 0, 13) });
    expect(orphan.location).toBeUndefined();
    expect(orphan.contextValue).toBe('annotation.orphan');
    expect(orphan.tooltip).toContain('Orphan');
    expect(orphan.tooltip).toContain('Note: check the annual report');
  });

  it('keeps unreadable annotations visible, explaining that nothing was deleted', () => {
    const unreadable = tree[1].children![0];
    expect(unreadable.contextValue).toBe('annotation.unreadable');
    expect(unreadable.tooltip).toContain('nothing has been deleted');
  });

  it('shortens long quotes in the description but keeps them whole in the tooltip', () => {
    const quote = 'word '.repeat(40).trim();
    const [doc] = shapeAnnotationTree([{ id: 'x', documentUri: DOC_A, label: 'note', quote, range: range(0, 0, 5), status: 'anchored' }]);
    expect(doc.children![0].description!.length).toBeLessThan(70);
    expect(doc.children![0].tooltip).toContain(quote);
  });
});
