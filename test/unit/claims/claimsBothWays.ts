import { extractClaims } from '../../../server/src/engine/claims/index';
import { DEFAULT_CONFLICT_RULES } from '../../../server/src/engine/claims/rules';
import { findDocumentDate } from '../../../server/src/engine/entities/documentDate';
import { recogniseEntities } from '../../../server/src/engine/entities/index';
import type { Claim } from '../../../server/src/engine/types';
import { tokenize } from '../../../server/src/engine/text/tokens';

/** A text's claims made without its tokens (every pattern scanned for) and given them (searched near their anchors). */
export function claimsBothWays(text: string): { scanned: Claim[]; fromTokens: Claim[] } {
  const entities = recogniseEntities(text);
  const date = findDocumentDate(text, entities);
  return {
    scanned: extractClaims(text, entities, date),
    fromTokens: extractClaims(text, entities, date, DEFAULT_CONFLICT_RULES, undefined, tokenize(text)),
  };
}
