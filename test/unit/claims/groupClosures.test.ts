// A group of named bodies said, as one, to close or stay open ("none of our three surgeries will
// close", "all four halls will stay open", "both councils are to shut") says so of each member:
// the members are the list of exactly that many bodies named in the same paragraph. A part of the
// group ("two of the three"), or a group with no list of its size, says nothing of any member.
// Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Ferndale Surgery': 'org:ferndale-surgery',
  'Quarry Lane Medical Practice': 'org:quarry-lane',
  'Oakmoor Health Centre': 'org:oakmoor-hc',
  'Brisco Hall': 'org:brisco-hall',
  'Tilney Hall': 'org:tilney-hall',
  'Marden House': 'org:marden-house',
  'Welbury Court': 'org:welbury-court',
  'Penhale Town Council': 'org:penhale-tc',
  'Rosscarrow Parish Council': 'org:rosscarrow-pc',
  'Kettlewick Library': 'org:kettlewick-library',
  'Sandby Library': 'org:sandby-library',
  'Elmside Housing Trust': 'org:elmside',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const closures = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'closes:self' && c.value.kind === 'category')
    .map((c) => `${c.subject} ${c.value.kind === 'category' ? c.value.polarity : ''}`)
    .sort();
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

const SURGERIES = 'The contracts for Ferndale Surgery, Quarry Lane Medical Practice and Oakmoor Health Centre have passed to a new provider.';
const HALLS = 'Brisco Hall, Tilney Hall, Marden House and Welbury Court house 900 students.';
const COUNCILS = 'Penhale Town Council and Rosscarrow Parish Council share the depot.';

describe('a group of named bodies said to close or stay open', () => {
  it('reads a denial over the group as a denial for each listed member', () => {
    expect(closures(`${SURGERIES} None of our three surgeries will close.`)).toEqual([
      'org:ferndale-surgery deny',
      'org:oakmoor-hc deny',
      'org:quarry-lane deny',
    ]);
  });

  it('reads the group kept open, or closing, of each member, whatever the kind of body', () => {
    expect(closures(`${HALLS} All four halls will stay open.`)).toEqual(['org:brisco-hall deny', 'org:marden-house deny', 'org:tilney-hall deny', 'org:welbury-court deny']);
    expect(closures(`${COUNCILS} Both councils are to shut.`)).toEqual(['org:penhale-tc affirm', 'org:rosscarrow-pc affirm']);
    expect(closures('Kettlewick Library and Sandby Library are small. The two libraries will not close.')).toEqual(['org:kettlewick-library deny', 'org:sandby-library deny']);
  });

  it('reads nothing of a member when only a part of the group closes', () => {
    expect(closures(`${SURGERIES} Two of the three surgeries will close.`)).toEqual([]);
    expect(closures(`${HALLS} One of the four halls will stay open.`)).toEqual([]);
  });

  it('reads nothing when no list of the group’s size is named in its paragraph', () => {
    // three named, four said: which four is unsaid
    expect(closures(`${SURGERIES} The four surgeries will close.`)).toEqual([]);
    // the list is in another paragraph
    expect(closures(`${SURGERIES}\n\nNone of the three surgeries will close.`)).toEqual([]);
    // one body named, a group of two said
    expect(closures('Elmside Housing Trust runs the hostels. Both hostels will stay open.')).toEqual([]);
  });

  it('reads nothing of a closure for a while or one only supposed', () => {
    expect(closures(`${HALLS} All four halls will close for refurbishment.`)).toEqual([]);
    expect(closures(`${COUNCILS} If both councils are to shut, the depot goes.`)).toEqual([]);
  });

  it('meets a member said to close in another source as a negation', () => {
    const found = conflictsAmong(`${SURGERIES} None of our three surgeries will close.`, 'Oakmoor Health Centre will close on 31 March 2026.');
    expect(found.some((c) => c.kind === 'negation' && c.attribute === 'closes:self')).toBe(true);
  });
});
