import type { Claim } from '../../types';
import type { ClaimContext } from '../context';

/**
 * A generic reading of figures: it runs after the specific extractors (claims/index.ts) and fills
 * in facts none of them read, keyed by the subject, a measure class and the event; it never reads
 * a figure again for an attribute a specific extractor already gave it.
 */
export interface FigureReading {
  readonly name: string;
  read(context: ClaimContext): Claim[];
}
