import type { DocumentAnalysis } from '../../engine/types';
import type { AnalysisReply } from './messages';

// How a worker sends an analysis back: as JSON text when JSON writes it exactly (see messages.ts),
// as a structured clone otherwise.

/** A null as JSON.stringify writes a value: after a colon, a comma or a bracket. */
const NULL_VALUE = /[:,[]null[,}\]]/;

export function analysisReply(id: number, analysis: DocumentAnalysis, textLength: number): AnalysisReply {
  const analysisJson = JSON.stringify(analysis);
  // No analysis holds a null: a null value in the JSON is a number JSON cannot write (NaN, an
  // infinity), or these characters inside a quoted text; either way the clone is exact.
  return NULL_VALUE.test(analysisJson) ? { id, analysis, textLength } : { id, analysisJson, textLength };
}

/** The analysis a reply carries, as the server reads it. */
export function analysisOfReply(reply: { analysisJson: string } | { analysis: DocumentAnalysis }): DocumentAnalysis {
  return 'analysisJson' in reply ? (JSON.parse(reply.analysisJson) as DocumentAnalysis) : reply.analysis;
}
