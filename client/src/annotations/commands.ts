// The annotations feature in the client: its commands (Annotate Selection…, Export
// Annotations…, Import brat…, and edit/delete/re-attach from the view and code actions), the
// Annotations view's feed, the decorations, and the context key that enables the commands once
// the language server runs.

import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import {
  AnnotationsChangedNotification,
  DeleteAnnotationCommand,
  EditAnnotationCommand,
  ReattachAnnotationCommand,
  type AnnotationsChangedParams,
} from '../../../server/src/protocol';
import type { NodeModel } from '../panel/nodeModel';
import type { PolicyLensViews } from '../panel/registerViews';
import type { PolicyLensServer } from '../server/policyLensServer';
import { annotateSelection, deleteAnnotation, editAnnotation, reattachAnnotation, type AnnotationTarget } from './annotateFlow';
import { AnnotationsApi } from './annotationsApi';
import { AnnotationsController } from './annotationsController';
import { AuthorResolver } from './author';
import { exportAnnotationsFlow, importBratFlow } from './exportFlow';

const READY_CONTEXT_KEY = 'policyLens.annotationsReady';

export interface AnnotationDependencies {
  server: PolicyLensServer;
  views: PolicyLensViews;
  output: vscode.LogOutputChannel;
}

/** What a command was invoked on: a tree node, a code action's argument, or nothing (the palette). */
export function annotationTargetOf(argument: unknown): AnnotationTarget | undefined {
  const node = argument as Partial<NodeModel> | undefined;
  if (node?.refs?.documentUri && node.refs.annotationId) return { uri: node.refs.documentUri, id: node.refs.annotationId };
  const ref = argument as Partial<AnnotationTarget> | undefined;
  if (typeof ref?.uri === 'string' && typeof ref.id === 'string') return { uri: ref.uri, id: ref.id, range: ref.range };
  return undefined;
}

export function registerAnnotationCommands(deps: AnnotationDependencies): vscode.Disposable[] {
  const { server, views, output } = deps;
  const api = new AnnotationsApi(server);
  const controller = new AnnotationsController(api, views.annotations, output);
  const author = new AuthorResolver(
    () => vscode.workspace.getConfiguration('policyLens').get<string>('annotations.author'),
    () => vscode.workspace.workspaceFolders?.find((folder) => folder.uri.scheme === 'file')?.uri.fsPath,
  );
  const flow = { api, controller, author };

  const failed = (action: string) => (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    output.error(`Could not ${action}: ${message}`);
    void vscode.window.showErrorMessage(`Policy Lens could not ${action}: ${message}`);
  };
  const onTarget = (action: string, run: (target: AnnotationTarget) => Promise<void>) => (argument?: unknown) => {
    const target = annotationTargetOf(argument);
    if (!target) {
      void vscode.window.showInformationMessage(`Choose an annotation in the Annotations view (or a code action on annotated text) to ${action}.`);
      return;
    }
    return run(target).catch(failed(action));
  };
  const setReady = (ready: boolean) => void vscode.commands.executeCommand('setContext', READY_CONTEXT_KEY, ready);

  return [
    controller,
    vscode.commands.registerCommand('policyLens.annotateSelection', () => annotateSelection(flow).catch(failed('annotate the selection'))),
    vscode.commands.registerCommand('policyLens.exportAnnotations', () => exportAnnotationsFlow(api, output).catch(failed('export the annotations'))),
    vscode.commands.registerCommand('policyLens.importBrat', () => importBratFlow(api, controller, author, output).catch(failed('import the brat annotations'))),
    vscode.commands.registerCommand(EditAnnotationCommand, onTarget('edit the annotation', (target) => editAnnotation(flow, target))),
    vscode.commands.registerCommand(DeleteAnnotationCommand, onTarget('delete the annotation', (target) => deleteAnnotation(flow, target))),
    vscode.commands.registerCommand(ReattachAnnotationCommand, onTarget('re-attach the annotation', (target) => reattachAnnotation(flow, target))),
    vscode.commands.registerCommand('policyLens.annotations.openStore', (argument?: unknown) => {
      const node = argument as Partial<NodeModel> | undefined;
      const storePath = node?.refs?.documentUri ? controller.documentInfo(node.refs.documentUri)?.storePath : undefined;
      if (storePath) void vscode.window.showTextDocument(vscode.Uri.file(storePath), { preview: false });
    }),
    vscode.commands.registerCommand('policyLens.annotations.refresh', () => controller.refreshAll()),

    server.client.onNotification(AnnotationsChangedNotification, (params: AnnotationsChangedParams) => void controller.refreshDocuments(params.uris)),
    server.client.onDidChangeState((event) => {
      setReady(event.newState === State.Running);
      if (event.newState === State.Running) void controller.refreshAll();
    }),
    vscode.window.onDidChangeVisibleTextEditors(() => controller.redecorate()),
    { dispose: () => setReady(false) },
  ];
}

