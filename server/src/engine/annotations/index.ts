// The annotations engine's public face, for the language server, the CLI and the tests.
// Pure: no file system here (the store is server/src/files/annotationStore.ts).

export * from './model';
export { anchorAnnotation, anchorAll, refreshSelectors, quoteSelectorAt, isAnchored, CONTEXT_LENGTH } from './anchoring';
export type { Anchor, AnchorOptions, AnchoredStatus, OrphanReason } from './anchoring';
export { applyTextChanges } from './incremental';
export type { TextChange, LiveAnnotation, IncrementalResult } from './incremental';
export { createAnnotation, reattachAnnotation, InvalidSpanError } from './create';
export type { NewAnnotation } from './create';
export { toEntityOverrides, toAliasLinks } from './overrides';
export type { AliasConflict } from './overrides';
export { mergeAnnotations, sameRecord } from './merge';
export {
  serialiseCollection,
  parseCollection,
  annotationToJson,
  annotationFromJson,
  collectionIdFor,
  CollectionFormatError,
} from './w3c';
export { createOffsetConverter } from './offsets';
export type { OffsetConverter } from './offsets';
export { AnnotationIndex } from './live';
