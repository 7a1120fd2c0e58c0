import { linkNamesOf, noteLinkNames, type LinkNames } from '../../engine/corpus/linkNames';
import type { DocumentAnalysis } from '../../engine/types';
import type { AnalysisReply } from './messages';

// How a worker sends an analysis back: as JSON text when JSON writes it exactly (see messages.ts),
// as a structured clone otherwise.

/** A null as JSON.stringify writes a value: after a colon, a comma or a bracket. */
const NULL_VALUE = /[:,[]null[,}\]]/;

export function analysisReply(id: number, analysis: DocumentAnalysis, textLength: number): AnalysisReply {
  const analysisJson = JSON.stringify(analysis);
  // What the corpus's short-name links read of it, found here rather than on the server's main thread (linkNames.ts).
  const linkNames = linkNamesOf(analysis);
  // No analysis holds a null: a null value in the JSON is a number JSON cannot write (NaN, an
  // infinity), or these characters inside a quoted text; either way the clone is exact.
  return NULL_VALUE.test(analysisJson) ? { id, analysis, textLength, linkNames } : { id, analysisJson, textLength, linkNames };
}

/** The analysis a reply carries, as the server reads it (with the names the worker found for it). */
export function analysisOfReply(reply: ({ analysisJson: string } | { analysis: DocumentAnalysis }) & { linkNames?: LinkNames }): DocumentAnalysis {
  const analysis = 'analysisJson' in reply ? (JSON.parse(reply.analysisJson) as DocumentAnalysis) : reply.analysis;
  if (reply.linkNames) noteLinkNames(analysis, reply.linkNames);
  return analysis;
}
