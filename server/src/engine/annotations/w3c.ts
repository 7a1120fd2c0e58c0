// Annotation records ⇄ W3C Web Annotation JSON-LD.
//
// Writing uses one fixed key order per kind of object and sorts annotations by position, so a
// store file changes only where an annotation changed: git diffs stay small and two
// researchers adding annotations in different places merge without conflicts.
// Reading is tolerant of what other W3C tools write (a single selector instead of a list, a
// creator given as a string) but never guesses: an item it cannot read is kept verbatim as a
// "foreign item" and written back unchanged.

import {
  ANNO_CONTEXT,
  canonicalToIri,
  iriToCanonical,
  isAssessment,
  isEntityType,
  motivationFor,
  NOT_AN_ENTITY,
  type AnnotationBody,
  type AnnotationRecord,
} from './model';

type Json = Record<string, unknown>;

const KNOWN_ANNOTATION_KEYS = new Set([
  '@context', 'id', 'type', 'motivation', 'created', 'modified', 'creator', 'body', 'target',
]);

// ---- Writing -------------------------------------------------------------------------------

export function bodyToJson(body: AnnotationBody): unknown {
  switch (body.kind) {
    case 'entity-tag':
      return { type: 'TextualBody', purpose: 'tagging', value: body.entityType };
    case 'not-an-entity':
      return { type: 'TextualBody', purpose: 'tagging', value: NOT_AN_ENTITY };
    case 'canonical-link':
      return body.label === undefined
        ? { type: 'SpecificResource', purpose: 'identifying', source: canonicalToIri(body.canonical) }
        : { type: 'SpecificResource', purpose: 'identifying', source: canonicalToIri(body.canonical), label: body.label };
    case 'assessment':
      return { type: 'TextualBody', purpose: 'assessing', value: body.value };
    case 'note':
      return { type: 'TextualBody', purpose: 'commenting', value: body.text, format: 'text/plain' };
    case 'other':
      return body.json;
  }
}

export function annotationToJson(record: AnnotationRecord): Json {
  const json: Json = {
    '@context': ANNO_CONTEXT,
    id: record.id,
    type: 'Annotation',
    motivation: record.motivation,
    created: record.created,
    modified: record.modified,
    creator: { type: 'Person', name: record.creator },
    body: record.bodies.map(bodyToJson),
    target: {
      source: record.source,
      selector: [
        { type: 'TextQuoteSelector', exact: record.quote.exact, prefix: record.quote.prefix, suffix: record.quote.suffix },
        { type: 'TextPositionSelector', start: record.position.start, end: record.position.end },
      ],
    },
  };
  for (const key of Object.keys(record.extra ?? {}).sort()) {
    if (!KNOWN_ANNOTATION_KEYS.has(key)) json[key] = record.extra![key];
  }
  return json;
}

/** Store order: by position in the document, then by id so that ties are stable too. */
export function compareRecords(a: AnnotationRecord, b: AnnotationRecord): number {
  return (
    a.source.localeCompare(b.source) ||
    a.position.start - b.position.start ||
    a.position.end - b.position.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export interface CollectionDescription {
  /** IRI of the collection. */
  id: string;
  label: string;
}

/** The collection id Policy Lens gives the store of one document. */
export function collectionIdFor(documentPath: string): string {
  return `policy-lens:annotations/${encodeURI(documentPath)}`;
}

/**
 * One AnnotationCollection with its single page embedded as `first`, as the W3C model allows
 * (§5.1, §5.2). `foreignItems` (items read earlier but not understood) follow the annotations.
 */
export function collectionToJson(
  description: CollectionDescription,
  records: readonly AnnotationRecord[],
  foreignItems: readonly unknown[] = [],
): Json {
  const items = [...records].sort(compareRecords).map(annotationToJson);
  const pageId = `${description.id}/page1`;
  return {
    '@context': ANNO_CONTEXT,
    id: description.id,
    type: 'AnnotationCollection',
    label: description.label,
    total: items.length + foreignItems.length,
    first: { id: pageId, type: 'AnnotationPage', startIndex: 0, items: [...items, ...foreignItems] },
    last: pageId,
  };
}

/** Pretty-printed, two-space indent, newline at the end: the on-disk form. */
export function serialiseCollection(
  description: CollectionDescription,
  records: readonly AnnotationRecord[],
  foreignItems: readonly unknown[] = [],
): string {
  return `${JSON.stringify(collectionToJson(description, records, foreignItems), null, 2)}\n`;
}

// ---- Reading -------------------------------------------------------------------------------

export class CollectionFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CollectionFormatError';
  }
}

export interface ParsedCollection {
  records: AnnotationRecord[];
  /** Items that are not annotations Policy Lens can read; kept verbatim. */
  foreignItems: unknown[];
  /** One line per foreign item, saying why it could not be read. */
  problems: string[];
}

/**
 * Parses a store file. Throws CollectionFormatError (with the JSON parser's message, which
 * names the position) when the file is not JSON or not an annotation collection or page:
 * that is the "malformed store" case, which the store must report and never overwrite.
 */
