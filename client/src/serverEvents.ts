// Connects what the server and the editor announce to the parts of the client that show it.
// The views refresh when the server says the corpus changed; nothing polls.

import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import {
  CorpusChangedNotification,
  StatusNotification,
  type CorpusChangedParams,
  type StatusParams,
} from '../../server/src/protocol';
import type { ClaimMatrixPanel } from './panel/claimMatrix';
import type { PolicyLensViews } from './panel/registerViews';
import type { PolicyLensServer } from './server/policyLensServer';
import type { StatusBarController } from './status/statusBar';

export function wireServerEvents(
  server: PolicyLensServer,
  views: PolicyLensViews,
  claimMatrix: ClaimMatrixPanel,
  statusBar: StatusBarController,
): vscode.Disposable[] {
  const refreshAll = (): void => {
    views.entities.refresh();
    views.conflicts.refresh();
    claimMatrix.onCorpusChanged();
    statusBar.scheduleActiveRefresh();
  };
  const onCorpusChanged = (params: CorpusChangedParams | undefined): void => {
    // A review changes which conflicts are open, not which entities exist.
    if (params?.reason === 'reviews') {
      views.conflicts.refresh();
      claimMatrix.onCorpusChanged();
      statusBar.scheduleActiveRefresh();
      return;
    }
    refreshAll();
  };
  return [
    // Handlers registered before start() survive restarts: the client re-installs them.
    server.client.onNotification(CorpusChangedNotification, onCorpusChanged),
    server.client.onNotification(StatusNotification, (params: StatusParams) => statusBar.onStatus(params)),
    server.client.onDidChangeState((event) => {
      statusBar.onServerStateChanged();
      // Running again: reload everything. Stopped: let the views say so (the matrix keeps its page).
      if (event.newState === State.Running) refreshAll();
      if (event.newState === State.Stopped || event.newState === State.StartFailed) {
        views.entities.refresh();
        views.conflicts.refresh();
      }
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      views.entities.onActiveEditorChanged(editor);
      statusBar.scheduleActiveRefresh();
    }),
    // Trust changes what the server may load (reference data): restart it to apply.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void server.restart()),
  ];
}
