// The Conflicts view: where sources disagree, grouped by subject. Reviewed conflicts are hidden
// unless the researcher asks to see them; inline actions mark a conflict reviewed or reopen it.

import * as vscode from 'vscode';
import type { PolicyLensServer } from '../server/policyLensServer';
import { shapeConflictTree } from './conflictTree';
import { ModelTreeProvider } from './modelTreeProvider';
import { CLAIMS_PER_CONFLICT } from './panelBounds';
import type { NodeModel } from './nodeModel';

export const CONFLICTS_VIEW_ID = 'policyLens.conflicts';
const SHOW_REVIEWED_CONTEXT_KEY = 'policyLens.conflicts.showReviewed';

export class ConflictsView extends ModelTreeProvider {
  private showReviewed = false;
  private openCount = 0;

  constructor(private readonly server: PolicyLensServer) {
    super();
    void vscode.commands.executeCommand('setContext', SHOW_REVIEWED_CONTEXT_KEY, false);
  }

  protected async loadRoots(): Promise<NodeModel[]> {
    const result = await this.server.conflicts({ includeReviewed: this.showReviewed, claimsPerConflict: CLAIMS_PER_CONFLICT });
    this.openCount = result.conflicts.filter((conflict) => !conflict.reviewed).length;
    if (this.view) {
      this.view.description = this.describe();
      this.view.badge = this.openCount > 0 ? { value: this.openCount, tooltip: `${this.openCount} open conflicts` } : undefined;
    }
    return shapeConflictTree(result, { showReviewed: this.showReviewed });
  }

  protected describe(): string {
    return this.showReviewed ? 'including reviewed' : '';
  }

  protected emptyMessage(): string | undefined {
    // With nothing listed, the view's welcome content offers Check Claims; only say more when
    // reviewed conflicts are being hidden.
    return this.showReviewed ? undefined : 'Reviewed conflicts are hidden.';
  }

  setShowReviewed(show: boolean): void {
    this.showReviewed = show;
    void vscode.commands.executeCommand('setContext', SHOW_REVIEWED_CONTEXT_KEY, show);
    this.refresh();
  }

  async setReviewed(node: NodeModel | undefined, reviewed: boolean): Promise<void> {
    const conflictId = node?.refs?.conflictId;
    if (!conflictId) return;
    try {
      await this.server.setReviewed({ conflictId, reviewed });
    } catch (error) {
      void vscode.window.showErrorMessage(`Policy Lens could not update the review: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.refresh();
  }
}
