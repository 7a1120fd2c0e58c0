import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

function moneyValues(text: string) {
  return entitiesOf(text, 'money').map((e) => [e.text, e.value]);
}

describe('money', () => {
  it('scales millions and billions written out or abbreviated, glued or spaced', () => {
    expect(moneyValues('They got £10million, then £1.5 billion, then £600m and $3bn and €20k.')).toEqual([
      ['£10million', { kind: 'money', amount: 10_000_000, currency: 'GBP' }],
      ['£1.5 billion', { kind: 'money', amount: 1_500_000_000, currency: 'GBP' }],
      ['£600m', { kind: 'money', amount: 600_000_000, currency: 'GBP' }],
      ['$3bn', { kind: 'money', amount: 3_000_000_000, currency: 'USD' }],
      ['€20k', { kind: 'money', amount: 20_000, currency: 'EUR' }],
    ]);
  });

  it('reads "£8.99p" as £8.99, not as pence or as two amounts', () => {
    expect(moneyValues('The book costs Price £8.99p from the shop.')).toEqual([['£8.99p', { kind: 'money', amount: 8.99, currency: 'GBP' }]]);
  });

  it('reads pence and currency words', () => {
    expect(moneyValues('A stamp is 50p; the fund holds 2 million pounds.')).toEqual([
      ['50p', { kind: 'money', amount: 0.5, currency: 'GBP' }],
      ['2 million pounds', { kind: 'money', amount: 2_000_000, currency: 'GBP' }],
    ]);
  });

  it('keeps a hedge in the span and the amount as core', () => {
    const [grant] = entitiesOf('including over £10million to help mutuals', 'money');
    expect(grant).toMatchObject({ text: 'over £10million', core: { text: '£10million' } });
    expect(grant!.value).toMatchObject({ qualifier: 'over' });
  });

  it('ignores vague sums and pounds without a figure', () => {
    expect(moneyValues('raising billions of pounds; every pound spent counts')).toEqual([]);
  });
});
