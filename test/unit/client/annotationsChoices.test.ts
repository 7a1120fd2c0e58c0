import { describe, expect, it } from 'vitest';
import {
  annotateChoices,
  applyEdit,
  assessmentChoices,
  canonicalChoices,
  describeBodies,
  editChoices,
  entityTypeChoices,
  linkBody,
} from '../../../client/src/annotations/annotationChoices';
import type { AnnotationBodyInfo, EntitySummary } from '../../../server/src/protocol';

const entity = (canonical: string, name: string, type: string, mentionCount: number, aliases: string[] = [name]): EntitySummary => ({
  canonical,
  name,
  type,
  aliases,
  mentionCount,
  documentCount: 0,
  documents: [],
  mentions: [],
});

describe('Annotate Selection… choices', () => {
  it('offers the five things a researcher can record, tagging first', () => {
    expect(annotateChoices().map((choice) => choice.value)).toEqual(['tag', 'link', 'not-an-entity', 'assess', 'note']);
  });

  it('names "organisation" only in the tagging choice, so picking that word leads to the entity types', () => {
    const mentioning = annotateChoices().filter((choice) => /organi[sz]ation/i.test(`${choice.label} ${choice.description ?? ''}`));
    expect(mentioning.map((choice) => choice.value)).toEqual(['tag']);
  });

  it('lists the seven entity types and marks the current one', () => {
    const items = entityTypeChoices('money');
    expect(items.map((item) => item.value)).toEqual(['organisation', 'person', 'role', 'percentage', 'money', 'quantity', 'date']);
    expect(items.find((item) => item.value === 'money')?.description).toMatch(/\(current\)$/);
    expect(items.filter((item) => item.description?.endsWith('(current)'))).toHaveLength(1);
  });

  it('offers the three assessments', () => {
    expect(assessmentChoices().map((item) => item.value)).toEqual(['supported', 'disputed', 'needs-source']);
  });
});

describe('canonical search', () => {
  const entities = [
    entity('org:kings-fund', 'The King’s Fund', 'organisation', 3, ['The King’s Fund', 'KF']),
    entity('person:ed-mayo', 'Ed Mayo', 'person', 7),
    entity('percentage:49.9', '49.9%', 'percentage', 12),
  ];

  it('lists organisations and people only, most mentioned first, and always ends with "Create new entity…"', () => {
    const items = canonicalChoices(entities);
    expect(items.map((item) => item.value)).toEqual([
      { kind: 'existing', canonical: 'person:ed-mayo', name: 'Ed Mayo' },
      { kind: 'existing', canonical: 'org:kings-fund', name: 'The King’s Fund' },
      { kind: 'create' },
    ]);
    expect(items[1].detail).toBe('Also written: KF');
    expect(canonicalChoices([]).map((item) => item.label)).toEqual(['$(add) Create new entity…']);
  });

  it('links to an existing entity by id, and asks the server to mint one for a new name', () => {
    expect(linkBody({ kind: 'existing', canonical: 'org:kings-fund', name: 'The King’s Fund' })).toEqual({
      kind: 'canonical-link',
      canonical: 'org:kings-fund',
      label: 'The King’s Fund',
    });
    expect(linkBody({ kind: 'create' }, { name: '  Leeds City Council ', type: 'organisation' })).toEqual({
      kind: 'canonical-link',
      label: 'Leeds City Council',
      entityType: 'organisation',
    });
    expect(linkBody({ kind: 'create' }, { name: ' ', type: 'person' })).toBeUndefined();
  });
});

describe('editing an annotation', () => {
  const bodies: AnnotationBodyInfo[] = [
    { kind: 'entity-tag', entityType: 'organisation' },
    { kind: 'note', text: 'check the annual report' },
  ];

  it('offers to change each kind of statement and to remove each existing one', () => {
    const labels = editChoices(bodies).map((item) => item.label);
    expect(labels).toContain('$(note) Edit the note…');
    expect(labels).toContain('$(tag) Change the entity type…');
    expect(labels).toContain('$(link) Link to a canonical entity…');
    expect(labels).toContain('$(trash) Remove: organisation');
    expect(labels).toContain('$(trash) Remove: note');
  });

  it('replaces a body of the same kind in place, and a tag and "not an entity" replace each other', () => {
    expect(applyEdit(bodies, { kind: 'note' }, { kind: 'note', text: 'found it' })).toEqual([
      { kind: 'entity-tag', entityType: 'organisation' },
      { kind: 'note', text: 'found it' },
    ]);
    expect(applyEdit(bodies, { kind: 'not-an-entity' }, { kind: 'not-an-entity' })).toEqual([
      { kind: 'not-an-entity' },
      { kind: 'note', text: 'check the annual report' },
    ]);
    expect(applyEdit(bodies, { kind: 'assess' }, { kind: 'assessment', value: 'disputed' })).toEqual([...bodies, { kind: 'assessment', value: 'disputed' }]);
  });

  it('removes the chosen body and leaves nothing when the last one goes', () => {
    expect(applyEdit(bodies, { kind: 'remove', index: 0 })).toEqual([{ kind: 'note', text: 'check the annual report' }]);
    expect(applyEdit([{ kind: 'not-an-entity' }], { kind: 'remove', index: 0 })).toEqual([]);
  });

  it('describes an annotation in a few words for the view', () => {
    expect(describeBodies([...bodies, { kind: 'canonical-link', canonical: 'person:ed-mayo', label: 'Ed Mayo' }, { kind: 'assessment', value: 'needs-source' }])).toBe(
      'organisation · note · linked to Ed Mayo · needs a source',
    );
    expect(describeBodies([{ kind: 'not-an-entity' }])).toBe('not an entity');
  });
});
