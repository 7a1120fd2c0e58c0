import { extractClaims } from './claims/index';
import { findDocumentDate } from './entities/documentDate';
import { recogniseEntities } from './entities/index';
import type { AnalyseOptions, DocumentAnalysis } from './types';

/**
 * Analyses one document: entities of the seven types (with researchers' overrides applied and
 * canonical ids resolved, using `options.aliases` as well as the reference data), the document's
 * own date, and the claims made over those entities.
 */
export function analyse(text: string, options: AnalyseOptions = {}): DocumentAnalysis {
  const entities = recogniseEntities(text, options);
  const documentDate = findDocumentDate(text, entities);
  const claims = extractClaims(text, entities, documentDate);
  return documentDate === undefined ? { entities, claims } : { entities, claims, documentDate };
}
