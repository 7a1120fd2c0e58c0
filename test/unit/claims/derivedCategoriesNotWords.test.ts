// A derived category (conflict-rules.json: a category with no synonyms, "Derived, never read from
// words") is only the value of claims that readings of their own make: "paid" of a compensation or a
// dividend, "awarded" of a grant, "cut" of a funding cut, "lent" of a loan. Its name is a label for
// the diagnostic, not a wording: "X was awarded a prize", "X has been paid £3m by the council" or
// "X was not awarded the contract" say nothing of X's kind.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

const categories = (text: string): string[] =>
  analyse(text)
    .claims.filter((c) => c.attribute === 'category' && c.value.kind === 'category')
    .map((c) => (c.value.kind === 'category' ? `${c.value.category} ${c.value.polarity}` : ''));

describe('a derived category’s name is read from no words', () => {
  it('reads no category from "was awarded", "has been paid", "is paid", "was cut", "was lent"', () => {
    expect(categories('Tarnside Gazette, 12 April 2025\n\nHolm Library Trust was awarded a prize for its reading scheme.\n')).toEqual([]);
    expect(categories('Tarnside Gazette, 12 April 2025\n\nFenwick Hospice has been awarded £20,000.\n')).toEqual([]);
    expect(categories('Tarnside Gazette, 12 April 2025\n\nAshby Water Ltd has been paid £3m by the council.\n')).toEqual([]);
    expect(categories('Tarnside Gazette, 12 April 2025\n\nFenwick Hospice is paid by the NHS for ten beds.\n')).toEqual([]);
  });

  it('still reads a category named by its own words', () => {
    expect(categories('Tarnside Gazette, 12 April 2025\n\nFenwick Hospice is a charity.\n')).toEqual(['charity affirm']);
  });
});
