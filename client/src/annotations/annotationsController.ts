// The client's copy of the researchers' annotations: fetched from the server when it starts and
// whenever it says a document's annotations changed, then shown in the Annotations view and as
// decorations in the text. The server owns the annotations; this only mirrors them.

import * as vscode from 'vscode';
import type { AnnotatedDocumentInfo, AnnotationInfo } from '../../../server/src/protocol';
import type { AnnotationsView } from '../panel/annotationsView';
import { AnnotationDecorations } from './annotationDecorations';
import { toListItems } from './annotationListItems';
import type { AnnotationsApi } from './annotationsApi';

/** Documents are matched by their URI as VS Code spells it (the server answers in the client's spelling). */
function uriKey(uri: string): string {
  try {
    return vscode.Uri.parse(uri).toString();
  } catch {
    return uri;
  }
}

export class AnnotationsController implements vscode.Disposable {
  private documents = new Map<string, AnnotatedDocumentInfo>();
  private readonly decorations = new AnnotationDecorations();
  private generation = 0;

  constructor(
    private readonly api: AnnotationsApi,
    private readonly view: AnnotationsView,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** Every annotated document afresh (the server started or restarted). */
  async refreshAll(): Promise<void> {
    const generation = ++this.generation;
    try {
      const { documents, aliasConflicts } = await this.api.list({});
      if (generation !== this.generation) return;
      this.documents = new Map(documents.map((document) => [uriKey(document.uri), document]));
      for (const conflict of aliasConflicts) {
        this.output.warn(`Annotations link “${conflict.surface}” to different entities (${conflict.canonicals.join(', ')}); the newest link is used.`);
      }
      this.show();
    } catch (error) {
      this.output.warn(`Could not list annotations: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The server says these documents' annotations changed. */
  async refreshDocuments(uris: readonly string[]): Promise<void> {
    const generation = this.generation;
    try {
      for (const uri of uris) {
        const { documents } = await this.api.list({ uri });
        if (generation !== this.generation) return;
        const document = documents[0];
        if (document && (document.annotations.length > 0 || document.problems.length > 0)) this.documents.set(uriKey(uri), document);
        else this.documents.delete(uriKey(uri));
      }
      this.show();
    } catch (error) {
      this.output.warn(`Could not refresh annotations: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  find(uri: string, id: string): AnnotationInfo | undefined {
    return this.documents.get(uriKey(uri))?.annotations.find((annotation) => annotation.id === id);
  }

  documentInfo(uri: string): AnnotatedDocumentInfo | undefined {
    return this.documents.get(uriKey(uri));
  }

  /** Visible editors changed: decorate the newly visible ones. */
  redecorate(): void {
    this.decorations.apply((uri) => this.documents.get(uriKey(uri))?.annotations ?? []);
  }

  private show(): void {
    const documents = [...this.documents.values()];
    this.view.setItems(toListItems(documents));
    this.redecorate();
  }

  dispose(): void {
    this.decorations.dispose();
  }
}
