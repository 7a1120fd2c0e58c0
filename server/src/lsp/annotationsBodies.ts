import type { AnnotationBody } from '../engine/annotations/model';
import { isAssessment, isEntityType } from '../engine/annotations/model';
import { organisationId, organisationKey, personId } from '../engine/entities/nameKeys';
import type { AnnotationBodyInfo, AnnotationBodyInput } from '../protocol';

// Annotation bodies between the protocol and the engine. Input from the client is checked here
// (it arrives as JSON), and a link to a new canonical entity gets its id the way the engine mints
// ids for names it recognises itself, so a researcher's "Acme Widgets" and the engine's
// "Acme Widgets Ltd" land on the same entity where the engine would merge them.

export class InvalidAnnotationInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAnnotationInputError';
  }
}

/** The engine's bodies for what the client asked; `spanText` names a new entity given no label. */
export function bodiesFromInput(inputs: unknown, spanText: string): AnnotationBody[] {
  if (!Array.isArray(inputs) || inputs.length === 0) throw new InvalidAnnotationInputError('an annotation needs at least one body');
  return inputs.map((input) => bodyFromInput(input as AnnotationBodyInput, spanText));
}

function bodyFromInput(input: AnnotationBodyInput, spanText: string): AnnotationBody {
  switch (input?.kind) {
    case 'entity-tag':
      if (typeof input.entityType !== 'string' || !isEntityType(input.entityType)) {
        throw new InvalidAnnotationInputError(`"${String(input.entityType)}" is not an entity type`);
      }
      return { kind: 'entity-tag', entityType: input.entityType };
    case 'not-an-entity':
      return { kind: 'not-an-entity' };
    case 'assessment':
      if (typeof input.value !== 'string' || !isAssessment(input.value)) {
        throw new InvalidAnnotationInputError(`"${String(input.value)}" is not an assessment (supported, disputed, needs-source)`);
      }
      return { kind: 'assessment', value: input.value };
    case 'note': {
      const text = typeof input.text === 'string' ? input.text.trim() : '';
      if (text === '') throw new InvalidAnnotationInputError('a note needs some text');
      return { kind: 'note', text };
    }
    case 'canonical-link':
      return linkFromInput(input, spanText);
    default:
      throw new InvalidAnnotationInputError(`unknown annotation body "${String((input as { kind?: unknown })?.kind)}"`);
  }
}

function linkFromInput(input: Extract<AnnotationBodyInput, { kind: 'canonical-link' }>, spanText: string): AnnotationBody {
  const label = typeof input.label === 'string' && input.label.trim() !== '' ? input.label.trim() : undefined;
  if (typeof input.canonical === 'string' && input.canonical.trim() !== '') {
    return label ? { kind: 'canonical-link', canonical: input.canonical.trim(), label } : { kind: 'canonical-link', canonical: input.canonical.trim() };
  }
  const name = label ?? spanText.replace(/\s+/g, ' ').trim();
  const canonical = mintCanonical(name, input.entityType === 'person' ? 'person' : 'organisation');
  return { kind: 'canonical-link', canonical, label: name };
}

/** A canonical id for a new entity named by the researcher. */
export function mintCanonical(name: string, type: 'organisation' | 'person'): string {
  const id = type === 'person' ? personId(name) : organisationId(organisationKey(name));
  if (/^(org|person):$/.test(id)) throw new InvalidAnnotationInputError(`"${name}" has no letters or digits to make an entity name from`);
  return id;
}

/** The bodies the client can show and edit; bodies from other tools are counted, not sent. */
export function bodiesToInfo(bodies: readonly AnnotationBody[]): { bodies: AnnotationBodyInfo[]; other: number } {
  const shown: AnnotationBodyInfo[] = [];
  let other = 0;
  for (const body of bodies) {
    if (body.kind === 'other') other++;
    else shown.push(body);
  }
  return { bodies: shown, other };
}

/** New bodies for an existing annotation: what the client sent, plus the foreign bodies it never saw. */
export function replaceBodies(existing: readonly AnnotationBody[], next: AnnotationBody[]): AnnotationBody[] {
  return [...next, ...existing.filter((body) => body.kind === 'other')];
}

/** One line per body, for hovers: "Organisation", "Linked to The King’s Fund", "Note: …". */
export function describeBody(body: AnnotationBodyInfo): string {
  switch (body.kind) {
    case 'entity-tag':
      return `Tagged as ${body.entityType}`;
    case 'not-an-entity':
      return 'Not an entity';
    case 'canonical-link':
      return `Linked to ${body.label ?? body.canonical}`;
    case 'assessment':
      return body.value === 'needs-source' ? 'Claim needs a source' : `Claim ${body.value}`;
    case 'note':
      return `Note: ${body.text}`;
  }
}
