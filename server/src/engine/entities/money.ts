import { anchorFormTest, SearchAtStarts } from '../text/anchoredMatches';
import type { Token } from '../text/tokens';
import type { Entity } from '../types';
import { NUMBER_ANCHORS, NUMERAL, SCALE_WORDS, hedgeBefore, normaliseQualifier, parseNumber, scaleValue, scaled, startsFreely } from './numbers';
import { numberEntity } from './numberEntity';

// Sums of money: "£1.5 billion", "£600m", "over £10million", "$3bn", "€20k", "10 million pounds",
// "50p". "£8.99p" (a pound sign and a redundant pence mark) is read as £8.99. One global scan (or, with
// the tokens, a try at each currency sign and each digit that begins a word);
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

/** MONEY tried at one position: with the tokens, only at a currency sign or a digit that begins a word. */
const MONEY_AT = new RegExp(MONEY.source, 'iy');
/**
 * Every alternative of MONEY opens with a currency sign or with a digit at a word boundary; "US$",
 * "A$" and "C$" open one or two characters before their "$".
 */
const MONEY_ANCHORS = /[£$€]|(?<![A-Za-z0-9_])\d/g;
const MONEY_STARTS = NUMBER_ANCHORS.add({ anchorForms: anchorFormTest(MONEY_ANCHORS), anchors: MONEY_ANCHORS, punctuationAnchors: true });
const DOLLAR = 36;

/** Where MONEY may start, in increasing order: its anchors, and the two characters before each "$". */
function moneyStarts(text: string, tokens: readonly Token[]): readonly number[] {
  const anchors = NUMBER_ANCHORS.positions(tokens, MONEY_STARTS);
  let firstDollar = 0;
  while (firstDollar < anchors.length && text.charCodeAt(anchors[firstDollar]!) !== DOLLAR) firstDollar++;
  // Most texts have no dollar sign: the anchors are the starts as they are.
  if (firstDollar === anchors.length) return anchors;
  const starts = anchors.slice(0, firstDollar);
  for (let i = firstDollar; i < anchors.length; i++) {
    const anchor = anchors[i]!;
    if (text.charCodeAt(anchor) === DOLLAR) {
      const last = starts.length === 0 ? -1 : starts[starts.length - 1]!;
      for (let at = Math.max(0, anchor - 2, last + 1); at < anchor; at++) starts.push(at);
    }
    starts.push(anchor);
  }
  return starts;
}

/** The MONEY match a global search from `from` finds; `from` only grows between calls. */
function moneySearch(text: string, tokens: readonly Token[] | undefined): (from: number) => RegExpExecArray | null {
  if (tokens) {
    const search = new SearchAtStarts(text, MONEY_AT, moneyStarts(text, tokens));
    return (from) => search.exec(from);
  }
  return (from) => {
    MONEY.lastIndex = from;
    return MONEY.exec(text);
  };
}

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

/** `tokens`: tokenize(text), when known, so that the pattern is only tried where a sum may start. */
export function recogniseMoney(text: string, tokens?: readonly Token[]): Entity[] {
  const found: Entity[] = [];
  const search = moneySearch(text, tokens);
  for (let m = search(0); m !== null; m = search(m.index + m[0].length)) {
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
