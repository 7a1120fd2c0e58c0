// Counts laid out as facts rather than sentences: a line of key facts ("Members: more than 480",
// "Volunteers – 230", "Visitors in 2024/25: about 160,000", "Members (2025): 86") and a row of a
// table whose first cell names a body under a header that names what each column counts
// ("Organisation | Paid staff | Volunteers" over "Fenwick Canal Trust | 6 | 410"), or whose first
// cell names what is counted under a header of years ("| | 2024/25 |" over "| Visitors | 212,400 |").
// Each is the count a sentence "X has 410 volunteers" states, so it keys as the count readings do
// (`count:volunteer`, `count:member`; a body's staff, paid or not so called, `count:staff`), and a
// year in the label or the column header is the count's time. A fact line speaks for the body whose
// document it is (author.ts); in anyone else's page (a newspaper's fact box) it speaks for the
// body its box names, and a box that names none speaks for no one. Look-alikes kept apart: lines of
// money, dates, percentages or ranges, a header that counts no things ("Year", "Rank",
// "Founded"), and a row whose first cell is no body and no counted thing.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { normaliseQualifier } from '../../entities/numbers';
import { intervalOf } from '../numbers';
import { isMedia } from '../referents';
import { isPluralWord, singular } from './countedHead';
import type { FigureReading } from './reading';

const S = String.raw`[\s\u00a0]`;
const QUALIFIER = String.raw`(?:(?<q>about|around|some|nearly|almost|roughly|approximately|more${S}+than|over|fewer${S}+than|less${S}+than|under|at${S}+least)${S}+)?`;
/** A year or a financial year as a label or a header writes it: "2024", "2024/25", "2023–24". */
const YEAR = String.raw`(?:19|20)\d\d(?:[/–-](?:\d\d|(?:19|20)\d\d))?`;
/**
 * "Members: more than 480", "• Volunteers – 230", "Visitors in 2024/25: about 160,000", "Members
 * (2025): 86": a label of one to three words, perhaps the year it counts for, then the figure alone.
 */
const FACT_LINE = new RegExp(
  String.raw`^[\s\u00a0•*-]*(?<label>\p{Lu}[\p{Ll}-]*(?:${S}+[\p{Ll}-]+){0,2}?)(?:${S}+(?:(?:in|for|during)${S}+)?(?<year>${YEAR})|${S}*\((?<bracketYear>${YEAR})\))?${S}*[:–—]${S}*${QUALIFIER}(?<figure>\d{1,3}(?:,\d{3})+|\d+)${S}*$`,
  'u',
);
const YEAR_CELL = new RegExp(`^${YEAR}$`);

/** A year as a claim's time: "2024" stays, "2024/25" and "2023–24" become "2024/2025", "2023/2024". */
export function yearTime(written: string): string {
  const m = /^(\d{4})(?:[/–-](\d{2,4}))?$/.exec(written);
  if (!m) return written;
  if (!m[2]) return m[1]!;
  const second = m[2].length === 4 ? m[2] : `${m[1]!.slice(0, 2)}${m[2]}`;
  return `${m[1]}/${second}`;
}
/** A table cell that is a count alone. */
const COUNT_CELL = /^(?<figure>\d{1,3}(?:,\d{3})+|\d+)$/;
/** What a body's people are, whatever a header calls them. */
const STAFF_LABELS = new Set(['staff', 'paid staff', 'employees', 'staff employed', 'employees (fte)', 'workforce', 'headcount']);
/** Labels of counts that are no stock of things or people a body has. */
const NOT_COUNTS = /(?:^|\s)(?:year|years|rank|founded|established|opened|registered|number|no|ref|code|age|percent|share|rate|score|page|phone|tel)$/;

/** The count key for a label: its words in lower case, the last made singular ("Volunteers" → volunteer). */
function labelKey(label: string): string | undefined {
  const words = label.toLowerCase().replace(/\s+/g, ' ').trim();
  if (STAFF_LABELS.has(words)) return 'count:staff';
  if (NOT_COUNTS.test(words)) return undefined;
  const space = words.lastIndexOf(' ');
  const last = words.slice(space + 1);
  // a plural head counts things; "Capacity", "Turnover" measure something else
  if (!isPluralWord(last)) return undefined;
  return `count:${space < 0 ? '' : `${words.slice(0, space)} `}${singular(last)}`;
}

function countValue(context: ClaimContext, literal: string, qualifierWord: string | undefined) {
  const value = Number(literal.replace(/,/g, ''));
  const qualifier = normaliseQualifier(qualifierWord);
  const interval = intervalOf(value, literal, qualifier, context.rules, { low: 0 });
  return { value, qualifier, interval };
}

function cells(line: string): string[] {
  return line.split('|').map((cell) => cell.trim());
}

/**
 * "| Visitors | 212,400 |" under "| | 2024/25 |" in a body's own document: the first cell with text
 * names what is counted, each column's header the year it is counted for.
 */
