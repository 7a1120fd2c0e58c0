// The noun a figure counts, read from the words after it as written ("68 school kitchens" →
// kitchen, "2,400 homes" → home), so that a generic count is keyed by what the text itself counts
// and not by a list of classes chosen in advance. Two texts rarely use one word for one thing, so
// a small table of general synonyms joins heads that name the same kind of thing (homes, houses,
// flats, dwellings; vehicles, lorries, buses); every other head keys by its own singular.

/** Heads that share one key: what a landlord, a fleet or a ward holds, whatever a text calls it. */
const CLASS_OF_PLURAL: Readonly<Record<string, string>> = {
  vehicles: 'vehicles', lorries: 'vehicles', wagons: 'vehicles', trucks: 'vehicles', buses: 'vehicles', vans: 'vehicles',
  ambulances: 'vehicles', coaches: 'vehicles',
  homes: 'homes', houses: 'homes', flats: 'homes', dwellings: 'homes', bungalows: 'homes',
  beds: 'beds',
};

/**
 * Heads that are no things a body has: spans of time, units of measure, and the measures of a
 * thing rather than the thing ("numbers", "levels", "prices"). A figure before them is a duration,
 * a size or a rate, which the specific readings own.
 */
const NOT_THINGS = new Set([
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'nights', 'times', 'miles', 'metres', 'meters',
  'kilometres', 'kilometers', 'tonnes', 'tons', 'litres', 'acres', 'hectares', 'pounds', 'pence', 'dollars', 'euros', 'points',
  'percent', 'degrees', 'pages', 'words', 'numbers', 'levels', 'rates', 'figures', 'prices', 'costs', 'fees', 'bills', 'charges',
  'salaries', 'wages', 'others', 'ones', 'terms', 'parts', 'cases', 'per',
  // a tally ("carried by 9 votes to 3"), never a stock
  'votes',
]);

/** Words that end a counted phrase before its head: what follows a noun phrase, never inside one. */
const PHRASE_BREAKS = new Set([
  'it', 'they', 'we', 'he', 'she', 'which', 'that', 'who', 'and', 'or', 'but', 'in', 'at', 'on', 'for', 'from', 'to', 'of',
  'with', 'by', 'across', 'into', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'the',
  'a', 'an', 'its', 'their', 'our', 'each', 'per', 'than', 'as', 'this', 'these', 'those', 'more', 'less', 'up', 'over',
]);
/** -s words that are no plurals. */
const NOT_PLURAL = new Set(['was', 'has', 'does', 'goes', 'its', 'this', 'yes', 'his', 'hers', 'ours', 'yours', 'theirs', 'always', 'perhaps', 'whereas', 'across', 'unless', 'less', 'plus', 'thus', 'news', 'series', 'bus', 'gas', 'lens']);

export function isPluralWord(word: string): boolean {
  if (word.length < 3 || word.charCodeAt(word.length - 1) !== 115 /* s */) return false;
  const before = word.charCodeAt(word.length - 2);
  // -ss, -us, -is, -'s are no plurals ("class", "campus", "analysis")
  return before !== 115 && before !== 117 && before !== 105 && !NOT_PLURAL.has(word);
}

/** A plural's singular, good enough to be a key that every text's plural reaches alike. */
export function singular(plural: string): string {
  if (plural.length > 4 && plural.endsWith('ies')) return `${plural.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|zes|sses)$/.test(plural)) return plural.slice(0, -2);
  return plural.slice(0, -1);
}

/** The key of a counted head: its class when the synonym table names one, else its singular. */
export function headKey(plural: string): string {
  return CLASS_OF_PLURAL[plural] ?? singular(plural);
}

export interface CountedHead {
  /** The head as written, lower case, plural. */
  head: string;
  /** The words between the figure and the head. */
  modifiers: string;
  /** Where the head ends. */
  end: number;
}

// the words after a figure: lower-case words (and hyphens) one space apart
const WORD_AFTER = /[\s\u00a0]+([\p{Ll}-]+)(?![\p{L}\d'’])/uy;

/**
 * The counted head right after a figure ending at `at`: the first plural among at most four lower-case
 * words ("68 school kitchens", "20 inpatient beds"), with no word before it that ends a noun phrase.
 * Undefined when there is none or it is no thing (a span of time, a unit, a measure).
 */
export function countedHeadAfter(text: string, at: number): CountedHead | undefined {
  let pos = at;
  for (let i = 0; i < 4; i++) {
    WORD_AFTER.lastIndex = pos;
    const m = WORD_AFTER.exec(text);
    if (!m) return undefined;
    const word = m[1]!;
    if (isPluralWord(word)) return NOT_THINGS.has(word) ? undefined : { head: word, modifiers: text.slice(at, pos), end: pos + m[0].length };
    if (PHRASE_BREAKS.has(word)) return undefined;
    pos += m[0].length;
  }
  return undefined;
}

/** The plural head ending right before `at` ("reduce its inpatient beds from"), if the word there is one. */
export function pluralBefore(text: string, at: number): string | undefined {
  const m = /([\p{Ll}-]+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, at - 30), at));
  const word = m?.[1];
  return word && isPluralWord(word) && !NOT_THINGS.has(word) && !PHRASE_BREAKS.has(word) ? word : undefined;
}

/**
 * A word or phrase right after the head that says which state of the things is counted ("900
 * repairs outstanding", "1,850 jobs on site", "40 posts vacant", "12 buses in service"). It
 * changes what the figure measures, so it joins the key: repairs outstanding are not all repairs
 * done, jobs on site are not all jobs a body supports.
 */
const STATE_AFTER = /^[\s\u00a0]+(outstanding|overdue|unresolved|pending|waiting|unfilled|vacant|empty|unused|on[\s\u00a0]+site|in[\s\u00a0]+use|in[\s\u00a0]+service|on[\s\u00a0]+(?:its|their|our|the)[\s\u00a0]+books|on[\s\u00a0]+(?:its|their|our|the)[\s\u00a0]+waiting[\s\u00a0]+lists?)(?![\p{L}])/u;

/** States that are one ("posts unfilled" are posts vacant; a repair pending is one outstanding). */
const SAME_STATE: Readonly<Record<string, string>> = { unfilled: 'vacant', empty: 'vacant', unused: 'vacant', unresolved: 'outstanding', pending: 'outstanding', 'on waiting lists': 'on waiting list' };

/** The state after a counted head ending at `end`, as a key's words ("outstanding", "on site", "on books"), if one is stated. */
export function stateAfter(text: string, end: number): { words: string; end: number } | undefined {
  const m = STATE_AFTER.exec(text.slice(end, end + 40));
  if (!m) return undefined;
  const words = m[1]!.replace(/[\s\u00a0]+/g, ' ').replace(/^on (?:its|their|our|the) /, 'on ');
  return { words: SAME_STATE[words] ?? words, end: end + m[0].length };
}
