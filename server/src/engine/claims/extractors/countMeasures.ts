// What a count measures, read from the verb around it. "helped 226 people" and "4,650 people given
// support" count different things about the same people: a comparison of the two figures would be
// a false conflict. So a recognised measure joins the count's attribute ("count:people helped").
// Only a small closed set of service verbs is recognised; any other verb ("educates 900 pupils",
// "has 900 pupils") leaves the attribute as the counted noun alone, so those still meet.

import { SPACE } from './grammar';

const S = SPACE;
/** The measure of people a body receives, as staff or customers: apart from what it had before. */
export const TAKEN_ON = 'taken on';
/** Verb stems and the measure each names. */
const MEASURE_OF_STEM: ReadonlyArray<[RegExp, string]> = [
  [/^help/i, 'helped'],
  [/^assist/i, 'helped'],
  [/^support/i, 'supported'],
  [/^advi[sc]/i, 'advised'],
  [/^refer/i, 'referred'],
  [/^(?:re)?hous/i, 'housed'],
  [/^train/i, 'trained'],
  [/^plac/i, 'placed'],
];
const SERVICE_VERB = String.raw`(?:help|helps|helped|helping|assist|assists|assisted|assisting|support|supports|supported|supporting|advise|advises|advised|advising|refer|refers|referred|referring|house|houses|housed|housing|rehouse|rehoused|rehousing|train|trains|trained|training|place|places|placed|placing)`;
const HEDGE = `(?:a${S}+further|another|an${S}+extra|more${S}+than|over|about|around|nearly|almost|some|up${S}+to|at${S}+least)`;
/** "helped 226 people", "expects to help about 400 households". */
const VERB_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<verb>${SERVICE_VERB})(?:${S}+${HEDGE})?${S}+$`, 'iu');
/** "312 households referred", "226 people were helped into work". */
const VERB_AFTER = new RegExp(`^${S}+(?:(?:were|was|have${S}+been|had${S}+been|being)${S}+)?(?<verb>${SERVICE_VERB})(?![\\p{L}])`, 'iu');
/** "gave 4,650 people face-to-face support", "4,650 people given advice". */
const GIVING_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:gave|give|gives|given|giving|provided|provide|provides|offered|offer|offers)(?:${S}+${HEDGE})?${S}+$`, 'iu');
const GIVEN_AFTER = new RegExp(`^${S}+(?:(?:were|was|have${S}+been|had${S}+been)${S}+)?(?:given|provided|offered|received)(?![\\p{L}])`, 'iu');
const SERVICE_NOUN_AFTER = new RegExp(`^${S}+(?:(?:given|provided|offered|received|with)${S}+)?(?:[\\p{L}-]+${S}+){0,2}?(?<noun>support|help|advice|assistance|training|housing)(?![\\p{L}])`, 'iu');

/** "has taken on 61,000 households", "took over 9,000 accounts": people received from another body. */
const TAKEN_ON_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:take|takes|took|taken|taking)${S}+(?:on|over)(?:${S}+${HEDGE})?${S}+$`, 'iu');

/**
 * "took on 40 staff", "has recruited 40 staff", "will hire about 60 staff": the staff a body takes
 * on are its intake, not its workforce, so the count says so ('staff taken on') and never meets
 * "employs 300 staff".
 */
const STAFF_INTAKE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:(?:take|takes|took|taken|taking)${S}+on|recruit(?:s|ed|ing)?|hire[sd]?|hiring)(?:${S}+(?:a${S}+further|another|an${S}+extra|more${S}+than|over|about|around|nearly|almost|some|up${S}+to|at${S}+least|the|its|their|all))*${S}+$`, 'iu');
export function staffMeasure(before: string): string | undefined {
  return STAFF_INTAKE_BEFORE.test(before) ? TAKEN_ON : undefined;
}

function measureOf(word: string): string | undefined {
  return MEASURE_OF_STEM.find(([stem]) => stem.test(word))?.[1];
}

/**
 * The measure a count stands for, from the words just before (`before`) and just after (`after`)
 * the figure and its counted noun, or undefined when no service verb governs it.
 */
export function countMeasure(before: string, after: string): string | undefined {
  if (TAKEN_ON_BEFORE.test(before)) return TAKEN_ON;
  const verbBefore = VERB_BEFORE.exec(before)?.groups?.verb;
  if (verbBefore) return measureOf(verbBefore);
  const verbAfter = VERB_AFTER.exec(after)?.groups?.verb;
  if (verbAfter) return measureOf(verbAfter);
  if (GIVING_BEFORE.test(before) || GIVEN_AFTER.test(after)) {
    const noun = SERVICE_NOUN_AFTER.exec(after)?.groups?.noun;
    if (noun) return measureOf(noun);
  }
  return undefined;
}

/**
 * The people a body picks for seats are its nominees or appointees, whatever the seats are called:
 * "nominates three board members" and "its four nominees" count one thing, count:nominee.
 */
const CHOOSING_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<verb>nominat|appoint)(?:e|es|ed|s|ing)?(?:${S}+${HEDGE})?${S}+$`, 'iu');
const SEAT_NOUNS = new Set(['board member', 'member', 'director', 'trustee', 'governor', 'councillor', 'representative', 'non executive director', 'member board', 'people', 'person']);
export function chosenNoun(before: string, noun: string): string | undefined {
  if (!SEAT_NOUNS.has(noun)) return undefined;
  const verb = CHOOSING_BEFORE.exec(before)?.groups?.verb?.toLowerCase();
  return verb === 'nominat' ? 'nominee' : verb === 'appoint' ? 'appointee' : undefined;
}
