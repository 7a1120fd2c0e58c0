import { extractClaims } from './claims/index';
import { DEFAULT_CONFLICT_RULES } from './claims/rules';
import { findDocumentDates } from './entities/documentDate';
import { recogniseEntities } from './entities/index';
import { analyseInSections } from './sections/sectionedAnalysis';
import { SECTIONED_FROM } from './sections/sectionStarts';
import { tokenize } from './text/tokens';
import type { AnalyseOptions, DocumentAnalysis } from './types';

/**
 * Analyses one document: entities of the seven types (with researchers' overrides applied and
 * canonical ids resolved, using `options.aliases` as well as the reference data), the document's
 * own date, and the claims made over those entities. A document of SECTIONED_FROM characters or
 * more is analysed section by section (sections/sectionedAnalysis.ts).
 */
export function analyse(text: string, options: AnalyseOptions = {}): DocumentAnalysis {
  if (text.length >= SECTIONED_FROM) return analyseInSections(text, options, DEFAULT_CONFLICT_RULES);
  // One tokenization for both passes: the name recognisers read its tokens, the claims its word forms.
  const tokens = tokenize(text);
  const entities = recogniseEntities(text, options, tokens);
  const dates = findDocumentDates(text, entities);
  const claims = extractClaims(text, entities, dates.documentDate, DEFAULT_CONFLICT_RULES, undefined, tokens, dates.mastheadDate);
  return { entities, claims, ...dates };
}
