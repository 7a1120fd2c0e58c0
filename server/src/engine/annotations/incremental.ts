// The fast path for typing: an edit moves the annotations after it by a fixed amount and
// leaves the ones before it alone; only annotations the edit touches need anchoring again.
// Orphans are retried only around the edits, since that is the only place their quote can
// have come back (an undo, a paste).

import type { AnnotationRecord } from './model';
import { anchorAnnotation, isAnchored, type Anchor } from './anchoring';
import { createOffsetConverter, type OffsetConverter } from './offsets';

/** One LSP-style content change, in UTF-16 offsets of the text as it was before this change. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/** An annotation together with where it is in the live text. */
export interface LiveAnnotation {
  record: AnnotationRecord;
  anchor: Anchor;
}

export interface IncrementalResult {
  annotations: LiveAnnotation[];
  /** Ids of the annotations that were anchored again (touched by an edit, or orphans retried). */
  rechecked: string[];
}

interface Tracked {
  live: LiveAnnotation;
  start: number;
  end: number;
  touched: boolean;
}

/**
 * Applies content changes, in the order the editor sent them, to the annotations of one
 * document; `newText` is the text after all of them.
 */
export function applyTextChanges(
  annotations: readonly LiveAnnotation[],
  changes: readonly TextChange[],
  newText: string,
): IncrementalResult {
  const tracked: Tracked[] = [];
  const orphans: LiveAnnotation[] = [];
  for (const live of annotations) {
    if (isAnchored(live.anchor)) tracked.push({ live, start: live.anchor.start, end: live.anchor.end, touched: false });
    else orphans.push(live);
  }
  // Where the edits landed, in the coordinates of the final text.
  const editedRegions: Array<{ start: number; end: number }> = [];

  for (const change of changes) {
    const delta = change.text.length - (change.end - change.start);
    for (const t of tracked) {
      if (t.end <= change.start) continue; // wholly before: text typed right after a span stays outside it
      if (t.start >= change.end) {
        t.start += delta; // wholly after: an insertion right before the span stays outside it
        t.end += delta;
        continue;
      }
      t.touched = true;
      t.start = Math.min(t.start, change.start);
      t.end = Math.max(change.start + change.text.length, t.end + delta);
    }
    for (const region of editedRegions) {
      if (region.start >= change.end) {
        region.start += delta;
        region.end += delta;
      } else if (region.end > change.start) {
        region.start = Math.min(region.start, change.start);
        region.end = Math.max(region.end + delta, change.start + change.text.length);
      }
    }
    editedRegions.push({ start: change.start, end: change.start + change.text.length });
  }

  // Built only if something needs anchoring: it costs a pass over the text, which most
  // keystrokes do not need.
  let converter: OffsetConverter | undefined;
  const converterFor = () => (converter ??= createOffsetConverter(newText));
  const rechecked: string[] = [];
  const result: LiveAnnotation[] = [];
  for (const t of tracked) {
    if (!t.touched) {
      result.push({ record: t.live.record, anchor: { ...t.live.anchor, start: t.start, end: t.end } as Anchor });
      continue;
    }
    rechecked.push(t.live.record.id);
    const anchor = anchorAnnotation(t.live.record, newText, {
      expected: { start: t.start, end: t.end },
      converter: converterFor(),
    });
    result.push({ record: t.live.record, anchor });
  }
  for (const orphan of orphans) {
    const window = retryWindow(editedRegions, orphan.record, newText.length);
    if (!window) {
      result.push(orphan);
      continue;
    }
    rechecked.push(orphan.record.id);
    const anchor = anchorAnnotation(orphan.record, newText, {
      expected: { start: window.from, end: window.from },
      within: window,
      converter: converterFor(),
    });
    result.push({ record: orphan.record, anchor: isAnchored(anchor) ? anchor : orphan.anchor });
  }
  return { annotations: result, rechecked };
}

/**
 * The stretch of the new text in which an orphan's quote could have reappeared: around any
 * edit that inserted text, widened by the quote's length on both sides. Deletions cannot
 * bring a quote back in a way that matters often enough to pay for a search.
 */
function retryWindow(
  regions: ReadonlyArray<{ start: number; end: number }>,
  record: AnnotationRecord,
  textLength: number,
): { from: number; to: number } | undefined {
  const inserting = regions.filter((r) => r.end > r.start);
  if (inserting.length === 0) return undefined;
  const reach = record.quote.exact.length;
  const from = Math.max(0, Math.min(...inserting.map((r) => r.start)) - reach);
  const to = Math.min(textLength, Math.max(...inserting.map((r) => r.end)) + reach);
  return { from, to };
}
