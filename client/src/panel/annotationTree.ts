// Shapes the Annotations view: document → the researcher's annotations in text order, with
// orphans (quote no longer found) and unreadable ones (store file malformed) listed last,
// never hidden.

import type { LspRange } from '../../../server/src/protocol';
import { documentLabel } from '../shared/documentLabel';
import { IdAllocator, plural, type NodeModel } from './nodeModel';

export type AnnotationStatus = 'anchored' | 'orphan' | 'unreadable';

/** One annotation as the view shows it; the annotations feature maps its store into these. */
export interface AnnotationListItem {
  id: string;
  documentUri: string;
  /** What the annotation says: "organisation", "not an entity", "disputed", "linked to Ed Mayo"… */
  label: string;
  /** The annotated text as it was quoted when the annotation was made. */
  quote: string;
  /** Where it sits now; absent for orphans and unreadable annotations. */
  range?: LspRange;
  status: AnnotationStatus;
  author?: string;
  created?: string;
  note?: string;
  /** Why an orphan could not be placed, or why its store file cannot be read. */
  problem?: string;
}

const STATUS_ORDER: Record<AnnotationStatus, number> = { anchored: 0, orphan: 1, unreadable: 2 };
const STATUS_ICON: Record<AnnotationStatus, string> = { anchored: 'tag', orphan: 'debug-disconnect', unreadable: 'error' };
const STATUS_NOTE: Record<AnnotationStatus, string | undefined> = {
  anchored: undefined,
  orphan: 'Orphan: its text is no longer in the document. Re-attach it or delete it.',
  unreadable: 'Unreadable: the store file could not be parsed. Fix the file; nothing has been deleted.',
};

function compareItems(a: AnnotationListItem, b: AnnotationListItem): number {
  const byStatus = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
  if (byStatus !== 0) return byStatus;
  if (a.range && b.range) {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
  }
  return a.quote.localeCompare(b.quote);
}

function shortQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

function annotationNode(item: AnnotationListItem, ids: IdAllocator): NodeModel {
  const tooltip = [
    item.quote ? `"${item.quote}"` : undefined,
    item.label,
    item.problem,
    item.note ? `Note: ${item.note}` : undefined,
    item.author || item.created ? `By ${item.author ?? 'unknown'}${item.created ? `, ${item.created}` : ''}` : undefined,
    STATUS_NOTE[item.status],
  ]
    .filter((line): line is string => line !== undefined)
    .join('\n');
  return {
    id: ids.take(`annotation:${item.id}`),
    label: item.label,
    description: `${item.quote ? `“${shortQuote(item.quote)}”` : 'no quote readable'}${item.status === 'anchored' ? '' : ` · ${item.status}`}`,
    tooltip,
    contextValue: `annotation.${item.status}`,
    icon: STATUS_ICON[item.status],
    location: item.range && item.status === 'anchored' ? { uri: item.documentUri, range: item.range } : undefined,
    refs: { documentUri: item.documentUri, annotationId: item.id },
  };
}

export function shapeAnnotationTree(items: readonly AnnotationListItem[]): NodeModel[] {
  const ids = new IdAllocator();
  const byDocument = new Map<string, AnnotationListItem[]>();
  for (const item of items) {
    const group = byDocument.get(item.documentUri) ?? [];
    group.push(item);
    byDocument.set(item.documentUri, group);
  }
  return [...byDocument.entries()]
    .map(([uri, group]) => ({ uri, group, label: documentLabel(uri) }))
    .sort((a, b) => a.label.localeCompare(b.label))
    .map(({ uri, group, label }) => {
      const troubled = group.filter((item) => item.status !== 'anchored').length;
      return {
        id: ids.take(`annotatedDocument:${uri}`),
        label,
        description: troubled > 0 ? `${plural(group.length, 'annotation')}, ${troubled} need attention` : plural(group.length, 'annotation'),
        tooltip: uri,
        contextValue: 'annotatedDocument',
        icon: troubled > 0 ? 'warning' : 'file',
        expanded: true,
        refs: { documentUri: uri },
        children: [...group].sort(compareItems).map((item) => annotationNode(item, ids)),
      };
    });
}
