import { describe, expect, it } from 'vitest';
import { shapeEntityTree } from '../../../client/src/panel/entityTree';
import { findNodeAt, IdAllocator } from '../../../client/src/panel/nodeModel';
import { documentLabel } from '../../../client/src/shared/documentLabel';
import { DOC_A, DOC_B, entitiesResponse, range } from './fakeResponses';

describe('finding the tree node under the cursor', () => {
  const tree = shapeEntityTree(entitiesResponse);

  it('finds the mention whose range covers the entity at the cursor, in the right document', () => {
    expect(findNodeAt(tree, DOC_A, range(7, 0, 25))?.label).toBe('Circle Health Partnership');
    expect(findNodeAt(tree, DOC_A, range(7, 3, 9))?.label).toBe('Circle Health Partnership');
    expect(findNodeAt(tree, DOC_B, range(7, 0, 25))).toBeUndefined();
  });

  it('finds nothing where no mention is', () => {
    expect(findNodeAt(tree, DOC_A, range(20, 0, 1))).toBeUndefined();
  });
});

describe('node ids and document labels', () => {
  it('numbers repeated ids so each stays unique', () => {
    const ids = new IdAllocator();
    expect([ids.take('a'), ids.take('a'), ids.take('b'), ids.take('a')]).toEqual(['a', 'a~1', 'b', 'a~2']);
  });

  it('names a document by its decoded file name, and survives a malformed escape', () => {
    expect(documentLabel('file:///corpus/001_co-ops%20uk.txt')).toBe('001_co-ops uk.txt');
    expect(documentLabel('untitled:Untitled-1')).toBe('Untitled-1');
    expect(documentLabel('file:///corpus/bad%E0%A4.txt')).toBe('bad%E0%A4.txt');
  });
});
