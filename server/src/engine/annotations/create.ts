// Making a new annotation on a span of a document the researcher is looking at.

import { quoteSelectorAt } from './anchoring';
import {
  motivationFor,
  newAnnotationId,
  timestamp,
  type AnnotationBody,
  type AnnotationRecord,
  type RecordFactoryOptions,
} from './model';
import { createOffsetConverter, snapToCodePoint } from './offsets';

export interface NewAnnotation {
  /** Document path relative to the workspace root, "/"-separated. */
  source: string;
  /** The document's current text, and the span in UTF-16 offsets. */
  text: string;
  start: number;
  end: number;
  bodies: AnnotationBody[];
  creator: string;
}

export class InvalidSpanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSpanError';
  }
}

export function createAnnotation(input: NewAnnotation, options: RecordFactoryOptions = {}): AnnotationRecord {
  const { text } = input;
  if (!Number.isInteger(input.start) || !Number.isInteger(input.end) || input.start < 0 || input.end > text.length) {
    throw new InvalidSpanError(`span ${input.start}-${input.end} is outside the text (length ${text.length})`);
  }
  // A selection that ends inside a surrogate pair would quote half a character.
  const start = snapToCodePoint(text, input.start, 'back');
  const end = snapToCodePoint(text, input.end, 'forward');
  if (end <= start) throw new InvalidSpanError('an annotation needs a non-empty span');
  if (input.bodies.length === 0) throw new InvalidSpanError('an annotation needs at least one body');
  const converter = createOffsetConverter(text);
  const now = timestamp(options);
  return {
    id: (options.newId ?? newAnnotationId)(),
    created: now,
    modified: now,
    creator: input.creator,
    motivation: motivationFor(input.bodies),
    bodies: input.bodies,
    source: input.source,
    quote: quoteSelectorAt(text, start, end),
    position: { start: converter.toCodePoint(start), end: converter.toCodePoint(end) },
  };
}

/**
 * Re-attaches an annotation (typically an orphan) to a span the researcher chose: same id,
 * bodies, author and creation time; new selectors; modified now.
 */
export function reattachAnnotation(
  record: AnnotationRecord,
  text: string,
  start: number,
  end: number,
  options: RecordFactoryOptions = {},
): AnnotationRecord {
  const fresh = createAnnotation(
    { source: record.source, text, start, end, bodies: record.bodies, creator: record.creator },
    { ...options, newId: () => record.id },
  );
  return { ...record, quote: fresh.quote, position: fresh.position, modified: fresh.modified };
}
