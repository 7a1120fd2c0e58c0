import type { ConflictRules } from '../../engine/claims/rules';
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
  text: string;
  overrides: readonly EntityOverride[] | undefined;
}

export type ToWorker = ConfigureMessage | AnalyseMessage;

export type FromWorker = { id: number; analysis: DocumentAnalysis } | { id: number; error: string };
