import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextChange } from '../engine/annotations/index';
import { LineMap } from './positions';

// Editor edits as the annotations engine takes them: LSP content changes (line/character ranges,
// each relative to the text left by the previous change) turned into UTF-16 offset changes, in
// the same order. A change without a range replaces the whole text.

export function toTextChanges(before: string, changes: readonly TextDocumentContentChangeEvent[]): { changes: TextChange[]; after: string } {
  let text = before;
  const result: TextChange[] = [];
  for (const change of changes) {
    if ('range' in change && change.range) {
      const lines = new LineMap(text);
      const start = lines.offsetAt(change.range.start);
      const end = Math.max(start, lines.offsetAt(change.range.end));
      result.push({ start, end, text: change.text });
      text = text.slice(0, start) + change.text + text.slice(end);
    } else {
      result.push({ start: 0, end: text.length, text: change.text });
      text = change.text;
    }
  }
  return { changes: result, after: text };
}
