import { Shape, type Token } from '../text/tokens';
import { bareKey } from './lowerCaseUses';
import { tightNext, type NameScan, type NameSpan } from './nameScan';

// A name the recognisers cut short at a head word ("Copperpot School" of a masthead that reads
// "Copperpot School Food") when the same document gives the longer name elsewhere ("Copperpot
// School Food Ltd"): the words that follow it are the rest of that name, so the span takes them.
// Left short, the two spans would read as two bodies and compete for their shared short form
// ("Copperpot"), which then names neither.

/** Whether `long` starts with the words of `short` (possessives and case set aside). */
function startsWithWords(tokens: readonly Token[], short: NameSpan, long: NameSpan): boolean {
  for (let k = 0; k <= short.last - short.first; k++) if (bareKey(tokens[short.first + k]!) !== bareKey(tokens[long.first + k]!)) return false;
  return true;
}

export function completeCutNames(scan: NameScan): void {
  const { tokens, spans } = scan;
  let cut: NameSpan[] | undefined;
  for (const span of spans) {
    if (span.type !== 'organisation' || span.antecedent) continue;
    // Only a span followed on its line by a free capitalised word can have been cut short.
    const next = tightNext(tokens, span.last);
    if (next && next.shape === Shape.Capitalised && scan.owner[span.last + 1] === -1) (cut ??= []).push(span);
  }
  if (!cut) return;
  for (const short of cut) {
    const length = short.last - short.first;
    let longer: NameSpan | undefined;
    for (const long of spans) {
      if (long.type !== 'organisation' || long.antecedent || long.last - long.first <= length) continue;
      if (bareKey(tokens[long.first + length + 1]!) !== bareKey(tokens[short.last + 1]!) || !startsWithWords(tokens, short, long)) continue;
      longer = long;
      break;
    }
    if (!longer) continue;
    let last = short.last;
    for (let k = length + 1; longer.first + k <= longer.last; k++) {
      const at = short.first + k;
      if (!tightNext(tokens, at - 1) || scan.owner[at] !== -1 || bareKey(tokens[at]!) !== bareKey(tokens[longer.first + k]!)) break;
      last = at;
    }
    const index = scan.owner[short.first]!;
    for (let i = short.last + 1; i <= last; i++) scan.owner[i] = index;
    short.last = last;
    short.end = tokens[last]!.bareEnd;
  }
}
