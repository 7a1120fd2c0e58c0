import { describe, expect, it } from 'vitest';
import {
  annotationFromJson,
  collectionToJson,
  parseCollection,
  serialiseCollection,
  CollectionFormatError,
} from '../../../server/src/engine/annotations/w3c';
import { ANNO_CONTEXT, type AnnotationRecord } from '../../../server/src/engine/annotations/model';
import { annotate } from './helpers';

const TEXT = 'Andrew Lansley, the Health Secretary, visited The King\u2019s Fund in 2011.';

function sample(): AnnotationRecord[] {
  return [
    annotate(TEXT, 'The King\u2019s Fund', [
      { kind: 'entity-tag', entityType: 'organisation' },
      { kind: 'canonical-link', canonical: 'org:kings-fund', label: 'The King\u2019s Fund' },
    ]),
    annotate(TEXT, 'Health Secretary', [{ kind: 'not-an-entity' }]),
    annotate(TEXT, 'visited The King\u2019s Fund in 2011', [
      { kind: 'assessment', value: 'needs-source' },
      { kind: 'note', text: 'Which month? "=SUM(A1)" stays text.' },
    ]),
  ];
}

/** The W3C model's MUSTs for an annotation with text selectors. */
function expectValidAnnotation(json: Record<string, any>): void {
  expect(json['@context']).toBe(ANNO_CONTEXT);
  expect(json.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  expect(json.type).toBe('Annotation');
  expect(typeof json.target.source).toBe('string');
  const quote = json.target.selector.find((s: any) => s.type === 'TextQuoteSelector');
  const position = json.target.selector.find((s: any) => s.type === 'TextPositionSelector');
  expect(typeof quote.exact).toBe('string');
  expect(quote.exact.length).toBeGreaterThan(0);
  expect(Number.isInteger(position.start) && Number.isInteger(position.end)).toBe(true);
  expect(position.end).toBeGreaterThan(position.start);
  for (const body of json.body) {
    expect(['TextualBody', 'SpecificResource']).toContain(body.type);
    if (body.type === 'TextualBody') expect(typeof body.value).toBe('string');
    if (body.type === 'SpecificResource') expect(typeof body.source).toBe('string');
  }
  expect(['tagging', 'linking', 'commenting', 'assessing']).toContain(json.motivation);
  expect(json.creator).toEqual({ type: 'Person', name: 'Test Researcher' });
  expect(Date.parse(json.created)).not.toBeNaN();
  expect(Date.parse(json.modified)).not.toBeNaN();
}

describe('W3C Web Annotation JSON-LD', () => {
  it('writes each annotation with the fields the model requires', () => {
    const json = collectionToJson({ id: 'policy-lens:annotations/a.txt', label: 'a' }, sample());
    for (const item of (json.first as any).items) expectValidAnnotation(item);
  });

  it('writes a collection with its page embedded as "first", as the model shapes it', () => {
    const json = collectionToJson({ id: 'policy-lens:annotations/a.txt', label: 'Annotations on a.txt' }, sample()) as any;
    expect(json['@context']).toBe(ANNO_CONTEXT);
    expect(json.type).toBe('AnnotationCollection');
    expect(json.id).toBe('policy-lens:annotations/a.txt');
    expect(json.label).toBe('Annotations on a.txt');
    expect(json.total).toBe(3);
    expect(json.first.type).toBe('AnnotationPage');
    expect(typeof json.first.id).toBe('string');
    expect(json.first.startIndex).toBe(0);
    expect(json.first.items).toHaveLength(3);
    expect(json.last).toBe(json.first.id);
  });

  it('writes typed bodies for tags, links, assessments and notes', () => {
    const [linked, suppressed, assessed] = sample().map((r) => collectionToJson({ id: 'x', label: 'x' }, [r]) as any);
    expect(linked.first.items[0].body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'organisation' },
      { type: 'SpecificResource', purpose: 'identifying', source: 'policy-lens:entity/org:kings-fund', label: 'The King\u2019s Fund' },
    ]);
    expect(linked.first.items[0].motivation).toBe('tagging');
    expect(suppressed.first.items[0].body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'not-an-entity' }]);
    expect(assessed.first.items[0].motivation).toBe('assessing');
    expect(assessed.first.items[0].body[0]).toEqual({ type: 'TextualBody', purpose: 'assessing', value: 'needs-source' });
    expect(assessed.first.items[0].body[1]).toMatchObject({ purpose: 'commenting', value: 'Which month? "=SUM(A1)" stays text.' });
  });

  it('reads back exactly what it wrote', () => {
    const records = sample();
    const parsed = parseCollection(serialiseCollection({ id: 'x', label: 'x' }, records));
    expect(parsed.problems).toEqual([]);
    expect(parsed.records.sort((a, b) => a.id.localeCompare(b.id))).toEqual(records.sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('is stable: the same annotations in any order give byte-identical files, one block per annotation', () => {
    const records = sample();
    const a = serialiseCollection({ id: 'x', label: 'x' }, records);
    const b = serialiseCollection({ id: 'x', label: 'x' }, [...records].reverse());
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
    // Keys in a fixed order: @context, id, type first in every annotation.
    expect(a).toMatch(/\{\n {8}"@context": "http:\/\/www\.w3\.org\/ns\/anno\.jsonld",\n {8}"id": "urn:uuid:[^"]+",\n {8}"type": "Annotation",\n {8}"motivation"/);
    // Sorted by position: the annotation starting earliest comes first.
    const firstExact = JSON.parse(a).first.items[0].target.selector[0].exact;
    expect(firstExact).toBe('Health Secretary');
  });

  it('keeps what it does not understand, so a save never loses another tool\u2019s data', () => {
    const foreignBody = { type: 'TextualBody', purpose: 'describing', value: 'from another tool' };
    const json = {
      '@context': ANNO_CONTEXT,
      id: 'urn:uuid:11111111-1111-4111-8111-111111111111',
      type: 'Annotation',
      motivation: 'highlighting',
      body: [foreignBody],
      target: { source: 'a.txt', selector: { type: 'TextQuoteSelector', exact: 'Fund' } },
      rights: 'https://creativecommons.org/licenses/by/4.0/',
    };
    const record = annotationFromJson(json);
    if (typeof record === 'string') throw new Error(record);
    expect(record.bodies).toEqual([{ kind: 'other', json: foreignBody }]);
    const again = collectionToJson({ id: 'x', label: 'x' }, [record]) as any;
    expect(again.first.items[0].rights).toBe(json.rights);
    expect(again.first.items[0].motivation).toBe('highlighting');
    expect(again.first.items[0].body).toEqual([foreignBody]);
  });

  it('keeps items that are not readable annotations verbatim and says why', () => {
    const content = JSON.stringify({
      '@context': ANNO_CONTEXT,
      id: 'x',
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [{ type: 'Annotation', id: 'urn:x', target: 'http://example.org/page' }] },
    });
    const parsed = parseCollection(content);
    expect(parsed.records).toEqual([]);
    expect(parsed.foreignItems).toHaveLength(1);
    expect(parsed.problems[0]).toMatch(/item 1: no target object/);
    const written = JSON.parse(serialiseCollection({ id: 'x', label: 'x' }, [], parsed.foreignItems));
    expect(written.first.items).toEqual(parsed.foreignItems);
  });

  it('refuses text that is not JSON, or JSON that is not a collection, with the parser\u2019s message', () => {
    expect(() => parseCollection('{ "type": "AnnotationCollection", ')).toThrow(CollectionFormatError);
    expect(() => parseCollection('{ "type": "AnnotationCollection", ')).toThrow(/not valid JSON/);
    expect(() => parseCollection('[1, 2]')).toThrow(/AnnotationCollection/);
    expect(() => parseCollection('{"type":"AnnotationCollection","first":"http://elsewhere/page1"}')).toThrow(/embedded/);
  });
});
