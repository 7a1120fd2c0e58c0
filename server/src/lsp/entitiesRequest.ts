import type { Entity } from '../engine/types';
import type { EntitiesParams, EntitiesResult, EntitySummary, Mention } from '../protocol';
import type { CorpusState } from './corpusState';
import { entityValueLabel } from './labels';
import { documentKey } from './uris';

// policyLens/entities, for the Entities view: entities grouped by canonical entity (organisations,
// people, roles) or by type and normalised value (numbers, dates), across the corpus or within one
// document, optionally filtered by a case-insensitive substring of the name, an alias or a mention.

export function entitiesRequest(state: CorpusState, params: EntitiesParams | undefined): EntitiesResult {
  state.flushAll();
  const scope = params?.uri ? [documentKey(params.uri)] : state.documents();
  const filter = params?.filter?.trim().toLowerCase() ?? '';
  const groups = new Map<string, { summary: EntitySummary; aliases: Set<string>; documents: Set<string> }>();

  for (const doc of scope) {
    const lines = state.linesOf(doc);
    const entry = state.engine.get(doc);
    if (!lines || !entry) continue;
    const uri = state.clientUri(doc);
    for (const entity of entry.analysis.entities) {
      const key = groupKey(entity);
      let group = groups.get(key);
      if (!group) {
        group = {
          summary: {
            canonical: entity.canonical ?? key,
            name: entity.canonicalName ?? entity.text,
            type: entity.type,
            aliases: [],
            mentionCount: 0,
            documents: [],
            mentions: [],
            value: entity.value ? entityValueLabel(entity.value) : undefined,
          },
          aliases: new Set(),
          documents: new Set(),
        };
        groups.set(key, group);
      }
      const mention: Mention = { uri, range: lines.range(entity.start, entity.end), text: entity.text };
      group.summary.mentions.push(mention);
      group.aliases.add(entity.text);
      group.documents.add(uri);
    }
  }

  const entities: EntitySummary[] = [];
  for (const { summary, aliases, documents } of groups.values()) {
    summary.aliases = [...aliases].filter((alias) => alias !== summary.name).sort();
    summary.documents = [...documents];
    summary.mentionCount = summary.mentions.length;
    if (filter && !matches(summary, filter)) continue;
    entities.push(summary);
  }
  return { entities: entities.sort((a, b) => a.type.localeCompare(b.type) || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name)) };
}

function groupKey(entity: Entity): string {
  if (entity.canonical) return entity.canonical;
  if (entity.value) return `${entity.type}:${JSON.stringify({ ...entity.value, qualifier: undefined })}`;
  return `${entity.type}:${(entity.role ?? entity.text).toLowerCase().replace(/\s+/g, ' ')}`;
}

function matches(summary: EntitySummary, filter: string): boolean {
  return (
    summary.name.toLowerCase().includes(filter) ||
    summary.aliases.some((alias) => alias.toLowerCase().includes(filter)) ||
    (summary.value?.toLowerCase().includes(filter) ?? false)
  );
}
