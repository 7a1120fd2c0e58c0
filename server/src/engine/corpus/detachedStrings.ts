import { ownCopy, SHARED_FROM } from '../text/ownCopy';
import type { DocumentAnalysis } from '../types';

// An analysis made in this thread cuts its entities' and claims' texts out of the document's
// string, and V8 makes a long enough substring a view into its parent (a "sliced string"), which
// keeps the whole parent alive; so do strings joined from such pieces. The corpus keeps a closed
// document's text as UTF-8 outside the heap (storedText.ts): while one entity still pointed into
// the string, that string would stay on the heap beside its bytes. This copies every string of
// the analysis into one of its own. (An analysis made in a worker arrives parsed from JSON, whose
// strings are fresh already.)

/** Replaces, in place, every string held by the analysis's entities and claims (and their values) with a copy of its own. */
export function detachStrings(analysis: DocumentAnalysis): void {
  for (const entity of analysis.entities) detachObject(entity as unknown as Record<string, unknown>);
  for (const claim of analysis.claims) detachObject(claim as unknown as Record<string, unknown>);
  if (analysis.documentDate !== undefined) analysis.documentDate = ownCopy(analysis.documentDate);
  if (analysis.mastheadDate !== undefined) analysis.mastheadDate = ownCopy(analysis.mastheadDate);
}

function detachObject(object: Record<string, unknown>): void {
  for (const key in object) {
    const value = object[key];
    if (typeof value === 'string') {
      if (value.length >= SHARED_FROM) object[key] = ownCopy(value);
    } else if (typeof value === 'object' && value !== null) {
      detachObject(value as Record<string, unknown>);
    }
  }
}

