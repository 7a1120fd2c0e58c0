// Whose failure a verb of failing tells. Talks, deals, bids and plans collapse and fold as bodies
// do, so a name before "collapsed" is the body that failed only when it is the clause's subject:
// not when it is another verb's object ("a plan to buy X collapsed") nor joined to a preposition's
// object ("talks between X and Y collapsed"). A failure after "if" or "unless" is supposed, not
// told. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { SourcedClaim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Pellam Power Ltd': 'org:pellam-power', 'Pellam Power': 'org:pellam-power', 'Oxley Gas Ltd': 'org:oxley-gas', 'Oxley Gas': 'org:oxley-gas' };
const dates = (text: string): Array<[string, string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('date:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

describe('the body a verb of failing is told of', () => {
  it('is the clause’s subject, however the failure is worded', () => {
    expect(dates('Oxley Gas collapsed in 2022.')).toEqual([['org:oxley-gas', 'date:dissolved', '2022']]);
    expect(dates('Pellam Power and Oxley Gas both went bust in 2022.')).toContainEqual(['org:oxley-gas', 'date:dissolved', '2022']);
    expect(dates('Customers were moved after Oxley Gas folded in 2022.')).toEqual([['org:oxley-gas', 'date:dissolved', '2022']]);
  });

  it('is not a name joined to a preposition’s object, nor another verb’s object', () => {
    expect(dates('Talks between Pellam Power and Oxley Gas collapsed in 2022.')).toEqual([]);
    expect(dates('Merger talks with Pellam Power and Oxley Gas folded in 2023.')).toEqual([]);
    expect(dates('Pellam Power’s plan to buy Oxley Gas collapsed in 2023.')).toEqual([]);
    expect(dates('A bid to rescue Oxley Gas collapsed in March 2023.')).toEqual([]);
  });

  it('reads no failure that is only supposed', () => {
    expect(dates('If Oxley Gas went under in 2024, its customers would be moved.')).toEqual([]);
    expect(dates('Nobody knows what would happen if Oxley Gas went into administration in 2024.')).toEqual([]);
    expect(dates('Unless Oxley Gas collapsed in 2024, the scheme would not be needed.')).toEqual([]);
  });

  it('raises no conflict between failed talks and the failure of a party to them', () => {
    const sourced = (doc: string, text: string): SourcedClaim[] => extractClaims(text, tagEntities(text, NAMES)).map((claim) => ({ doc, claim }));
    const claims = [...sourced('a.txt', 'Talks between Pellam Power and Oxley Gas collapsed in 2022.'), ...sourced('b.txt', 'Oxley Gas went bust on 4 May 2023.')];
    expect(detectConflicts(claims.filter((c) => c.claim.attribute === 'date:dissolved'))).toEqual([]);
  });
});
