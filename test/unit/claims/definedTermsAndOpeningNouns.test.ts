import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Quenby Gas Ltd': 'org:quenby-gas',
  'Tallis Rowe LLP': 'org:tallis-rowe',
  'Orrin Sports CIC': 'org:orrin-sports',
  'Pellow Energy': 'org:pellow-energy',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const counts = (text: string): Array<[string, string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('count:') && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('a term a text defines for an organisation', () => {
  it('reads the defined "the Company" as that company, however many bodies are named in between', () => {
    const text =
      'The court appointed Tallis Rowe LLP as administrators of Quenby Gas Ltd (“the Company”). Tallis Rowe LLP act as agents of the Company.\n\nThe Company employed 1,240 staff during the year.';
    expect(counts(text)).toEqual([['org:quenby-gas', 'count:staff', 1240]]);
  });

  it('accepts straight quotes and "the" outside them', () => {
    const text = 'Quenby Gas Ltd (the "Company") has appointed Tallis Rowe LLP. The Company employed 610 staff.';
    expect(counts(text)).toEqual([['org:quenby-gas', 'count:staff', 610]]);
  });

  it('leaves a lower-case "the company" to the nearest body, as a writer who defines a term keeps its capital', () => {
    const text = 'Quenby Gas Ltd (“the Company”) hired Tallis Rowe LLP. Tallis Rowe LLP said the company, which has 85 staff, would help.';
    expect(counts(text)).toEqual([['org:tallis-rowe', 'count:staff', 85]]);
  });

  it('does not apply a definition before it is made', () => {
    const text = 'Tallis Rowe LLP is large. The Company employs 75 staff. Later: Quenby Gas Ltd (“the Company”).';
    expect(counts(text).map(([subject]) => subject)).not.toContain('org:quenby-gas');
  });
});

describe('a class noun opening a sentence', () => {
  it('stands for the body that opened the sentence before, not the one its last clause named', () => {
    const text = 'Orrin Sports CIC, which runs the town’s pools, says it now pays £90,000 a year to Pellow Energy. The firm, which employs around 140 staff, blames the new tariff.';
    expect(counts(text)).toEqual([['org:orrin-sports', 'count:staff', 140]]);
  });

  it('still takes the latest body when the sentence before opened with something else', () => {
    const text = 'The rise was blamed on Pellow Energy. The company employs 900 staff.';
    expect(counts(text)).toEqual([['org:pellow-energy', 'count:staff', 900]]);
  });
});
