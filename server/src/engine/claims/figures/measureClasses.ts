// The general classes a generic figure is keyed by. A text names what it counts in its own words
// ("detention officers", "custody staff", "crews"; "bin lorries", "wagons", "vehicles"), and two
// texts about one fact rarely share the word, so the counted noun's head is read through a small
// lexicon of classes. A head outside the lexicon keys nothing: the generic reading then says
// nothing rather than compare figures whose kinship it cannot tell.

import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';

const CLASS_OF_HEAD: Readonly<Record<string, string>> = {
  // the people a body employs or deploys, whatever their job
  staff: 'staff', worker: 'staff', workers: 'staff', employee: 'staff', employees: 'staff', officer: 'staff', officers: 'staff',
  nurse: 'staff', nurses: 'staff', crew: 'staff', crews: 'staff', colleague: 'staff', colleagues: 'staff', personnel: 'staff',
  driver: 'staff', drivers: 'staff', loader: 'staff', loaders: 'staff', carer: 'staff', carers: 'staff', teacher: 'staff',
  teachers: 'staff', cleaner: 'staff', cleaners: 'staff', operative: 'staff', operatives: 'staff', people: 'staff',
  // road vehicles of a fleet
  vehicle: 'vehicles', vehicles: 'vehicles', lorry: 'vehicles', lorries: 'vehicles', wagon: 'vehicles', wagons: 'vehicles',
  truck: 'vehicles', trucks: 'vehicles', bus: 'vehicles', buses: 'vehicles', van: 'vehicles', vans: 'vehicles',
  ambulance: 'vehicles', ambulances: 'vehicles', coach: 'vehicles', coaches: 'vehicles',
  // homes a landlord owns or manages
  homes: 'homes', houses: 'homes', flats: 'homes', dwellings: 'homes', bungalows: 'homes',
  // beds a hospital, hospice or care home provides
  beds: 'beds',
};

/** The class a counted noun's head word belongs to ("lorries" → "vehicles"), if any. */
export function measureClass(noun: string | undefined): string | undefined {
  if (noun === undefined) return undefined;
  const space = noun.lastIndexOf(' ');
  return CLASS_OF_HEAD[(space < 0 ? noun : noun.slice(space + 1)).toLowerCase()];
}

/**
 * The event a count of people belongs to, told by the verb the counted phrase is subject of
 * ("will transfer", "are due to join", "move across to") or governed by ("the transfer of 200
 * staff"). A workforce that moves is a different figure from one a body has, so the event joins
 * the key; a count with no event is the specific readings' (counts.ts).
 */
export const TRANSFERRING = 'transferring';
// The verb, after the counted phrase and its relative clause, up to the next clause break.
export const TRANSFER_VERB_AFTER = /^[^,;:()–—.!?]{0,90}?(?<![\p{L}])(?<verb>transfer|transfers|transferred|transferring|join|joins|joining|move[\s\u00a0]+(?:across|over)|moves[\s\u00a0]+(?:across|over)|moving[\s\u00a0]+(?:across|over))(?![\p{L}])/iu;
// "the transfer of 412 staff", "transferring all 212 officers": the event named before the figure.
export const TRANSFER_BEFORE = /(?<![\p{L}])(?:transfer|transfers|transferred|transferring|TUPE[\s\u00a0]+transfer)(?:[\s\u00a0]+of)?[\s\u00a0]+(?:(?:all|the|its|their|some|about|around|nearly|almost|roughly|more[\s\u00a0]+than)[\s\u00a0]+)*$/iu;
/**
 * A figure in a clause told as a condition, a possibility, a supposition, a demand or hearsay is
 * no one's fact (clauseMood.ts): "if 200 staff move", "could transfer", "would join", "must save
 * £5m", "allegedly paid £2m". A plan ("will cut 40 posts") is a plan's figure, which the readings keep.
 */
export const SUPPOSED = Mood.Conditional | Mood.Possible | Mood.Would | Mood.Demanded | Mood.Reported;
/** Besides the clause's mood, the figures add words that name a hope, an aim or a plan: "plans for 300 homes", "the proposed 40 cuts". */
export const HOPED_FOR = /(?<![\p{L}])(?:hope[sd]?|hoping|aims?|plans?|proposals?|proposed)(?![\p{L}])/iu;
/**
 * The figure (or its verb) at `at` is not stated as fact: its clause is supposed or denied ("does
 * not have 200 buses", "never owned", "no longer manages"), or `lead`, the words before it, names a
 * hope or a plan.
 */
export function notStatedAt(context: ClaimContext, at: number, lead: string): boolean {
  return (context.moodAt(at) & (SUPPOSED | Mood.Denied)) !== 0 || HOPED_FOR.test(lead);
}
