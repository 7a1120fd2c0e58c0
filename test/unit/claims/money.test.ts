import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, SourcedClaim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Millbrook Homes': 'org:millbrook-homes',
  'Kestrel Community Trust': 'org:kestrel-community-trust',
  'Skills Bridge Fund': 'org:skills-bridge-fund',
};

const claimsOf = (text: string, documentDate?: string): Claim[] => extractClaims(text, tagEntities(text, NAMES), documentDate);
const money = (claims: Claim[]): Array<[string, string, number, string | undefined]> =>
  claims
    .filter((c) => c.value.kind === 'number' && c.value.unit === 'GBP')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN, c.time]);

function conflictsOf(...docs: Array<[string, string]>): string[] {
  const byKey = new Map<string, SourcedClaim[]>();
  for (const [doc, text] of docs) {
    for (const claim of claimsOf(text)) {
      const key = `${claim.subject} ${claim.attribute}`;
      byKey.set(key, [...(byKey.get(key) ?? []), { doc, claim }]);
    }
  }
  return [...byKey.values()].flatMap((claims) => detectConflicts(claims)).map((c) => `${c.kind} ${c.subject} ${c.attribute}`);
}

describe('what a fund is worth', () => {
  it('reads a figure before a fund\'s name, "X is worth £N" and "X, worth £N" as the value of one named thing', () => {
    expect(money(claimsOf('Ministers opened a £15m Rural Transport Fund in 2016/17.'))).toEqual([['thing:rural-transport-fund', 'value', 15e6, '2016/2017']]);
    expect(money(claimsOf('The Rural Transport Fund is worth £18m in 2016/17.'))[0].slice(0, 3)).toEqual(['thing:rural-transport-fund', 'value', 18e6]);
    expect(money(claimsOf('They praised the Rural Transport Fund, worth £15m, as bold.'))[0].slice(0, 3)).toEqual(['thing:rural-transport-fund', 'value', 15e6]);
  });

  it('reads "the fund" as the fund named last, and a fund the recognisers call an organisation as the same thing', () => {
    const text = 'The Skills Bridge Fund opened in May 2016. The fund is worth £4m.';
    expect(money(claimsOf(text))[0].slice(0, 3)).toEqual(['thing:skills-bridge-fund', 'value', 4e6]);
    expect(money(claimsOf('Ministers opened a £4m Skills Bridge Fund.'))[0].slice(0, 2)).toEqual(['thing:skills-bridge-fund', 'value']);
  });

  it('does not take a figure the fund follows or pays out as its value', () => {
    expect(money(claimsOf('The Rural Transport Fund, which follows £8m awarded to pilots in 2015/16, opens in April.'))).toEqual([]);
    expect(money(claimsOf('A £2m grant from the Rural Transport Fund went to buses.'))).toEqual([]);
  });

  it('reads a figure shared out from a fund named after it as the fund\'s value, with the year between them', () => {
    expect(money(claimsOf('Bus operators will share £9m in 2016/17 from the Rural Transport Fund.'))).toEqual([
      ['thing:rural-transport-fund', 'value', 9e6, '2016/2017'],
    ]);
    expect(money(claimsOf('Twelve parishes split £3m through the Rural Transport Fund.'))[0].slice(0, 3)).toEqual(['thing:rural-transport-fund', 'value', 3e6]);
  });

  it('does not take one grant received from a fund as the fund\'s value', () => {
    expect(money(claimsOf('Millbrook Homes received £2m in 2016/17 from the Rural Transport Fund.')).filter((c) => c[1] === 'value')).toEqual([]);
  });

  it('flags two values of one fund for one year, but not its values in two years', () => {
    expect(conflictsOf(['a.txt', 'A £15m Rural Transport Fund in 2016/17.'], ['b.txt', 'The Rural Transport Fund is worth £20m in 2016/17.'])).toEqual([
      'numeric thing:rural-transport-fund value',
    ]);
    expect(conflictsOf(['a.txt', 'A £15m Rural Transport Fund in 2016/17.'], ['b.txt', 'The Rural Transport Fund is worth £9m in 2015/16.'])).toEqual([]);
  });
});

describe('figures from accounts', () => {
  it('reads "our income rose to £N in Y1, from £M in Y0" as two figures of one measure in two years', () => {
    const text = 'Kestrel Community Trust\n\nOur income rose to £2.4m in 2015/16, from £2.1m in 2014/15.';
    expect(money(claimsOf(text))).toEqual([
      ['org:kestrel-community-trust', 'money:income', 2.4e6, '2015/2016'],
      ['org:kestrel-community-trust', 'money:income', 2.1e6, '2014/2015'],
    ]);
    expect(conflictsOf(['a.txt', text])).toEqual([]);
  });

  it('reads "X\'s turnover was £N" and "X is forecasting a deficit of £N" for the organisation named', () => {
    expect(money(claimsOf('Millbrook Homes’s turnover was £9m in 2015/16.'))[0].slice(0, 3)).toEqual(['org:millbrook-homes', 'money:turnover', 9e6]);
    expect(money(claimsOf('Millbrook Homes is forecasting a deficit of £1.5m for 2016/17.'))[0].slice(0, 3)).toEqual(['org:millbrook-homes', 'money:deficit', 1.5e6]);
  });
});

describe('pay of a post', () => {
  it('reads "pays its chief executive £N" and "the Chief Executive received a salary of £N" as one attribute of the organisation', () => {
    const comment = 'Millbrook Homes pays its chief executive more than £150,000.';
    const accounts = 'Millbrook Homes annual report\n\nThe Chief Executive received a salary of £92,000 in 2015/16.';
    expect(money(claimsOf(comment))[0].slice(0, 2)).toEqual(['org:millbrook-homes', 'pay:chief-executive']);
    expect(money(claimsOf(accounts))[0].slice(0, 2)).toEqual(['org:millbrook-homes', 'pay:chief-executive']);
    expect(conflictsOf(['comment.txt', comment], ['accounts.txt', accounts])).toEqual(['numeric org:millbrook-homes pay:chief-executive']);
  });

  it('does not give pay to an organisation when the text names no organisation for the post', () => {
    expect(money(claimsOf('The chief executive received a salary of £92,000.'))).toEqual([]);
  });
});
