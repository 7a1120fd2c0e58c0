import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import { isAnchored } from '../engine/annotations/index';
import { DeleteAnnotationCommand, EditAnnotationCommand, ReattachAnnotationCommand, type AnnotationRef, type ReattachAnnotationArgs } from '../protocol';
import { bodiesToInfo, describeBody } from './annotationsBodies';
import type { AnnotationsService } from './annotationsService';
import type { CorpusState } from './corpusState';
import { documentKey } from './uris';

// Code actions on annotated text: edit or delete each annotation under the cursor or selection,
// and, with a selection, re-attach an orphan of this document to it. The actions run client
// commands, which ask what to change and then call the annotation requests.

export const ANNOTATION_ACTION_KIND = 'refactor.annotation';

export function annotationCodeActions(state: CorpusState, annotations: AnnotationsService, params: CodeActionParams): CodeAction[] {
  if (!wantsAnnotationActions(params.context.only)) return [];
  const key = documentKey(params.textDocument.uri);
  const snapshot = annotations.isTracked(key) ? state.snapshot(key) : undefined;
  if (!snapshot) return [];
  const start = snapshot.lines.offsetAt(params.range.start);
  const end = snapshot.lines.offsetAt(params.range.end);
  const uri = params.textDocument.uri;
  const actions: CodeAction[] = [];
  const here = annotations.overlapping(key, start, end);
  for (const { record } of here) {
    const summary = here.length > 1 ? `: ${summaryOf(record.bodies)}` : '';
    const ref: AnnotationRef = { uri, id: record.id };
    actions.push(
      { title: `Edit annotation${summary}`, kind: ANNOTATION_ACTION_KIND, command: { title: 'Edit annotation', command: EditAnnotationCommand, arguments: [ref] } },
      { title: `Delete annotation${summary}`, kind: ANNOTATION_ACTION_KIND, command: { title: 'Delete annotation', command: DeleteAnnotationCommand, arguments: [ref] } },
    );
  }
  if (end > start) {
    for (const { record, anchor } of annotations.orphans(key)) {
      if (isAnchored(anchor)) continue;
      const args: ReattachAnnotationArgs = { uri, id: record.id, range: params.range };
      const title = `Re-attach orphaned annotation “${shorten(record.quote.exact)}” to the selection`;
      actions.push({ title, kind: ANNOTATION_ACTION_KIND, command: { title, command: ReattachAnnotationCommand, arguments: [args] } });
    }
  }
  return actions;
}

function wantsAnnotationActions(only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((kind) => kind === ANNOTATION_ACTION_KIND || ANNOTATION_ACTION_KIND.startsWith(`${kind}.`));
}

function summaryOf(bodies: Parameters<typeof bodiesToInfo>[0]): string {
  const first = bodiesToInfo(bodies).bodies[0];
  return first ? shorten(describeBody(first)) : 'annotation';
}

function shorten(text: string, length = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}
