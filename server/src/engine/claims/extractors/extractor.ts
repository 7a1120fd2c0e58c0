import type { Claim } from '../../types';
import type { ClaimContext } from '../context';

/**
 * One kind of claim. Extractors are independent: each reads the document through the context
 * and returns its claims; the conflict logic only sees the claims' attributes and typed values,
 * so a new kind of claim is a new file added to the list in claims/index.ts.
 */
export interface ClaimExtractor {
  readonly name: string;
  extract(context: ClaimContext): Claim[];
}
