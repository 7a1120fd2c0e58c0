import { analyse } from '../analyse';
import { extractClaims } from '../claims/index';
import { DEFAULT_CONFLICT_RULES, type ConflictRules } from '../claims/rules';
import { analyseInSections, type SectionMemo } from '../sections/sectionedAnalysis';
import { wholeText, type TextLike } from './pieceText';
import { SECTIONED_FROM } from '../sections/sectionStarts';
import type { AnalyseOptions, DocumentAnalysis } from '../types';

// One document's analysis as the corpus makes it: the engine's analyse, with the claims read
// again under the corpus's conflict rules when those are not the shipped ones (user rules may
// name more categories). Shared by the corpus and the indexing workers, so that an analysis made
// in a worker is exactly the one the corpus would have made itself.

export type Analyser = (text: string, options?: AnalyseOptions) => DocumentAnalysis;

export function analyseDocument(
  /** A large document may come in pieces (pieceText.ts): a sectioned analysis reads only what it needs of them. */
  text: TextLike,
  options: AnalyseOptions | undefined,
  rules: ConflictRules = DEFAULT_CONFLICT_RULES,
  analyser: Analyser = analyse,
  /**
   * The document's previous sections, when it is large: unchanged ones are not analysed again, and
   * the analysis last made with this memo gives up its objects to the new one (sectionedAnalysis.ts).
   */
  memo?: SectionMemo,
): DocumentAnalysis {
  if (analyser === analyse && text.length >= SECTIONED_FROM) return analyseInSections(text, options, rules, memo);
  const whole = wholeText(text);
  const analysis = analyser(whole, options);
  if (rules !== DEFAULT_CONFLICT_RULES) {
    analysis.claims = extractClaims(whole, analysis.entities, analysis.documentDate, rules, undefined, undefined, analysis.mastheadDate);
  }
  return analysis;
}
