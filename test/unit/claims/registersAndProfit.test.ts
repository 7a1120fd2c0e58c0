// Registration with the register of societies, and a company called profit-making: claims that
// community energy and council trading companies draw in local news and annual reports. Every
// name here is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { conflictsAmongSources } from './conflictsAmong';

const categories = (text: string): unknown[] =>
  analyse(text)
    .claims.filter((c: Claim) => c.value.kind === 'category')
    .map((c) => [c.subject, c.value]);

const conflictsAmong = (...docs: Array<[string, string]>): Conflict[] => conflictsAmongSources(docs.map(([doc, text]) => ({ doc, claims: analyse(text).claims })));

describe('registration with the register of societies', () => {
  it('reads "has never appeared on" or "does not appear on" the FCA’s register of societies as a denial of a registered society', () => {
    const denied = ['org:tarnby-solar', { kind: 'category', category: 'registered-society', polarity: 'deny' }];
    expect(categories('Tarnby Solar Ltd has never appeared on the Financial Conduct Authority’s register of societies.')).toEqual([denied]);
    expect(categories('Tarnby Solar Ltd does not appear on the FCA register.')).toEqual([denied]);
  });

  it('reads a community benefit society registered with the FCA as a registered society, also after a first predicate joined by "and"', () => {
    expect(categories('Tarnby Solar Ltd was founded by local residents in 2012 and is a community benefit society registered with the Financial Conduct Authority.')).toContainEqual([
      'org:tarnby-solar',
      { kind: 'category', category: 'registered-society', polarity: 'affirm' },
    ]);
  });

  it('flags a registered society against a body never on the register, and ignores the regulator named for another reason', () => {
    const conflicts = conflictsAmong(
      ['a.txt', 'Tarnby Solar Ltd is a community benefit society.'],
      ['b.txt', 'Critics said Tarnby Solar Ltd has never appeared on the FCA’s register of societies.'],
    );
    expect(conflicts.map((c) => [c.kind, c.attribute])).toEqual([['negation', 'category']]);
    expect(categories('Tarnby Solar Ltd has written to the Financial Conduct Authority about its loans.')).toEqual([]);
  });
});

describe('profit-making companies', () => {
  it('reads "a profit-making trading company" as run for profit, and flags it against "a not-for-profit company"', () => {
    expect(categories('Kelby Energy Services Ltd is a profit-making trading company.')).toContainEqual([
      'org:kelby-energy-services',
      { kind: 'category', category: 'for-profit-private-company', polarity: 'affirm' },
    ]);
    const conflicts = conflictsAmong(
      ['a.txt', 'Kelby Energy Services Ltd, a not-for-profit company limited by guarantee, buys the power.'],
      ['b.txt', 'The leader said Kelby Energy Services Ltd was a profit-making trading company.'],
    );
    expect(conflicts.map((c) => c.kind)).toEqual(['categorical']);
  });

  it('keeps a non-profit-making company not-for-profit', () => {
    expect(categories('Kelby Energy Services Ltd is a non-profit-making company.')).toContainEqual([
      'org:kelby-energy-services',
      { kind: 'category', category: 'not-for-profit', polarity: 'affirm' },
    ]);
  });
});
