// The Entities view: every entity the server found, for the active document or the whole
// corpus, optionally filtered by text. Reveals an entity on request (Reveal Entity in Side Panel).

import * as vscode from 'vscode';
import type { PolicyLensServer } from '../server/policyLensServer';
import { documentLabel } from '../shared/documentLabel';
import { isPolicyDocument } from '../shared/documentScope';
import { entityNodeId, shapeEntityTree } from './entityTree';
import { ModelTreeProvider } from './modelTreeProvider';
import { ENTITY_BOUNDS } from './panelBounds';
import type { LspRange } from '../../../server/src/protocol';
import { findNode, findNodeAt, type NodeModel } from './nodeModel';

export type EntityScope = 'document' | 'corpus';

export const ENTITIES_VIEW_ID = 'policyLens.entities';
const SCOPE_CONTEXT_KEY = 'policyLens.entities.scope';
const FILTERED_CONTEXT_KEY = 'policyLens.entities.filtered';

export class EntitiesView extends ModelTreeProvider {
  private scope: EntityScope = 'corpus';
  private filter = '';
  /** The last policy document the researcher looked at; kept while focus is in the panel. */
  private documentUri: string | undefined;
  /** The document whose entities the last corpus answer listed whatever its limits. */
  private loadedFocus: string | undefined;

  constructor(private readonly server: PolicyLensServer) {
    super();
    const editor = vscode.window.activeTextEditor;
    if (editor && isPolicyDocument(editor.document)) this.documentUri = editor.document.uri.toString();
    void this.publishContext();
  }

  protected async loadRoots(): Promise<NodeModel[]> {
    if (this.scope === 'document' && !this.documentUri) return [];
    const result = await this.server.entities({
      uri: this.scope === 'document' ? this.documentUri : undefined,
      filter: this.filter || undefined,
      limits: this.scope === 'corpus' ? { ...ENTITY_BOUNDS, focus: this.documentUri } : undefined,
    });
    this.loadedFocus = this.documentUri;
    return shapeEntityTree(result);
  }

  protected describe(): string {
    const where = this.scope === 'document' ? (this.documentUri ? documentLabel(this.documentUri) : 'no document') : 'whole corpus';
    return this.filter ? `${where} · “${this.filter}”` : where;
  }

  protected emptyMessage(): string {
    if (this.scope === 'document' && !this.documentUri) return 'Open a policy text to see its entities.';
    if (this.filter) return `No entities match “${this.filter}”.`;
    return 'No entities found yet.';
  }

  onActiveEditorChanged(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isPolicyDocument(editor.document)) return;
    const uri = editor.document.uri.toString();
    if (uri === this.documentUri) return;
    this.documentUri = uri;
    if (this.scope === 'document') this.refresh();
  }

  setScope(scope: EntityScope): void {
    this.scope = scope;
    void this.publishContext();
    this.refresh();
  }

  async promptForFilter(): Promise<void> {
    const value = await vscode.window.showInputBox({
      title: 'Filter Entities',
      prompt: 'Show entities whose name, alias or mention contains this text (empty shows all).',
      value: this.filter,
      placeHolder: 'e.g. Circle, Lansley, per cent',
    });
    if (value === undefined) return;
    this.setFilter(value.trim());
  }

  setFilter(filter: string): void {
    this.filter = filter;
    void this.publishContext();
    this.refresh();
  }

  /**
   * Shows the entity at a place in the tree: its canonical node when it has one (organisations,
   * people), otherwise the mention node covering the place (roles, figures, dates). Clears a filter
   * that hides it. Returns false when the view does not list it.
   */
  async reveal(target: { canonical?: string; uri: string; range?: LspRange }): Promise<boolean> {
    const find = (roots: NodeModel[]): NodeModel | undefined =>
      (target.canonical ? findNode(roots, entityNodeId(target.canonical)) : undefined) ??
      (target.range ? findNodeAt(roots, target.uri, target.range) : undefined);
    let node = find(await this.currentRoots());
    if (!node && this.scope === 'corpus' && this.loadedFocus !== target.uri) {
      // The corpus answer is bounded; asked again with this document in focus, it lists its entities.
      this.documentUri = target.uri;
      this.refresh();
      node = find(await this.currentRoots());
    }
    if (!node && this.filter) {
      this.setFilter('');
      node = find(await this.currentRoots());
    }
    if (!node || !this.view) return false;
    await this.view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  }

  private async publishContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', SCOPE_CONTEXT_KEY, this.scope);
    await vscode.commands.executeCommand('setContext', FILTERED_CONTEXT_KEY, this.filter.length > 0);
  }
}
