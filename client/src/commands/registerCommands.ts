// Registers the client's commands: the palette commands and the side panel's title and item
// actions. Annotation commands belong to the annotations feature; policyLens.markReviewed is a
// server command that the language client registers itself.

import * as vscode from 'vscode';
import type { ClaimMatrixPanel } from '../panel/claimMatrix';
import type { ConflictsView } from '../panel/conflictsView';
import type { EntitiesView } from '../panel/entitiesView';
import type { NodeModel } from '../panel/nodeModel';
import type { PolicyLensServer } from '../server/policyLensServer';
import { checkClaims } from './checkClaims';
import { registerOpenLocationCommand } from './openLocation';
import { revealEntityAtCursor } from './revealEntity';

export interface CommandDependencies {
  output: vscode.LogOutputChannel;
  server: PolicyLensServer;
  entities: EntitiesView;
  conflicts: ConflictsView;
  claimMatrix: ClaimMatrixPanel;
}

function reportFailure(action: string) {
  return (error: unknown): void => {
    void vscode.window.showErrorMessage(`Policy Lens could not ${action}: ${error instanceof Error ? error.message : String(error)}`);
  };
}

export function registerCommands(deps: CommandDependencies): vscode.Disposable[] {
  const { output, server, entities, conflicts, claimMatrix } = deps;
  const register = (id: string, run: (...args: never[]) => unknown): vscode.Disposable =>
    vscode.commands.registerCommand(id, run as (...args: unknown[]) => unknown);

  return [
    registerOpenLocationCommand(),
    register('policyLens.checkClaims', () => checkClaims(server, () => conflicts.refresh())),
    register('policyLens.showClaimMatrix', (node?: NodeModel) => {
      // From a conflict in the tree, open the matrix on that subject's row.
      const subject = node?.refs?.subject;
      return claimMatrix.show(subject ? { subject, attribute: node?.refs?.attribute } : undefined);
    }),
    register('policyLens.revealEntity', () => revealEntityAtCursor(server, entities).catch(reportFailure('reveal the entity'))),
    register('policyLens.restartServer', async () => {
      try {
        await server.restart();
        output.info('Language server restarted on request.');
      } catch (error) {
        reportFailure('restart the language server')(error);
      }
    }),
    register('policyLens.showOutput', () => output.show(true)),

    register('policyLens.entities.filter', () => entities.promptForFilter()),
    register('policyLens.entities.clearFilter', () => entities.setFilter('')),
    register('policyLens.entities.showWholeCorpus', () => entities.setScope('corpus')),
    register('policyLens.entities.showThisDocument', () => entities.setScope('document')),
    register('policyLens.entities.refresh', () => entities.refresh()),

    register('policyLens.conflicts.markReviewed', (node?: NodeModel) => conflicts.setReviewed(node, true)),
    register('policyLens.conflicts.reopen', (node?: NodeModel) => conflicts.setReviewed(node, false)),
    register('policyLens.conflicts.showReviewed', () => conflicts.setShowReviewed(true)),
    register('policyLens.conflicts.hideReviewed', () => conflicts.setShowReviewed(false)),
    register('policyLens.conflicts.refresh', () => conflicts.refresh()),
  ];
}
