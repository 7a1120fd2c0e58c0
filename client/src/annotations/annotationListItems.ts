// The server's annotation list turned into the Annotations view's items, and the summaries the
// commands show after an export or an import. Plain data, testable without VS Code.

import type {
  AnnotatedDocumentInfo,
  AnnotationExportFormat,
  AnnotationExportResult,
  AnnotationImportBratResult,
  AnnotationInfo,
  AnnotationSaveInfo,
} from '../../../server/src/protocol';
import type { AnnotationListItem } from '../panel/annotationTree';
import { describeBodies } from './annotationChoices';

export function toListItems(documents: readonly AnnotatedDocumentInfo[]): AnnotationListItem[] {
  return documents.flatMap((document) => document.annotations.map((annotation) => toListItem(annotation)));
}

function toListItem(annotation: AnnotationInfo): AnnotationListItem {
  const notes = annotation.bodies.flatMap((body) => (body.kind === 'note' ? [body.text] : []));
  const item: AnnotationListItem = {
    id: annotation.id,
    documentUri: annotation.uri,
    label: annotation.status === 'unreadable' ? 'unreadable annotation' : describeBodies(annotation.bodies),
    quote: annotation.quote,
    status: annotation.status,
  };
  if (annotation.range) item.range = annotation.range;
  if (annotation.creator) item.author = annotation.creator;
  if (annotation.created) item.created = annotation.created;
  if (notes.length > 0) item.note = notes.join('\n\n');
  if (annotation.problem) item.problem = annotation.problem;
  return item;
}

/** A warning to show after an edit, when the store could not take it as usual; undefined when all is well. */
export function saveWarning(save: AnnotationSaveInfo): string | undefined {
  if (!save.saved) return `Policy Lens kept the annotation in memory but could not save it yet: ${save.message ?? 'the disk refused the write'}. It will try again.`;
  return save.message ? `Policy Lens: ${save.message}` : undefined;
}

export const EXPORT_FORMAT_NAMES: Record<AnnotationExportFormat, { label: string; description: string }> = {
  w3c: { label: 'W3C Web Annotation (JSON-LD)', description: 'one AnnotationCollection for the corpus' },
  brat: { label: 'brat standoff', description: 'a .ann beside each .txt' },
  csv: { label: 'CSV', description: 'one row per annotation, for spreadsheets' },
  conll: { label: 'CoNLL (BIO)', description: 'entity tags per token, engine and yours, for training other tools' },
};

export function exportSummary(format: AnnotationExportFormat, result: AnnotationExportResult): string {
  const what = `${result.annotations} annotation${result.annotations === 1 ? '' : 's'} from ${result.documents} document${result.documents === 1 ? '' : 's'}`;
  const files = `${result.files.length} file${result.files.length === 1 ? '' : 's'}`;
  const parts = [`Exported ${what} as ${EXPORT_FORMAT_NAMES[format].label} (${files} written).`];
  if (result.skipped.length > 0) parts.push(`${result.skipped.length} not exported: ${result.skipped[0].reason}${result.skipped.length > 1 ? ', …' : ''}.`);
  if (result.problems.length > 0) parts.push(`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} (see the Policy Lens output).`);
  return parts.join(' ');
}

export function importSummary(result: AnnotationImportBratResult): string {
  const parts = [
    `Imported ${result.imported} annotation${result.imported === 1 ? '' : 's'} into ${result.documents.length} document${result.documents.length === 1 ? '' : 's'}.`,
  ];
  if (result.duplicates > 0) parts.push(`${result.duplicates} already in the store, not added again.`);
  if (result.problems.length > 0) parts.push(`${result.problems.length} line${result.problems.length === 1 ? '' : 's'} or file${result.problems.length === 1 ? '' : 's'} not imported (see the Policy Lens output).`);
  return parts.join(' ');
}
