import type { Location } from 'vscode-languageserver';
import type { CorpusState } from './corpusState';

// Engine spans in any corpus document as LSP locations, with the URI spelled the way the client
// knows the document (so Peek and the Problems panel attach to its open editors).

export function locationOf(state: CorpusState, doc: string, start: number, end: number): Location | undefined {
  const lines = state.linesOf(doc);
  if (!lines) return undefined;
  return { uri: state.clientUri(doc), range: lines.range(start, end) };
}

/** Sorts by document, then offset: the corpus order used for "first mention" and for lists. */
export function byDocumentThenOffset<T extends { doc: string; start: number }>(a: T, b: T): number {
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  return a.start - b.start;
}
