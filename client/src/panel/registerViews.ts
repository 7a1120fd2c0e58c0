// Creates the three side-panel views and their providers.

import * as vscode from 'vscode';
import type { PolicyLensServer } from '../server/policyLensServer';
import { ANNOTATIONS_VIEW_ID, AnnotationsView } from './annotationsView';
import { CONFLICTS_VIEW_ID, ConflictsView } from './conflictsView';
import { ENTITIES_VIEW_ID, EntitiesView } from './entitiesView';
import type { ModelTreeProvider } from './modelTreeProvider';
import type { NodeModel } from './nodeModel';

export interface PolicyLensViews {
  entities: EntitiesView;
  conflicts: ConflictsView;
  annotations: AnnotationsView;
  disposables: vscode.Disposable[];
}

function createView(id: string, provider: ModelTreeProvider): vscode.TreeView<NodeModel> {
  const view = vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true });
  provider.attach(view);
  return view;
}

export function registerViews(server: PolicyLensServer): PolicyLensViews {
  const entities = new EntitiesView(server);
  const conflicts = new ConflictsView(server);
  const annotations = new AnnotationsView();
  return {
    entities,
    conflicts,
    annotations,
    disposables: [
      entities,
      conflicts,
      annotations,
      createView(ENTITIES_VIEW_ID, entities),
      createView(CONFLICTS_VIEW_ID, conflicts),
      createView(ANNOTATIONS_VIEW_ID, annotations),
    ],
  };
}
