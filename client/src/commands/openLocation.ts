// policyLens.openLocation: the target of every link the extension shows (hover cards built by
// the server, tree items, the claim matrix). Arguments are validated before anything opens.

import * as vscode from 'vscode';
import type { LspLocation } from '../../../server/src/protocol';
import { parseOpenLocationArgs } from '../shared/locationSchema';
import { OPEN_LOCATION_COMMAND } from '../panel/treeItems';

export async function openLocation(location: LspLocation, viewColumn?: vscode.ViewColumn): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri, true));
  const { start, end } = location.range;
  // The text may have changed since the server sent the link: clamp rather than fail.
  const range = document.validateRange(new vscode.Range(start.line, start.character, end.line, end.character));
  const editor = await vscode.window.showTextDocument(document, { selection: range, viewColumn, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerOpenLocationCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_LOCATION_COMMAND, async (...args: unknown[]) => {
    const location = parseOpenLocationArgs(args.length === 1 ? args[0] : args);
    if (!location) {
      void vscode.window.showWarningMessage('Policy Lens: this link does not point at a place in a document, so nothing was opened.');
      return;
    }
    try {
      await openLocation(location);
    } catch (error) {
      void vscode.window.showErrorMessage(`Policy Lens could not open ${location.uri}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
