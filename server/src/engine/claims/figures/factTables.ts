// Counts laid out as facts rather than sentences: a line of a body's own key facts ("Members: more
// than 480", "Volunteers – 230", "Paid staff: 6") and a row of a table whose first cell names a body
// under a header that names what each column counts ("Organisation | Paid staff | Volunteers" over
// "Fenwick Canal Trust | 6 | 410"). Each is the count a sentence "X has 410 volunteers" states, so
// it keys as the count readings do (`count:volunteer`, `count:member`; a body's staff, paid or
// not so called, `count:staff`). A fact line speaks for the body whose document it is (author.ts),
// never a newspaper's. Look-alikes kept apart: lines of money, dates, percentages or ranges, a
// header that counts no things ("Year", "Rank", "Founded"), and a row whose first cell is no body.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { normaliseQualifier } from '../../entities/numbers';
import { intervalOf } from '../numbers';
import { isMedia } from '../referents';
import { isPluralWord, singular } from './countedHead';
import type { FigureReading } from './reading';

const S = String.raw`[\s\u00a0]`;
const QUALIFIER = String.raw`(?:(?<q>about|around|some|nearly|almost|roughly|approximately|more${S}+than|over|fewer${S}+than|less${S}+than|under|at${S}+least)${S}+)?`;
/** "Members: more than 480", "• Volunteers – 230": a label of one to three words, then the figure alone. */
const FACT_LINE = new RegExp(String.raw`^[\s\u00a0•*-]*(?<label>\p{Lu}[\p{Ll}-]*(?:${S}+[\p{Ll}-]+){0,2})${S}*[:–—]${S}*${QUALIFIER}(?<figure>\d{1,3}(?:,\d{3})+|\d+)${S}*$`, 'u');
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
    const hasTable = text.includes(' | ');
    // a fact line needs its body's own document; a table needs its bars
    if (!author && !hasTable) return [];
    const claims: Claim[] = [];
    let header: string[] | undefined;
    let lineStart = 0;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const line = text.slice(lineStart, lineEnd);
      if (hasTable && line.includes(' | ')) {
        const row = cells(line);
        // a header names its columns in words: no cell of it is a figure
        if (!row.some((cell) => /\d/.test(cell))) header = row;
        else if (header && header.length === row.length) claims.push(...rowCounts(context, header, row, lineStart, line));
      } else {
        if (line.trim() === '') header = undefined;
        const fact = author && line.length < 80 && (line.includes(':') || line.includes('–') || line.includes('—')) ? FACT_LINE.exec(line) : null;
        const key = fact ? labelKey(fact.groups!.label!) : undefined;
        if (fact && key && author) {
          const { value, qualifier, interval } = countValue(context, fact.groups!.figure!, fact.groups!.q);
          claims.push(
            context.claim({
              subject: author,
              attribute: key,
              value: { kind: 'number', value, unit: key.slice('count:'.length), ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
              start: lineStart + line.search(/\S/),
              end: lineStart + line.trimEnd().length,
              timeFromSentence: false,
            }),
          );
        }
      }
      lineStart = lineEnd + 1;
    }
    return claims;
  },
};
