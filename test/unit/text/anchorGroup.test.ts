import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnchorGroup, anchorFormTest, anchorPositions, type AnchoredStarts } from '../../../server/src/engine/text/anchoredMatches';
import { tokenize } from '../../../server/src/engine/text/tokens';

// An AnchorGroup reads the tokens once for all its sets; each set's anchors must be those a pass
// of its own finds, whichever set asks first, and a set that joins later must still be answered.

function starts(anchors: RegExp, punctuationAnchors = false): AnchoredStarts {
  return { anchorForms: anchorFormTest(anchors), anchors, punctuationAnchors };
}

const PIECES = ['In', 'in', '2010', 'x-in', '1,500', 'in10', '£', '$', '%', 'cent', 'which', 'Itself', ' ', '\n', '-', '_', 'é', '5'];

describe('AnchorGroup', () => {
  it("gives each set the anchors a pass of its own finds, whichever set asks first", () => {
    const digits = starts(/(?<![A-Za-z0-9_])\d/g);
    const signs = starts(/[£$%]/g, true);
    const ins = starts(/(?<![A-Za-z0-9_])[Ii]n$/g);
    const group = new AnchorGroup();
    for (const set of [digits, signs, ins]) group.add(set);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }), fc.nat(2), (pieces, first) => {
        const tokens = tokenize(pieces.join(''));
        const order = [digits, signs, ins];
        order.unshift(...order.splice(first, 1));
        for (const set of order) expect(group.positions(tokens, set)).toEqual(anchorPositions(tokens, set));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads punctuation tokens only for sets whose anchors may be punctuation', () => {
    const tokens = tokenize('Paid £5 and $6, 7% in all.');
    const group = new AnchorGroup();
    const words = group.add(starts(/[£$%]/g));
    const signs = group.add(starts(/[£$%]/g, true));
    expect(group.positions(tokens, words)).toEqual([]);
    expect(group.positions(tokens, signs)).toEqual([5, 12, 17]);
  });

  it('answers a set that joined after the tokens were read, and a set that never joined', () => {
    const tokens = tokenize('In 2010 in Camden');
    const group = new AnchorGroup();
    const digits = group.add(starts(/\d/g));
    expect(group.positions(tokens, digits)).toEqual([3, 4, 5, 6]);
    const ins = group.add(starts(/^[Ii]n$/g));
    expect(group.positions(tokens, ins)).toEqual([0, 8]);
    expect(new AnchorGroup().positions(tokens, ins)).toEqual([0, 8]);
  });
});
