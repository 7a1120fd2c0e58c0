// Annotate Selection…, Edit Annotation…, Delete Annotation and Re-attach to Selection: the
// researcher's side of each, ending in one request to the server.

import * as vscode from 'vscode';
import type { AnnotationBodyInput, AnnotationEditResult, AnnotationInfo, LspRange } from '../../../server/src/protocol';
import { isPolicyDocument } from '../shared/documentScope';
import { documentLabel } from '../shared/documentLabel';
import { annotateChoices, applyEdit, editChoices, type AnnotateKind } from './annotationChoices';
import { saveWarning } from './annotationListItems';
import { askAssessment, askCanonical, askEntityType, askNote, pick } from './annotationPrompts';
import type { AnnotationsApi } from './annotationsApi';
import type { AnnotationsController } from './annotationsController';
import type { AuthorResolver } from './author';

export interface AnnotationFlowDeps {
  api: AnnotationsApi;
  controller: AnnotationsController;
  author: AuthorResolver;
}

/** An annotation as a command receives it: from a tree node, a code action, or a re-attach action. */
export interface AnnotationTarget {
  uri: string;
  id: string;
  range?: LspRange;
}

function toLspRange(range: vscode.Range): LspRange {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}

function titleFor(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `Annotate “${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}”`;
}

async function askBody(kind: AnnotateKind, deps: AnnotationFlowDeps, title: string, quote: string, current?: AnnotationInfo): Promise<AnnotationBodyInput | undefined> {
  const existing = (k: string) => current?.bodies.find((body) => body.kind === k);
  switch (kind) {
    case 'tag': {
      const tag = existing('entity-tag');
      return askEntityType(title, tag?.kind === 'entity-tag' ? tag.entityType : undefined);
    }
    case 'link':
      return askCanonical(deps.api, title, quote);
    case 'not-an-entity':
      return { kind: 'not-an-entity' };
    case 'assess': {
      const assessment = existing('assessment');
      return askAssessment(title, assessment?.kind === 'assessment' ? assessment.value : undefined);
    }
    case 'note': {
      const note = existing('note');
      return askNote(title, note?.kind === 'note' ? note.text : undefined);
    }
  }
}

export async function annotateSelection(deps: AnnotationFlowDeps): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isPolicyDocument(editor.document)) {
    void vscode.window.showInformationMessage('Open a policy text and select the words to annotate.');
    return;
  }
  const selection = editor.selection;
  const quote = editor.document.getText(selection);
  if (selection.isEmpty || quote.trim() === '') {
    void vscode.window.showInformationMessage('Select the words to annotate first.');
    return;
  }
  const title = titleFor(quote);
  const kind = await pick(annotateChoices(), { title, placeHolder: 'What do you want to record about this text?' });
  if (!kind) return;
  const body = await askBody(kind, deps, title, quote);
  if (!body) return;
  const creator = await deps.author.resolve();
  const result = await deps.api.create({ uri: editor.document.uri.toString(), range: toLspRange(selection), bodies: [body], creator });
  await afterEdit(deps, editor.document.uri.toString(), result, 'Annotation saved');
}

export async function editAnnotation(deps: AnnotationFlowDeps, target: AnnotationTarget): Promise<void> {
  const current = deps.controller.find(target.uri, target.id);
  if (!current) {
    void vscode.window.showWarningMessage('That annotation is no longer there.');
    return;
  }
  const title = `Edit annotation on “${current.quote.replace(/\s+/g, ' ').trim().slice(0, 40)}”`;
  const action = await pick(editChoices(current.bodies), { title, placeHolder: 'What do you want to change?' });
  if (!action) return;
  let body: AnnotationBodyInput | undefined;
  if (action.kind !== 'remove') {
    body = await askBody(action.kind, deps, title, current.quote, current);
    if (!body) return;
  }
  const bodies = applyEdit(current.bodies, action, body);
  if (bodies.length === 0) {
    await deleteAnnotation(deps, target, 'Removing its last part leaves the annotation empty. Delete the annotation?');
    return;
  }
  const result = await deps.api.update({ uri: target.uri, id: target.id, bodies });
  await afterEdit(deps, target.uri, result, 'Annotation updated');
}

export async function deleteAnnotation(deps: AnnotationFlowDeps, target: AnnotationTarget, question?: string): Promise<void> {
  const current = deps.controller.find(target.uri, target.id);
  const quote = current?.quote ? ` on “${current.quote.replace(/\s+/g, ' ').trim().slice(0, 60)}”` : '';
  const confirm = await vscode.window.showWarningMessage(question ?? `Delete the annotation${quote}?`, { modal: true }, 'Delete');
  if (confirm !== 'Delete') return;
  const result = await deps.api.delete({ uri: target.uri, id: target.id });
  await afterEdit(deps, target.uri, result, 'Annotation deleted');
}

/** Re-attaches an orphan to the given range, or to the selection in its document's editor. */
export async function reattachAnnotation(deps: AnnotationFlowDeps, target: AnnotationTarget): Promise<void> {
  let range = target.range;
  if (!range) {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.uri.toString() !== vscode.Uri.parse(target.uri).toString() || editor.selection.isEmpty) {
      await vscode.window.showTextDocument(vscode.Uri.parse(target.uri), { preview: false });
      void vscode.window.showInformationMessage(
        `Select the text in ${documentLabel(target.uri)} that the annotation belongs to, then run Re-attach to Selection again.`,
      );
      return;
    }
    range = toLspRange(editor.selection);
  }
  const result = await deps.api.reattach({ uri: target.uri, id: target.id, range });
  await afterEdit(deps, target.uri, result, 'Annotation re-attached');
}

async function afterEdit(deps: AnnotationFlowDeps, uri: string, result: AnnotationEditResult, done: string): Promise<void> {
  // The server also announces the change; refreshing here makes the view follow at once.
  await deps.controller.refreshDocuments([uri]);
  const warning = saveWarning(result.save);
  if (warning) void vscode.window.showWarningMessage(warning);
  else vscode.window.setStatusBarMessage(`$(tag) ${done}`, 3000);
}
