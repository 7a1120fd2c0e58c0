// A class of owner said to own none of a body ("the state does not own a single share in X") denies
// the category the class's majority would give it (publicly owned, employee-owned), so it meets
// "X is back in public ownership" as a negation. A named body owning none says nothing of what X
// is. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Caldwick Shipyard': 'org:caldwick-shipyard',
  'Pelham Bakeries': 'org:pelham-bakeries',
  'Eastmere Markets Ltd': 'org:eastmere-markets',
  'Brackley Water': 'org:brackley-water',
  'Wendle County Council': 'org:wendle-cc',
  'Ashby Leisure Ltd': 'org:ashby-leisure',
  'Fenby Ports': 'org:fenby-ports',
  'Dorling Foods': 'org:dorling-foods',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const denied = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'category' && c.value.kind === 'category' && c.value.polarity === 'deny')
    .map((c) => `${c.subject} ${c.value.kind === 'category' ? c.value.category : ''}`);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('a class of owner that owns none of a body', () => {
  it('denies the category its majority would give, however the denial is worded', () => {
    for (const [text, fact] of [
      ['The state does not own a single share in Caldwick Shipyard.', 'org:caldwick-shipyard publicly-owned'],
      ["Staff don't hold any shares in Pelham Bakeries.", 'org:pelham-bakeries employee-owned'],
      ['Contrary to reports, the council owns no shares in Eastmere Markets Ltd.', 'org:eastmere-markets publicly-owned'],
      ['Taxpayers do not hold a single share in Brackley Water.', 'org:brackley-water publicly-owned'],
    ]) {
      expect(denied(text), text).toContain(fact);
    }
  });

  it('meets "X is in public ownership" from another source as a negation', () => {
    const found = conflictsAmong('The state does not own a single share in Caldwick Shipyard.', 'Caldwick Shipyard is back in public ownership.');
    expect(found.some((c) => c.kind === 'negation' && c.subject === 'org:caldwick-shipyard')).toBe(true);
  });
});

describe('look-alikes', () => {
  it('reads nothing of a named body owning none, a supposition, or owners named away from the verb', () => {
    for (const text of [
      'Wendle County Council does not own any shares in Ashby Leisure Ltd.',
      'If the state did not own a single share in Fenby Ports, ministers could not step in.',
      'The minister said staff at Pelham Bakeries do not own shares in the parent, Dorling Foods.',
    ]) {
      expect(denied(text).filter((f) => /publicly-owned|employee-owned/.test(f)), text).toEqual([]);
    }
  });
});
