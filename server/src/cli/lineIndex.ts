// The CLI's one place for turning UTF-16 offsets into human line and column numbers. Lines end at
// "\n", "\r\n" or a lone "\r" (as in LSP and VS Code), so a CRLF file reports the same positions
// as the editor. Columns count UTF-16 code units, like the editor's status bar and like SARIF with
// columnKind "utf16CodeUnits"; both are 1-based, as compilers print them.

export interface LineColumn {
  /** 1-based line number. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
}

export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] is 0. */
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (code === 10 /* \n */) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  /** Position of an offset; offsets past the end are clamped to the end of the text. */
  at(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low] + 1 };
  }
}
