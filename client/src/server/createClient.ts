// Builds the LanguageClient for dist/server.js: node IPC transport, our document selector,
// the extension's seeds folder, the workspace's trust and its storage folder (for the index cache)
// passed at initialisation.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { OpenLocationCommand } from '../../../server/src/protocol';
import { serverProcessArgs } from '../../../server/src/serverLaunch';
import { DOCUMENT_SELECTOR } from '../shared/documentScope';
import { createCrashHandler } from './crashHandler';
import type { RestartBudget } from './restartBudget';

export interface PolicyLensInitializationOptions {
  /** Folder of the texts shipped with the extension, loaded into the corpus by default. */
  seedsPath: string;
  /** Untrusted workspaces get no workspace reference data or rule files. */
  trusted: boolean;
  /**
   * VS Code's storage folder for this workspace, where the server keeps its index cache (each
   * file's analysis, reused at the next start); absent with no workspace open, and then no cache.
   */
  indexCacheDirectory?: string;
}

export function createLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
): { client: LanguageClient; budget: RestartBudget } {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  // Getters: the client reads the options at every (re)start, so "Restart Language Server" applies
  // a new policyLens.server.maxMemoryMB without reloading the window.
  const memoryArgs = () => serverProcessArgs(vscode.workspace.getConfiguration('policyLens').get<number>('server.maxMemoryMB'));
  const serverOptions: ServerOptions = {
    run: {
      module: serverModule,
      transport: TransportKind.ipc,
      get options() {
        return { execArgv: memoryArgs() };
      },
    },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      get options() {
        return { execArgv: [...memoryArgs(), '--nolazy', '--inspect=6009'] };
      },
    },
  };
  const { handler, budget } = createCrashHandler(output);
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    errorHandler: handler,
    // Evaluated on every (re)start, so a restart after trust is granted sees the new state.
    initializationOptions: (): PolicyLensInitializationOptions => ({
      seedsPath: vscode.Uri.joinPath(context.extensionUri, 'seeds').fsPath,
      trusted: vscode.workspace.isTrusted,
      indexCacheDirectory: context.storageUri?.fsPath,
    }),
    // Hover cards link to places with command URIs. Only our own open-location command may run
    // from them, and raw HTML is off, so document text quoted in a hover cannot smuggle in a link.
    markdown: { isTrusted: { enabledCommands: [OpenLocationCommand] }, supportHtml: false },
    // Settings changes reach the server as didChangeConfiguration, so they apply without a reload.
    synchronize: { configurationSection: 'policyLens' },
    // Open documents' diagnostics are pulled (the server declares a diagnostic provider): after
    // each change and save the client asks with the id of what it has, and a keystroke that moves
    // no diagnostic is answered "unchanged" instead of the whole set again. Documents in other
    // visible editors are pulled again when the server asks (workspace/diagnostic/refresh).
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  const client = new LanguageClient('policyLens', 'Policy Lens', serverOptions, clientOptions);
  return { client, budget };
}
