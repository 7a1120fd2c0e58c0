// The choices of Annotate Selection… and Edit Annotation…, as plain data so they can be tested
// without VS Code: what each quick pick offers, and the annotation bodies a choice produces.

import type {
  AnnotationAssessment,
  AnnotationBodyInfo,
  AnnotationBodyInput,
  EntitySummary,
} from '../../../server/src/protocol';

export interface PickItem<T> {
  label: string;
  description?: string;
  detail?: string;
  value: T;
}

export type AnnotateKind = 'tag' | 'link' | 'not-an-entity' | 'assess' | 'note';

/** The first step of Annotate Selection…: what the researcher wants to say about the text. */
export function annotateChoices(): PickItem<AnnotateKind>[] {
  return [
    { label: '$(tag) Tag as an entity type…', description: 'organisation, person, role, percentage, money, quantity, date', value: 'tag' },
    { label: '$(link) Link to a canonical entity…', description: 'say which entity this name refers to, everywhere it appears', value: 'link' },
    { label: '$(circle-slash) Not an entity', description: 'Policy Lens stops marking this text', value: 'not-an-entity' },
    { label: '$(law) Assess this claim…', description: 'supported, disputed or needs a source', value: 'assess' },
    { label: '$(note) Add a note…', description: 'free text, kept with the annotation', value: 'note' },
  ];
}

export const ENTITY_TYPES = ['organisation', 'person', 'role', 'percentage', 'money', 'quantity', 'date'] as const;
export type EntityTypeName = (typeof ENTITY_TYPES)[number];

const ENTITY_TYPE_HINTS: Record<EntityTypeName, string> = {
  organisation: 'a named department, agency, company, charity, union, party or publisher',
  person: 'a named individual',
  role: 'a title held by a named person',
  percentage: 'a share, with its qualifier (“over 60 per cent”)',
  money: 'an amount of money (“£1.5 billion”)',
  quantity: 'a count of people or organisations (“770 staff”)',
  date: 'a date, month and year, year or financial year',
};

export function entityTypeChoices(current?: string): PickItem<EntityTypeName>[] {
  return ENTITY_TYPES.map((type) => ({
    label: type,
    description: type === current ? `${ENTITY_TYPE_HINTS[type]} (current)` : ENTITY_TYPE_HINTS[type],
    value: type,
  }));
}

const ASSESSMENT_LABELS: Record<AnnotationAssessment, { label: string; description: string }> = {
  supported: { label: '$(pass) Supported', description: 'the claim is backed by a source you trust' },
  disputed: { label: '$(warning) Disputed', description: 'another source or your own reading contradicts it' },
  'needs-source': { label: '$(question) Needs a source', description: 'the claim is unsupported as written' },
};

export function assessmentChoices(current?: AnnotationAssessment): PickItem<AnnotationAssessment>[] {
  return (['supported', 'disputed', 'needs-source'] as const).map((value) => ({
    label: ASSESSMENT_LABELS[value].label,
    description: value === current ? `${ASSESSMENT_LABELS[value].description} (current)` : ASSESSMENT_LABELS[value].description,
    value,
  }));
}

export type CanonicalChoice = { kind: 'existing'; canonical: string; name: string } | { kind: 'create' };

/**
 * The canonical search: organisations and people the corpus knows (the server filters them by
 * the typed text), most mentioned first, and always a way to create a new one.
 */
export function canonicalChoices(entities: readonly EntitySummary[], limit = 50): PickItem<CanonicalChoice>[] {
  const named = entities
    .filter((entity) => entity.type === 'organisation' || entity.type === 'person')
    .slice()
    .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
    .slice(0, limit);
  const items: PickItem<CanonicalChoice>[] = named.map((entity) => {
    const others = entity.aliases.filter((alias) => alias !== entity.name);
    return {
      label: `${entity.type === 'person' ? '$(person)' : '$(organization)'} ${entity.name}`,
      description: `${entity.mentionCount} mention${entity.mentionCount === 1 ? '' : 's'} · ${entity.canonical}`,
      detail: others.length > 0 ? `Also written: ${others.slice(0, 6).join(', ')}` : undefined,
      value: { kind: 'existing', canonical: entity.canonical, name: entity.name },
    };
  });
  items.push({ label: '$(add) Create new entity…', description: 'name an entity Policy Lens does not know yet', value: { kind: 'create' } });
  return items;
}

