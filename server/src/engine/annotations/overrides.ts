// Manual annotations win over the engine. This turns a document's anchored annotations into
// the corrections the recognisers apply (EntityOverride), and every canonical link in the
// corpus into an alias (AliasLink) so the correction applies wherever the same name appears.

import type { AliasLink, EntityOverride } from '../types';
import { isAnchored, type Anchor } from './anchoring';
import {
  canonicalLinkOf,
  compareTimestamps,
  entityTypeOfCanonical,
  NOT_AN_ENTITY,
  tagOf,
  type AnnotationRecord,
} from './model';

export interface AnchoredRecord {
  record: AnnotationRecord;
  anchor: Anchor;
}

/**
 * Overrides for one document, in text order. Orphans give none (their place is unknown).
 * Where several annotations decide the same span, the most recently modified one wins, so a
 * researcher who changes their mind is followed.
 */
export function toEntityOverrides(annotations: readonly AnchoredRecord[]): EntityOverride[] {
  const bySpan = new Map<string, { override: EntityOverride; modified: string }>();
  for (const { record, anchor } of annotations) {
    if (!isAnchored(anchor)) continue;
    const override = overrideFor(record, anchor.start, anchor.end);
    if (!override) continue;
    const key = `${anchor.start}:${anchor.end}`;
    const existing = bySpan.get(key);
    if (!existing || compareTimestamps(record.modified, existing.modified) >= 0) {
      bySpan.set(key, { override, modified: record.modified });
    }
  }
  return [...bySpan.values()].map((v) => v.override).sort((a, b) => a.start - b.start || a.end - b.end);
}

function overrideFor(record: AnnotationRecord, start: number, end: number): EntityOverride | undefined {
  const tag = tagOf(record);
  if (tag === NOT_AN_ENTITY) return { action: 'suppress', start, end };
  const link = canonicalLinkOf(record);
  // A link without a tag still says "this is that organisation/person".
  const type = tag ?? (link ? entityTypeOfCanonical(link.canonical) : undefined);
  if (!type) return undefined;
  const override: EntityOverride = { action: 'tag', start, end, type };
  if (link) {
    override.canonical = link.canonical;
    if (link.label !== undefined) override.canonicalName = link.label;
  }
  return override;
}

export interface AliasConflict {
  surface: string;
  /** The canonical ids the surface was linked to; the first is the one used. */
  canonicals: string[];
}

/**
 * Alias links from every canonical link in the corpus: the linked text (the quote) becomes a
 * name of the canonical entity everywhere. A surface linked to different entities by
 * different annotations resolves to the most recently modified link; the disagreement is
 * returned so it can be shown to the researcher rather than silently decided.
 */
export function toAliasLinks(records: Iterable<AnnotationRecord>): { aliases: AliasLink[]; conflicts: AliasConflict[] } {
  const bySurface = new Map<string, Array<{ alias: AliasLink; modified: string }>>();
  for (const record of records) {
    const link = canonicalLinkOf(record);
    if (!link) continue;
    const surface = record.quote.exact.trim();
    if (surface.length === 0) continue;
    const tag = tagOf(record);
    const type = tag === 'organisation' || tag === 'person' ? tag : entityTypeOfCanonical(link.canonical);
    const alias: AliasLink = { surface, canonical: link.canonical, canonicalName: link.label ?? link.canonical };
    if (type) alias.type = type;
    const list = bySurface.get(surface) ?? [];
    list.push({ alias, modified: record.modified });
    bySurface.set(surface, list);
  }
  const aliases: AliasLink[] = [];
  const conflicts: AliasConflict[] = [];
  for (const [surface, links] of bySurface) {
    links.sort((a, b) => compareTimestamps(b.modified, a.modified));
    aliases.push(links[0].alias);
    const canonicals = [...new Set(links.map((l) => l.alias.canonical))];
    if (canonicals.length > 1) conflicts.push({ surface, canonicals });
  }
  aliases.sort((a, b) => a.surface.localeCompare(b.surface));
  return { aliases, conflicts };
}