function yearRowCounts(author: Entity, context: ClaimContext, header: readonly string[], row: readonly string[], lineStart: number, line: string): Claim[] {
  const labelAt = row.findIndex((cell) => cell !== '');
  const key = labelAt >= 0 ? labelKey(row[labelAt]!) : undefined;
  if (!key) return [];
  const claims: Claim[] = [];
  for (let i = labelAt + 1; i < row.length; i++) {
    const figure = COUNT_CELL.exec(row[i]!)?.groups!.figure;
    if (!figure || !YEAR_CELL.test(header[i]!)) continue;
    const { value, interval } = countValue(context, figure, undefined);
    const claim = context.claim({
      subject: author,
      attribute: key,
      value: { kind: 'number', value, unit: key.slice('count:'.length), low: interval.low, high: interval.high },
      start: lineStart + line.search(/\S/),
      end: lineStart + line.trimEnd().length,
      timeFromSentence: false,
    });
    claim.time = yearTime(header[i]!);
    claims.push(claim);
  }
  return claims;
}

/** A header of years over a table's columns: every cell empty or a year, one at least a year. */
function isYearHeader(row: readonly string[]): boolean {
  return row.some((cell) => YEAR_CELL.test(cell)) && row.every((cell) => cell === '' || YEAR_CELL.test(cell));
}

/**
 * The body a fact box in someone else's page speaks for: the first body named in the box (its
 * lines since the last blank line) before the fact line.
 */
function boxBody(context: ClaimContext, lineStart: number): Entity | undefined {
  const text = context.text;
  const blank = Math.max(text.lastIndexOf('\n\n', lineStart), text.lastIndexOf('\n\r\n', lineStart));
  const boxStart = blank < 0 ? 0 : blank + 1;
  const body = context.within(context.organisations, boxStart, lineStart).find((o) => o.end <= lineStart && o.canonical && !onCapitalsLine(text, o));
  return body && !isMedia(body) ? body : undefined;
}

/** A box's heading in capitals ("KEY FACTS") names no body, whatever a recogniser made of its words. */
function onCapitalsLine(text: string, entity: Entity): boolean {
  const start = text.lastIndexOf('\n', entity.start) + 1;
  let end = text.indexOf('\n', entity.end);
  if (end < 0) end = text.length;
  const line = text.slice(start, end);
  return !/\p{Ll}/u.test(line);
}

/** The counts of a table row whose first cell is a body's name. */
function rowCounts(context: ClaimContext, header: readonly string[], row: readonly string[], lineStart: number, line: string): Claim[] {
  const first = line.indexOf(row[0]!);
  const body: Entity | undefined = first >= 0 ? context.organisationStartingAt(lineStart + first) : undefined;
  if (!body?.canonical || body.end > lineStart + first + row[0]!.length) return [];
  const claims: Claim[] = [];
  for (let i = 1; i < row.length; i++) {
    const figure = COUNT_CELL.exec(row[i]!)?.groups!.figure;
    const key = figure ? labelKey(header[i]!) : undefined;
    if (!figure || !key) continue;
    const { value, interval } = countValue(context, figure, undefined);
    claims.push(
      context.claim({
        subject: body,
        attribute: key,
        value: { kind: 'number', value, unit: key.slice('count:'.length), low: interval.low, high: interval.high },
        start: body.start,
        end: lineStart + line.trimEnd().length,
        timeFromSentence: false,
      }),
    );
  }
  return claims;
}

export const factTables: FigureReading = {
  name: 'fact-tables',
  read(context: ClaimContext): Claim[] {
    const text = context.text;
    const author = context.author && !isMedia(context.author) ? context.author : undefined;
    // a bar alone is found by a quicker search than " | ", whose space opens a match at every word
    const hasTable = text.indexOf('|') >= 0 && text.includes(' | ');
    // a fact line needs a colon or a dash to part its label from its figure; a table needs its bars
    if (!hasTable && text.indexOf(':') < 0 && text.indexOf('–') < 0 && text.indexOf('—') < 0) return [];
    const claims: Claim[] = [];
    let header: string[] | undefined;
    let yearHeader: string[] | undefined;
    let lineStart = 0;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const line = text.slice(lineStart, lineEnd);
      if (hasTable && line.includes(' | ')) {
        const row = cells(line);
        // a header names its columns in words, or the years they count for: no other cell of it is a figure
        if (isYearHeader(row)) yearHeader = row;
        else if (!row.some((cell) => /\d/.test(cell))) (header = row), (yearHeader = undefined);
        else if (yearHeader && author && yearHeader.length === row.length) claims.push(...yearRowCounts(author, context, yearHeader, row, lineStart, line));
        else if (header && header.length === row.length) claims.push(...rowCounts(context, header, row, lineStart, line));
      } else {
        if (line.trim() === '') (header = undefined), (yearHeader = undefined);
        const fact = line.length < 80 && (line.includes(':') || line.includes('–') || line.includes('—')) ? FACT_LINE.exec(line) : null;
        const key = fact ? labelKey(fact.groups!.label!) : undefined;
        const subject = fact && key ? (author ?? boxBody(context, lineStart)) : undefined;
        if (fact && key && subject) {
          const { value, qualifier, interval } = countValue(context, fact.groups!.figure!, fact.groups!.q);
          const claim = context.claim({
            subject,
            attribute: key,
            value: { kind: 'number', value, unit: key.slice('count:'.length), ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
            start: lineStart + line.search(/\S/),
            end: lineStart + line.trimEnd().length,
            timeFromSentence: false,
          });
          const year = fact.groups!.year ?? fact.groups!.bracketYear;
          if (year) claim.time = yearTime(year);
          claims.push(claim);
        }
      }
      lineStart = lineEnd + 1;
    }
    return claims;
  },
};
