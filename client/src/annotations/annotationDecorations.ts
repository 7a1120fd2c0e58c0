// Annotations visible in the text: a dotted underline in a theme colour and a mark in the
// overview ruler, on every anchored annotation of the visible editors. The hover that explains
// them comes from the server. VS Code moves decorations with edits; the controller re-sends the
// ranges once the server has re-anchored.

import * as vscode from 'vscode';
import type { AnnotationInfo } from '../../../server/src/protocol';

export class AnnotationDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    borderStyle: 'dotted',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('policyLens.annotationUnderline'),
    overviewRulerColor: new vscode.ThemeColor('policyLens.annotationOverviewRuler'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    // Typing just after an annotated word does not look annotated until the server says so.
    rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen,
  });

  /** Decorates each visible editor with the anchored annotations of its document. */
  apply(annotationsOf: (uri: string) => readonly AnnotationInfo[]): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const ranges = annotationsOf(editor.document.uri.toString())
        .filter((annotation) => annotation.status === 'anchored' && annotation.range)
        .map(({ range }) => new vscode.Range(range!.start.line, range!.start.character, range!.end.line, range!.end.character));
      editor.setDecorations(this.type, ranges);
    }
  }

  dispose(): void {
    this.type.dispose();
  }
}
