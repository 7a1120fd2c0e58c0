// Whether a body, or a kind of place it runs, will close. "X will close in March", "X's pool is to
// shut", "X will close one of its shops" affirm it; "X will stay open", "X is not closing", "none of
// X's shops will close", "no X pool will close" deny it. Both are keyed by the body and the place
// (closes:self, closes:shop), so a denial and an affirmation of the same place meet as a negation,
// and two places of one body never do. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { claimSentence } from '../../../server/src/lsp/claimSentences';
import { attributeLabel } from '../../../server/src/lsp/labels';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  FDSA: 'org:fdsa',
  'Fenby and District Swimming Association': 'org:fdsa',
  'Hobbs Bakery Co-operative': 'org:hobbs-bakery',
  'Greyfield Library Trust': 'org:greyfield-library',
  'Brantwood Leisure Trust': 'org:brantwood-leisure',
  'Oakleigh Health Partnership': 'org:oakleigh-health',
  'Northway Bank': 'org:northway-bank',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const closures = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('closes:') && c.value.kind === 'category')
    .map((c) => `${c.subject} ${c.attribute} ${c.value.kind === 'category' ? c.value.polarity : ''}`);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('a body or its places said to close', () => {
  it('reads the body itself closing, in the future or the present, as affirmed', () => {
    for (const text of ['Greyfield Library Trust will close in March.', 'Brantwood Leisure Trust closes for good on 30 September.', 'Greyfield Library Trust is to shut.']) {
      expect(closures(text), text).toEqual([`${text.startsWith('Brantwood') ? 'org:brantwood-leisure' : 'org:greyfield-library'} closes:self affirm`]);
    }
  });

  it('keys a closure of its places by the place: an object, a possessive, a count of them', () => {
    expect(closures('Hobbs Bakery Co-operative will close one of its three shops in Kelby.')).toEqual(['org:hobbs-bakery closes:shop affirm']);
    expect(closures("The Fenby and District Swimming Association's pool on Mill Road is to shut.")).toEqual(['org:fdsa closes:pool affirm']);
    expect(closures('Oakleigh Health Partnership will close two surgeries next year.')).toEqual(['org:oakleigh-health closes:surgery affirm']);
    expect(closures('Northway Bank will shut 12 branches in Wales.')).toEqual(['org:northway-bank closes:branch affirm']);
  });

  it('keeps a place word that only looks plural ("campus") and one written in capitals as the same place', () => {
    expect(closures('Greyfield Library Trust will close its Ashby campus next year.')).toEqual(['org:greyfield-library closes:campus affirm']);
    expect(closures('Greyfield Library Trust will close two Libraries in Kelby.')).toEqual(['org:greyfield-library closes:library affirm']);
  });
});

describe('a body or its places said not to close', () => {
  it('reads staying open and a denied closing as denied', () => {
    for (const text of ['Greyfield Library Trust will stay open, its chair said.', 'Posted by a reader: Greyfield Library Trust is not closing, whatever you have heard.', "Greyfield Library Trust won't close."]) {
      expect(closures(text), text).toEqual(['org:greyfield-library closes:self deny']);
    }
  });

  it('reads "none of", "no" and "all … will remain open" over its places as denied for the place', () => {
    expect(closures('No FDSA pool will close.')).toEqual(['org:fdsa closes:pool deny']);
    expect(closures('All three Hobbs Bakery Co-operative shops in Kelby will remain open.')).toEqual(['org:hobbs-bakery closes:shop deny']);
    expect(closures("Councillors heard that none of Oakleigh Health Partnership's four surgeries will close.")).toEqual(['org:oakleigh-health closes:surgery deny']);
    expect(closures('Northway Bank has no plans to close any branches, a spokesman said.')).toEqual(['org:northway-bank closes:branch deny']);
  });

  it('meets a closure of the same place from another source as a negation, and not a closure of another place', () => {
    const same = conflictsAmong('No FDSA pool will close.', "The Fenby and District Swimming Association's pool on Mill Road is to shut.");
    expect(same.some((c) => c.kind === 'negation' && c.attribute === 'closes:pool')).toBe(true);
    const other = conflictsAmong('None of the Hobbs Bakery Co-operative shops will close.', 'Hobbs Bakery Co-operative will close its café in Kelby market.');
    expect(other).toEqual([]);
  });

  it('reads as a researcher would write it', () => {
    expect(attributeLabel('closes:shop')).toBe('whether any of its shops will close');
    expect(attributeLabel('closes:self')).toBe('whether it will close');
    const [deny] = claimsOf('No FDSA pool will close.').filter((c) => c.attribute === 'closes:pool');
    expect(claimSentence('FDSA', deny!.attribute, deny!.value)).toBe('FDSA will close NONE of its pools');
    const [self] = claimsOf('Greyfield Library Trust will stay open.').filter((c) => c.attribute === 'closes:self');
    expect(claimSentence('Greyfield Library Trust', self!.attribute, self!.value)).toBe('Greyfield Library Trust will NOT close');
  });
});

describe('look-alikes that are no closure', () => {
  it('leaves a closure for a while, another sense of the verb, a supposed or planned closure and some places staying open alone', () => {
    for (const text of [
      'Greyfield Library Trust closes at 5pm on Saturdays.',
      'Greyfield Library Trust will close for refurbishment in May.',
      'Hobbs Bakery Co-operative will close the gap with its rivals.',
      'Greyfield Library Trust could close if the grant is cut.',
      'Greyfield Library Trust plans to close in 2027.',
      'Two of the Hobbs Bakery Co-operative shops will stay open.',
      'Applications to Greyfield Library Trust close on 4 May.',
      'The gap between Hobbs Bakery Co-operative and its rivals is close.',
      'Oakleigh Health Partnership will close to new patients in June.',
    ]) {
      expect(closures(text), text).toEqual([]);
    }
  });
});
