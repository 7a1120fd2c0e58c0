// Policy Lens: Check Claims — asks the server to check the whole corpus, shows its work-done
// progress in a cancellable notification, and reports what it found.

import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageclient/node';
import { CheckCorpusRequest, type CheckCorpusParams, type CheckCorpusResult } from '../../../server/src/protocol';
import type { PolicyLensServer } from '../server/policyLensServer';
import { CONFLICTS_VIEW_ID } from '../panel/conflictsView';
import { summariseCheck } from './checkSummary';

type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

function isCancellation(error: unknown): boolean {
  // LSP's RequestCancelled (-32800) and ServerCancelled (-32802).
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === -32800 || code === -32802;
}

/** Runs the check under a cancellable progress notification; undefined when cancelled. */
function runCheck(server: PolicyLensServer): Thenable<CheckCorpusResult | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Policy Lens: checking claims', cancellable: true },
    async (progress, token) => {
      const workDoneToken = randomUUID();
      let reported = 0;
      const subscription = server.client.onProgress(WorkDoneProgress.type, workDoneToken, (value: ProgressValue) => {
        if (value.kind === 'end') return;
        // The server reports a percentage; VS Code's progress wants increments.
        const percentage = typeof value.percentage === 'number' ? Math.min(100, Math.max(reported, value.percentage)) : undefined;
        progress.report({ message: value.message, increment: percentage !== undefined ? percentage - reported : undefined });
        if (percentage !== undefined) reported = percentage;
      });
      try {
        const params: CheckCorpusParams = { workDoneToken };
        return await server.request<CheckCorpusResult>(CheckCorpusRequest, params, token);
      } catch (error) {
        if (token.isCancellationRequested || isCancellation(error)) return undefined;
        throw error;
      } finally {
        subscription.dispose();
      }
    },
  );
}

export async function checkClaims(server: PolicyLensServer, onChecked: () => void): Promise<void> {
  let result: CheckCorpusResult | undefined;
  try {
    result = await runCheck(server);
  } catch (error) {
    void vscode.window.showErrorMessage(`Policy Lens: the check failed: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (!result) {
    void vscode.window.showInformationMessage('Policy Lens: check cancelled.');
    return;
  }
  onChecked();
  const actions = result.conflicts > 0 ? ['Show Conflicts', 'Show Claim Matrix'] : [];
  const choice = await vscode.window.showInformationMessage(summariseCheck(result), ...actions);
  if (choice === 'Show Conflicts') await vscode.commands.executeCommand(`${CONFLICTS_VIEW_ID}.focus`);
  if (choice === 'Show Claim Matrix') await vscode.commands.executeCommand('policyLens.showClaimMatrix');
}
