import { ENTITY_TYPES, type Entity } from '../../engine/types';
import { LineIndex } from '../lineIndex';
import { entityValueLabel } from '../../lsp/labels';
import type { DocumentEntities } from './extractJson';

// `policy-lens extract --format text`: one block per document, one line per entity with its
// position, type, text and what it resolves to, for a person reading in a terminal.

export function formatExtractText(documents: readonly DocumentEntities[], textOf: (file: string) => string): string {
  const blocks = documents.map((doc) => {
    const lines = new LineIndex(textOf(doc.file));
    const header = `${doc.file}: ${countSummary(doc.entities)}`;
    const rows = doc.entities.map((entity) => {
      const { line, column } = lines.at(entity.start);
      return `  ${`${line}:${column}`.padEnd(9)} ${entity.type.padEnd(12)} ${oneLine(entity.text)}${resolution(entity)}`;
    });
    return [header, ...rows].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** "42 entities (12 organisation, 9 person, ...)", types in their canonical order, empty ones left out. */
export function countSummary(entities: readonly Entity[]): string {
  const counts = new Map<string, number>();
  for (const entity of entities) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
  const parts = ENTITY_TYPES.filter((type) => counts.has(type)).map((type) => `${counts.get(type)} ${type}`);
  const noun = entities.length === 1 ? 'entity' : 'entities';
  return parts.length === 0 ? `0 entities` : `${entities.length} ${noun} (${parts.join(', ')})`;
}

function resolution(entity: Entity): string {
  if (entity.value) return `  = ${entityValueLabel(entity.value)}`;
  const name = entity.canonicalName ?? entity.canonical;
  return name !== undefined && name !== entity.text ? `  → ${name}` : '';
}

/** Entity text can span a line break; keep the listing one row per entity. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
