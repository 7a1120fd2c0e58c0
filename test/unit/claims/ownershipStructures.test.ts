// Who owns a body, said by the structure of its ownership rather than by a share: a sole owner, a
// split between owners, a parent company. "Kelby City Council, now the company's sole shareholder"
// and "owned 50:50 by the two councils" cannot both hold; a split that adds up ("60% … the
// remaining 40%") is no conflict; a subsidiary of a group is not employee-owned, unless the parent
// is the staff's own trust. Every name is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

const ownership = (text: string, subject: string): string[] =>
  analyse(text)
    .claims.filter((c) => c.subject === subject && (c.attribute === 'ownership' || c.attribute === 'category') && c.value.kind === 'category')
    .map((c) => (c.value.kind === 'category' ? `${c.value.polarity === 'deny' ? 'not ' : ''}${c.value.category}` : ''));
const BUS = 'org:kelby-bus';
const conflictsOf = (...texts: string[]) => conflictsAmongSources(texts.map((t, i) => ({ doc: `d${i}`, claims: analyse(t).claims })));

describe('one owner of the whole', () => {
  it('reads a sole shareholder or owner, named before or after, as owning the whole body', () => {
    expect(ownership('Kelby City Council, now Kelby Bus Company’s sole shareholder, appointed a new board.', BUS)).toContain('wholly-owned');
    expect(ownership('Kelby City Council is the sole shareholder of Kelby Bus Company.', BUS)).toContain('wholly-owned');
    expect(ownership('Kelby City Council became the only owner of Kelby Bus Company in May.', BUS)).toContain('wholly-owned');
  });
});

describe('a split between owners', () => {
  it('reads a ratio, joint or equal ownership as not owned whole by one owner', () => {
    expect(ownership('Kelby Bus Company is owned 50:50 by Kelby City Council and Ruddock Borough Council.', BUS)).toEqual(['not wholly-owned']);
    expect(ownership('Kelby Bus Company is jointly owned by the two councils.', BUS)).toEqual(['not wholly-owned']);
    expect(ownership('Kelby Bus Company, co-owned by the two councils, runs 40 routes.', BUS)).toEqual(['not wholly-owned']);
  });

  it('reads "wholly owned by" two owners as owned whole by them together, not by one: no conflict with "jointly owned"', () => {
    for (const text of [
      'Kelby Bus Company is wholly owned by Kelby City Council and Ruddock Borough Council.',
      'Kelby Bus Company, wholly owned by Kelby City Council and Ruddock Borough Council, runs 40 routes.',
      'Kelby Bus Company is owned outright by Kelby City Council together with Ruddock Borough Council.',
    ]) {
      expect(ownership(text, BUS), text).not.toContain('wholly-owned');
      expect(conflictsOf(text, 'Kelby Bus Company is jointly owned by Kelby City Council and Ruddock Borough Council.').filter((c) => c.attribute === 'ownership'), text).toEqual([]);
    }
    expect(ownership('Kelby Bus Company is wholly owned by Kelby City Council.', BUS)).toContain('wholly-owned');
  });

  it('reads a joint venture, or a part of the shares held by anyone, as not owned whole by one owner', () => {
    const HEAT = 'org:kelby-heat';
    expect(ownership('Kelby Heat Ltd, a 50:50 joint venture between Kelby City Council and Norsk Varme, supplies 3,000 homes.', HEAT)).toEqual(['not wholly-owned']);
    expect(ownership('Under the deal Harwick keeps 20% of the shares in Kelby Heat Ltd until 2030.', HEAT)).toEqual(['not wholly-owned']);
    expect(ownership('The outgoing contractor retains a 15% stake in Kelby Heat Ltd.', HEAT)).toEqual(['not wholly-owned']);
    expect(ownership('Kelby City Council holds 100% of the shares in Kelby Heat Ltd.', HEAT)).toContain('wholly-owned');
  });

  it('flags a sole shareholder against a split, and not a split against its own parts', () => {
    const sole = 'Kelby City Council, now Kelby Bus Company’s sole shareholder, appointed a new board.';
    const split = 'Kelby Bus Company is owned 60:40 by Kelby City Council and Ruddock Borough Council.';
    expect(conflictsOf(sole, split).filter((c) => c.attribute === 'ownership')).toHaveLength(1);
    const parts = 'Kelby City Council holds 60% of the shares in Kelby Bus Company, and Ruddock Borough Council the remaining 40%.';
    expect(conflictsOf(split, parts)).toEqual([]);
  });
});

describe('a parent company', () => {
  it('reads a subsidiary of another body as neither employee-owned nor a mutual', () => {
    expect(ownership('Fenmoor Care Ltd is a subsidiary of Haldane Holdings NV.', 'org:fenmoor-care')).toEqual(expect.arrayContaining(['not employee-owned', 'not mutual']));
    const conflicts = conflictsOf('Fenmoor Care Ltd is a subsidiary of Haldane Holdings NV.', 'Fenmoor Care Ltd is employee-owned, says its website.');
    expect(conflicts.filter((c) => c.attribute === 'category')).toHaveLength(1);
  });

  it('reads nothing against employee ownership when the parent is the staff’s own trust', () => {
    expect(ownership('Fenmoor Care Ltd, a subsidiary of Fenmoor Employee Trust, runs six homes.', 'org:fenmoor-care')).toEqual([]);
  });
});
