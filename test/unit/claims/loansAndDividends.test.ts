// Whether one body has lent to another, and whether a body has paid a dividend, at all: a loan or
// a dividend stated (with a sum or without) against a denial that names no sum ("has not lent it
// a single pound", "owes the council nothing", "has never paid a dividend"). Every name here is
// invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Tollbridge Homes Ltd': 'org:tollbridge-homes',
  'Tollbridge Homes': 'org:tollbridge-homes',
  Tollbridge: 'org:tollbridge-homes',
  'Pellam County Council': 'org:pellam-county-council',
  'Orrin Bank': 'org:orrin-bank',
  'Kestle Trading': 'org:kestle-trading',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const facts = (text: string): Array<[string, string, string]> =>
  claimsOf(text)
    .filter((c) => (c.attribute.startsWith('loan-from:') || c.attribute === 'dividend') && c.value.kind === 'category')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'category' ? c.value.polarity : '']);

const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('a loan from one body to another', () => {
  it('reads a loan stated from either side, with or without its sum, as the borrower’s loan from the lender', () => {
    for (const text of [
      'Tollbridge Homes Ltd has a £12 million loan from Orrin Bank.',
      'Tollbridge Homes Ltd’s building programme is funded by a £12 million loan from Orrin Bank.',
      'Orrin Bank made a £12 million loan to Tollbridge Homes Ltd in 2022.',
      'The report mentions a loan from Orrin Bank to Tollbridge Homes Ltd.',
      'Orrin Bank lent Tollbridge Homes Ltd £12 million.',
    ]) {
      expect(facts(text), text).toEqual([['org:tollbridge-homes', 'loan-from:org:orrin-bank', 'affirm']]);
    }
  });

  it('reads a loan whose lender is the subject of a relative clause after it', () => {
    for (const text of [
      'Members asked about repayment of the £12 million loan Pellam County Council made to Tollbridge Homes Ltd in 2022.',
      'The accounts show a loan that Orrin Bank gave Tollbridge Homes Ltd in 2022.',
      'Auditors queried the £12m loan which the council had granted to Tollbridge Homes Ltd.',
      'Interest on the loan Orrin Bank advanced to Tollbridge Homes Ltd is paid monthly.',
    ]) {
      expect(facts(text).filter(([, , p]) => p === 'affirm').length, text).toBe(1);
      expect(facts(text)[0]![0], text).toBe('org:tollbridge-homes');
    }
  });

  it('does not read a loan offered, sought or refused in a relative clause as made', () => {
    for (const text of [
      'Tollbridge Homes Ltd turned down the loan Orrin Bank offered to Tollbridge Homes Ltd.',
      'Tollbridge Homes Ltd sought a loan that Orrin Bank refused.',
      'There is no loan Orrin Bank made to Tollbridge Homes Ltd.',
    ]) {
      expect(facts(text).filter(([, , p]) => p === 'affirm'), text).toEqual([]);
    }
  });

  it('meets a denial of any borrowing from the council with a loan the council made, whichever words', () => {
    const loan = 'Members asked about the £4.5 million loan the Council made to Tollbridge Homes Ltd in June 2023.';
    for (const denial of [
      'Tollbridge Homes Ltd has never borrowed from the borough council and owes it nothing.',
      'Tollbridge Homes Ltd has never borrowed from the county council.',
      'Tollbridge owes the council nothing.',
    ]) {
      expect(conflictsAmong(loan, denial).map((c) => c.kind), denial).toEqual(['negation']);
    }
  });

  it('counts every local council as one lender, named or not', () => {
    expect(facts('Tollbridge Homes Ltd has a £12 million loan from Pellam County Council.')).toEqual([['org:tollbridge-homes', 'loan-from:local-authority', 'affirm']]);
  });

  it('reads a denial that names no sum as no loan at all', () => {
    for (const text of [
      'Pellam County Council has not lent Tollbridge Homes Ltd a single pound.',
      'Pellam County Council has never lent Tollbridge a penny.',
      'Tollbridge owes Pellam County Council nothing.',
      'Tollbridge does not owe Pellam County Council anything.',
      'Tollbridge has never borrowed from Pellam County Council.',
    ]) {
      expect(facts(text), text).toEqual([['org:tollbridge-homes', 'loan-from:local-authority', 'deny']]);
    }
  });

  it('reads "it" given nothing as the body spoken of before, not the giver', () => {
    const text = 'Tollbridge Homes builds flats for rent. Pellam County Council has not lent it a single pound.';
    expect(facts(text)).toEqual([['org:tollbridge-homes', 'loan-from:local-authority', 'deny']]);
  });

  it('reads no loan in a question, a condition, or a debt still owed', () => {
    expect(facts('Has Pellam County Council lent Tollbridge Homes Ltd £12 million?')).toEqual([]);
    expect(facts('If Pellam County Council lent Tollbridge Homes Ltd £12 million, the deal would close.')).toEqual([]);
    expect(facts('Tollbridge owes Pellam County Council £3 million.')).toEqual([]);
  });

  it('conflicts between a loan and its denial, and not between a loan from one lender and a denial about another', () => {
    const loan = 'Tollbridge Homes Ltd has a £12 million loan from Pellam County Council.';
    expect(conflictsAmong(loan, 'Tollbridge owes Pellam County Council nothing.').map((c) => c.kind)).toEqual(['negation']);
    expect(conflictsAmong('Tollbridge Homes Ltd has a £12 million loan from Orrin Bank.', 'Tollbridge owes Pellam County Council nothing.')).toEqual([]);
  });
});

