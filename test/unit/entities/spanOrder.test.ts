import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameScan, spansInTextOrder, type NameSpan } from '../../../server/src/engine/entities/nameScan';
import { tokenize } from '../../../server/src/engine/text/tokens';

// The names go out in text order (by start, longer first), the order the entity pass sorts them
// into twice afterwards: it must be exactly what a stable sort of the spans in the order they were
// claimed gives, ties included, whatever order the recognisers claimed them in.

const byStart = (a: NameSpan, b: NameSpan) => a.start - b.start || b.end - a.end;

const TEXT = 'Ed Mayo of Co-operatives UK met the Care Quality Commission and Circle in Harbury on Monday with Ann.';

describe('spans in text order', () => {
  it('lists the spans by start whatever order they were claimed in', () => {
    const scan = new NameScan(TEXT, tokenize(TEXT));
    const circle = scan.claim('organisation', 11, 11, 'context');
    const mayo = scan.claim('person', 0, 1, 'given-name');
    const cqc = scan.claim('organisation', 7, 9, 'reference');
    expect(spansInTextOrder(scan).map((span) => scan.slice(span))).toEqual(['Ed Mayo', 'Care Quality Commission', 'Circle']);
    expect(spansInTextOrder(scan)).toEqual([mayo, cqc, circle]);
  });

  it('is a stable sort by start, longer first, of spans claimed in any order, even several at one token', () => {
    const tokens = tokenize(TEXT);
    fc.assert(
      fc.property(
        fc.array(fc.record({ first: fc.nat(tokens.length - 1), width: fc.nat(3), startShift: fc.nat(2), endCut: fc.nat(2) }), { maxLength: 12 }),
        (claims) => {
          const scan = new NameScan(TEXT, tokens);
          for (const { first, width, startShift, endCut } of claims) {
            const last = Math.min(tokens.length - 1, first + width);
            // A researcher's tag may start inside its first word and end inside its last.
            const start = Math.min(tokens[first]!.start + startShift, tokens[first]!.end - 1);
            const end = Math.max(start + 1, tokens[last]!.end - endCut);
            scan.claim('organisation', first, last, 'override', { start, end });
          }
          // By claim index, so that the order of equal spans counts too.
          const indexes = (spans: NameSpan[]) => spans.map((span) => scan.spans.indexOf(span));
          expect(indexes(spansInTextOrder(scan))).toEqual(indexes([...scan.spans].sort(byStart)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
