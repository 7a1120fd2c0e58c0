import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameScan } from '../../../server/src/engine/entities/nameScan';
import { Shape, tokenize } from '../../../server/src/engine/text/tokens';

// Several name passes walk the scan's list of capitalised tokens, and the gazetteer its list of
// words not in lower case, instead of testing every token's shape: the lists must hold exactly the
// tokens of those shapes, in order.

const PIECES = ['Circle', 'NHS', 'GPs', 'iPhone', 'the', 'of', '2010', '3SC', '.', ',', '’s', ' ', ' ', '\n', 'McDonald', 'Ann', 'é', 'É'];

function indexesByShape(text: string, holds: (shape: Shape) => boolean): number[] {
  const indexes: number[] = [];
  tokenize(text).forEach((token, i) => {
    if (holds(token.shape)) indexes.push(i);
  });
  return indexes;
}

function capitalisedByShape(text: string): number[] {
  return indexesByShape(text, (shape) => shape === Shape.Capitalised);
}

function nonLowerWordsByShape(text: string): number[] {
  return indexesByShape(text, (shape) => shape !== Shape.Lower && shape !== Shape.Punct);
}

describe('the name scan’s list of capitalised words', () => {
  it('holds the index of every capitalised word and of nothing else', () => {
    const text = 'Ed Mayo of Co-operatives UK met the NHS and GPs in Harbury. Circle’s staff agreed.';
    expect([...new NameScan(text, tokenize(text)).capitalised]).toEqual(capitalisedByShape(text));
    // Ed, Mayo, Co-operatives, Harbury, Circle’s: not the acronyms UK and NHS, nor the plural GPs.
    expect(new NameScan(text, tokenize(text)).capitalised.length).toBe(5);
  });

  it('is the capitalised tokens in order, on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect([...new NameScan(text, tokenize(text)).capitalised]).toEqual(capitalisedByShape(text));
      }),
    );
  });
});

describe('the name scan’s list of words not in lower case', () => {
  it('holds every capitalised, all-capitals, mixed and numeric word, and no lower-case word or punctuation', () => {
    const text = 'In 2010 the NHS, GPs and iPhone users met Circle’s staff.';
    const scan = new NameScan(text, tokenize(text));
    expect([...scan.nonLowerWords].map((i) => scan.tokens[i]!.text)).toEqual(['In', '2010', 'NHS', 'GPs', 'iPhone', 'Circle’s']);
  });

  it('is those tokens in order, on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect([...new NameScan(text, tokenize(text)).nonLowerWords]).toEqual(nonLowerWordsByShape(text));
      }),
    );
  });

  it('is empty for a text without words', () => {
    expect(new NameScan('', tokenize('')).capitalised.length).toBe(0);
  });
});
