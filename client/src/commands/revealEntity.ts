// Policy Lens: Reveal Entity in Side Panel — finds the entity under the cursor (asking the
// server, which owns all analysis) and selects it in the Entities view.

import * as vscode from 'vscode';
import type { EntitiesView } from '../panel/entitiesView';
import { ENTITIES_VIEW_ID } from '../panel/entitiesView';
import type { PolicyLensServer } from '../server/policyLensServer';
import { isPolicyDocument } from '../shared/documentScope';

export async function revealEntityAtCursor(server: PolicyLensServer, view: EntitiesView): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isPolicyDocument(editor.document)) {
    void vscode.window.showInformationMessage('Policy Lens: put the cursor on an entity in a policy text first.');
    return;
  }
  const { line, character } = editor.selection.active;
  const found = await server.entityAt({ uri: editor.document.uri.toString(), position: { line, character } });
  if (!found?.canonical) {
    const what = found?.type ? `This ${found.type} is not a named entity` : 'There is no entity at the cursor';
    void vscode.window.showInformationMessage(`Policy Lens: ${what}, so there is nothing to reveal.`);
    return;
  }
  await vscode.commands.executeCommand(`${ENTITIES_VIEW_ID}.focus`);
  if (!(await view.reveal(found.canonical))) {
    void vscode.window.showInformationMessage(`Policy Lens: ${found.name ?? found.canonical} is not listed in the Entities view.`);
  }
}