/** The body a canonical choice makes; a new entity gets its id from the server. */
export function linkBody(choice: CanonicalChoice, newEntity?: { name: string; type: 'organisation' | 'person' }): AnnotationBodyInput | undefined {
  if (choice.kind === 'existing') return { kind: 'canonical-link', canonical: choice.canonical, label: choice.name };
  if (!newEntity || newEntity.name.trim() === '') return undefined;
  return { kind: 'canonical-link', label: newEntity.name.trim(), entityType: newEntity.type };
}

// ---- Describing annotations --------------------------------------------------------------

/** A short description of what an annotation says, for the Annotations view. */
export function describeBodies(bodies: readonly AnnotationBodyInfo[]): string {
  const parts = bodies.map((body) => {
    switch (body.kind) {
      case 'entity-tag':
        return body.entityType;
      case 'not-an-entity':
        return 'not an entity';
      case 'canonical-link':
        return `linked to ${body.label ?? body.canonical}`;
      case 'assessment':
        return body.value === 'needs-source' ? 'needs a source' : body.value;
      case 'note':
        return 'note';
    }
  });
  return parts.length > 0 ? parts.join(' · ') : 'annotation';
}

// ---- Editing -----------------------------------------------------------------------------

export type EditAction =
  | { kind: 'note' }
  | { kind: 'tag' }
  | { kind: 'not-an-entity' }
  | { kind: 'link' }
  | { kind: 'assess' }
  | { kind: 'remove'; index: number };

/** What Edit Annotation… offers, given what the annotation says now. */
export function editChoices(bodies: readonly AnnotationBodyInfo[]): PickItem<EditAction>[] {
  const has = (kind: AnnotationBodyInfo['kind']) => bodies.some((body) => body.kind === kind);
  const items: PickItem<EditAction>[] = [
    { label: has('note') ? '$(note) Edit the note…' : '$(note) Add a note…', value: { kind: 'note' } },
    { label: has('entity-tag') ? '$(tag) Change the entity type…' : '$(tag) Tag as an entity type…', value: { kind: 'tag' } },
    { label: has('canonical-link') ? '$(link) Change the canonical entity…' : '$(link) Link to a canonical entity…', value: { kind: 'link' } },
    { label: has('assessment') ? '$(law) Change the assessment…' : '$(law) Assess this claim…', value: { kind: 'assess' } },
  ];
  if (!has('not-an-entity')) items.push({ label: '$(circle-slash) Mark as not an entity', value: { kind: 'not-an-entity' } });
  bodies.forEach((body, index) => {
    items.push({ label: `$(trash) Remove: ${describeBodies([body])}`, description: body.kind === 'note' ? shorten(body.text) : undefined, value: { kind: 'remove', index } });
  });
  return items;
}

/**
 * The bodies after an edit. A tag and "not an entity" exclude each other, and an annotation says
 * one thing of each kind, so a new body replaces any body of the same kind.
 */
export function applyEdit(bodies: readonly AnnotationBodyInfo[], action: EditAction, body?: AnnotationBodyInput): AnnotationBodyInput[] {
  if (action.kind === 'remove') return bodies.filter((_, index) => index !== action.index);
  if (!body) return [...bodies];
  const replaced = new Set<string>([body.kind]);
  if (body.kind === 'entity-tag') replaced.add('not-an-entity');
  if (body.kind === 'not-an-entity') replaced.add('entity-tag');
  const kept = bodies.filter((existing) => !replaced.has(existing.kind));
  const at = bodies.findIndex((existing) => replaced.has(existing.kind));
  const next: AnnotationBodyInput[] = [...kept];
  next.splice(at < 0 ? next.length : Math.min(at, next.length), 0, body);
  return next;
}

function shorten(text: string, length = 50): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}
