// The Annotations view: the researcher's own annotations by document. The annotations feature
// feeds it through setItems(); until then the view shows its welcome content (viewsWelcome).

import type { AnnotationListItem } from './annotationTree';
import { shapeAnnotationTree } from './annotationTree';
import { ModelTreeProvider } from './modelTreeProvider';
import type { NodeModel } from './nodeModel';

export const ANNOTATIONS_VIEW_ID = 'policyLens.annotations';

export class AnnotationsView extends ModelTreeProvider {
  private items: readonly AnnotationListItem[] = [];

  /** Replaces the listed annotations and redraws the view. */
  setItems(items: readonly AnnotationListItem[]): void {
    this.items = [...items];
    this.refresh();
  }

  getItems(): readonly AnnotationListItem[] {
    return this.items;
  }

  protected async loadRoots(): Promise<NodeModel[]> {
    return shapeAnnotationTree(this.items);
  }

  protected describe(): string | undefined {
    if (this.items.length === 0) return undefined;
    const orphans = this.items.filter((item) => item.status !== 'anchored').length;
    return orphans > 0 ? `${this.items.length} · ${orphans} need attention` : String(this.items.length);
  }
}
