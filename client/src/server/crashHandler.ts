// The language client's error handler: restart a crashed server, but after five crashes in
// three minutes stop and tell the researcher plainly, with a way to the log and a way to retry.

import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient/node';
import { RestartBudget } from './restartBudget';

const MAX_CRASHES = 5;
const CRASH_WINDOW_MS = 3 * 60 * 1000;

export function createCrashHandler(output: vscode.LogOutputChannel, budget = new RestartBudget(MAX_CRASHES, CRASH_WINDOW_MS)): {
  handler: ErrorHandler;
  budget: RestartBudget;
} {
  const handler: ErrorHandler = {
    error(error, _message, count): ErrorHandlerResult {
      output.error(`Connection to the Policy Lens server failed: ${error.message}`);
      // A few transport errors in a row can be transient; more means the connection is gone.
      return count !== undefined && count <= 3 ? { action: ErrorAction.Continue, handled: true } : { action: ErrorAction.Shutdown, handled: true };
    },
    closed(): CloseHandlerResult {
      if (budget.recordCrash() === 'restart') {
        output.warn(`The Policy Lens server stopped unexpectedly (${budget.recentCrashes} in the last 3 minutes); restarting it.`);
        return { action: CloseAction.Restart, handled: true };
      }
      const message = `The Policy Lens language server crashed ${MAX_CRASHES} times in 3 minutes and will not be restarted. Highlighting, hovers and conflict checks are off until you restart it.`;
      output.error(message);
      void vscode.window.showErrorMessage(message, 'Open Log', 'Restart Server').then((choice) => {
        if (choice === 'Open Log') output.show(true);
        if (choice === 'Restart Server') void vscode.commands.executeCommand('policyLens.restartServer');
      });
      return { action: CloseAction.DoNotRestart, message, handled: true };
    },
  };
  return { handler, budget };
}
