// Shapes the Entities view: type → canonical entity (mention count, documents) → mention.

import type { EntitiesResult, EntitySummary, Mention } from '../../../server/src/protocol';
import { documentLabel } from '../shared/documentLabel';
import { IdAllocator, compareLocations, plural, rangeKey, type NodeModel } from './nodeModel';

/** Display order and wording per entity type; unknown types follow, alphabetically. */
const TYPE_PRESENTATION: ReadonlyArray<{ type: string; heading: string; icon: string }> = [
  { type: 'organisation', heading: 'Organisations', icon: 'organization' },
  { type: 'person', heading: 'People', icon: 'person' },
  { type: 'role', heading: 'Roles', icon: 'account' },
  { type: 'percentage', heading: 'Percentages', icon: 'symbol-operator' },
  { type: 'money', heading: 'Money', icon: 'credit-card' },
  { type: 'quantity', heading: 'Quantities', icon: 'symbol-number' },
  { type: 'date', heading: 'Dates', icon: 'calendar' },
];

export function entityNodeId(canonical: string): string {
  return `entity:${canonical}`;
}

function presentationOf(type: string): { heading: string; icon: string; rank: number } {
  const index = TYPE_PRESENTATION.findIndex((entry) => entry.type === type);
  if (index >= 0) return { ...TYPE_PRESENTATION[index], rank: index };
  return { heading: type.charAt(0).toUpperCase() + type.slice(1), icon: 'symbol-misc', rank: TYPE_PRESENTATION.length };
}

function mentionNode(mention: Mention, ids: IdAllocator): NodeModel {
  const line = mention.range.start.line + 1;
  return {
    id: ids.take(`mention:${rangeKey(mention)}`),
    label: mention.text,
    description: `${documentLabel(mention.uri)}:${line}`,
    tooltip: `"${mention.text}" in ${documentLabel(mention.uri)}, line ${line}`,
    contextValue: 'mention',
    icon: 'location',
    location: { uri: mention.uri, range: mention.range },
  };
}

/** Stands for the mentions a bounded answer left out (see EntitiesParams.limits). */
function moreMentionsNode(entity: EntitySummary, ids: IdAllocator): NodeModel {
  const left = entity.mentionCount - entity.mentions.length;
  return {
    id: ids.take(`more-mentions:${entity.canonical}`),
    label: `… ${plural(left, 'more mention')}`,
    tooltip: `Only ${entity.mentions.length} of ${entity.mentionCount} mentions are listed here. Run Find All References (Shift+F12) on any mention to see them all.`,
    contextValue: 'moreMentions',
    icon: 'ellipsis',
  };
}

function entityNode(entity: EntitySummary, ids: IdAllocator): NodeModel {
  const documents = entity.documents.map(documentLabel);
  const documentCount = entity.documentCount ?? documents.length;
  const listedDocuments = documentCount > documents.length ? `${documents.join(', ')}, …` : documents.join(', ');
  const mentions = [...entity.mentions].sort(compareLocations).map((mention) => mentionNode(mention, ids));
  if (entity.mentionCount > entity.mentions.length) mentions.push(moreMentionsNode(entity, ids));
  const otherNames = entity.aliases.filter((alias) => alias !== entity.name);
  const tooltip = [
    `${entity.name} (${entity.type})`,
    entity.value && entity.value !== entity.name ? `Value: ${entity.value}` : undefined,
    otherNames.length > 0 ? `Also written: ${otherNames.join(', ')}` : undefined,
    `${plural(entity.mentionCount, 'mention')} in ${plural(documentCount, 'document')}: ${listedDocuments}`,
  ]
    .filter((line): line is string => line !== undefined)
    .join('\n');
  return {
    id: ids.take(entityNodeId(entity.canonical)),
    label: entity.name,
    description: [
      entity.value && entity.value !== entity.name ? entity.value : undefined,
      plural(entity.mentionCount, 'mention'),
      plural(documentCount, 'doc'),
    ]
      .filter(Boolean)
      .join(' · '),
    tooltip,
    contextValue: 'entity',
    refs: { canonical: entity.canonical },
    children: mentions,
  };
}

/** Stands for the entities of a type a bounded answer left out: the filter finds them. */
function moreEntitiesNode(type: string, heading: string, left: number, ids: IdAllocator): NodeModel {
  return {
    id: ids.take(`more-entities:${type}`),
    label: `… ${left.toLocaleString('en-GB')} more`,
    tooltip: `The ${left.toLocaleString('en-GB')} least-mentioned ${heading.toLowerCase()} of the corpus are not listed. Use Filter (the funnel above) to find one by name.`,
    contextValue: 'moreEntities',
    icon: 'ellipsis',
  };
}

/** Most-mentioned first, then by name, so the entities that matter lead each group. */
function byProminence(a: EntitySummary, b: EntitySummary): number {
  return b.mentionCount - a.mentionCount || a.name.localeCompare(b.name);
}

export function shapeEntityTree(result: EntitiesResult): NodeModel[] {
  const ids = new IdAllocator();
  const byType = new Map<string, EntitySummary[]>();
  for (const entity of result.entities) {
    const group = byType.get(entity.type) ?? [];
    group.push(entity);
    byType.set(entity.type, group);
  }
  return [...byType.entries()]
    .map(([type, entities]) => ({ type, entities, ...presentationOf(type) }))
    .sort((a, b) => a.rank - b.rank || a.type.localeCompare(b.type))
    .map(({ type, entities, heading, icon }) => {
      const left = result.more?.[type] ?? 0;
      const children = [...entities].sort(byProminence).map((entity) => entityNode(entity, ids));
      if (left > 0) children.push(moreEntitiesNode(type, heading, left, ids));
      return {
        id: ids.take(`type:${type}`),
        label: heading,
        description: (entities.length + left).toLocaleString('en-GB'),
        contextValue: 'entityType',
        icon,
        children,
      };
    });
}
