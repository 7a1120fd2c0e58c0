// Shared test helpers: annotations made the way the editor makes them, with a fixed clock and
// predictable ids so failures are easy to read.

import { createAnnotation } from '../../../server/src/engine/annotations/create';
import type { AnnotationBody, AnnotationRecord } from '../../../server/src/engine/annotations/model';

let counter = 0;

export function fixedId(): string {
  counter++;
  return `urn:uuid:00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export function at(iso: string): () => Date {
  return () => new Date(iso);
}

/** Annotates the n-th occurrence (0-based) of `quote` in `text`. */
export function annotate(
  text: string,
  quote: string,
  bodies: AnnotationBody[] = [{ kind: 'entity-tag', entityType: 'organisation' }],
  options: { occurrence?: number; source?: string; creator?: string; when?: string } = {},
): AnnotationRecord {
  let start = -1;
  for (let i = 0; i <= (options.occurrence ?? 0); i++) {
    start = text.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`"${quote}" occurs fewer than ${i + 1} times`);
  }
  return createAnnotation(
    {
      source: options.source ?? 'seeds/example.txt',
      text,
      start,
      end: start + quote.length,
      bodies,
      creator: options.creator ?? 'Test Researcher',
    },
    { newId: fixedId, now: at(options.when ?? '2024-05-01T10:00:00.000Z') },
  );
}
