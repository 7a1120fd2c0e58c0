import type { ConflictRules } from '../../engine/claims/rules';
import type { LinkNames } from '../../engine/corpus/linkNames';
import type { AliasLink, DocumentAnalysis, EntityOverride } from '../../engine/types';

// The messages between the server and its analysis workers. Aliases and rules are the same for
// every document of a corpus, so they travel once per change (configure) rather than with each text.

export interface ConfigureMessage {
  kind: 'configure';
  configuration: number;
  aliases: readonly AliasLink[] | undefined;
  /** Undefined for the shipped rules, which the worker has itself (the corpus tells them apart by identity). */
  rules: ConflictRules | undefined;
}

export interface AnalyseMessage {
  kind: 'analyse';
  id: number;
  configuration: number;
  /**
   * A file's valid UTF-8 bytes (BOM left out), which the worker decodes: indexing sends a file as
   * read, so that the main thread neither decodes it nor copies a two-byte string across.
   */
  bytes: Uint8Array;
  overrides: readonly EntityOverride[] | undefined;
}

export type ToWorker = ConfigureMessage | AnalyseMessage;

/**
 * An analysis comes back as JSON text, not as an object graph to clone: one string crosses the
 * thread boundary with a copy, JSON.parse on the server is cheaper than deserialising a structured
 * clone, and the objects it makes are about 40% smaller (fitted shapes, short strings such as entity
 * types and value kinds shared rather than copied per entity), which is most of the corpus's heap.
 * JSON keeps everything an analysis holds (strings, finite numbers, booleans, arrays, plain
 * objects); properties whose value is undefined are left out, which no reader tells apart. An
 * analysis whose JSON holds a null (NaN and infinities become null) travels as a clone instead.
 */
export type FromWorker = AnalysisReply | { id: number; error: string };

/**
 * An analysis, the length of its text in UTF-16 code units (which the server cannot know from the
 * bytes it sent without counting), and what the corpus's short-name links read of it (linkNames.ts).
 */
export type AnalysisReply = ({ id: number; analysisJson: string } | { id: number; analysis: DocumentAnalysis }) & { textLength: number; linkNames: LinkNames };
