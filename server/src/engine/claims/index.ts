import type { Claim, Entity } from '../types';

/** Claim extraction: being written in claims/ (issue 3). Until then no claims are extracted. */
export function extractClaims(_text: string, _entities: readonly Entity[], _documentDate?: string): Claim[] {
  return [];
}
