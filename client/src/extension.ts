// Policy Lens client entry point: start the language server and register the side panel,
// status bar and commands. Everything else lives in its own module.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerAnnotationCommands } from './annotations/commands';
import { registerCommands } from './commands/registerCommands';
import { ClaimMatrixPanel } from './panel/claimMatrix';
import { registerViews, type PolicyLensViews } from './panel/registerViews';
import { createLanguageClient } from './server/createClient';
import { PolicyLensServer } from './server/policyLensServer';
import { wireServerEvents } from './serverEvents';
import { StatusBarController } from './status/statusBar';

let languageClient: LanguageClient | undefined;

/** What other parts of the extension (the annotations feature) build on. */
export interface PolicyLensClientApi {
  server: PolicyLensServer;
  views: PolicyLensViews;
}

export async function activate(context: vscode.ExtensionContext): Promise<PolicyLensClientApi> {
  const output = vscode.window.createOutputChannel('Policy Lens', { log: true });
  const { client, budget } = createLanguageClient(context, output);
  languageClient = client;
  const server = new PolicyLensServer(client, budget);
  const views = registerViews(server);
  const claimMatrix = new ClaimMatrixPanel(context.extensionUri, server, output);
  const statusBar = new StatusBarController(server, output);

  context.subscriptions.push(
    output,
    ...views.disposables,
    claimMatrix,
    statusBar,
    ...registerCommands({ output, server, entities: views.entities, conflicts: views.conflicts, claimMatrix }),
    ...wireServerEvents(server, views, claimMatrix, statusBar),
    ...registerAnnotationCommands({ server, views, output }),
  );

  try {
    await server.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.error(`The language server did not start: ${message}`);
    void vscode.window.showErrorMessage(`Policy Lens could not start its language server: ${message}`, 'Open Log').then((choice) => {
      if (choice === 'Open Log') output.show(true);
    });
  }
  return { server, views };
}

export async function deactivate(): Promise<void> {
  const client = languageClient;
  languageClient = undefined;
  if (client?.isRunning()) await client.stop();
}
