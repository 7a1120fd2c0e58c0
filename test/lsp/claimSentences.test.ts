import { describe, expect, it } from 'vitest';
import { claimSentence } from '../../server/src/lsp/claimSentences';
import { attributeLabel, claimValueLabel } from '../../server/src/lsp/labels';

const names: Record<string, string> = {
  'org:fenmoor-council': 'Fenmoor Council',
  'org:ashby-logistics': 'Ashby Logistics',
  'org:department-for-work': 'Department for Work',
};
const nameOf = (id: string) => names[id];
const day = (iso: string) => ({ kind: 'date', iso, precision: 'day' }) as const;
const pounds = (value: number) => ({ kind: 'number', value, unit: 'GBP' }) as const;

describe('a conflict’s claims as sentences a researcher would write', () => {
  it('says a body is or is not owned whole, whoever its owners are', () => {
    expect(claimSentence('Tollbridge', 'ownership', { kind: 'category', category: 'wholly-owned', polarity: 'affirm' })).toBe('Tollbridge is owned outright by one owner');
    expect(claimSentence('Tollbridge', 'ownership', { kind: 'category', category: 'wholly-owned', polarity: 'deny' })).toBe('Tollbridge is NOT owned outright by one owner');
    expect(attributeLabel('ownership')).toBe('ownership');
  });

  it('says who has or has not lent to a body, and whether a body has paid a dividend', () => {
    const names = (id: string) => (id === 'org:orrin-bank' ? 'Orrin Bank' : undefined);
    expect(claimSentence('Tollbridge', 'loan-from:org:orrin-bank', { kind: 'category', category: 'lent', polarity: 'affirm' }, names)).toBe('Orrin Bank has lent to Tollbridge');
    expect(claimSentence('Tollbridge', 'loan-from:local-authority', { kind: 'category', category: 'lent', polarity: 'deny' })).toBe('The local council has NOT lent to Tollbridge');
    expect(claimSentence('Kestle', 'dividend', { kind: 'category', category: 'dividend-paid', polarity: 'deny' })).toBe('Kestle has NOT paid a dividend');
    expect(attributeLabel('loan-from:local-authority')).toBe('loan from the local council');
    expect(claimValueLabel({ kind: 'category', category: 'dividend-paid', polarity: 'affirm' })).toBe('paid');
  });

  it('says whether a body acted of its own accord', () => {
    expect(claimSentence('Marlow Savers', 'own-accord', { kind: 'category', category: 'voluntary', polarity: 'deny' })).toBe('Marlow Savers acted NOT of its own accord');
    expect(claimSentence('Marlow Savers', 'own-accord', { kind: 'category', category: 'voluntary', polarity: 'affirm' })).toBe('Marlow Savers acted of its own accord');
    expect(attributeLabel('own-accord')).toBe('whether it acted of its own accord');
  });

  it('says whether a body put money in', () => {
    expect(claimSentence('Tollgate Lottery Fund', 'gave-money', { kind: 'category', category: 'gave-money', polarity: 'deny' })).toBe('Tollgate Lottery Fund has NOT put money in');
    expect(claimSentence('Tollgate Lottery Fund', 'gave-money', { kind: 'category', category: 'gave-money', polarity: 'affirm' })).toBe('Tollgate Lottery Fund has put money in');
    expect(attributeLabel('gave-money')).toBe('whether it put money in');
  });

  it('says whether a body was consulted, and whether an owner agreed to sell', () => {
    expect(claimSentence('Porthall Workers Union', 'consulted', { kind: 'category', category: 'consulted', polarity: 'deny' })).toBe('Porthall Workers Union was NOT consulted');
    expect(claimSentence('Porthall Workers Union', 'consulted', { kind: 'category', category: 'consulted', polarity: 'affirm' })).toBe('Porthall Workers Union was consulted');
    expect(attributeLabel('consulted')).toBe('whether it was consulted');
    expect(claimSentence('Hugo Tarrant', 'agreed-to-sell', { kind: 'category', category: 'agreed-to-sell', polarity: 'deny' })).toBe('Hugo Tarrant has NOT agreed to sell');
    expect(attributeLabel('agreed-to-sell')).toBe('whether the owner agreed to sell');
  });

  it('says which formal action one body has or has not taken against another', () => {
    const names = (id: string) => (id === 'org:rail-standards' ? 'the Office of Rail Standards' : undefined);
    const action = (category: string, polarity: 'affirm' | 'deny') => ({ kind: 'category', category, polarity }) as const;
    expect(claimSentence('Corran Rail', 'action-from:org:rail-standards', action('fine', 'affirm'), names)).toBe('The Office of Rail Standards has fined Corran Rail');
    expect(claimSentence('Corran Rail', 'action-from:org:rail-standards', action('enforcement-action', 'deny'), names)).toBe(
      'The Office of Rail Standards has NOT taken enforcement action against Corran Rail',
    );
    expect(claimSentence('Ashby', 'action-from:org:rail-standards', action('contract-performance-notice', 'deny'), names)).toBe(
      'The Office of Rail Standards has NOT issued a contract performance notice to Ashby',
    );
    expect(attributeLabel('action-from:org:rail-standards', names)).toBe('formal action by the Office of Rail Standards');
  });

  it('says whether one body has taken on another’s staff', () => {
    const names = (id: string) => (id === 'org:corran-energy' ? 'Corran Energy' : undefined);
    expect(claimSentence('Brightline', 'staff-from:org:corran-energy', { kind: 'category', category: 'taken-on', polarity: 'deny' }, names)).toBe(
      'Brightline has NOT taken on the staff of Corran Energy',
    );
    expect(attributeLabel('staff-from:org:corran-energy', names)).toBe('taking on the staff of Corran Energy');
  });

  it('says which grade an inspectorate gave a body', () => {
    expect(claimSentence('Ashby', 'rating', { kind: 'category', category: 'rated-requires-improvement', polarity: 'affirm' })).toBe('Ashby is rated requires improvement');
    expect(attributeLabel('rating')).toBe('inspection rating');
    expect(claimValueLabel({ kind: 'category', category: 'rated-inadequate', polarity: 'affirm' })).toBe('inspection grade: inadequate');
  });

  it('names a contract by its winner, who let it and its area, with the names the corpus uses', () => {
    expect(claimSentence('Tarn Care', 'contract-value:from:org:department-for-work:in:north-east', pounds(46_000_000), nameOf)).toBe(
      'the value of Tarn Care’s contract from Department for Work in the North East is £46 million',
    );
    expect(claimSentence('Tarn Care', 'contract-start:from:local-authority', day('2017-04-01'), nameOf)).toBe(
      'the start date of Tarn Care’s contract from the local council is 1 April 2017',
    );
    expect(claimSentence('Tarn Care', 'contract-award:from:org:fenmoor-council:in:yorkshire-and-the-humber', day('2016-07-14'), nameOf)).toBe(
      'the award date of Tarn Care’s contract from Fenmoor Council in Yorkshire and the Humber is 14 July 2016',
    );
    expect(claimSentence('Tarn Care', 'contract-value:from:local-authority:in:wales', pounds(2_500_000))).toBe(
      'the value of Tarn Care’s contract from the local council in Wales is £2.5 million',
    );
  });

  it('speaks of a sale’s price and completion as the sale’s, without a tense that one source may not share', () => {
    expect(claimSentence('Ashby Logistics', 'sale-price', pounds(38_000_000))).toBe('the price of the sale of Ashby Logistics is £38 million');
    expect(claimSentence('Ashby Logistics', 'sale-completion', day('2017-03-31'))).toBe('the completion date of the sale of Ashby Logistics is 31 March 2017');
  });

  it('makes a holding of no stated size the owner’s statement, not the company’s', () => {
    const holds = { kind: 'category', category: 'shareholder', polarity: 'affirm' } as const;
    const none = { kind: 'category', category: 'shareholder', polarity: 'deny' } as const;
    expect(claimSentence('Ashby Logistics', 'owned-share:org:fenmoor-council', holds, nameOf)).toBe('Fenmoor Council holds shares in Ashby Logistics');
    expect(claimSentence('Ashby Logistics', 'owned-share:org:fenmoor-council', none, nameOf)).toBe('Fenmoor Council holds NO shares in Ashby Logistics');
  });

  it('writes dated events as what the body did', () => {
    expect(claimSentence('Ashby Logistics', 'date:administration', day('2019-03-01'))).toBe('Ashby Logistics went into administration on 1 March 2019');
    expect(claimSentence('Ashby Logistics', 'date:merged:org:fenmoor-council', { kind: 'date', iso: '2012', precision: 'year' }, nameOf)).toBe(
      'Ashby Logistics merged with Fenmoor Council in 2012',
    );
    expect(claimSentence('Ashby Logistics', 'date:took-over:services-of:local-authority', { kind: 'date', iso: '2020-10', precision: 'month' })).toBe(
      'Ashby Logistics took over the services of the local council in October 2020',
    );
    expect(claimSentence('Ashby Logistics', 'date:became:charity', day('2004-05-02'))).toBe('Ashby Logistics became a charity on 2 May 2004');
    expect(claimSentence('Ashby Logistics', 'date:order:special-administration', day('2025-06-06'))).toBe(
      'the special administration order about Ashby Logistics was made on 6 June 2025',
    );
    expect(claimSentence('Ashby Logistics', 'date:founded', day('1998-01-05'))).toBe('Ashby Logistics was founded on 5 January 1998');
  });

  it('writes sums by what they measure, and payments by who pays', () => {
    expect(claimSentence('Ashby Logistics', 'money:debt', pounds(1_900_000_000))).toBe('the debt of Ashby Logistics is £1.9 billion');
    expect(claimSentence('Ashby Logistics', 'money:paid-by:org:fenmoor-council', pounds(1_400_000), nameOf)).toBe(
      'the payment to Ashby Logistics from Fenmoor Council is £1.4 million',
    );
    expect(claimSentence('Ashby Logistics', 'money:total-paid-by:local-authority', { ...pounds(38_000_000), qualifier: 'at least' })).toBe(
      'the total paid to Ashby Logistics by the local council is at least £38 million',
    );
    expect(attributeLabel('money:total-paid-by:org:fenmoor-council', nameOf)).toBe('total paid by Fenmoor Council');
  });

  it('counts in the plural, whatever singular the engine keys a count by', () => {
    expect(claimSentence('Ashby Logistics', 'count:customer', { kind: 'number', value: 900_000, unit: 'customer', qualifier: 'around' })).toBe(
      'the number of customers for Ashby Logistics is about 900,000 customers',
    );
    // a count keyed with its measure puts the noun in the plural, not the measure
    expect(attributeLabel('count:customer taken on')).toBe('number of customers taken on');
    expect(attributeLabel('count:household helped')).toBe('number of households helped');
    expect(attributeLabel('count:people housed')).toBe('number of people housed');
    expect(claimValueLabel({ kind: 'number', value: 1, unit: 'depot' })).toBe('1 depot');
    expect(claimValueLabel({ kind: 'number', value: 12, unit: 'charity' })).toBe('12 charities');
    expect(claimValueLabel({ kind: 'number', value: 640, unit: 'staff' })).toBe('640 staff');
    expect(claimValueLabel({ kind: 'number', value: 3, unit: 'business' })).toBe('3 businesses');
  });

  it('names the same attributes in words for hovers, the Conflicts view and the Claim Matrix', () => {
    expect(attributeLabel('contract-value:from:org:department-for-work:in:north-east', nameOf)).toBe('value of the contract from Department for Work in the North East');
    expect(attributeLabel('contract-start:from:local-authority')).toBe('start date of the contract from the local council');
    expect(attributeLabel('contract-award:from:org:fenmoor-council', nameOf)).toBe('award date of the contract from Fenmoor Council');
    expect(attributeLabel('sale-price')).toBe('sale price');
    expect(attributeLabel('sale-completion')).toBe('completion date of the sale');
    expect(attributeLabel('money:debt')).toBe('debt');
    expect(attributeLabel('money:paid-by:org:fenmoor-council', nameOf)).toBe('payment from Fenmoor Council');
    expect(attributeLabel('date:administration')).toBe('date of administration');
    expect(attributeLabel('date:merged:org:ashby-logistics', nameOf)).toBe('date of the merger with Ashby Logistics');
    expect(attributeLabel('date:took-over:services-of:local-authority')).toBe('date it took over the services of the local council');
    expect(attributeLabel('date:became:charity')).toBe('date it became a charity');
    expect(attributeLabel('date:order:special-administration')).toBe('date of the special administration order');
    expect(attributeLabel('date:announced')).toBe('date announced');
  });

  it('words an act by the base form of its verb, not the stem in its key (claims/extractors/actsDone.ts)', () => {
    const act = (category: string, polarity: 'affirm' | 'deny') => ({ kind: 'category', category, polarity }) as const;
    expect(claimSentence('Redcliff Buses', 'act:clos', act('~clos', 'deny'))).toBe('Redcliff Buses did NOT close');
    expect(claimSentence('Redcliff Buses', 'act:rais', act('~rais price', 'affirm'))).toBe('Redcliff Buses did raise prices');
    expect(claimSentence('Redcliff Buses', 'act:cancel', act('~cancel school service', 'deny'))).toBe('Redcliff Buses did NOT cancel school services');
    expect(claimSentence('Redcliff Buses', 'act:hand-back', act('~hand-back contract', 'affirm'))).toBe('Redcliff Buses did hand back contracts');
    expect(claimSentence('HMICFRS', 'act:recommend', act('~recommend', 'deny'))).toBe('HMICFRS did NOT recommend');
    expect(claimValueLabel(act('~rais price', 'deny'))).toBe('NOT raise prices');
    expect(claimValueLabel(act('~lend', 'affirm'))).toBe('lend');
    expect(attributeLabel('act:clos')).toBe('whether it did close');
    expect(attributeLabel('act:writ')).toBe('whether it did write');
    expect(attributeLabel('act:hand-back')).toBe('whether it did hand back');
  });
});
