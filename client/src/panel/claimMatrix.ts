// The Claim Matrix webview: who says what, one row per subject+attribute, one column per source.
// Strict CSP with a per-render nonce, scripts and styles only from media/, and every message
// from the page validated before it is acted on.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { openLocation } from '../commands/openLocation';
import type { PolicyLensServer } from '../server/policyLensServer';
import { parseClaimMatrixMessage } from '../shared/locationSchema';
import { isPolicyDocument } from '../shared/documentScope';
import { renderClaimMatrixPage, type MatrixFocus } from './claimMatrixHtml';
import { MATRIX_BOUNDS } from './panelBounds';

const VIEW_TYPE = 'policyLens.claimMatrix';

export class ClaimMatrixPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The sources of the rendered matrix: the only URIs the page may ask to open. */
  private sources: ReadonlySet<string> = new Set();
  private stale = false;
  /** What the matrix was opened on, kept first when it is redrawn. */
  private focus: MatrixFocus | undefined;
  private document: string | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly server: PolicyLensServer,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  async show(focus?: MatrixFocus): Promise<void> {
    const panel = this.panel ?? this.createPanel();
    panel.reveal(undefined, false);
    this.focus = focus;
    const editor = vscode.window.activeTextEditor;
    this.document = editor && isPolicyDocument(editor.document) ? editor.document.uri.toString() : undefined;
    await this.render();
  }

  /** The corpus changed: redraw now if the matrix is on screen, otherwise when it next is. */
  onCorpusChanged(): void {
    if (!this.panel) return;
    if (this.panel.visible) void this.render();
    else this.stale = true;
  }

  private createPanel(): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Claim Matrix',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      { enableScripts: true, enableCommandUris: false, localResourceRoots: [media] },
    );
    panel.iconPath = vscode.Uri.joinPath(media, 'policy-lens.svg');
    panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message));
    panel.onDidChangeViewState(() => {
      if (panel.visible && this.stale) void this.render();
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.sources = new Set();
    });
    this.panel = panel;
    return panel;
  }

  private async render(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    this.stale = false;
    const focus = this.focus;
    try {
      const result = await this.server.claimMatrix({ focus, document: this.document, ...MATRIX_BOUNDS });
      const webview = panel.webview;
      const media = vscode.Uri.joinPath(this.extensionUri, 'media');
      this.sources = new Set(result.sources.map((source) => source.uri));
      webview.html = renderClaimMatrixPage(
        result,
        {
          nonce: randomBytes(16).toString('base64'),
          cspSource: webview.cspSource,
          scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'claimMatrix.js')).toString(),
          styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'claimMatrix.css')).toString(),
        },
        focus,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.output.error(`Claim matrix: ${message}`);
      void vscode.window.showErrorMessage(`Policy Lens could not build the claim matrix: ${message}`);
    }
  }

  private onMessage(message: unknown): void {
    const open = parseClaimMatrixMessage(message, this.sources);
    if (!open) {
      this.output.warn(`Claim matrix: ignored a message that does not match the schema: ${JSON.stringify(message)?.slice(0, 200)}`);
      return;
    }
    // Open the claim next to the matrix, not on top of it.
    const column = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    void openLocation({ uri: open.uri, range: open.range }, column).catch((error: unknown) => {
      void vscode.window.showErrorMessage(`Policy Lens could not open the claim: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