describe('a dividend paid', () => {
  it('reads a dividend paid, with or without its sum, and its denial', () => {
    for (const text of ['Kestle Trading returned a £3.1 million dividend to the council in 2021.', 'Kestle Trading paid £45 million in dividends to its parent.', 'Kestle Trading paid a dividend last year.']) {
      expect(facts(text), text).toEqual([['org:kestle-trading', 'dividend', 'affirm']]);
    }
    for (const text of ['Kestle Trading has never paid a dividend to the council.', 'Kestle Trading has not paid any dividends.', 'Kestle Trading paid no dividend.']) {
      expect(facts(text), text).toEqual([['org:kestle-trading', 'dividend', 'deny']]);
    }
  });

  it('conflicts between a dividend paid and "has never paid a dividend", and not between two bodies', () => {
    const paid = 'Kestle Trading returned a £3.1 million dividend to the council in 2021.';
    expect(conflictsAmong(paid, 'Kestle Trading has never paid a dividend to the council.').map((c) => c.kind)).toEqual(['negation']);
    expect(conflictsAmong(paid, 'Tollbridge Homes Ltd has never paid a dividend.')).toEqual([]);
  });
});

describe('a loan not made, and a dividend denied for one period only', () => {
  it('reads no loan that was refused, turned down, sought, applied for or offered', () => {
    for (const text of [
      'Pellam County Council refused a loan to Tollbridge Homes Ltd.',
      'Tollbridge Homes Ltd was refused a £12 million loan from Pellam County Council.',
      'Pellam County Council turned down a £12 million loan to Tollbridge Homes Ltd.',
      'Tollbridge Homes Ltd applied for a £12 million loan from Orrin Bank.',
      'Tollbridge Homes Ltd is seeking a loan from Orrin Bank.',
      'Tollbridge Homes Ltd asked for a loan from Pellam County Council.',
      'Orrin Bank offered a £2 million loan to Tollbridge Homes Ltd.',
    ]) {
      expect(facts(text), text).toEqual([]);
    }
    // a loan repaid was a loan made
    expect(facts('Tollbridge Homes Ltd repaid the £12 million loan from Orrin Bank.')).toEqual([['org:tollbridge-homes', 'loan-from:org:orrin-bank', 'affirm']]);
  });

  it('does not let a refused loan conflict with "has not lent it a single pound"', () => {
    const denial = 'Pellam County Council has not lent Tollbridge Homes Ltd a single pound.';
    expect(conflictsAmong('Tollbridge Homes Ltd was refused a loan from Pellam County Council.', denial)).toEqual([]);
    expect(conflictsAmong('Pellam County Council made a £12 million loan to Tollbridge Homes Ltd.', denial).map((c) => c.kind)).toEqual(['negation']);
  });

  it('reads a dividend denied for one period as no denial of every period', () => {
    for (const text of [
      'Kestle Trading did not pay a dividend this year.',
      'Kestle Trading paid no dividend in 2023.',
      'Kestle Trading did not pay a dividend for the last financial year.',
      'Kestle Trading did not pay a dividend again.',
    ]) {
      expect(facts(text), text).toEqual([]);
    }
    // "not since 2019" denies every year from then to now: a dividend paid since is what it disputes
    for (const text of ['Kestle Trading has never paid a dividend since it was set up in 2019.', 'Kestle Trading has paid no dividends to date.', 'Kestle Trading has not paid a dividend since 2019.']) {
      expect(facts(text), text).toEqual([['org:kestle-trading', 'dividend', 'deny']]);
    }
  });

  it('conflicts between a dividend paid and "never paid", not "not paid this year"', () => {
    const paid = 'Kestle Trading paid £2 million in dividends to the council.';
    expect(conflictsAmong(paid, 'Kestle Trading did not pay a dividend this year.')).toEqual([]);
    expect(conflictsAmong(paid, 'Kestle Trading has never paid a dividend.').map((c) => c.kind)).toEqual(['negation']);
  });
});

describe('a dividend named with its sum', () => {
  it('reads a dividend with its sum as one paid by the clause’s subject, a possessive included, or by the body after "from"', () => {
    for (const text of [
      'Kestle Trading’s accounts for 2023/24 show a dividend of £1.2 million paid to shareholders.',
      'Kestle Trading handed its parent a £3 million dividend in 2023.',
      'Orrin Bank received a £2m dividend from Kestle Trading last year.',
      'Kestle Trading’s filing records an interim dividend of £450,000 to its owners.',
      'According to Companies House, Kestle Trading made dividends totalling £2m in 2022.',
    ]) {
      expect(facts(text).filter(([s]) => s === 'org:kestle-trading'), text).toEqual([['org:kestle-trading', 'dividend', 'affirm']]);
    }
  });

  it('does not read a dividend only proposed or sought, one received from no named payer, or one denied, as paid', () => {
    for (const text of [
      'Kestle Trading proposed a dividend of £2m.',
      'Shareholders demanded a £2m dividend from Kestle Trading.',
      'Orrin Bank received a £2m dividend last year.',
      'There was no dividend of £2m from Kestle Trading.',
      'Kestle Trading would pay a dividend of £2m if profits allowed.',
    ]) {
      expect(facts(text).filter(([, , p]) => p === 'affirm'), text).toEqual([]);
    }
  });

  it('conflicts between "pays no dividends" and a dividend its accounts show, not with another body’s dividend', () => {
    const denial = 'Kestle Trading pays no dividends. Every penny of surplus goes back into the service.';
    expect(conflictsAmong(denial, 'Kestle Trading’s accounts for 2023/24 show a dividend of £1.2 million paid to shareholders.').map((c) => c.kind)).toEqual(['negation']);
    expect(conflictsAmong(denial, 'Tollbridge Homes Ltd’s accounts show a dividend of £1.2 million paid to Kestle Trading.')).toEqual([]);
  });
});
