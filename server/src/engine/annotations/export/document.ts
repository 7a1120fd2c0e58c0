// What every exporter takes: a document's text with its annotations anchored against it, and
// optionally the entities the engine found in it.

import type { Entity } from '../../types';
import type { Anchor } from '../anchoring';
import type { AnnotationRecord } from '../model';

export interface ExportDocument {
  /** Workspace-relative path, "/"-separated: the annotations' `target.source`. */
  path: string;
  text: string;
  /** The document's annotations with their current anchors (see anchorAll). */
  annotations: ReadonlyArray<{ record: AnnotationRecord; anchor: Anchor }>;
  /** The engine's entities for this text, for the formats that carry them. */
  entities?: readonly Entity[];
}

/** One file an export produces, relative to the output directory. */
export interface ExportedFile {
  path: string;
  content: string;
}
