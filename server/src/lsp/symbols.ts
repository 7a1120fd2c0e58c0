import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import type { Entity, EntityType } from '../engine/types';
import { ENTITY_TYPES } from '../engine/types';
import type { Snapshot } from './corpusState';
import { entityValueLabel } from './labels';

// Document symbols (the Outline): the document's entities grouped by type. Organisations, people
// and roles are further grouped by canonical entity, with one child per mention, so "Circle" is
// one outline entry however it is written; numbers and dates are listed one per mention with
// their normalised value.

const GROUP_NAMES: Record<EntityType, string> = {
  organisation: 'Organisations',
  person: 'People',
  role: 'Roles',
  percentage: 'Percentages',
  money: 'Money',
  quantity: 'Quantities',
  date: 'Dates',
};

const KINDS: Record<EntityType, SymbolKind> = {
  organisation: SymbolKind.Class,
  person: SymbolKind.Object,
  role: SymbolKind.Property,
  percentage: SymbolKind.Number,
  money: SymbolKind.Number,
  quantity: SymbolKind.Number,
  date: SymbolKind.Event,
};

export function documentSymbols(snapshot: Snapshot): DocumentSymbol[] {
  const { lines } = snapshot;
  const entities = [...snapshot.analysis.entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const symbolOf = (entity: Entity, name: string, detail?: string): DocumentSymbol => ({
    name: name.trim() || entity.type,
    detail,
    kind: KINDS[entity.type],
    range: lines.range(entity.start, entity.end),
    selectionRange: lines.range(entity.start, entity.end),
  });
  const enclosing = (name: string, kind: SymbolKind, children: DocumentSymbol[], detail?: string): DocumentSymbol => ({
    name,
    detail,
    kind,
    range: { start: children[0].range.start, end: latestEnd(children) },
    selectionRange: children[0].selectionRange,
    children,
  });

  const groups: DocumentSymbol[] = [];
  for (const type of ENTITY_TYPES) {
    const ofType = entities.filter((entity) => entity.type === type);
    if (ofType.length === 0) continue;
    let children: DocumentSymbol[];
    if (type === 'organisation' || type === 'person' || type === 'role') {
      const byCanonical = new Map<string, Entity[]>();
      for (const entity of ofType) {
        const key = entity.canonical ?? entity.role ?? entity.text.toLowerCase();
        const group = byCanonical.get(key);
        if (group) group.push(entity);
        else byCanonical.set(key, [entity]);
      }
      children = [...byCanonical.values()].map((mentions) => {
        const first = mentions[0];
        const name = first.canonicalName ?? first.text;
        const mentionSymbols = mentions.map((mention) => symbolOf(mention, mention.text));
        return enclosing(name, KINDS[type], mentionSymbols, `${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'}`);
      });
    } else {
      children = ofType.map((entity) => symbolOf(entity, entity.text, entity.value ? entityValueLabel(entity.value) : undefined));
    }
    groups.push(enclosing(GROUP_NAMES[type], SymbolKind.Namespace, children, String(ofType.length)));
  }
  return groups;
}

function latestEnd(symbols: DocumentSymbol[]) {
  let end = symbols[0].range.end;
  for (const symbol of symbols) {
    const candidate = symbol.range.end;
    if (candidate.line > end.line || (candidate.line === end.line && candidate.character > end.character)) end = candidate;
  }
  return end;
}
