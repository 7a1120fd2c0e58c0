// The side panel's trees as plain data. Shaping functions turn protocol results into these
// models (testable without VS Code); treeItems.ts turns a model into a vscode.TreeItem.

import type { LspLocation, LspRange } from '../../../server/src/protocol';

export interface NodeModel {
  /** Unique within its tree; VS Code keeps selection and expansion by it. */
  id: string;
  label: string;
  description?: string;
  /** Plain text; the TreeItem factory never interprets it as Markdown. */
  tooltip?: string;
  /** Drives `viewItem` when-clauses for context menus and inline actions. */
  contextValue: string;
  /** A codicon id, e.g. "organization". */
  icon?: string;
  /** Where a click on the node goes. */
  location?: LspLocation;
  children?: NodeModel[];
  /** Whether a node with children starts expanded. */
  expanded?: boolean;
  /** What the node stands for, for commands invoked on it (mark reviewed, show in matrix, …). */
  refs?: NodeRefs;
}

export interface NodeRefs {
  canonical?: string;
  conflictId?: string;
  subject?: string;
  attribute?: string;
  /** The document an annotation node belongs to, and the annotation's own id. */
  documentUri?: string;
  annotationId?: string;
}

/** Makes ids unique when the data repeats itself (two identical mentions, say). */
export class IdAllocator {
  private readonly seen = new Map<string, number>();

  take(base: string): string {
    const count = this.seen.get(base) ?? 0;
    this.seen.set(base, count + 1);
    return count === 0 ? base : `${base}~${count}`;
  }
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

export function rangeKey(location: LspLocation): string {
  const { start, end } = location.range;
  return `${location.uri}#${start.line}:${start.character}-${end.line}:${end.character}`;
}

export function compareLocations(a: LspLocation, b: LspLocation): number {
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** Walks a forest and records each node's parent, for TreeView.reveal. */
export function indexParents(roots: readonly NodeModel[]): Map<string, NodeModel> {
  const parents = new Map<string, NodeModel>();
  const visit = (node: NodeModel): void => {
    for (const child of node.children ?? []) {
      parents.set(child.id, node);
      visit(child);
    }
  };
  roots.forEach(visit);
  return parents;
}

export function findNode(roots: readonly NodeModel[], id: string): NodeModel | undefined {
  for (const node of roots) {
    if (node.id === id) return node;
    const found = findNode(node.children ?? [], id);
    if (found) return found;
  }
  return undefined;
}

function contains(outer: LspRange, inner: LspRange): boolean {
  const before = (a: LspRange['start'], b: LspRange['start']): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function span(range: LspRange): number {
  return (range.end.line - range.start.line) * 1_000_000 + (range.end.character - range.start.character);
}

/** The node whose location covers `range` in `uri` most tightly: the mention under the cursor. */
export function findNodeAt(roots: readonly NodeModel[], uri: string, range: LspRange): NodeModel | undefined {
  let best: NodeModel | undefined;
  const visit = (node: NodeModel): void => {
    const location = node.location;
    if (location && location.uri === uri && contains(location.range, range) && (!best || span(location.range) < span(best.location!.range))) {
      best = node;
    }
    node.children?.forEach(visit);
  };
  roots.forEach(visit);
  return best;
}
