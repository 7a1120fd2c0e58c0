// The status bar item: "indexing n/N" while the server reads the corpus, then the active
// document's entity and conflict counts. Clicking it opens the Conflicts view.

import * as vscode from 'vscode';
import type { StatusParams } from '../../../server/src/protocol';
import { CONFLICTS_VIEW_ID } from '../panel/conflictsView';
import type { PolicyLensServer } from '../server/policyLensServer';
import { isPolicyDocument } from '../shared/documentScope';
import { presentStatus, type ActiveDocumentCounts } from './statusText';

const ACTIVE_REFRESH_DELAY_MS = 150;

export class StatusBarController implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policyLens.status', vscode.StatusBarAlignment.Left, 50);
  private status: StatusParams | undefined;
  private active: ActiveDocumentCounts | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private readonly reportedSkips = new Set<string>();
  private reportedHeldBack: string | undefined;

  constructor(
    private readonly server: PolicyLensServer,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.item.name = 'Policy Lens';
    this.item.command = `${CONFLICTS_VIEW_ID}.focus`;
    this.render();
    this.item.show();
  }

  onStatus(status: StatusParams): void {
    const wasIndexing = this.status?.state !== 'ready';
    this.status = status;
    for (const skip of status.skipped ?? []) {
      const key = `${skip.uri}\u0000${skip.reason}`;
      if (this.reportedSkips.has(key)) continue;
      this.reportedSkips.add(key);
      this.output.warn(`Skipped ${skip.uri}: ${skip.reason}`);
    }
    const heldBack = status.heldBack ? `Left ${status.heldBack.files} file(s) out of the corpus: ${status.heldBack.reason}` : undefined;
    if (heldBack && heldBack !== this.reportedHeldBack) this.output.warn(heldBack);
    this.reportedHeldBack = heldBack;
    this.render();
    if (status.state === 'ready' && wasIndexing) this.scheduleActiveRefresh();
  }

  /** The active editor, the corpus or the server changed: recount the active document soon. */
  scheduleActiveRefresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refreshActive(), ACTIVE_REFRESH_DELAY_MS);
  }

  onServerStateChanged(): void {
    if (this.server.state !== 'running') this.status = undefined;
    this.render();
    if (this.server.state === 'running') this.scheduleActiveRefresh();
  }

  private async refreshActive(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isPolicyDocument(document) || this.server.state !== 'running') {
      this.active = undefined;
      this.render();
      return;
    }
    const uri = document.uri.toString();
    try {
      const [entities, conflicts] = await Promise.all([
        this.server.entities({ uri }),
        // Only counted: their claims are not needed.
        this.server.conflicts({ uri, includeReviewed: false, claimsPerConflict: 0 }),
      ]);
      if (generation !== this.generation) return; // a newer refresh is on its way
      this.active = {
        uri,
        entities: entities.entities.length,
        mentions: entities.entities.reduce((sum, entity) => sum + entity.mentions.filter((mention) => mention.uri === uri).length, 0),
        conflicts: conflicts.conflicts.filter((conflict) => !conflict.reviewed).length,
      };
    } catch (error) {
      if (generation !== this.generation) return;
      this.active = undefined;
      this.output.debug(`Status bar counts unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.render();
  }

  private render(): void {
    const { text, tooltip } = presentStatus(this.server.state, this.status, this.active);
    this.item.text = text;
    this.item.tooltip = tooltip;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
  }
}