export function parseCollection(content: string): ParsedCollection {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new CollectionFormatError(`not valid JSON: ${(error as Error).message}`);
  }
  const items = collectionItems(json);
  const parsed: ParsedCollection = { records: [], foreignItems: [], problems: [] };
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const result = annotationFromJson(item);
    if (typeof result === 'string') {
      parsed.foreignItems.push(item);
      parsed.problems.push(`item ${index + 1}: ${result}`);
    } else if (seen.has(result.id)) {
      parsed.foreignItems.push(item);
      parsed.problems.push(`item ${index + 1}: duplicate id ${result.id}`);
    } else {
      seen.add(result.id);
      parsed.records.push(result);
    }
  });
  return parsed;
}

function collectionItems(json: unknown): unknown[] {
  if (!isObject(json)) throw new CollectionFormatError('expected a JSON object (an AnnotationCollection)');
  if (hasType(json, 'AnnotationPage')) return pageItems(json);
  if (!hasType(json, 'AnnotationCollection')) {
    throw new CollectionFormatError('expected "type": "AnnotationCollection" or "AnnotationPage"');
  }
  if (json.first === undefined) return [];
  const items: unknown[] = [];
  // Pages must be embedded: a store file never refers to pages elsewhere.
  let page: unknown = json.first;
  for (let guard = 0; page !== undefined; guard++) {
    if (!isObject(page) || guard > 10_000) {
      throw new CollectionFormatError('the collection\'s pages must be embedded AnnotationPage objects');
    }
    items.push(...pageItems(page));
    page = page.next;
  }
  return items;
}

function pageItems(page: Json): unknown[] {
  if (!hasType(page, 'AnnotationPage')) throw new CollectionFormatError('a page is not of type AnnotationPage');
  if (!Array.isArray(page.items)) throw new CollectionFormatError('an AnnotationPage has no "items" list');
  return page.items;
}

/** The record for one JSON-LD annotation, or a sentence saying why it cannot be read. */
export function annotationFromJson(json: unknown): AnnotationRecord | string {
  if (!isObject(json)) return 'not an object';
  if (!hasType(json, 'Annotation')) return 'not of type Annotation';
  if (typeof json.id !== 'string' || json.id.length === 0) return 'no id';
  const target = readTarget(json.target);
  if (typeof target === 'string') return target;
  const bodies = asList(json.body).map(bodyFromJson);
  // Another tool's motivation ("highlighting", "describing") is kept as it was.
  const motivation = typeof json.motivation === 'string' && json.motivation.length > 0 ? json.motivation : motivationFor(bodies);
  const extra: Json = {};
  for (const key of Object.keys(json)) if (!KNOWN_ANNOTATION_KEYS.has(key)) extra[key] = json[key];
  const record: AnnotationRecord = {
    id: json.id,
    created: typeof json.created === 'string' ? json.created : '',
    modified: typeof json.modified === 'string' ? json.modified : typeof json.created === 'string' ? json.created : '',
    creator: creatorName(json.creator),
    motivation,
    bodies,
    ...target,
  };
  if (Object.keys(extra).length > 0) record.extra = extra;
  return record;
}

function readTarget(target: unknown): Pick<AnnotationRecord, 'source' | 'quote' | 'position'> | string {
  if (!isObject(target)) return 'no target object';
  if (typeof target.source !== 'string' || target.source.length === 0) return 'the target has no source';
  const selectors = asList(target.selector).filter(isObject);
  const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector'));
  if (!quote || typeof quote.exact !== 'string' || quote.exact.length === 0) {
    return 'the target has no TextQuoteSelector with an exact quote';
  }
  const position = selectors.find((s) => hasType(s, 'TextPositionSelector'));
  const start = position && isOffset(position.start) ? position.start : 0;
  const end = position && isOffset(position.end) && position.end >= start ? position.end : start;
  return {
    source: target.source,
    quote: {
      exact: quote.exact,
      prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
      suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
    },
    position: { start, end },
  };
}

export function bodyFromJson(json: unknown): AnnotationBody {
  if (isObject(json)) {
    if (hasType(json, 'TextualBody') && typeof json.value === 'string') {
      const value = json.value;
      if (json.purpose === 'tagging' && value === NOT_AN_ENTITY) return { kind: 'not-an-entity' };
      if (json.purpose === 'tagging' && isEntityType(value)) return { kind: 'entity-tag', entityType: value };
      if (json.purpose === 'assessing' && isAssessment(value)) return { kind: 'assessment', value };
      if (json.purpose === 'commenting' && (json.format === undefined || json.format === 'text/plain')) {
        return { kind: 'note', text: value };
      }
    }
    if (hasType(json, 'SpecificResource') && json.purpose === 'identifying' && typeof json.source === 'string') {
      const canonical = iriToCanonical(json.source);
      if (canonical !== undefined) {
        return typeof json.label === 'string'
          ? { kind: 'canonical-link', canonical, label: json.label }
          : { kind: 'canonical-link', canonical };
      }
    }
  }
  return { kind: 'other', json };
}

function creatorName(creator: unknown): string {
  if (typeof creator === 'string') return creator;
  if (isObject(creator)) {
    if (typeof creator.name === 'string') return creator.name;
    if (typeof creator.nickname === 'string') return creator.nickname;
  }
  return '';
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(json: Json, type: string): boolean {
  return json.type === type || (Array.isArray(json.type) && json.type.includes(type));
}

function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
