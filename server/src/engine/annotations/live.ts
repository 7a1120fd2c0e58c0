// The annotations of the open corpus, anchored against the texts as they are now. This is the
// piece the language server and the CLI hold: it keeps anchors current as texts change
// (incrementally for editor edits), answers "which annotations are here?", and gives the
// engine its corrections (overrides per document, aliases corpus-wide). It does no I/O: the
// caller loads and saves records through the store.

import type { AliasLink, EntityOverride } from '../types';
import { anchorAll, isAnchored, refreshSelectors } from './anchoring';
import { applyTextChanges, type LiveAnnotation, type TextChange } from './incremental';
import type { AnnotationRecord } from './model';
import { createOffsetConverter } from './offsets';
import { toAliasLinks, toEntityOverrides, type AliasConflict } from './overrides';

interface DocumentEntry {
  text: string;
  live: LiveAnnotation[];
}

export class AnnotationIndex {
  private readonly documents = new Map<string, DocumentEntry>();
  private aliasCache?: { aliases: AliasLink[]; conflicts: AliasConflict[] };

  /** Sets a document's text and annotations (on load, or after the store reloaded them). */
  setDocument(path: string, text: string, records: readonly AnnotationRecord[]): void {
    this.documents.set(path, { text, live: anchorAll(records, text) });
    this.aliasCache = undefined;
  }

  /** The store's copy of the records changed (an edit, a reload): re-anchor against the same text. */
  setRecords(path: string, records: readonly AnnotationRecord[]): void {
    this.setDocument(path, this.documents.get(path)?.text ?? '', records);
  }

  /** The whole text changed (a file changed on disk, a full-document sync): anchor everything again. */
  setText(path: string, text: string): void {
    const entry = this.documents.get(path);
    if (!entry) return;
    this.setDocument(path, text, entry.live.map((l) => l.record));
  }

  /**
   * Editor edits, in the order sent: shifts what they do not touch, re-anchors what they do.
   * Returns the ids re-anchored, so a caller can tell whether any status changed.
   */
  applyChanges(path: string, changes: readonly TextChange[], newText: string): string[] {
    const entry = this.documents.get(path);
    if (!entry) return [];
    const { annotations, rechecked } = applyTextChanges(entry.live, changes, newText);
    this.documents.set(path, { text: newText, live: annotations });
    return rechecked;
  }

  removeDocument(path: string): void {
    if (this.documents.delete(path)) this.aliasCache = undefined;
  }

  documentPaths(): string[] {
    return [...this.documents.keys()];
  }

  live(path: string): readonly LiveAnnotation[] {
    return this.documents.get(path)?.live ?? [];
  }

  /** Anchored annotations whose span contains the offset (for hovers and code actions). */
  at(path: string, offset: number): LiveAnnotation[] {
    return this.live(path).filter((l) => isAnchored(l.anchor) && l.anchor.start <= offset && offset <= l.anchor.end);
  }

  orphans(path: string): LiveAnnotation[] {
    return this.live(path).filter((l) => !isAnchored(l.anchor));
  }

  /** The researcher's corrections for one document, for AnalyseOptions.overrides. */
  overrides(path: string): EntityOverride[] {
    return toEntityOverrides(this.live(path));
  }

  /** Canonical links as aliases for the whole corpus, for AnalyseOptions.aliases. */
  aliases(): AliasLink[] {
    return this.aliasResult().aliases;
  }

  /** Surfaces linked to different entities by different annotations (the newest link is used). */
  aliasConflicts(): AliasConflict[] {
    return this.aliasResult().conflicts;
  }

  private aliasResult(): { aliases: AliasLink[]; conflicts: AliasConflict[] } {
    this.aliasCache ??= toAliasLinks([...this.documents.values()].flatMap((d) => d.live.map((l) => l.record)));
    return this.aliasCache;
  }

  /**
   * The document's records with selectors describing the current text, for the store to save.
   * Orphans keep their last known selectors.
   */
  recordsToSave(path: string): AnnotationRecord[] {
    const entry = this.documents.get(path);
    if (!entry) return [];
    const converter = createOffsetConverter(entry.text);
    return entry.live.map(({ record, anchor }) => refreshSelectors(record, entry.text, anchor, converter));
  }
}
