// Whether a body stands on its own or belongs to a larger one. "An independent charity", "no parent
// company" affirm the category "independent"; "part of the Y group", "the arm of Y", "X's parent
// company" and a majority held by another body deny it, so the two meet as a negation however each
// source words it. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Thornbury Community Hospice': 'org:thornbury-hospice',
  'Meridian Care': 'org:meridian-care',
  'Kestrel Buses': 'org:kestrel-buses',
  'Arrowline Transport plc': 'org:arrowline',
  'Harwell Housing Association': 'org:harwell-ha',
  'Dunmore Group': 'org:dunmore',
  'Pellow Academy': 'org:pellow-academy',
  'Greystone Education Ltd': 'org:greystone',
  'Fenwick Stadium Trust': 'org:fenwick-stadium',
  'Hartley Borough Council': 'org:hartley-council',
  'Castlegate Energy': 'org:castlegate',
  "St Brannock's School": 'org:st-brannocks',
  'Rowan Ward Hospital': 'org:rowan-ward',
  'Calder Health plc': 'org:calder-health',
  'Danby Museum': 'org:danby-museum',
  'Northern Museums Partnership': 'org:northern-museums',
  'Ashby Library': 'org:ashby-library',
  'Wendle County Council': 'org:wendle-cc',
  'Wendle Libraries Ltd': 'org:wendle-libraries',
  'Marlow Trust': 'org:marlow-trust',
  'Hobbs Dairy': 'org:hobbs-dairy',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const independence = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'category' && c.value.kind === 'category' && c.value.category === 'independent')
    .map((c) => `${c.subject} ${c.value.kind === 'category' ? c.value.polarity : ''}`);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('a body said to stand on its own', () => {
  it('reads "is independent", "an independent charity", "no parent company/body" as affirming it', () => {
    for (const [text, body] of [
      ['Members were told that Thornbury Community Hospice is an independent charity.', 'org:thornbury-hospice'],
      ['Kestrel Buses is independent and family-run, the operator said.', 'org:kestrel-buses'],
      ['The Harwell Housing Association is a small housing association with no parent body.', 'org:harwell-ha'],
      ['Pellow Academy is a local trust with no parent company.', 'org:pellow-academy'],
      ['Danby Museum, an independent local charity, reopened on Friday.', 'org:danby-museum'],
    ]) {
      expect(independence(text), text).toContain(`${body} affirm`);
    }
  });
});

describe('a body said to belong to a larger one', () => {
  it('reads "part of Y", "the arm of Y", "X\'s parent company", "no longer independent" as denying it', () => {
    for (const [text, body] of [
      ['Thornbury Community Hospice, part of the Meridian Care group, opened a new ward.', 'org:thornbury-hospice'],
      ['Kestrel Buses is now part of Arrowline Transport plc.', 'org:kestrel-buses'],
      ['Harwell Housing Association, the social housing arm of Dunmore Group, has 3,000 homes.', 'org:harwell-ha'],
      ["Pellow Academy's parent company, Greystone Education Ltd, is based in Leeds.", 'org:pellow-academy'],
      ['Castlegate Energy is no longer independent after the deal.', 'org:castlegate'],
    ]) {
      expect(independence(text), text).toContain(`${body} deny`);
    }
  });

  it('denies it for a subsidiary of another body, through the rules for a majority held by another body', () => {
    expect(independence('Fenwick Stadium Trust is a wholly owned subsidiary of Hartley Borough Council.')).toContain('org:fenwick-stadium deny');
  });

  it('meets the other side as a negation, across sources', () => {
    const found = conflictsAmong('Kestrel Buses is independent and family-run.', 'Kestrel Buses is now part of Arrowline Transport plc.');
    expect(found.some((c) => c.kind === 'negation' && c.subject === 'org:kestrel-buses')).toBe(true);
  });
});

describe('look-alikes that say nothing of a parent', () => {
  it('leaves a kind of thing called independent, independence of a named body, membership, a past or planned state and a supposition alone', () => {
    for (const text of [
      "St Brannock's School is an independent school in Devon.",
      'Rowan Ward Hospital is an independent hospital run by Calder Health plc.',
      'Danby Museum is part of the Northern Museums Partnership.',
      'Danby Museum is part of the Tarn Valley museums network.',
      'Until 2019 Ashby Library was part of Wendle County Council.',
      'Ashby Library will become part of Wendle Libraries Ltd next year.',
      'Marlow Trust is independent of the council.',
      'If Hobbs Dairy were independent, it could set its own prices.',
    ]) {
      expect(independence(text), text).toEqual([]);
    }
  });
});
