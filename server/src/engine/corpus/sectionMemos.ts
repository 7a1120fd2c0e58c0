import { SectionMemo } from '../sections/sectionedAnalysis';

/**
 * Section memos of the large documents analysed most recently. A memo holds each section's
 * entities and claims in the section's own offsets besides the placed ones the corpus indexes, a
 * second copy of the document's analysis, so only a few are kept: those being edited.
 */
export class SectionMemos {
  private readonly memos = new Map<string, SectionMemo>();

  constructor(private readonly capacity = 4) {}

  for(doc: string): SectionMemo {
    let memo = this.memos.get(doc);
    if (memo) this.memos.delete(doc);
    else memo = new SectionMemo();
    this.memos.set(doc, memo);
    while (this.memos.size > this.capacity) this.memos.delete(this.memos.keys().next().value!);
    return memo;
  }

  forget(doc: string): void {
    this.memos.delete(doc);
  }
}
