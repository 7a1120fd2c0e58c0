// A TreeDataProvider over NodeModels: loads its roots lazily (only when the view is visible),
// keeps parent links for reveal, and shows failures in the view instead of throwing.

import * as vscode from 'vscode';
import { indexParents, type NodeModel } from './nodeModel';
import { toTreeItem } from './treeItems';

export abstract class ModelTreeProvider implements vscode.TreeDataProvider<NodeModel>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<NodeModel | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  protected view: vscode.TreeView<NodeModel> | undefined;
  private roots: Promise<NodeModel[]> | undefined;
  private parents = new Map<string, NodeModel>();
  private generation = 0;

  /** Fetches and shapes the roots; throw to show the error in the view. */
  protected abstract loadRoots(): Promise<NodeModel[]>;

  /** The view's description line (scope, filter …), recomputed on every refresh. */
  protected describe(): string | undefined {
    return undefined;
  }

  /** The view's message above an empty tree; undefined leaves the welcome content visible. */
  protected emptyMessage(): string | undefined {
    return undefined;
  }

  attach(view: vscode.TreeView<NodeModel>): void {
    this.view = view;
    view.description = this.describe();
  }

  refresh(): void {
    this.generation += 1;
    this.roots = undefined;
    if (this.view) this.view.description = this.describe();
    this.changed.fire(undefined);
  }

  /** The current roots, loading them if needed; concurrent callers share one load. */
  currentRoots(): Promise<NodeModel[]> {
    if (!this.roots) {
      const generation = this.generation;
      this.roots = this.loadSafely().then((roots) => {
        if (generation === this.generation) this.parents = indexParents(roots);
        return roots;
      });
    }
    return this.roots;
  }

  private async loadSafely(): Promise<NodeModel[]> {
    try {
      const roots = await this.loadRoots();
      if (this.view) this.view.message = roots.length === 0 ? this.emptyMessage() : undefined;
      return roots;
    } catch (error) {
      if (this.view) this.view.message = error instanceof Error ? error.message : String(error);
      return [];
    }
  }

  async getChildren(element?: NodeModel): Promise<NodeModel[]> {
    return element ? (element.children ?? []) : this.currentRoots();
  }

  getParent(element: NodeModel): NodeModel | undefined {
    return this.parents.get(element.id);
  }

  getTreeItem(element: NodeModel): vscode.TreeItem {
    return toTreeItem(element);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
