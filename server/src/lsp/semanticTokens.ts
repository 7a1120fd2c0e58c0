import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { Entity, EntityType } from '../engine/types';
import { ENTITY_TYPES } from '../engine/types';
import type { LineMap } from './positions';

// Semantic tokens: one token type per entity kind, ids matching the client's
// contributes.semanticTokenTypes. Tokens may not overlap or span lines, so nested entities (an
// organisation inside a role) are flattened with the innermost entity winning over the part it
// covers, and each piece is then cut at line breaks.

const TOKEN_IDS: Record<EntityType, string> = {
  organisation: 'policyOrganisation',
  person: 'policyPerson',
  role: 'policyRole',
  percentage: 'policyPercentage',
  money: 'policyMoney',
  quantity: 'policyQuantity',
  date: 'policyDate',
};

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: ENTITY_TYPES.map((type) => TOKEN_IDS[type]),
  tokenModifiers: [],
};

const TYPE_INDEX = new Map<EntityType, number>(ENTITY_TYPES.map((type, index) => [type, index]));

export interface TypedSegment {
  start: number;
  end: number;
  type: EntityType;
}

/**
 * Non-overlapping segments covering every entity, in text order. Where entities overlap, each
 * stretch of text goes to the shortest entity covering it (the innermost, for proper nesting).
 */
export function flattenEntities(entities: readonly Entity[]): TypedSegment[] {
  const valid = entities.filter((entity) => entity.end > entity.start && TYPE_INDEX.has(entity.type));
  const boundaries = [...new Set(valid.flatMap((entity) => [entity.start, entity.end]))].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const segments: TypedSegment[] = [];
  const active: Entity[] = [];
  let next = 0;
  let lastWinner: Entity | undefined;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const from = boundaries[i];
    const to = boundaries[i + 1];
    while (next < byStart.length && byStart[next].start <= from) active.push(byStart[next++]);
    for (let j = active.length - 1; j >= 0; j--) if (active[j].end <= from) active.splice(j, 1);
    if (active.length === 0) continue;
    let winner = active[0];
    for (const entity of active) if (entity.end - entity.start < winner.end - winner.start) winner = entity;
    const last = segments[segments.length - 1];
    // The same entity winning consecutive stretches stays one segment.
    if (last && last.end === from && lastWinner === winner) last.end = to;
    else segments.push({ start: from, end: to, type: winner.type });
    lastWinner = winner;
  }
  return segments;
}

/** Encodes entities as LSP semantic tokens (relative line/character deltas), optionally only those within a range. */
export function semanticTokens(entities: readonly Entity[], lines: LineMap, range?: Range): SemanticTokens {
  const from = range ? lines.offsetAt(range.start) : 0;
  const to = range ? lines.offsetAt(range.end) : Number.POSITIVE_INFINITY;
  const data: number[] = [];
  let previousLine = 0;
  let previousCharacter = 0;
  for (const segment of flattenEntities(entities)) {
    if (segment.end <= from || segment.start >= to) continue;
    const typeIndex = TYPE_INDEX.get(segment.type) as number;
    let line = lines.lineOf(segment.start);
    let pieceStart = segment.start;
    while (pieceStart < segment.end) {
      const pieceEnd = Math.min(segment.end, lines.lineContentEnd(line));
      if (pieceEnd > pieceStart) {
        const character = pieceStart - lines.lineStart(line);
        data.push(
          line - previousLine,
          line === previousLine ? character - previousCharacter : character,
          pieceEnd - pieceStart,
          typeIndex,
          0,
        );
        previousLine = line;
        previousCharacter = character;
      }
      line++;
      if (line >= lines.lineCount) break;
      pieceStart = lines.lineStart(line);
    }
  }
  return { data };
}
