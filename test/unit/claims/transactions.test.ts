// Contracts and sales as claim subjects: a contract's value, first day and award day are claims
// about the body that won it (keyed by who let it), a sale's price and completion day are claims
// about the company sold. "The contract", "the deal" and "the sale" are read as the transaction
// named in their own or the previous sentence. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, SourcedClaim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Department for Widgets': 'org:department-for-widgets',
  'Pellmoor Training': 'org:pellmoor-training',
  'Pellmoor Leisure': 'org:pellmoor-leisure',
  'Harlow Learning': 'org:harlow-learning',
  'Orlingham County Council': 'org:orlingham-county-council',
  'Orlingham Borough Council': 'org:orlingham-borough-council',
  'Wexmoor Ferries': 'org:wexmoor-ferries',
  'Calder Capital': 'org:calder-capital',
  'North West Widgets Board': 'org:north-west-widgets-board',
};

const DEALS = /^(?:contract|sale)-/;

function deals(text: string, documentDate?: string): Array<[string, string, number | string]> {
  return extractClaims(text, tagEntities(text, NAMES), documentDate)
    .filter((c: Claim) => DEALS.test(c.attribute))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : c.value.kind === 'date' ? c.value.iso : '']);
}

function sourced(doc: string, text: string, documentDate?: string): SourcedClaim[] {
  return extractClaims(text, tagEntities(text, NAMES), documentDate)
    .filter((c) => DEALS.test(c.attribute))
    .map((claim) => ({ doc, claim }));
}

