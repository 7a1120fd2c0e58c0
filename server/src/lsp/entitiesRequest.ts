import type { Entity } from '../engine/types';
import type { EntitiesParams, EntitiesResult, EntitySummary } from '../protocol';
import type { CorpusState } from './corpusState';
import { entityValueLabel } from './labels';
import { documentKey } from './uris';

// policyLens/entities, for the Entities view: entities grouped by canonical entity (organisations,
// people, roles) or by type and normalised value (numbers, dates), across the corpus or within one
// document, optionally filtered by a case-insensitive substring of the name, an alias or a mention.

interface Group {
  summary: EntitySummary;
  aliases: Set<string>;
  /** The document whose mentions are being counted: documents come one at a time, so this counts them. */
  lastDocument: string | undefined;
  /** Mentioned in the focus document: listed whatever the limits. */
  inFocus: boolean;
  /** The name is the engine's guess from a mention typed in lower case ("age uk calderbrook" → "Age Uk Calderbrook"). */
  nameGuessed: boolean;
}

/** A mention typed in lower case: its canonical name, if the engine made one, is a guess at the capitals. */
function typedInLowerCase(entity: Entity): boolean {
  const first = entity.text.charCodeAt(0);
  return first >= 97 && first <= 122;
}

export function entitiesRequest(state: CorpusState, params: EntitiesParams | undefined): EntitiesResult {
  state.flushAll();
  const scope = params?.uri ? [documentKey(params.uri)] : state.documents();
  const filter = params?.filter?.trim().toLowerCase() ?? '';
  // One document's entities are few; only the corpus needs bounds.
  const limits = params?.uri ? undefined : params?.limits;
  const focus = limits?.focus ? documentKey(limits.focus) : undefined;
  const mentionsPerEntity = limits ? Math.max(0, limits.mentionsPerEntity) : Infinity;
  const groups = new Map<string, Group>();

  for (const doc of scope) {
    const lines = state.linesOf(doc);
    const entry = state.engine.get(doc);
    if (!lines || !entry) continue;
    const uri = state.clientUri(doc);
    const inFocus = doc === focus;
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
            documentCount: 0,
            documents: [],
            mentions: [],
            value: entity.value ? entityValueLabel(entity.value) : undefined,
          },
          aliases: new Set(),
          lastDocument: undefined,
          inFocus: false,
          nameGuessed: typedInLowerCase(entity),
        };
        groups.set(key, group);
      } else if (group.nameGuessed && !typedInLowerCase(entity)) {
        // A name as a source writes it beats the guess, whichever document the corpus holds first.
        group.summary.name = entity.canonicalName ?? entity.text;
        group.nameGuessed = false;
      }
      const summary = group.summary;
      summary.mentionCount++;
      if (group.lastDocument !== doc) {
        group.lastDocument = doc;
        summary.documentCount++;
        if (inFocus || summary.documents.length < mentionsPerEntity) summary.documents.push(uri);
      }
      if (inFocus || summary.mentions.length < mentionsPerEntity) {
        summary.mentions.push({ uri, range: lines.range(entity.start, entity.end), text: entity.text });
      }
      group.inFocus ||= inFocus;
      group.aliases.add(entity.text);
    }
  }

  const candidates: Group[] = [];
  for (const group of groups.values()) {
    const summary = group.summary;
    summary.aliases = [...group.aliases].filter((alias) => alias !== summary.name).sort();
    if (filter && !matches(summary, filter)) continue;
    candidates.push(group);
  }
  const { entities, more } = limits ? mostMentioned(candidates, limits.entitiesPerType) : { entities: candidates.map((group) => group.summary), more: undefined };
  entities.sort((a, b) => a.type.localeCompare(b.type) || byProminence(a, b));
  return more ? { entities, more } : { entities };
}

/** Of each type, the entities most mentioned, and any the focus document mentions; with how many were left out. */
function mostMentioned(groups: readonly Group[], perType: number): { entities: EntitySummary[]; more?: Record<string, number> } {
  const byType = new Map<string, Group[]>();
  for (const group of groups) {
    const list = byType.get(group.summary.type);
    if (list) list.push(group);
    else byType.set(group.summary.type, [group]);
  }
  const entities: EntitySummary[] = [];
  const more: Record<string, number> = {};
  for (const [type, list] of byType) {
    list.sort((a, b) => byProminence(a.summary, b.summary));
    let left = 0;
    list.forEach((group, rank) => {
      if (rank < perType || group.inFocus) entities.push(group.summary);
      else left++;
    });
    if (left > 0) more[type] = left;
  }
  return Object.keys(more).length > 0 ? { entities, more } : { entities };
}

function byProminence(a: EntitySummary, b: EntitySummary): number {
  return b.mentionCount - a.mentionCount || a.name.localeCompare(b.name);
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
