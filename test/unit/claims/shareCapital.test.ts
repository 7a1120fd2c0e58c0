// Whether a company has shareholders at all. A company limited by guarantee has members and no
// share capital, so a source naming a company's sole shareholder, or saying it is limited by
// shares, contradicts one calling it a company limited by guarantee or saying it has no
// shareholders. "Owned by" is not read: a guarantee company's sole member is often said to own it.
// Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Brackwater Port Company': 'org:brackwater-port-company',
  BPC: 'org:brackwater-port-company',
  'Brackwater Borough Council': 'org:brackwater-borough-council',
  'the Council': 'org:brackwater-borough-council',
  'Tarrow Holdings plc': 'org:tarrow-holdings',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const forms = (text: string): Array<[string, string]> =>
  claimsOf(text)
    .filter((c) => c.attribute === 'category' && c.value.kind === 'category' && c.value.category === 'company-limited-by-shares')
    .map((c) => [c.subject, c.value.kind === 'category' ? c.value.polarity : '']);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

const HAS_SHAREHOLDER = [
  'Cabinet noted that BPC is a council company of which the Council is the sole shareholder.',
  'Brackwater Port Company, in which Brackwater Borough Council is the only shareholder, made a loss.',
  'Brackwater Borough Council is the sole shareholder of Brackwater Port Company.',
  'Brackwater Port Company’s sole shareholder is Brackwater Borough Council.',
  'Brackwater Port Company is a private company limited by shares.',
];
const NO_SHAREHOLDERS = [
  'Brackwater Port Company is a trading body. It has no shareholders; its members are three public bodies.',
  'Brackwater Port Company has no share capital.',
  'Brackwater Port Company, which has no shareholders, answers to its board.',
];
const GUARANTEE = 'Brackwater Port Company (BPC) is a company limited by guarantee.';

describe('whether a company has shareholders', () => {
  it('reads a sole shareholder named, however placed, as the company’s being limited by shares', () => {
    for (const text of HAS_SHAREHOLDER) expect(forms(text), text).toEqual([['org:brackwater-port-company', 'affirm']]);
  });

  it('reads "has no shareholders" and "no share capital" as its denial', () => {
    for (const text of NO_SHAREHOLDERS) expect(forms(text), text).toEqual([['org:brackwater-port-company', 'deny']]);
  });

  it('reads no denial from "no shareholders" that an exception or another noun follows', () => {
    for (const text of [
      'Brackwater Port Company has no shareholders other than Brackwater Borough Council.',
      'Brackwater Port Company has no shareholders apart from the Council.',
      'Brackwater Port Company has no shareholders except the Council.',
      'Brackwater Port Company has no shareholders’ agreement in place.',
    ]) {
      expect(forms(text).filter(([, polarity]) => polarity === 'deny'), text).toEqual([]);
    }
  });

  it('conflicts between a sole shareholder and no shareholders, or a company limited by guarantee', () => {
    for (const a of HAS_SHAREHOLDER) {
      for (const b of [...NO_SHAREHOLDERS, GUARANTEE]) expect(conflictsAmong(a, b).length, `${a} / ${b}`).toBeGreaterThan(0);
    }
  });

  it('reads nothing from ownership said without shares, nor from a shareholder of another company', () => {
    for (const text of [
      'Brackwater Port Company is wholly owned by Brackwater Borough Council.',
      'Brackwater Borough Council owns Brackwater Port Company outright.',
      'Tarrow Holdings plc, of which Brackwater Borough Council is a shareholder, bid for the port.',
      // the company of the relative clause is the name right before it, not the sentence's first
      'Brackwater Port Company says Tarrow Holdings plc, of which the Council is the sole shareholder, is bidding.',
      'Brackwater Port Company is a subsidiary of Tarrow Holdings plc, of which the Council is the sole shareholder.',
    ]) {
      expect(forms(text).filter(([subject]) => subject === 'org:brackwater-port-company'), text).toEqual([]);
    }
    expect(conflictsAmong('Brackwater Port Company is wholly owned by Brackwater Borough Council.', GUARANTEE)).toEqual([]);
  });
});
