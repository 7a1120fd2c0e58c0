import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { attributeLabel } from '../../../server/src/lsp/labels';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Kelby Hospice': 'org:kelby-hospice',
  'Tarn County Council': 'org:tarn-county-council',
  'Tarn Arts Trust': 'org:tarn-arts-trust',
  'University of Tarn': 'org:university-of-tarn',
  'NHS Tarn Integrated Care Board': 'org:nhs-tarn-icb',
  'Tarn Clinical Commissioning Group': 'org:tarn-ccg',
  NHS: 'org:nhs',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const shares = (text: string): Array<[string, string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('funded-share:') && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('the share of a body’s money one funder meets', () => {
  it('reads a funder that covers, pays or meets a share of a body’s costs, income or budget', () => {
    expect(shares('Tarn County Council pays 40% of the Tarn Arts Trust’s running costs.')).toEqual([
      ['org:tarn-arts-trust', 'funded-share:org:tarn-county-council', 40],
    ]);
    expect(shares('The University of Tarn’s contribution is 20% of the Tarn Arts Trust’s income.')).toEqual([
      ['org:tarn-arts-trust', 'funded-share:org:university-of-tarn', 20],
    ]);
    expect(shares('Tarn County Council’s grant now covers only 12 per cent of the Tarn Arts Trust’s annual budget.')).toEqual([
      ['org:tarn-arts-trust', 'funded-share:org:tarn-county-council', 12],
    ]);
  });

  it('reads the share of "the cost of" a body or its care, and a share the funder is named after', () => {
    expect(shares('NHS funding covers just 22% of the cost of running Kelby Hospice.')).toEqual([['org:kelby-hospice', 'funded-share:nhs', 22]]);
    expect(shares('About 35% of the Tarn Arts Trust’s income comes from Tarn County Council.')).toEqual([
      ['org:tarn-arts-trust', 'funded-share:org:tarn-county-council', 35],
    ]);
    expect(shares('Around 60 per cent of the cost of Kelby Hospice is met by the NHS.')).toEqual([['org:kelby-hospice', 'funded-share:nhs', 60]]);
  });

  it('reads the funded body that receives a share of its own income or funding from a funder', () => {
    expect(shares('The Tarn Arts Trust receives 30% of its income from Tarn County Council.')).toEqual([
      ['org:tarn-arts-trust', 'funded-share:org:tarn-county-council', 30],
    ]);
    expect(shares('Kelby Hospice now gets about 45 per cent of its annual funding from the NHS.')).toEqual([['org:kelby-hospice', 'funded-share:nhs', 45]]);
    expect(shares('The Tarn Arts Trust got 30% of its votes from Tarn County Council.')).toEqual([]);
  });

  it('keys every body the NHS pays through as the NHS, so two of them meet', () => {
    const board = claimsOf('NHS Tarn Integrated Care Board funds 31% of Kelby Hospice’s care costs.');
    const press = claimsOf('NHS funding now covers 22% of the cost of Kelby Hospice’s care.');
    const older = claimsOf('Tarn Clinical Commissioning Group paid 28% of Kelby Hospice’s costs.');
    for (const claims of [board, press, older]) expect(claims.map((c) => c.attribute)).toContain('funded-share:nhs');
    const conflicts = conflictsAmongSources([
      { doc: 'board.txt', claims: board },
      { doc: 'press.txt', claims: press },
    ]).filter((c) => c.attribute === 'funded-share:nhs');
    expect(conflicts).toHaveLength(1);
  });

  it('keeps two funders’ shares of one body apart', () => {
    const council = claimsOf('Tarn County Council pays 40% of Kelby Hospice’s costs.');
    const nhs = claimsOf('The NHS pays 60% of Kelby Hospice’s costs.');
    expect([...council, ...nhs].filter((c) => c.attribute.startsWith('funded-share:')).map((c) => c.attribute)).toEqual([
      'funded-share:org:tarn-county-council',
      'funded-share:nhs',
    ]);
    expect(conflictsAmongSources([
      { doc: 'a.txt', claims: council },
      { doc: 'b.txt', claims: nhs },
    ]).filter((c) => c.attribute.startsWith('funded-share:'))).toEqual([]);
  });

  it('does not read a share two funders make up together, nor a body meeting its own costs', () => {
    expect(shares('Grants from the NHS and Tarn County Council make up 46% of Kelby Hospice’s income.')).toEqual([]);
    expect(shares('Tarn County Council covers 50% of Tarn County Council’s costs.')).toEqual([]);
  });

  it('does not read the cost of a thing the body has, nor a share of something other than money', () => {
    expect(shares('Tarn County Council pays 40% of the cost of Kelby Hospice’s new roof.')).toEqual([]);
    expect(shares('Tarn County Council owns 40% of Kelby Hospice.')).toEqual([]);
    expect(shares('Tarn County Council is 40% of Kelby Hospice’s members.')).toEqual([]);
  });

  it('does not read a denied, conditional or questioned share', () => {
    expect(shares('Tarn County Council does not pay 40% of Kelby Hospice’s costs.')).toEqual([]);
    expect(shares('If Tarn County Council covered 40% of Kelby Hospice’s costs, it would survive.')).toEqual([]);
    expect(shares('Does Tarn County Council pay 40% of Kelby Hospice’s costs?')).toEqual([]);
  });
});

describe('the funded share in words', () => {
  it('names the funder, and the NHS for any of its paying bodies', () => {
    expect(attributeLabel('funded-share:nhs')).toBe('share of its costs met by the NHS');
    expect(attributeLabel('funded-share:org:tarn-county-council', () => 'Tarn County Council')).toBe('share of its costs met by Tarn County Council');
  });
});
