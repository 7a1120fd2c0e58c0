import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

// Newspapers and trade titles named by their publication word. Invented titles.

describe('a newspaper named by a word of daily publication and one noun', () => {
  it('reads "the Daily/Evening/Morning/Sunday <Noun>" as the paper, masthead or prose, the article left out', () => {
    expect(textsOf('The Daily Ledger\nNews | Politics | Business\n', 'organisation')).toEqual(['Daily Ledger']);
    expect(textsOf('The Daily Ledger said the pier was sold.', 'organisation')).toEqual(['Daily Ledger']);
    expect(textsOf('She told the Evening Lantern that beds would close.', 'organisation')).toEqual(['Evening Lantern']);
    expect(textsOf('A letter to the Sunday Beacon drew replies.', 'organisation')).toEqual(['Sunday Beacon']);
  });

  it('reads no person in "The Daily Ledger said"', () => {
    expect(textsOf('The Daily Ledger said the pier was sold.', 'person')).toEqual([]);
  });

  it('leaves the day word without "the", and a longer name that goes on', () => {
    expect(textsOf('Sunday Trading hours apply.', 'organisation')).toEqual([]);
    expect(textsOf('We went to the Morning Coffee Morning.', 'organisation')).toEqual([]);
  });
});

describe('a trade title named by its field and "Review" or "Digest"', () => {
  it('leaves "the <Body> Review" to the body, the review its document', () => {
    expect(textsOf('The Kelby Housing Association Review found delays.', 'organisation')).toEqual(['Kelby Housing Association']);
  });

  it('keeps the publication word in the name after a head word', () => {
    expect(textsOf('Heat Network Review is published by Tallis Trade Media Ltd.', 'organisation')).toEqual(['Heat Network Review', 'Tallis Trade Media Ltd']);
    expect(textsOf('Local Authority Digest\nNews | Councils | People\n', 'organisation')).toEqual(['Local Authority Digest']);
  });
});
