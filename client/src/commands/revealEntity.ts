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
  const uri = editor.document.uri.toString();
  const found = await server.entityAt({ uri, position: { line, character } });
  if (!found?.canonical && !found?.range) {
    void vscode.window.showInformationMessage('Policy Lens: there is no entity at the cursor.');
    return;
  }
  await vscode.commands.executeCommand(`${ENTITIES_VIEW_ID}.focus`);
  if (!(await view.reveal({ canonical: found.canonical, uri, range: found.range }))) {
    const what = found.name ?? found.text ?? found.canonical ?? 'This entity';
    void vscode.window.showInformationMessage(`Policy Lens: ${what} is not listed in the Entities view.`);
  }
}
