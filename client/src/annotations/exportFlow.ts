// Export Annotations… (format, folder, progress, result with "Reveal in Explorer") and
// Import brat… (folder of .ann files, progress, summary).

import * as vscode from 'vscode';
import type { AnnotationExportFormat } from '../../../server/src/protocol';
import { EXPORT_FORMAT_NAMES, exportSummary, importSummary } from './annotationListItems';
import { pick } from './annotationPrompts';
import type { AnnotationsApi } from './annotationsApi';
import type { AnnotationsController } from './annotationsController';
import type { AuthorResolver } from './author';

async function pickFolder(title: string, openLabel: string): Promise<vscode.Uri | undefined> {
  const [folder] =
    (await vscode.window.showOpenDialog({
      title,
      openLabel,
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    })) ?? [];
  return folder;
}

async function reveal(target: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('revealFileInOS', target);
  } catch {
    // Remote and web editors have no OS file manager: show it in the Explorer instead.
    await vscode.commands.executeCommand('revealInExplorer', target);
  }
}

function logProblems(output: vscode.LogOutputChannel, heading: string, problems: readonly string[]): void {
  if (problems.length === 0) return;
  output.warn(heading);
  for (const problem of problems) output.warn(`  ${problem}`);
}

export async function exportAnnotationsFlow(api: AnnotationsApi, output: vscode.LogOutputChannel): Promise<void> {
  const formats = (Object.keys(EXPORT_FORMAT_NAMES) as AnnotationExportFormat[]).map((format) => ({ ...EXPORT_FORMAT_NAMES[format], value: format }));
  const format = await pick(formats, { title: 'Export Annotations', placeHolder: 'Which format do your other tools read?' });
  if (!format) return;
  const folder = await pickFolder(`Export Annotations as ${EXPORT_FORMAT_NAMES[format].label}`, 'Export Here');
  if (!folder) return;
  if (folder.scheme !== 'file') {
    void vscode.window.showErrorMessage('Policy Lens can export only to a folder on this machine’s disk.');
    return;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Exporting annotations as ${EXPORT_FORMAT_NAMES[format].label}…` },
    () => api.export({ format, folder: folder.fsPath }),
  );
  logProblems(output, `Export to ${folder.fsPath}:`, [...result.skipped.map((skip) => `${skip.uri}: ${skip.id} not exported (${skip.reason})`), ...result.problems]);
  const choice = await vscode.window.showInformationMessage(exportSummary(format, result), 'Reveal in Explorer');
  if (choice === 'Reveal in Explorer') await reveal(result.files[0] ? vscode.Uri.file(result.files[0]) : folder);
}

export async function importBratFlow(api: AnnotationsApi, controller: AnnotationsController, author: AuthorResolver, output: vscode.LogOutputChannel): Promise<void> {
  const folder = await pickFolder('Import brat annotations: the folder holding the .ann files', 'Import');
  if (!folder) return;
  if (folder.scheme !== 'file') {
    void vscode.window.showErrorMessage('Policy Lens can import only from a folder on this machine’s disk.');
    return;
  }
  const creator = await author.resolve();
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Importing brat annotations…' },
    () => api.importBrat({ folder: folder.fsPath, creator }),
  );
  logProblems(output, `Import from ${folder.fsPath}:`, result.problems);
  await controller.refreshDocuments(result.documents);
  const message = importSummary(result);
  if (result.problems.length > 0) {
    const choice = await vscode.window.showWarningMessage(message, 'Show Details');
    if (choice === 'Show Details') output.show(true);
  } else {
    void vscode.window.showInformationMessage(message);
  }
}
