import type { Entity } from '../types';
import { NUMERAL, SCALE_WORDS, hedgeBefore, normaliseQualifier, parseNumber, scaleValue, scaled, startsFreely } from './numbers';
import { numberEntity } from './numberEntity';

// Sums of money: "£1.5 billion", "£600m", "over £10million", "$3bn", "€20k", "10 million pounds",
// "50p". "£8.99p" (a pound sign and a redundant pence mark) is read as £8.99. One global scan;
// bare numbers only start at a word boundary, which keeps failed attempts linear on long digit runs.

const SPACE = String.raw`[ \u00a0]`;
const MONEY = new RegExp(
  String.raw`(?:` +
    String.raw`(US\$|A\$|C\$|£|\$|€)${SPACE}?(${NUMERAL})(?:${SPACE}?(${SCALE_WORDS})\b|(bn|mn|m|k)(?![A-Za-z\d]))?(p(?![A-Za-z\d]))?` +
    String.raw`|\b(${NUMERAL})(?:${SPACE}(${SCALE_WORDS}))?${SPACE}(pounds sterling|pounds|sterling|euros|dollars|pence)\b` +
    String.raw`|\b(\d{1,3})p(?![A-Za-z\d])` +
    ')',
  'gi',
);

const SYMBOL_CURRENCY: Record<string, string> = { '£': 'GBP', $: 'USD', 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', '€': 'EUR' };
const WORD_CURRENCY: Record<string, string> = {
  pounds: 'GBP', 'pounds sterling': 'GBP', sterling: 'GBP', euros: 'EUR', dollars: 'USD', pence: 'GBP',
};

interface Amount {
  amount: number;
  currency: string;
}

// Group numbers of MONEY (a hedge in front is read backwards, see hedgeBefore): 1 symbol, 2 amount,
// 3 scale word, 4 scale abbreviation, 5 pence mark; 6 amount, 7 scale word, 8 currency word;
// 9 pence amount.
function amountOf(m: RegExpExecArray): Amount | undefined {
  if (m[1] !== undefined) {
    // A pence mark after a pound amount ("£8.99p") is redundant: the amount is still pounds.
    const amount = scaled(parseNumber(m[2]!), scaleValue(m[3] ?? m[4]));
    return { amount, currency: SYMBOL_CURRENCY[m[1].toUpperCase()] ?? 'GBP' };
  }
  if (m[6] !== undefined) {
    const word = m[8]!.toLowerCase();
    const number = scaled(parseNumber(m[6]), scaleValue(m[7]));
    return { amount: word === 'pence' ? scaled(number, 0.01) : number, currency: WORD_CURRENCY[word] ?? 'GBP' };
  }
  if (m[9] !== undefined) return { amount: scaled(parseNumber(m[9]), 0.01), currency: 'GBP' };
  return undefined;
}

export function recogniseMoney(text: string): Entity[] {
  const found: Entity[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m !== null; m = MONEY.exec(text)) {
    const amount = amountOf(m);
    if (!amount || Number.isNaN(amount.amount)) continue;
    const coreStart = m.index;
    if (!startsFreely(text, coreStart, '.')) continue;
    const hedge = hedgeBefore(text, coreStart);
    const qualifier = normaliseQualifier(hedge?.raw);
    found.push(
      numberEntity(text, 'money', hedge?.start ?? coreStart, coreStart, coreStart + m[0].length, {
        kind: 'money',
        amount: amount.amount,
        currency: amount.currency,
        ...(qualifier ? { qualifier } : {}),
      }),
    );
  }
  return found;
}
