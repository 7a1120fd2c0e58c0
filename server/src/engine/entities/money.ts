import type { Entity } from '../types';
import { NUMERAL, QUALIFIER, SCALE_WORDS, normaliseQualifier, parseNumber, scaleValue, scaled } from './numbers';
import { afterHedge, numberEntity } from './numberEntity';

// Sums of money: "£1.5 billion", "£600m", "over £10million", "$3bn", "€20k", "10 million pounds",
// "50p". "£8.99p" (a pound sign and a redundant pence mark) is read as £8.99. One global scan.

const SPACE = String.raw`[ \u00a0]`;
const MONEY = new RegExp(
  String.raw`(?<![\w.])(?:(${QUALIFIER})${SPACE}+)?(?:` +
    String.raw`(US\$|A\$|C\$|£|\$|€)${SPACE}?(${NUMERAL})(?:${SPACE}?(${SCALE_WORDS})\b|(bn|mn|m|k)(?![\p{L}\d]))?(p(?![\p{L}\d]))?` +
    String.raw`|(${NUMERAL})(?:${SPACE}(${SCALE_WORDS}))?${SPACE}(pounds sterling|pounds|sterling|euros|dollars|pence)\b` +
    String.raw`|(\d{1,3})p(?![\p{L}\d])` +
    ')',
  'giu',
);

const SYMBOL_CURRENCY: Record<string, string> = { '£': 'GBP', $: 'USD', 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', '€': 'EUR' };
const WORD_CURRENCY: Record<string, string> = {
  pounds: 'GBP', 'pounds sterling': 'GBP', sterling: 'GBP', euros: 'EUR', dollars: 'USD', pence: 'GBP',
};

interface Amount {
  amount: number;
  currency: string;
}

// Group numbers of MONEY: 1 hedge; 2 symbol, 3 amount, 4 scale word, 5 scale abbreviation,
// 6 pence mark; 7 amount, 8 scale word, 9 currency word; 10 pence amount.
function amountOf(m: RegExpExecArray): Amount | undefined {
  if (m[2] !== undefined) {
    // A pence mark after a pound amount ("£8.99p") is redundant: the amount is still pounds.
    const amount = scaled(parseNumber(m[3]!), scaleValue(m[4] ?? m[5]));
    return { amount, currency: SYMBOL_CURRENCY[m[2].toUpperCase()] ?? 'GBP' };
  }
  if (m[7] !== undefined) {
    const word = m[9]!.toLowerCase();
    const number = scaled(parseNumber(m[7]), scaleValue(m[8]));
    return { amount: word === 'pence' ? scaled(number, 0.01) : number, currency: WORD_CURRENCY[word] ?? 'GBP' };
  }
  if (m[10] !== undefined) return { amount: scaled(parseNumber(m[10]), 0.01), currency: 'GBP' };
  return undefined;
}

export function recogniseMoney(text: string): Entity[] {
  const found: Entity[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m !== null; m = MONEY.exec(text)) {
    const amount = amountOf(m);
    if (!amount || Number.isNaN(amount.amount)) continue;
    const start = m.index;
    const qualifier = normaliseQualifier(m[1]);
    found.push(
      numberEntity(text, 'money', start, afterHedge(text, start, m[1]), start + m[0].length, {
        kind: 'money',
        amount: amount.amount,
        currency: amount.currency,
        ...(qualifier ? { qualifier } : {}),
      }),
    );
  }
  return found;
}
