// A day said relative to the document's own date: "six days ago", "a week ago", "a fortnight ago",
// "yesterday". Such words are no date entity (RULES.md), but a claim that dates an event by them
// dates it as surely as a written day, once the document's day is known; with no document day, or
// only its month or year, they date nothing.

import { NUMBER_WORD_VALUES } from '../entities/numbers';

const DAY_MS = 86_400_000;
/** "a week ago" is one week; the number words are the entities' own table. */
const countOf = (word: string): number => (word === 'a' || word === 'an' ? 1 : (NUMBER_WORD_VALUES[word] ?? Number(word)));
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, fortnight: 14 };
/** At the start of the words after an event's verb. */
const RELATIVE = /^[\s\u00a0]*(?:(?<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[\s\u00a0]+(?<unit>day|week|fortnight)s?[\s\u00a0]+ago|(?<yesterday>yesterday))(?![\p{L}])/iu;

export interface RelativeDay {
  iso: string;
  /** Length of the words read, from the start of `after`. */
  length: number;
}

/** The day the words at the start of `after` name, counted back from `documentDate` (yyyy-mm-dd). */
export function relativeDayAt(after: string, documentDate: string | undefined): RelativeDay | undefined {
  if (documentDate === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(documentDate)) return undefined;
  const m = RELATIVE.exec(after);
  if (!m) return undefined;
  const groups = m.groups!;
  const back = groups.yesterday ? 1 : countOf(groups.count!.toLowerCase()) * UNIT_DAYS[groups.unit!.toLowerCase()]!;
  const day = new Date(Date.parse(`${documentDate}T00:00:00Z`) - back * DAY_MS);
  return { iso: day.toISOString().slice(0, 10), length: m[0].length };
}

/**
 * A day counted on from another day the text gives: "three weeks later", "a fortnight later",
 * "ten days afterwards", "a month later", "the following week", "the next day". At the start of
 * the words after an event's verb (or its object), like RELATIVE.
 */
const LATER = /^[\s\u00a0]*(?:(?<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[\s\u00a0]+(?<unit>day|week|fortnight|month)s?[\s\u00a0]+(?:later|afterwards|after[\s\u00a0]+that)|the[\s\u00a0]+(?:following|next)[\s\u00a0]+(?<next>day|week|month))(?![\p{L}])/iu;

export interface LaterDay extends RelativeDay {
  precision: 'day' | 'month';
}

/** The day the words at the start of `after` name, counted on from `anchor` (yyyy-mm-dd); a month counted on names a month. */
export function laterDayAt(after: string, anchor: string): LaterDay | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(anchor)) return undefined;
  const m = LATER.exec(after);
  if (!m) return undefined;
  const groups = m.groups!;
  const unit = (groups.next ?? groups.unit!).toLowerCase();
  const count = groups.next ? 1 : countOf(groups.count!.toLowerCase());
  if (unit === 'month') {
    const months = Number(anchor.slice(0, 4)) * 12 + Number(anchor.slice(5, 7)) - 1 + count;
    return { iso: `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`, precision: 'month', length: m[0].length };
  }
  const day = new Date(Date.parse(`${anchor}T00:00:00Z`) + count * UNIT_DAYS[unit]! * DAY_MS);
  return { iso: day.toISOString().slice(0, 10), precision: 'day', length: m[0].length };
}

/**
 * A span counted from another event the text dates next: "a week after the ballot result was
 * announced on 6 January", "three days before the vote on". Returns the signed number of days and
 * the length of the words read ("a week after "); the caller finds the other event's date.
 */
const COUNTED_FROM = /^[\s\u00a0]*(?<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[\s\u00a0]+(?<unit>day|week|fortnight)s?[\s\u00a0]+(?<way>after|before)[\s\u00a0]+/iu;

export function countedFromAt(after: string): { days: number; length: number } | undefined {
  const m = COUNTED_FROM.exec(after);
  if (!m) return undefined;
  const groups = m.groups!;
  const days = countOf(groups.count!.toLowerCase()) * UNIT_DAYS[groups.unit!.toLowerCase()]!;
  return { days: groups.way!.toLowerCase() === 'before' ? -days : days, length: m[0].length };
}

/** `iso` (yyyy-mm-dd) moved by `days`. */
export function shiftDay(iso: string, days: number): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
