import { relative, resolve, sep } from 'node:path';
import { anchorAll, isAnchored, type Anchor } from '../engine/annotations/anchoring';
import type { AnnotationRecord } from '../engine/annotations/model';
import { toAliasLinks, toEntityOverrides } from '../engine/annotations/overrides';
import type { AliasLink, EntityOverride } from '../engine/types';
import { AnnotationStore, UnsafePathError } from '../files/annotationStore';
import { warn, type CliIO } from './io';
import type { SourceText } from './readSources';

// The researchers' annotations stored in the working directory (.policy-lens/annotations/), read
// so that the CLI sees the corpus the way the editor does: manual tags and "not an entity" marks
// override the engine in their document, canonical links become aliases everywhere, and exports
// carry them. The CLI only reads the store; it never writes it.

export interface WorkspaceAnnotations {
  /** Alias links made by researchers, corpus-wide. */
  aliases: AliasLink[];
  overridesFor(file: string): EntityOverride[] | undefined;
  anchoredFor(file: string): Array<{ record: AnnotationRecord; anchor: Anchor }>;
  /** The document path annotations use: relative to the working directory, "/"-separated. */
  documentPathFor(file: string): string;
  total: number;
}

export function loadWorkspaceAnnotations(sources: readonly SourceText[], io: CliIO): WorkspaceAnnotations {
  const store = new AnnotationStore({ workspaceRoot: io.cwd });
  const anchored = new Map<string, Array<{ record: AnnotationRecord; anchor: Anchor }>>();
  const allRecords: AnnotationRecord[] = [];
  const documentPathFor = (file: string) => relative(io.cwd, resolve(io.cwd, file)).split(sep).join('/');

  for (const source of sources) {
    let records: AnnotationRecord[];
    try {
      records = store.annotations(documentPathFor(source.file));
    } catch (error) {
      // A text outside the working directory has no store here; anything else is worth a word.
      if (!(error instanceof UnsafePathError)) warn(io, `${source.file}: annotations not read (${(error as Error).message})`);
      continue;
    }
    const status = store.status(documentPathFor(source.file));
    if (status.unreadable) {
      warn(io, `${status.unreadable.path}: annotation store cannot be read (${status.unreadable.error}); its annotations are not applied`);
    }
    if (records.length === 0) continue;
    const withAnchors = anchorAll(records, source.text);
    anchored.set(source.file, withAnchors);
    allRecords.push(...records);
    const orphans = withAnchors.filter((entry) => !isAnchored(entry.anchor)).length;
    if (orphans > 0) warn(io, `${source.file}: ${orphans} annotation${orphans === 1 ? '' : 's'} could not be anchored in the current text (orphaned)`);
  }

  const overrides = new Map([...anchored].map(([file, entries]) => [file, toEntityOverrides(entries)]));
  return {
    aliases: toAliasLinks(allRecords).aliases,
    overridesFor: (file) => overrides.get(file),
    anchoredFor: (file) => anchored.get(file) ?? [],
    documentPathFor,
    total: allRecords.length,
  };
}

/** The documents that have annotations stored in the working directory, as paths from it. */
export function annotatedDocuments(io: CliIO): string[] {
  return new AnnotationStore({ workspaceRoot: io.cwd }).listStoredDocuments();
}
