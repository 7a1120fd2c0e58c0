import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

// Two wordings of a body's form the readings missed: a state kept on ("X will remain a charity",
// "X will remain independent": what it is now and goes on being, unlike "will become"), and an
// adverb after the participle ("X is owned entirely by its members", as "wholly owned by").
// Invented bodies.
const categories = (text: string): string[] =>
  analyse(text)
    .claims.filter((c) => c.attribute === 'category' && c.value.kind === 'category')
    .map((c) => (c.value.kind === 'category' ? `${c.value.polarity}:${c.value.category}` : ''));
const shares = (text: string): Array<[string, number]> =>
  analyse(text)
    .claims.filter((c) => c.attribute.startsWith('owned-share:') && c.value.kind === 'number')
    .map((c) => [c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('a form kept on: "will remain"', () => {
  it('reads "will remain a Y" and "will remain independent" as what the body is', () => {
    expect(categories('Marden Hospice will remain an independent local charity.')).toEqual(['affirm:charity', 'affirm:independent']);
    expect(categories('Marden Hospice will remain independent.')).toEqual(['affirm:independent']);
    expect(categories('Tolley Housing Co-operative will remain a co-operative after the vote.')).toContain('affirm:co-operative');
  });

  it('does not read a form to come, or one denied', () => {
    expect(categories('Marden Hospice will become independent.')).toEqual([]);
    expect(categories('Marden Hospice will not remain a charity.')).not.toContain('affirm:charity');
  });

  it('sets "will remain an independent charity" against "is part of the NHS"', () => {
    const a = analyse('Marden Hospice will remain an independent local charity.').claims;
    const b = analyse('Marden Hospice is part of the NHS.').claims;
    expect(conflictsAmongSources([{ doc: 'a', claims: a }, { doc: 'b', claims: b }]).map((c) => c.kind)).toContain('negation');
  });
});

describe('an adverb after "owned"', () => {
  it('reads "owned entirely by", "owned wholly by" and "owned solely by" as the whole', () => {
    for (const adverb of ['entirely', 'wholly', 'solely']) {
      expect(shares(`Brackenfield Community Energy is owned ${adverb} by its members.`), adverb).toEqual([['owned-share:members', 100]]);
    }
  });

  it('does not read "owned jointly by" or "owned partly by" as the whole', () => {
    expect(shares('Brackenfield Community Energy is owned jointly by its members.')).toEqual([]);
    expect(shares('Brackenfield Community Energy is owned partly by its members.')).toEqual([]);
  });
});
