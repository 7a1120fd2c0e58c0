import { anchorFormTest, SearchAtStarts } from '../text/anchoredMatches';
import { isLetterUnit } from '../text/charClass';
import type { Token } from '../text/tokens';
import type { DatePrecision, Entity } from '../types';
import { NUMBER_ANCHORS, startsFreely } from './numbers';

// Dates at the precision the text gives: "17 November 2010" (day), "November 2010" (month),
// "Tuesday December 3rd" (day and month, no year), "2010" (year), "2012/13" (financial year).
// A range or pair of years ("2003-2015", "2010 to 2015") yields two dates because each year is
// matched on its own. Not dates: a month alone, relative expressions ("last week"), and years
// inside names ("Vision 2020"). One global scan over the text, or one try at each digit or month
// name that begins a word when the tokens are known.

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

// "May" and "March" are ordinary words too; they only count next to a day or year, which every
// pattern below requires. Ordinal suffixes may be written in either case ("3rd", "3RD" is rare).
// Mastheads and headings write the whole month in capitals ("NOVEMBER 2025"); only the full name
// is taken so, since "MAR" or "DEC" in capitals are as often other words' letters.
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)`;
/** A weekday in front of a day ("Tuesday December 3rd") joins the date; it is read backwards from the match. */
const WEEKDAY_BEFORE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun),?[ \u00a0]+$/;
/** A month abbreviated in a date glued by hyphens ("13-Apr-26"), in title case or capitals. */
const GLUED_MONTH = String.raw`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(1[6-9]\d\d|20\d\d|2100)`;
/** YEAR without its own group, where the year's group is shared with a two-digit form. */
const YEAR_BARE = String.raw`(?:1[6-9]\d\d|20\d\d|2100)`;
const S = String.raw`[ \u00a0]+`;

const DATE = new RegExp(
  [
    // 1 day, 2 month, 3 year?: "17 November 2010", "6th December", "3rd of May, 2011"
    String.raw`${DAY}${S}(?:of${S})?${MONTH}(?:,?${S}${YEAR})?(?![\w])`,
    // 4 month, 5 day, 6 year?: "December 3rd", "November 17, 2010"
    String.raw`${MONTH}${S}${DAY}(?![\w])(?:,?${S}${YEAR}(?![\w]))?`,
    // 7 month, 8 year: "November 2010", "Nov. 2010"
    String.raw`${MONTH},?${S}${YEAR}(?![\w])`,
    // 9 first year, 10 second part: financial years "2012/13", "2012-13", "2012/2013"
    String.raw`${YEAR}[/\u2013-](\d{2}|\d{4})(?![\w/]|-\d)`,
    // 11 ISO date "2010-11-17"; 12 day 13 month 14 year: "17/11/2010"
    String.raw`(\d{4}-\d{2}-\d{2})(?![\w])`,
    String.raw`(\d{1,2})/(\d{1,2})/(\d{4})(?![\w/])`,
    // 15 a year on its own
    String.raw`${YEAR}(?![\w%]|[.,]\d)`,
    // 16 day, 17 month, 18 year of two or four digits, glued by hyphens: forum stamps and
    // spreadsheet exports ("13-Apr-26", "5-SEP-2025"). Glued so, an abbreviation in capitals can
    // only be a month, unlike "MAR" or "DEC" standing alone.
    String.raw`(\d{1,2})-${GLUED_MONTH}-(\d{2}|${YEAR_BARE})(?![\w]|[-/.:]\d)`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|')
    .replace(/^/, String.raw`\b(?:`) + ')',
  // Case-sensitive on purpose: month and day names are capitalised in English, and a pattern that
  // can only start at a digit or a capital letter lets the scan skip most of the text quickly.
  'g',
);

/** DATE tried at one position: with the tokens, only where a digit or a month name begins a word. */
const DATE_AT = new RegExp(DATE.source, 'y');
/**
 * Every alternative of DATE opens with a digit or a month name (each begins with its three-letter
 * abbreviation) at a word boundary: inside a form, after no ASCII word character.
 */
const DATE_ANCHORS = /(?<![A-Za-z0-9_])(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/g;
const DATE_STARTS = NUMBER_ANCHORS.add({ anchorForms: anchorFormTest(DATE_ANCHORS), anchors: DATE_ANCHORS });

/** The DATE match a global search from `from` finds; `from` only grows between calls. */
function dateSearch(text: string, tokens: readonly Token[] | undefined): (from: number) => RegExpExecArray | null {
  if (tokens) {
    const search = new SearchAtStarts(text, DATE_AT, NUMBER_ANCHORS.positions(tokens, DATE_STARTS));
    return (from) => search.exec(from);
  }
  return (from) => {
    DATE.lastIndex = from;
    return DATE.exec(text);
  };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function monthNumber(raw: string): number {
  return MONTHS[raw.toLowerCase().replace('.', '')] ?? 0;
}

interface ParsedDate {
  iso: string;
  precision: DatePrecision;
}

function validDay(day: number): boolean {
  return day >= 1 && day <= 31;
}

/** A financial year's second half follows its first: "2012/13", "2012/2013". Anything else is two years. */
function financialYear(first: string, second: string): ParsedDate | undefined {
  const start = Number(first);
  const end = second.length === 2 ? Math.floor(start / 100) * 100 + Number(second) : Number(second);
  if (end !== start + 1 && !(second.length === 2 && Number(second) === (start + 1) % 100)) return undefined;
  return { iso: `${start}/${start + 1}`, precision: 'financial-year' };
}

/**
 * A two-digit year in a stamp is read in the window most such stamps are written in: "26" is 2026,
 * "99" is 1999 (the same pivot as common spreadsheet software).
 */
function fullYear(year: string): string {
  if (year.length === 4) return year;
  const short = Number(year);
  return String(short < 70 ? 2000 + short : 1900 + short);
}

function parse(m: RegExpExecArray, separator: string): ParsedDate | undefined {
  if (m[1] !== undefined) {
    const day = Number(m[1]);
    const month = monthNumber(m[2]!);
    if (!validDay(day) || !month) return undefined;
    if (m[3]) return { iso: `${m[3]}-${pad(month)}-${pad(day)}`, precision: 'day' };
    return { iso: `--${pad(month)}-${pad(day)}`, precision: 'day-month' };
  }
  if (m[4] !== undefined) {
    const day = Number(m[5]);
    const month = monthNumber(m[4]);
    if (!validDay(day) || !month) return undefined;
    if (m[6]) return { iso: `${m[6]}-${pad(month)}-${pad(day)}`, precision: 'day' };
    return { iso: `--${pad(month)}-${pad(day)}`, precision: 'day-month' };
  }
  if (m[7] !== undefined) {
    const month = monthNumber(m[7]);
    return month ? { iso: `${m[8]}-${pad(month)}`, precision: 'month' } : undefined;
  }
  if (m[9] !== undefined) {
    // "2012-13" with a hyphen is still a financial year; "2003-2015" with a hyphen is a range.
    if (separator !== '/' && m[10]!.length === 4) return undefined;
    return financialYear(m[9], m[10]!);
  }
  if (m[11] !== undefined) {
    const [, month, day] = m[11].split('-').map(Number) as [number, number, number];
    if (month < 1 || month > 12 || !validDay(day)) return undefined;
    return { iso: m[11], precision: 'day' };
  }
  if (m[12] !== undefined) {
    // UK order: day/month/year.
    const day = Number(m[12]);
    const month = Number(m[13]);
    if (month < 1 || month > 12 || !validDay(day)) return undefined;
    return { iso: `${m[14]}-${pad(month)}-${pad(day)}`, precision: 'day' };
  }
  if (m[15] !== undefined) return { iso: m[15], precision: 'year' };
  if (m[16] !== undefined) {
    const day = Number(m[16]);
    const month = monthNumber(m[17]!);
    if (!validDay(day) || !month) return undefined;
    return { iso: `${fullYear(m[18]!)}-${pad(month)}-${pad(day)}`, precision: 'day' };
  }
  return undefined;
}

/** A letter or an apostrophe. */
function isWordUnit(code: number): boolean {
  return code === 39 || code === 0x2019 || isLetterUnit(code);
}

/** The word just before `index` (skipping spaces), or '' at a line start or after punctuation. */
function wordBefore(text: string, index: number): string {
  let end = index;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 0xa0)) end--;
  let start = end;
  while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

const DETERMINERS_BEFORE_YEAR = new Set(['the', 'this', 'that', 'its', 'our', 'their', 'his', 'her', 'a', 'an', 'every', 'each']);

/** Whether the next word after `index` (past spaces) begins with a lower-case ASCII letter. */
function isLowerCaseAfter(text: string, index: number): boolean {
  let i = index;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i++;
  const code = text.charCodeAt(i);
  return i > index && code >= 97 && code <= 122;
}

/** Title words that put a year inside a name ("Vision 2020", "Agenda 2030", "Windows 2000"). */
function insideName(text: string, index: number): boolean {
  const previous = wordBefore(text, index);
  if (previous.length < 2) return false;
  const first = previous.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  if (monthNumber(previous)) return false;
  // "The 2021 merger", "This 2019 review", "Its 2024 accounts": a determiner and a year before a
  // word in lower case date the noun; only a capitalised word after makes one title ("The 2012 Games").
  if (DETERMINERS_BEFORE_YEAR.has(previous.toLowerCase()) && isLowerCaseAfter(text, index + 4)) return false;
  // A capitalised word that opens the sentence ("Published 2010", "In 2008") is not a name.
  let i = index - previous.length - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  if (i < 0 || /[.!?:\n\r"“‘(•*–—-]/.test(text[i]!)) return false;
  return !SENTENCE_OPENERS.has(previous.toLowerCase()) && !closesCopyrightLine(text, index);
}

/** How far back on its line a copyright sign may stand before the year. */
const COPYRIGHT_REACH = 100;

/**
 * "© Northlight Institute 2019", "Copyright Kelby Trust 2020": a copyright notice names its holder
 * and then the year of publication, so the year after the holder's name is a date of its own,
 * not part of the name.
 */
function closesCopyrightLine(text: string, index: number): boolean {
  const from = Math.max(0, index - COPYRIGHT_REACH);
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const start = Math.max(from, lineStart);
  const sign = text.indexOf('©', start);
  if (sign >= 0 && sign < index && !endsASentence(text, sign, index)) return true;
  const word = text.indexOf('opyright', start);
  return word > start && word < index && (text[word - 1] === 'C' || text[word - 1] === 'c') && !endsASentence(text, word, index);
}

/** Whether a sentence ends between `from` and `to`: the notice is over, and the year belongs to what follows. */
function endsASentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32) return true;
  }
  return false;
}

const SENTENCE_OPENERS = new Set(['in', 'by', 'since', 'until', 'from', 'during', 'before', 'after', 'published', 'updated', 'posted']);

/** `tokens`: tokenize(text), when known, so that the pattern is only tried where a date may start. */
export function recogniseDates(text: string, tokens?: readonly Token[]): Entity[] {
  const found: Entity[] = [];
  const search = dateSearch(text, tokens);
  let from = 0;
  for (let m = search(from); m !== null; m = search(from)) {
    from = m.index + m[0].length;
    if (!startsFreely(text, m.index, '£$€/.,')) continue;
    const separator = m[9] !== undefined ? m[0].charAt(4) : '';
    const parsed = parse(m, separator);
    if (!parsed) {
      // A rejected "2003-2015": let the scan retry just after the first year so each year is found.
      if (m[9] !== undefined) {
        found.push(yearEntity(text, m.index, m[9]));
        from = m.index + 5;
      }
      continue;
    }
    if (parsed.precision === 'year' && insideName(text, m.index)) continue;
    let start = m.index;
    if (parsed.precision === 'day' || parsed.precision === 'day-month') {
      const window = Math.max(0, start - 12);
      const weekday = WEEKDAY_BEFORE.exec(text.slice(window, start));
      if (weekday) start = window + weekday.index;
    }
    const end = m.index + m[0].length;
    found.push({
      type: 'date',
      start,
      end,
      text: text.slice(start, end),
      value: { kind: 'date', iso: parsed.iso, precision: parsed.precision },
      origin: 'engine',
    });
  }
  return found;
}

function yearEntity(text: string, start: number, year: string): Entity {
  return {
    type: 'date',
    start,
    end: start + 4,
    text: text.slice(start, start + 4),
    value: { kind: 'date', iso: year, precision: 'year' },
    origin: 'engine',
  };
}
