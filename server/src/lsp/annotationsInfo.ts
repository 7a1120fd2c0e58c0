import { basename } from 'node:path';
import { isAnchored, type LiveAnnotation, type OrphanReason } from '../engine/annotations/index';
import type { DocumentStoreStatus, UnreadableStoreFile } from '../files/annotationStore';
import type { AnnotatedDocumentInfo, AnnotationInfo } from '../protocol';
import { bodiesToInfo } from './annotationsBodies';
import { salvageQuotes } from './annotationsSalvage';
import type { LineMap } from './positions';

// The annotations of one document as the client sees them: each annotation with where it is now
// (or why it could not be placed), and the store's problems in sentences a researcher can act on.

const ORPHAN_REASONS: Record<OrphanReason, string> = {
  'quote-not-found': 'its text is no longer in the document',
  'context-mismatch': 'its text is still there, but not in surroundings that identify the place',
  ambiguous: 'its text fits several places equally well',
  'number-changed': 'the text is there with a different number, so it was not moved',
  'no-quote': 'it has no quoted text to look for',
};

export function liveAnnotationInfo(uri: string, live: LiveAnnotation, text: string, lines: LineMap): AnnotationInfo {
  const { record, anchor } = live;
  const { bodies, other } = bodiesToInfo(record.bodies);
  const info: AnnotationInfo = {
    id: record.id,
    uri,
    status: isAnchored(anchor) ? 'anchored' : 'orphan',
    quote: isAnchored(anchor) ? text.slice(anchor.start, anchor.end) : record.quote.exact,
    bodies,
    creator: record.creator,
    created: record.created,
    modified: record.modified,
  };
  if (isAnchored(anchor)) info.range = lines.range(anchor.start, anchor.end);
  else info.problem = `Orphan: ${ORPHAN_REASONS[anchor.reason]}.`;
  if (other > 0) info.otherBodies = other;
  return info;
}

/** An unreadable file's annotations, one per quote still recognisable in it (or one for the file). */
export function unreadableAnnotationInfos(uri: string, file: UnreadableStoreFile): AnnotationInfo[] {
  const problem = `${basename(file.path)} cannot be read: ${file.error}`;
  const quotes = salvageQuotes(file.raw);
  const base = { uri, status: 'unreadable' as const, bodies: [], creator: '', created: '', modified: '', problem };
  if (quotes.length === 0) return [{ ...base, id: `unreadable:${file.path}`, quote: '' }];
  return quotes.map((quote, index) => ({ ...base, id: `unreadable:${file.path}#${index}`, quote }));
}

export function storeProblems(status: DocumentStoreStatus): string[] {
  const problems: string[] = [];
  if (status.unreadable) {
    problems.push(
      `${status.unreadable.path} cannot be read (${status.unreadable.error}). It is left as it is; new annotations on this document go to a side file and are merged back once it is fixed.`,
    );
  }
  for (const pending of status.unreadablePending) problems.push(`${pending.path} cannot be read (${pending.error}). It is left as it is.`);
  if (status.foreignItemCount > 0) {
    problems.push(`${status.foreignItemCount} item${status.foreignItemCount === 1 ? '' : 's'} in ${basename(status.storePath)} are not annotations Policy Lens can read; they are kept as they are.`);
  }
  problems.push(...status.problems);
  if (status.lastError) problems.push(status.lastError.message);
  return problems;
}

export function documentInfo(
  uri: string,
  path: string,
  status: DocumentStoreStatus,
  live: readonly LiveAnnotation[],
  text: string,
  lines: LineMap,
): AnnotatedDocumentInfo {
  const annotations = live.map((annotation) => liveAnnotationInfo(uri, annotation, text, lines));
  if (status.unreadable) annotations.push(...unreadableAnnotationInfos(uri, status.unreadable));
  for (const pending of status.unreadablePending) annotations.push(...unreadableAnnotationInfos(uri, pending));
  return { uri, path, storePath: status.storePath, annotations, problems: storeProblems(status), unsaved: status.unsaved };
}
