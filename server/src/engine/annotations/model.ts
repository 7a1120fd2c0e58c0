// The researcher's annotations as the engine handles them. The shape follows the W3C Web
// Annotation Data Model (https://www.w3.org/TR/annotation-model/); `w3c.ts` turns a record
// into JSON-LD and back. Everything here is plain data so the store, the server and the CLI
// can share it.

import type { EntityType } from '../types';
import { ENTITY_TYPES } from '../types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Why the annotation was made; a subset of the W3C motivations. */
export type Motivation = 'tagging' | 'linking' | 'commenting' | 'assessing';

export type Assessment = 'supported' | 'disputed' | 'needs-source';
export const ASSESSMENTS: readonly Assessment[] = ['supported', 'disputed', 'needs-source'];

/** The "this is not an entity" tag: it suppresses whatever the engine recognised on the span. */
export const NOT_AN_ENTITY = 'not-an-entity';

/**
 * What an annotation says about its span. One annotation may carry several bodies, for
 * instance an entity tag, a canonical link and a note made in one go.
 */
export type AnnotationBody =
  | { kind: 'entity-tag'; entityType: EntityType }
  | { kind: 'not-an-entity' }
  /** canonical: the engine's corpus-wide id ("org:kings-fund"); label: its display name. */
  | { kind: 'canonical-link'; canonical: string; label?: string }
  | { kind: 'assessment'; value: Assessment }
  | { kind: 'note'; text: string }
  /** A body Policy Lens does not understand (from another tool): kept verbatim, written back. */
  | { kind: 'other'; json: unknown };

/** W3C TextQuoteSelector: the quoted text with some context either side. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * W3C TextPositionSelector. The Recommendation counts positions in Unicode code points, not
 * UTF-16 code units, so that is what is stored; anchoring converts to the UTF-16 offsets the
 * engine uses (see offsets.ts). For text without astral characters the two are equal.
 */
export interface CodePointPosition {
  start: number;
  end: number;
}

export interface AnnotationRecord {
  /** "urn:uuid:…", stable for the annotation's lifetime: merges and edits key on it. */
  id: string;
  /** ISO 8601 timestamps. `modified` decides which copy wins when two writers disagree. */
  created: string;
  modified: string;
  creator: string;
  /** One of ours (Motivation), or another W3C motivation kept from an annotation read from elsewhere. */
  motivation: Motivation | (string & {});
  bodies: AnnotationBody[];
  /** The annotated document, as a path relative to the workspace root, with "/" separators. */
  source: string;
  quote: QuoteSelector;
  position: CodePointPosition;
  /**
   * Properties of the JSON-LD annotation that Policy Lens does not interpret (written by
   * another tool, or a later version). Kept and written back, so nothing is lost on a save.
   */
  extra?: Record<string, unknown>;
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isAssessment(value: string): value is Assessment {
  return (ASSESSMENTS as readonly string[]).includes(value);
}

/**
 * The motivation that describes an annotation best, from its bodies: an assessment is the
 * strongest statement, then a tag, then a link; an annotation with only notes is a comment.
 */
export function motivationFor(bodies: readonly AnnotationBody[]): Motivation {
  if (bodies.some((b) => b.kind === 'assessment')) return 'assessing';
  if (bodies.some((b) => b.kind === 'entity-tag' || b.kind === 'not-an-entity')) return 'tagging';
  if (bodies.some((b) => b.kind === 'canonical-link')) return 'linking';
  return 'commenting';
}

// ---- Canonical entity IRIs -----------------------------------------------------------------

/**
 * A canonical link body points at `policy-lens:entity/<canonical id>`, e.g.
 * `policy-lens:entity/org:kings-fund`. The IRI wraps the engine's own id unchanged so a
 * reader can see which entity is meant without a lookup table.
 */
const ENTITY_IRI_PREFIX = 'policy-lens:entity/';

export function canonicalToIri(canonical: string): string {
  return ENTITY_IRI_PREFIX + canonical;
}

/** The canonical id in an entity IRI, or undefined when the IRI is not one of ours. */
export function iriToCanonical(iri: string): string | undefined {
  if (!iri.startsWith(ENTITY_IRI_PREFIX)) return undefined;
  const canonical = iri.slice(ENTITY_IRI_PREFIX.length);
  return canonical.length > 0 ? canonical : undefined;
}

/** The entity type a canonical id implies by its prefix ("org:…", "person:…"), if any. */
export function entityTypeOfCanonical(canonical: string): 'organisation' | 'person' | undefined {
  if (canonical.startsWith('org:')) return 'organisation';
  if (canonical.startsWith('person:')) return 'person';
  return undefined;
}

// ---- Reading the bodies --------------------------------------------------------------------

export function tagOf(record: AnnotationRecord): EntityType | typeof NOT_AN_ENTITY | undefined {
  for (const body of record.bodies) {
    if (body.kind === 'entity-tag') return body.entityType;
    if (body.kind === 'not-an-entity') return NOT_AN_ENTITY;
  }
  return undefined;
}

export function canonicalLinkOf(record: AnnotationRecord): { canonical: string; label?: string } | undefined {
  for (const body of record.bodies) if (body.kind === 'canonical-link') return body;
  return undefined;
}

export function assessmentOf(record: AnnotationRecord): Assessment | undefined {
  for (const body of record.bodies) if (body.kind === 'assessment') return body.value;
  return undefined;
}

/** All notes of the annotation, joined by blank lines. */
export function noteOf(record: AnnotationRecord): string | undefined {
  const notes = record.bodies.filter((b): b is Extract<AnnotationBody, { kind: 'note' }> => b.kind === 'note');
  return notes.length > 0 ? notes.map((n) => n.text).join('\n\n') : undefined;
}

// ---- Identity and time ---------------------------------------------------------------------

/** Injected where determinism matters (tests, imports); defaults to Web Crypto and the clock. */
export interface RecordFactoryOptions {
  now?: () => Date;
  newId?: () => string;
}

export function newAnnotationId(): string {
  return `urn:uuid:${globalThis.crypto.randomUUID()}`;
}

export function timestamp(options: RecordFactoryOptions = {}): string {
  return (options.now ?? (() => new Date()))().toISOString();
}

/** The same annotation with new bodies, marked as modified now. */
export function withBodies(
  record: AnnotationRecord,
  bodies: AnnotationBody[],
  options: RecordFactoryOptions = {},
): AnnotationRecord {
  return { ...record, bodies, motivation: motivationFor(bodies), modified: timestamp(options) };
}

/** Orders ISO timestamps; unparseable ones sort first so a valid time always wins. */
export function compareTimestamps(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  const va = Number.isNaN(ta) ? -Infinity : ta;
  const vb = Number.isNaN(tb) ? -Infinity : tb;
  return va === vb ? 0 : va < vb ? -1 : 1;
}
