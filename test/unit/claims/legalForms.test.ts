// One body, one legal form: a higher education corporation is no company limited by guarantee,
// and a public limited company (limited by shares) is neither. "The university" refers to the
// university named before, as "the trust" does to a trust. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'University of Pellam': 'org:university-of-pellam',
  Pellam: 'org:university-of-pellam',
  'Pellam Borough Council': 'org:pellam-borough-council',
  'Wrenbury College': 'org:wrenbury-college',
  'Skerrow Community Land Company': 'org:skerrow-community-land-company',
  'Skerrow Development Trust': 'org:skerrow-development-trust',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const forms = (text: string): Array<[string, string]> =>
  claimsOf(text)
    .filter((c) => c.attribute === 'category' && c.value.kind === 'category')
    .map((c) => [c.subject, c.value.kind === 'category' ? c.value.category : '']);

const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

const HEC = ['Pellam, a higher education corporation founded in 1970, will close.', 'The University of Pellam is a higher education corporation.'];
const CLG = [
  'Pellam Borough Council met the University of Pellam. The university, a company limited by guarantee, will close.',
  'The University of Pellam is a company limited by guarantee.',
];

describe('a university’s legal form', () => {
  it('reads "a higher education corporation" as that form, not as a business', () => {
    for (const text of HEC) expect(forms(text), text).toEqual([['org:university-of-pellam', 'higher-education-corporation']]);
  });

  it('reads "the university" as the university named before, not the council named after it', () => {
    expect(forms(CLG[0]!)).toEqual([['org:university-of-pellam', 'company-limited-by-guarantee']]);
  });

  it('conflicts between a higher education corporation and a company limited by guarantee, whichever wordings', () => {
    for (const a of HEC) for (const b of CLG) expect(conflictsAmong(a, b).map((c) => c.kind), `${a} / ${b}`).toEqual(['categorical']);
  });

  it('does not conflict for two universities of different forms', () => {
    expect(conflictsAmong(HEC[1]!, 'Wrenbury College is a company limited by guarantee.')).toEqual([]);
  });
});

// A community benefit or co-operative society is registered under the 2014 Act; it is not a
// company, so a source calling it a company limited by guarantee, or a plc, contradicts one calling
// it a society, however either is worded (copula, apposition, a minister's speech, a news story).
const SOCIETY = [
  'Skerrow Community Land Company, a community benefit society set up by islanders in 2019, bought the estate.',
  'Skerrow Community Land Company is a community benefit society.',
  'Skerrow Community Land Company, which is registered as a community benefit society, raised £300,000.',
];
const GUARANTEE = [
  'Skerrow Community Land Company is a company limited by guarantee and a Scottish charity.',
  'Skerrow Community Land Company, a company limited by guarantee, will own the pier.',
];

describe('a society is no company', () => {
  it('conflicts between a registered society and a company limited by guarantee, whichever wordings', () => {
    for (const a of SOCIETY) for (const b of GUARANTEE) expect(conflictsAmong(a, b).map((c) => c.kind), `${a} / ${b}`).toEqual(['categorical']);
  });

  it('conflicts between a registered society and a public limited company', () => {
    expect(conflictsAmong(SOCIETY[1]!, 'Skerrow Community Land Company is a public limited company.').map((c) => c.kind)).toEqual(['categorical']);
  });

  it('does not conflict for two bodies of different forms, nor for a society that is also a charity', () => {
    expect(conflictsAmong(SOCIETY[1]!, 'Skerrow Development Trust is a company limited by guarantee.')).toEqual([]);
    expect(conflictsAmong(SOCIETY[1]!, 'Skerrow Community Land Company is a registered charity.')).toEqual([]);
  });
});

// A community interest company is a company (the 2004 Act), so it is no registered society and no
// charity; it is still a social enterprise, and meets "a private company run for profit" as one.
const CIC = [
  'The new owner, Skerrow Community Land Company, is a community interest company.',
  'Skerrow Community Land Company, a CIC set up by islanders, bought the estate.',
  'Skerrow Community Land Company was converted into a community interest company in 2019.',
];

describe('a community interest company is a company', () => {
  it('conflicts with a registered society, however either is worded', () => {
    for (const a of SOCIETY) for (const b of CIC) expect(conflictsAmong(a, b).map((c) => c.kind), `${a} / ${b}`).toEqual(['categorical']);
  });

  it('conflicts with a charity and, as a social enterprise, with a private company run for profit', () => {
    expect(conflictsAmong(CIC[0]!, 'Skerrow Community Land Company is a registered charity.').map((c) => c.kind)).toEqual(['categorical']);
    expect(conflictsAmong(CIC[0]!, 'Skerrow Community Land Company is a private company.').map((c) => c.kind)).toEqual(['categorical']);
  });

  it('does not conflict with a company limited by guarantee, a social enterprise, or another body’s form', () => {
    expect(conflictsAmong(CIC[0]!, GUARANTEE[1]!)).toEqual([]);
    expect(conflictsAmong(CIC[0]!, 'Skerrow Community Land Company is a social enterprise.')).toEqual([]);
    expect(conflictsAmong(CIC[0]!, 'Skerrow Development Trust is a community benefit society.')).toEqual([]);
  });
});
