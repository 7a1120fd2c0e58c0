// The corpus as one W3C AnnotationCollection, for any tool that reads Web Annotations.
// Selectors are refreshed from the current anchors so positions and quotes describe the text
// as it is now; orphans keep their last known selectors.

import { refreshSelectors } from '../anchoring';
import { createOffsetConverter } from '../offsets';
import { serialiseCollection } from '../w3c';
import type { ExportDocument } from './document';

export const CORPUS_COLLECTION_ID = 'policy-lens:annotations';

export function exportW3C(documents: readonly ExportDocument[], label = 'Policy Lens annotations'): string {
  const records = documents.flatMap((document) => {
    const converter = createOffsetConverter(document.text);
    return document.annotations.map(({ record, anchor }) => refreshSelectors(record, document.text, anchor, converter));
  });
  return serialiseCollection({ id: CORPUS_COLLECTION_ID, label }, records);
}
