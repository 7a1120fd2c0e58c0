import { describe, expect, it } from 'vitest';
import { entityNodeId, shapeEntityTree } from '../../../client/src/panel/entityTree';
import { findNode, indexParents } from '../../../client/src/panel/nodeModel';
import { DOC_A, DOC_B, entitiesResponse, range } from './fakeResponses';

describe('Entities view shape', () => {
  const tree = shapeEntityTree(entitiesResponse);

  it('groups entities by type, in the order organisations, people, roles, numbers, dates', () => {
    expect(tree.map((node) => node.label)).toEqual(['Organisations', 'People', 'Dates']);
    expect(tree.map((node) => node.description)).toEqual(['2', '1', '1']);
  });

  it('lists the most-mentioned canonical entity first within a type, with its mention and document counts', () => {
    const organisations = tree[0].children ?? [];
    expect(organisations.map((node) => node.label)).toEqual(['Circle', 'Co-operatives UK']);
    expect(organisations[0].description).toBe('3 mentions · 2 docs');
    expect(organisations[0].tooltip).toContain('Also written: Circle Health Partnership');
    expect(organisations[0].tooltip).toContain('000_circle.txt, 001_co-ops uk.txt');
  });

  it('puts the mentions under their entity in document and text order, each opening its place', () => {
    const circle = findNode(tree, entityNodeId('org:circle'));
    const mentions = circle?.children ?? [];
    expect(mentions.map((node) => node.label)).toEqual(['Circle', 'Circle Health Partnership', 'Circle']);
    expect(mentions.map((node) => node.description)).toEqual(['000_circle.txt:1', '000_circle.txt:8', '001_co-ops uk.txt:3']);
    expect(mentions[1].location).toEqual({ uri: DOC_A, range: range(7, 0, 25) });
    expect(mentions.every((node) => node.children === undefined)).toBe(true);
  });

  it('shows a number or date entity’s normalised value only when it adds something to the name', () => {
    const date = findNode(tree, entityNodeId('date:2010'));
    expect(date?.description).toBe('1 mention · 1 doc');
    const withValue = shapeEntityTree({
      entities: [{ ...entitiesResponse.entities[0], canonical: 'money:1', name: '£10million', type: 'money', value: '£10 million' }],
    });
    expect(withValue[0].children?.[0].description).toBe('£10 million · 1 mention · 1 doc');
  });

  it('gives every node a unique id even when the server repeats a mention, so reveal finds one node', () => {
    const duplicated = shapeEntityTree({
      entities: [
        {
          ...entitiesResponse.entities[1],
          mentions: [entitiesResponse.entities[1].mentions[0], entitiesResponse.entities[1].mentions[0]],
        },
      ],
    });
    const ids = [duplicated[0].id, ...(duplicated[0].children ?? []).flatMap((entity) => [entity.id, ...(entity.children ?? []).map((m) => m.id)])];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('records each node’s parent, so the view can reveal an entity by walking up', () => {
    const parents = indexParents(tree);
    const mayo = findNode(tree, entityNodeId('person:ed-mayo'));
    expect(mayo).toBeDefined();
    expect(parents.get(mayo!.id)?.label).toBe('People');
    const firstMention = mayo!.children![0];
    expect(parents.get(firstMention.id)).toBe(mayo);
    expect(firstMention.location?.uri).toBe(DOC_B);
  });

  it('keeps entity types it does not know, after the known ones, rather than dropping them', () => {
    const shaped = shapeEntityTree({
      entities: [
        { ...entitiesResponse.entities[2], type: 'programme', canonical: 'x:sure-start', name: 'Sure Start' },
        entitiesResponse.entities[2],
      ],
    });
    expect(shaped.map((node) => node.label)).toEqual(['Organisations', 'Programme']);
  });

  it('says how many mentions and entities a bounded corpus answer left out, and counts them in the totals', () => {
    const circle = entitiesResponse.entities[2];
    const shaped = shapeEntityTree({
      entities: [{ ...circle, mentionCount: 250, documentCount: 120, mentions: circle.mentions.slice(0, 2), documents: circle.documents.slice(0, 1) }],
      more: { organisation: 4321 },
    });
    const organisations = shaped[0];
    expect(organisations.description).toBe('4,322');
    expect(organisations.children?.at(-1)).toMatchObject({ label: '… 4,321 more', contextValue: 'moreEntities' });
    expect(organisations.children?.at(-1)?.tooltip).toContain('Filter');
    const entity = organisations.children![0];
    expect(entity.description).toBe('250 mentions · 120 docs');
    expect(entity.tooltip).toContain('250 mentions in 120 documents: 000_circle.txt, …');
    expect(entity.children?.map((node) => node.contextValue)).toEqual(['mention', 'mention', 'moreMentions']);
    expect(entity.children?.at(-1)?.label).toBe('… 248 more mentions');
    expect(entity.children?.at(-1)?.tooltip).toContain('Find All References');
  });

  it('returns no nodes for an empty result', () => {
    expect(shapeEntityTree({ entities: [] })).toEqual([]);
  });
});
