// Where a contract or a sale could be misread: two lots of one winner, a second contract in the
// same sentence, a company sold in turn after the one it bought, a day that belongs to something
// else in a long sentence. Each case is a reading the transaction rules once got wrong; every
// name is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Ministry of Lanterns': 'org:ministry-of-lanterns',
  'Quillby Gritting Ltd': 'org:quillby-gritting',
  'Harnmoor Ltd': 'org:harnmoor',
  'Osterley Vane Ltd': 'org:osterley-vane',
  'Tarrock Capital': 'org:tarrock-capital',
};

const DEALS = /^(?:contract|sale)-/;

function deals(text: string): Array<[string, string, number | string]> {
  return extractClaims(text, tagEntities(text, NAMES), '2021-05-01')
    .filter((c: Claim) => DEALS.test(c.attribute))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : c.value.kind === 'date' ? c.value.iso : '']);
}

const BY_LANTERNS = 'from:org:ministry-of-lanterns';

describe('a contract is told apart from another lot of the same winner', () => {
  it('does not read "the contract" after two lots of one winner as either of them', () => {
    const text =
      'Quillby Gritting Ltd has won the Scotland lot of the Road Salt Service from the Ministry of Lanterns, and Quillby Gritting Ltd has also won the Wales lot. ' +
      'The contract is worth £6m.';
    expect(deals(text)).toEqual([]);
  });

  it('reads the area named before a lot that "went to" its winner', () => {
    const text =
      'The Ministry of Lanterns has awarded the North West lot of the Road Salt Service to Quillby Gritting Ltd. ' +
      'The Scotland lot went to Quillby Gritting Ltd too. The contract is worth £20m.';
    // "The contract" could be either lot, so it makes no claim, and the Scotland lot is not taken for the North West one.
    expect(deals(text)).toEqual([]);
  });

  it('still reads the lot that went to its winner with the area before it', () => {
    const text = 'This year the Scotland lot went to Quillby Gritting Ltd from the Ministry of Lanterns. It is worth £3m.';
    expect(deals(text)).toEqual([['org:quillby-gritting', `contract-value:${BY_LANTERNS}:in:scotland`, 3_000_000]]);
  });

  it('gives each of two contracts in one sentence only the area of its own description', () => {
    const text = 'Quillby Gritting Ltd has won a £4m contract from the Ministry of Lanterns for London and a £6m contract for Wales.';
    expect(deals(text)).toEqual([['org:quillby-gritting', `contract-value:${BY_LANTERNS}:in:london`, 4_000_000]]);
  });
});

describe('a day is read as a contract’s award day only when nothing else stands between', () => {
  it('does not take a day after another figure in a long clause as the day the contract was let', () => {
    const text = 'Quillby Gritting Ltd has won the contract from the Ministry of Lanterns and the first depot costs £1m on 1 May 2021.';
    expect(deals(text).filter(([, attribute]) => attribute.startsWith('contract-award'))).toEqual([]);
  });

  it('still reads the day right after who let it', () => {
    const text = 'Quillby Gritting Ltd won the contract from the Ministry of Lanterns on 14 June 2019.';
    expect(deals(text)).toEqual([['org:quillby-gritting', `contract-award:${BY_LANTERNS}`, '2019-06-14']]);
  });

  it('still reads a price that its cue puts well over a hundred characters after the sale’s words', () => {
    const text =
      'Tarrock Capital has agreed to buy Harnmoor Ltd from its founders after eighteen months of talks with lenders, ' +
      'the pension trustees and the regulator about the deficit in the scheme for £5m.';
    expect(deals(text)).toEqual([['org:harnmoor', 'sale-price', 5_000_000]]);
  });
});

describe('a company sold in turn is a deal of its own', () => {
  it('reads "X was itself sold" as the sale of X, so "the deal" after it could be either sale', () => {
    const text =
      'Harnmoor Ltd was bought by Osterley Vane Ltd for £10m in 2015, and Osterley Vane Ltd was itself sold for £50m. ' +
      'The deal was completed on 3 March 2020.';
    expect(deals(text)).toEqual([
      ['org:harnmoor', 'sale-price', 10_000_000],
      ['org:harnmoor', 'sale-completion', '2015'],
      ['org:osterley-vane', 'sale-price', 50_000_000],
    ]);
  });
});

describe('"the deal" and "the sale" are read only where they can refer to one deal', () => {
  it('does not read a programme named with a capitalised deal word as the deal', () => {
    const text = 'Osterley Vane Ltd has won a contract from the Ministry of Lanterns. The Green Deal was worth £540m.';
    expect(deals(text).filter(([, attribute]) => attribute.startsWith('contract-value'))).toEqual([]);
  });

  it('does not carry "the sale" past a sale of something else that the text tells in between', () => {
    const text =
      'Tarrock Capital bought Harnmoor Ltd last year. Tarrock Capital then bought Osterley Vane Ltd’s depot for £3m. The sale completed on 9 January 2024.';
    expect(deals(text).filter(([, attribute]) => attribute === 'sale-completion')).toEqual([]);
  });

  it('still reads "the sale" as the only sale the text has named', () => {
    const text = 'Tarrock Capital bought Harnmoor Ltd last year. The sale completed on 9 January 2024.';
    expect(deals(text)).toEqual([['org:harnmoor', 'sale-completion', '2024-01-09']]);
  });
});
