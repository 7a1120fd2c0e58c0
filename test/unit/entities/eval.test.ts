import { describe, expect, it } from 'vitest';
import { canonicalAgreement, countByType, matchDocument, scoresOf, spansMatch, type GoldEntity } from '../../../scripts/eval';
import type { Entity } from '../../../server/src/engine/types';

const gold: GoldEntity[] = [
  { type: 'percentage', text: 'over 60 per cent', start: 0, end: 16, core: { text: '60 per cent', start: 5, end: 16 } },
  { type: 'organisation', text: 'KF', start: 20, end: 22, canonical: "The King's Fund" },
  { type: 'organisation', text: 'King’s Fund', start: 30, end: 41, canonical: "The King's Fund" },
  { type: 'person', text: 'Ed Mayo', start: 50, end: 57, canonical: 'Ed Mayo' },
];

function entity(type: Entity['type'], start: number, end: number, canonical?: string): Entity {
  return { type, start, end, text: 'x'.repeat(end - start), ...(canonical ? { canonical } : {}) };
}

describe('the entity scorer', () => {
  it('matches a qualified number on its full span or its core, and nothing else', () => {
    expect(spansMatch(gold[0]!, entity('percentage', 5, 16))).toBe(true);
    expect(spansMatch(gold[0]!, entity('percentage', 0, 16))).toBe(true);
    expect(spansMatch(gold[0]!, entity('percentage', 4, 16))).toBe(false);
    expect(spansMatch(gold[0]!, entity('money', 5, 16))).toBe(false);
  });

  it('counts true and false positives and negatives per type and micro', () => {
    const predicted = [entity('percentage', 5, 16), entity('organisation', 20, 22, 'org:kf'), entity('organisation', 23, 25), entity('person', 50, 57, 'p')];
    const counts = countByType([matchDocument('a.txt', gold, predicted)]);
    expect(counts.get('organisation')).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts.get('micro')).toEqual({ tp: 3, fp: 1, fn: 1 });
    expect(scoresOf(counts.get('micro')!)).toMatchObject({ precision: 0.75, recall: 0.75, f1: 0.75 });
  });

  it('compares canonical identity as a clustering, not by spelling', () => {
    const agreeing = matchDocument('a.txt', gold, [entity('organisation', 20, 22, 'org:1'), entity('organisation', 30, 41, 'org:1'), entity('person', 50, 57, 'p')]);
    expect(canonicalAgreement(agreeing.matched)).toMatchObject({ agreed: 3, total: 3 });
    const split = matchDocument('a.txt', gold, [entity('organisation', 20, 22, 'org:1'), entity('organisation', 30, 41, 'org:2'), entity('person', 50, 57, 'p')]);
    expect(canonicalAgreement(split.matched)).toMatchObject({ agreed: 1, total: 3 });
  });
});
