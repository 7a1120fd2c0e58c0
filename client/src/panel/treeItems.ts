// Turns a NodeModel into a vscode.TreeItem. Tooltips and labels are plain strings, never
// Markdown, so document text shown in the panel cannot inject links or commands.

import * as vscode from 'vscode';
import { OpenLocationCommand } from '../../../server/src/protocol';
import type { NodeModel } from './nodeModel';

export const OPEN_LOCATION_COMMAND = OpenLocationCommand;

export function toTreeItem(node: NodeModel): vscode.TreeItem {
  const hasChildren = (node.children?.length ?? 0) > 0;
  const collapsible = !hasChildren
    ? vscode.TreeItemCollapsibleState.None
    : node.expanded
      ? vscode.TreeItemCollapsibleState.Expanded
      : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(node.label, collapsible);
  item.id = node.id;
  item.description = node.description;
  item.tooltip = node.tooltip;
  item.contextValue = node.contextValue;
  if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon);
  if (node.location) {
    item.command = { command: OPEN_LOCATION_COMMAND, title: 'Open', arguments: [node.location] };
  }
  return item;
}
