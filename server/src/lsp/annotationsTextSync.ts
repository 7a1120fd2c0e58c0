import type { Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextChange } from '../engine/annotations/index';

// Editor edits as the annotations engine takes them: LSP content changes (line/character ranges,
// each relative to the text left by the previous change) as UTF-16 offset changes, in the same order.
// The offsets come from the document itself, change by change, as it applies them: its line index is
// kept up to date by each edit, so a keystroke in a 1 MB document reads no line of the text, and the
// offsets are exactly those the document used. (Measuring the text anew with a line map of our own,
// and rebuilding the new text to check it, took about 1 ms a keystroke for an annotated 1 MB document.)

/**
 * Applies `changes` to `document` (which the library updates in place) and says what each did, in
 * offsets; `changes` is undefined when one of them could not be told exactly (a range outside the
 * text can leave the library's line index unsure of where things are), and the caller then takes the
 * new text as a whole.
 */
export function updateNotingChanges<D extends TextDocument>(
  document: D,
  changes: readonly TextDocumentContentChangeEvent[],
  version: number,
  /** How a change is applied to the document: the library's TextDocument.update unless given (the server keeps documents of its own). */
  apply?: (document: D, changes: TextDocumentContentChangeEvent[], version: number) => D,
): { document: D; changes: TextChange[] | undefined } {
  let current = document;
  let noted: TextChange[] | undefined = [];
  for (const change of changes) {
    if ('range' in change && change.range) {
      const range = wellFormed(change.range);
      const start = current.offsetAt(range.start);
      const end = current.offsetAt(range.end);
      const exact = Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= current.getText().length;
      if (!exact) noted = undefined;
      noted?.push({ start, end, text: change.text });
    } else {
      noted?.push({ start: 0, end: current.getText().length, text: change.text });
    }
    current = apply ? apply(current, [change], version) : (TextDocument.update(current, [change], version) as D);
  }
  return { document: current, changes: noted };
}

/** The range from its earlier end, as the document applies a range given end first. */
function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}