function conflictsOf(...claims: SourcedClaim[][]): Array<[string, string]> {
  const byKey = new Map<string, SourcedClaim[]>();
  for (const c of claims.flat()) {
    const key = `${c.claim.subject} ${c.claim.attribute}`;
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  return [...byKey.values()].flatMap((list) => detectConflicts(list)).map((c) => [c.kind, c.attribute]);
}

const BY_WIDGETS = 'from:org:department-for-widgets';

describe('a contract is a claim subject through the body that won it', () => {
  it('reads the value and the first day told about "the contract" right after the award', () => {
    const text =
      'The Department for Widgets has awarded the Southern lot of the Harbour Skills Service to Pellmoor Training. ' +
      'The contract is worth £12 million over three years and will start on 1 May 2019.';
    expect(deals(text)).toEqual([
      ['org:pellmoor-training', `contract-value:${BY_WIDGETS}`, 12_000_000],
      ['org:pellmoor-training', `contract-start:${BY_WIDGETS}`, '2019-05-01'],
    ]);
  });

  it('reads "It" opening the next sentence with a verb of the deal’s terms as the deal', () => {
    const text = 'The Department for Widgets has awarded the Southern lot to Pellmoor Training. It is worth £12 million and will start on 1 May 2019.';
    expect(deals(text)).toEqual([
      ['org:pellmoor-training', `contract-value:${BY_WIDGETS}`, 12_000_000],
      ['org:pellmoor-training', `contract-start:${BY_WIDGETS}`, '2019-05-01'],
    ]);
    expect(deals('The Department for Widgets has awarded the Southern lot to Pellmoor Training. It employs 40 staff and was founded on 1 May 2009.')).toEqual([]);
  });

  it('reads a lot that "went to" a body as its contract', () => {
    expect(deals('The Eastern lot of the Harbour Skills Service went to Pellmoor Training. The Department for Widgets said the contract is worth £8m.')).toEqual([]);
    expect(deals('The Eastern lot went to Pellmoor Training in a deal worth £8m. The contract, awarded by the Department for Widgets, starts on 1 May 2019.')).toEqual([
      ['org:pellmoor-training', `contract-value:${BY_WIDGETS}`, 8_000_000],
      ['org:pellmoor-training', `contract-start:${BY_WIDGETS}`, '2019-05-01'],
    ]);
  });

  it('takes the awarder from a later sentence that refers back to the contract', () => {
    const text =
      'Pellmoor Training has won the three-year contract to run courses in six prisons, in a deal worth £15 million. ' +
      'The contract, awarded by the Department for Widgets last week, will begin on 1 September 2019.';
    expect(deals(text)).toEqual([
      ['org:pellmoor-training', `contract-value:${BY_WIDGETS}`, 15_000_000],
      ['org:pellmoor-training', `contract-start:${BY_WIDGETS}`, '2019-09-01'],
    ]);
  });

  it('reads a winner named with an apposition and a figure before the contract word', () => {
    expect(deals('Pellmoor Training, a staff mutual, has won a £7m contract from the Department for Widgets.')).toEqual([
      ['org:pellmoor-training', `contract-value:${BY_WIDGETS}`, 7_000_000],
    ]);
  });

  it('takes the other side of a contract won "with" a body as its awarder, not a partner', () => {
    expect(deals('Pellmoor Training has won a contract with the Department for Widgets worth £5m.')).toEqual([['org:pellmoor-training', `contract-value:${BY_WIDGETS}`, 5_000_000]]);
    expect(deals('Pellmoor Training has won a contract jointly with Harlow Learning worth £5m.')).toEqual([]);
  });

  it('takes a body named before the contract word as its awarder', () => {
    expect(deals('Pellmoor Training has won a £10m Department for Widgets contract.')).toEqual([['org:pellmoor-training', `contract-value:${BY_WIDGETS}`, 10_000_000]]);
  });

  it('reads "the four-year contract" as a back-reference, but not "the previous contract"', () => {
    const award = 'The Department for Widgets has awarded the Southern lot to Pellmoor Training. ';
    expect(deals(award + 'The four-year contract will start on 1 May 2019.')).toEqual([['org:pellmoor-training', `contract-start:${BY_WIDGETS}`, '2019-05-01']]);
    expect(deals(award + 'The previous contract will start on 1 May 2019.')).toEqual([]);
  });

  it('makes no claim for a contract whose awarder the document never names', () => {
    expect(deals('Pellmoor Training has won a £12m contract to run courses. The contract will start on 1 May 2019.')).toEqual([]);
  });

  it('keeps the day a contract was let apart from the day it starts', () => {
    const text =
      'Orlingham County Council awarded the contract for the new Lido to Pellmoor Leisure on 3 March 2018. ' +
      'The contract will start on 1 June 2018.';
    expect(deals(text)).toEqual([
      ['org:pellmoor-leisure', 'contract-award:from:local-authority', '2018-03-03'],
      ['org:pellmoor-leisure', 'contract-start:from:local-authority', '2018-06-01'],
    ]);
    expect(conflictsOf(sourced('a.txt', text))).toEqual([]);
  });

  it('does not read a sum of money or "a lot of" work as a contract', () => {
    expect(deals('The Department for Widgets has awarded £2m to Pellmoor Training, worth £2m a year.')).toEqual([]);
    expect(deals('The Department for Widgets has awarded a lot of work to Pellmoor Training. The contract is worth £5m.')).toEqual([]);
  });

  it('resolves "the contract" further on to the only contract the document has named', () => {
    const text =
      'The Department for Widgets has awarded the Southern lot to Pellmoor Training. Courses begin next year. The contract is worth £12 million.';
    expect(deals(text)).toEqual([['org:pellmoor-training', `contract-value:${BY_WIDGETS}`, 12_000_000]]);
  });

  it('leaves "the contract" further on unresolved when the document has named two', () => {
    const text =
      'The Department for Widgets has awarded the Southern lot to Pellmoor Training. The Department for Widgets has awarded the Eastern lot to Harlow Learning. Courses begin next year. The contract is worth £12 million.';
    expect(deals(text)).toEqual([]);
  });

  it('does not take a figure that another body’s clause states', () => {
    expect(deals('Pellmoor Training has won the contract from the Department for Widgets, beating Harlow Learning, whose bid was worth £9m.')).toEqual([]);
  });

  it('drops a key to which the document gives two values, as it names two contracts', () => {
    const text =
      'The Department for Widgets awarded the Southern lot to Pellmoor Training. The contract is worth £12 million. ' +
      'The Department for Widgets also awarded the Eastern lot to Pellmoor Training. The contract is worth £9 million.';
    expect(deals(text)).toEqual([]);
  });

  it('flags two sources that give one contract different values and first days', () => {
    const a = sourced(
      'a.txt',
      'The Department for Widgets has awarded the Southern lot to Pellmoor Training. The contract is worth £46 million and will start on 1 April 2017.',
      '2016-07-14',
    );
    const b = sourced(
      'b.txt',
      'Pellmoor Training has won the contract, in a deal worth £64 million. The contract, awarded by the Department for Widgets, will begin on 1 September 2017.',
    );
    expect(conflictsOf(a, b)).toEqual([
      ['numeric', `contract-value:${BY_WIDGETS}`],
      ['date', `contract-start:${BY_WIDGETS}`],
    ]);
  });

  it('keeps apart one body’s contracts for two regions from one awarder', () => {
    const a = sourced('a.txt', 'The Department for Widgets has awarded the North West lot to Pellmoor Training. The contract is worth £12 million.');
    const b = sourced('b.txt', 'Pellmoor Training has won the contract to run courses in London from the Department for Widgets, in a deal worth £9 million.');
    expect(a.map((c) => c.claim.attribute)).toEqual([`contract-value:${BY_WIDGETS}:in:north-west`]);
    expect(b.map((c) => c.claim.attribute)).toEqual([`contract-value:${BY_WIDGETS}:in:london`]);
    expect(conflictsOf(a, b)).toEqual([]);
  });

  it('does not read a region inside a body’s name as the contract’s area', () => {
    expect(deals('The North West Widgets Board has awarded the cleaning contract to Pellmoor Training. The contract is worth £3m.')).toEqual([
      ['org:pellmoor-training', 'contract-value:from:org:north-west-widgets-board', 3_000_000],
    ]);
  });

  it('does not take a yearly figure for what the whole contract is worth', () => {
    expect(deals('The Department for Widgets awarded the contract to Pellmoor Training, which said the contract was worth £8m a year.')).toEqual([]);
  });

  it('does not take a day told about the contract it replaces', () => {
    const text = 'The Department for Widgets has awarded the Southern lot to Pellmoor Training. The contract, which replaces one that began on 1 April 2012, will start on 1 April 2017.';
    expect(deals(text)).toEqual([]);
  });

  it('does not take a figure told about another contract for this one', () => {
    const text = 'Pellmoor Training was awarded a £40m deal by the Department for Widgets. The deal is worth more than its previous contract, which was worth £30m.';
    expect(deals(text)).toEqual([['org:pellmoor-training', `contract-value:${BY_WIDGETS}`, 40_000_000]]);
  });

  it('never compares contracts of one body let by different awarders', () => {
    const a = sourced('a.txt', 'The Department for Widgets has awarded the Southern lot to Pellmoor Training. The contract is worth £12 million.');
    const b = sourced('b.txt', 'Orlingham County Council has awarded the leisure contract to Pellmoor Training. The contract is worth £3 million.');
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(conflictsOf(a, b)).toEqual([]);
  });
});

describe('a sale is a claim subject through the company sold', () => {
  it('reads the price from the seller’s side and from the buyer’s', () => {
    const seller = 'Orlingham Borough Council has agreed to sell Wexmoor Ferries to Calder Capital for £21 million.';
    const buyer = 'Calder Capital has bought Wexmoor Ferries for £19.5m.';
    expect(deals(seller)).toEqual([['org:wexmoor-ferries', 'sale-price', 21_000_000]]);
    expect(deals(buyer)).toEqual([['org:wexmoor-ferries', 'sale-price', 19_500_000]]);
    expect(conflictsOf(sourced('a.txt', seller), sourced('b.txt', buyer))).toEqual([['numeric', 'sale-price']]);
  });

  it('reads a completion day that opens the sentence and a price after a long clause', () => {
    const text = 'On 3 March 2018 the sale of Wexmoor Ferries by Orlingham Borough Council to Calder Capital was completed, for a consideration of £19.5 million.';
    expect(deals(text)).toEqual([
      ['org:wexmoor-ferries', 'sale-completion', '2018-03-03'],
      ['org:wexmoor-ferries', 'sale-price', 19_500_000],
    ]);
  });

  it('reads the completion day told about "the sale" in the next sentence', () => {
    const text = 'Orlingham Borough Council has agreed to sell Wexmoor Ferries to Calder Capital. The sale is due to complete on 31 May 2018.';
    expect(deals(text)).toEqual([['org:wexmoor-ferries', 'sale-completion', '2018-05-31']]);
  });

  it('dates a company sold with the verb', () => {
    expect(deals('Wexmoor Ferries was sold to its staff in 1986.')).toEqual([['org:wexmoor-ferries', 'sale-completion', '1986']]);
    expect(deals('Wexmoor Ferries was acquired by Calder Capital in 2015 for £10m.')).toEqual([
      ['org:wexmoor-ferries', 'sale-completion', '2015'],
      ['org:wexmoor-ferries', 'sale-price', 10_000_000],
    ]);
    expect(deals('Calder Capital completed its acquisition of Wexmoor Ferries on 4 March 2018.')).toEqual([['org:wexmoor-ferries', 'sale-completion', '2018-03-04']]);
  });

  it('does not take the day a sale was agreed for its completion', () => {
    expect(deals('Orlingham Borough Council agreed to sell Wexmoor Ferries on 23 November 2017.')).toEqual([]);
  });

  it('does not read a company’s sale of a part of itself as its own sale', () => {
    const text = 'Wexmoor Ferries has agreed to sell its freight business to Calder Capital for £27m. The sale of the business is due to complete on 1 May 2018.';
    expect(deals(text)).toEqual([]);
  });

  it('does not read a buyer’s other purchases as a sale of the buyer', () => {
    expect(deals('Calder Capital also bought a depot from the council for £2m.')).toEqual([]);
  });

  it('does not read trade in a company’s goods as a sale of the company', () => {
    expect(deals('The council buys Wexmoor Ferries tickets for £2m.')).toEqual([]);
    expect(deals('Wexmoor Ferries is sold in every port for £30.')).toEqual([]);
  });

  it('does not read a stake, shares or a part of a company as the company sold', () => {
    expect(deals('Calder Capital sold its stake in Wexmoor Ferries for £4m.')).toEqual([]);
    expect(deals('Orlingham Borough Council sold Wexmoor Ferries’ depot for £2m.')).toEqual([]);
    expect(deals('Calder Capital bought Wexmoor Ferries shares for £1m.')).toEqual([]);
  });

  it('does not read what a company is worth as its price', () => {
    expect(deals('Orlingham Borough Council has agreed to sell Wexmoor Ferries, which is worth £30m, to Calder Capital.')).toEqual([]);
  });

  it('dates a sale’s figures by the day it was completed, when the text gives one, not by the document', () => {
    const history = sourced('a.txt', 'Wexmoor Ferries, which was sold by Orlingham Borough Council in 2010 for £5m, now runs 40 boats.', '2016-05-12');
    const news = sourced('b.txt', 'Wexmoor Ferries has been bought by Calder Capital for £20m.', '2016-05-20');
    expect(history.map((c) => [c.claim.attribute, c.claim.time])).toEqual([
      ['sale-completion', '2010'],
      ['sale-price', '2010'],
    ]);
    expect(conflictsOf(history, news)).toEqual([]);
  });

  it('compares a sale reported in one year with its completion reported the next, but not sales years apart', () => {
    const agreed = sourced('a.txt', 'Orlingham Borough Council has agreed to sell Wexmoor Ferries for £21 million.', '2017-11-23');
    const completed = sourced('b.txt', 'Calder Capital has bought Wexmoor Ferries for £19.5m.', '2018-03-04');
    const later = sourced('c.txt', 'Calder Capital has sold Wexmoor Ferries for £35m.', '2024-05-01');
    expect(conflictsOf(agreed, completed)).toEqual([['numeric', 'sale-price']]);
    expect(conflictsOf(completed, later)).toEqual([]);
  });
});
