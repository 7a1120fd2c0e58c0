import type { Location } from 'vscode-languageserver';
import type { CorpusState } from './corpusState';

// Engine spans in any corpus document as LSP locations, with the URI spelled the way the client
// knows the document (so Peek and the Problems panel attach to its open editors).

export function locationOf(state: CorpusState, doc: string, start: number, end: number): Location | undefined {
  const lines = state.linesOf(doc);
  if (!lines) return undefined;
  return { uri: state.clientUri(doc), range: lines.range(start, end) };
}
