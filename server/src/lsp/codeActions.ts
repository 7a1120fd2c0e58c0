import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Conflict } from '../engine/types';
import { MarkReviewedCommand, OpenLocationCommand } from '../protocol';
import type { CorpusState } from './corpusState';
import { linkedClaims, opposingClaims } from './conflictWording';
import { DIAGNOSTIC_SOURCE, MAX_RELATED, type ConflictDiagnosticData } from './diagnostics';
import { locationOf } from './locations';
import type { ReviewStore } from './reviews';
import { documentKey, fileNameOf } from './uris';

// Quick fixes on a conflict diagnostic: one "Open the conflicting source" per opposing claim, and
// "Mark this conflict as reviewed". The conflict is looked up afresh by the id the diagnostic
// carries, so an action never acts on a conflict that no longer exists.

export function codeActions(state: CorpusState, reviews: ReviewStore, params: CodeActionParams): CodeAction[] {
  const doc = documentKey(params.textDocument.uri);
  if (!state.has(doc)) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    const conflictId = conflictIdOf(diagnostic);
    if (!conflictId || reviews.isReviewed(conflictId)) continue;
    const conflict = state.engine.conflictsForDoc(doc).find((candidate) => candidate.id === conflictId);
    if (!conflict) continue;
    actions.push(...openSourceActions(state, doc, conflict, diagnostic));
    actions.push({
      title: 'Mark this conflict as reviewed',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Mark this conflict as reviewed', command: MarkReviewedCommand, arguments: [conflict.id] },
    });
  }
  return actions;
}

function openSourceActions(state: CorpusState, doc: string, conflict: Conflict, diagnostic: Diagnostic): CodeAction[] {
  const lines = state.linesOf(doc);
  const here =
    conflict.claims.find((sourced) => {
      if (sourced.doc !== doc || !lines) return false;
      const start = lines.positionAt(sourced.claim.start);
      return start.line === diagnostic.range.start.line && start.character === diagnostic.range.start.character;
    }) ?? conflict.claims.find((sourced) => sourced.doc === doc);
  const opposing = linkedClaims(here ? opposingClaims(conflict, here) : conflict.claims.filter((sourced) => sourced.doc !== doc), doc, MAX_RELATED);
  const perFile = new Map<string, number>();
  for (const { doc: source } of opposing) perFile.set(source, (perFile.get(source) ?? 0) + 1);

  const actions: CodeAction[] = [];
  for (const { doc: source, claim } of opposing) {
    const location = locationOf(state, source, claim.start, claim.end);
    if (!location) continue;
    const place = (perFile.get(source) ?? 0) > 1 ? `:${location.range.start.line + 1}` : '';
    const title = `Open the conflicting source: ${fileNameOf(source)}${place}`;
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title, command: OpenLocationCommand, arguments: [location] },
    });
  }
  return actions;
}

function conflictIdOf(diagnostic: Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = diagnostic.data as Partial<ConflictDiagnosticData> | undefined;
  return typeof data?.conflictId === 'string' ? data.conflictId : undefined;
}
