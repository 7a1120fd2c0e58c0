import { describe, expect, it } from 'vitest';
import { claimsRead, covers, oracleEntities, scoreConflicts, type GoldConflict } from '../../../scripts/eval-conflicts';
import type { Claim, Conflict } from '../../../server/src/engine/types';

const claim = (start: number, end: number, category: string, polarity: 'affirm' | 'deny' = 'affirm'): Claim => ({
  start,
  end,
  text: 'x',
  subject: 'org:x',
  subjectName: 'X',
  attribute: 'category',
  value: { kind: 'category', category, polarity },
});

const predicted = (...claims: Array<[string, Claim]>): Conflict => ({
  id: 'p',
  kind: 'negation',
  subject: 'org:x',
  subjectName: 'X',
  attribute: 'category',
  claims: claims.map(([doc, c]) => ({ doc: `/corpus/${doc}`, claim: c })),
});

const gold: GoldConflict = {
  id: 'G1',
  subject: 'X',
  attribute: 'is a co-op',
  claims: [
    { file: 'a.txt', start: 10, end: 30, text: '', value: 'yes' },
    { file: 'b.txt', start: 100, end: 140, text: '', value: 'no' },
  ],
};

describe('conflict eval scoring', () => {
  it('counts a gold conflict as found when two predicted claims with different values overlap two of its claims', () => {
    expect(covers(predicted(['a.txt', claim(20, 40, 'co-op')], ['b.txt', claim(90, 101, 'co-op', 'deny')]), gold)).toBe(true);
  });

  it('does not count it when the values are the same, the file differs, or the spans only touch', () => {
    expect(covers(predicted(['a.txt', claim(20, 40, 'co-op')], ['b.txt', claim(90, 101, 'co-op')]), gold)).toBe(false);
    expect(covers(predicted(['c.txt', claim(20, 40, 'co-op')], ['b.txt', claim(90, 101, 'co-op', 'deny')]), gold)).toBe(false);
    expect(covers(predicted(['a.txt', claim(30, 40, 'co-op')], ['b.txt', claim(90, 101, 'co-op', 'deny')]), gold)).toBe(false);
  });

  it('reports look-alikes as flagged and predictions that match nothing as unmatched', () => {
    const hit = predicted(['a.txt', claim(20, 40, 'co-op')], ['b.txt', claim(90, 101, 'co-op', 'deny')]);
    const stray = predicted(['z.txt', claim(0, 5, 'charity')], ['z.txt', claim(50, 60, 'charity', 'deny')]);
    const score = scoreConflicts([hit, stray], [], [gold]);
    expect(score.flagged.map((f) => f.gold.id)).toEqual(['G1']);
    expect(score.unmatched).toEqual([stray]);
    expect(scoreConflicts([hit], [gold], []).found.map((f) => f.gold.id)).toEqual(['G1']);
    expect(scoreConflicts([], [gold], []).missed.map((g) => g.id)).toEqual(['G1']);
  });
});

describe('oracle entities for the conflict eval', () => {
  it('give financial years, days without a year and numbers in words the engine\'s values', () => {
    const [fy, dayMonth, count] = oracleEntities([
      { type: 'date', text: '2013/14', start: 0, end: 7 },
      { type: 'date', text: '12 May', start: 8, end: 14 },
      { type: 'quantity', text: 'two seats', start: 15, end: 24 },
    ]);
    expect(fy.value).toEqual({ kind: 'date', iso: '2013/2014', precision: 'financial-year' });
    expect(dayMonth.value).toEqual({ kind: 'date', iso: '--05-12', precision: 'day-month' });
    expect(count.value).toMatchObject({ kind: 'quantity', value: 2 });
  });
});

describe('gold conflict claims read', () => {
  const claimsIn = (byFile: Record<string, Array<[number, number]>>) => (file: string) =>
    (byFile[file] ?? []).map(([start, end]) => ({ start, end }));

  it('counts a gold claim as read when any claim of its file overlaps its span, whatever its key or value', () => {
    expect(claimsRead([gold], claimsIn({ 'a.txt': [[25, 60]], 'b.txt': [[139, 150]] }))).toEqual({ read: 2, total: 2 });
  });

  it('does not count a claim that only touches the span, or one in another file', () => {
    expect(claimsRead([gold], claimsIn({ 'a.txt': [[30, 40]], 'c.txt': [[100, 140]] }))).toEqual({ read: 0, total: 2 });
  });

  it('totals the claims of every gold conflict', () => {
    const third: GoldConflict = { ...gold, id: 'G2', claims: [{ file: 'c.txt', start: 0, end: 5, text: '', value: 'x' }] };
    expect(claimsRead([gold, third], claimsIn({ 'c.txt': [[4, 9]] }))).toEqual({ read: 1, total: 3 });
  });
});
