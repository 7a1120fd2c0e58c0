// The area a contract covers, when its description names one of the UK's regions or nations:
// "the North East lot of the X Service", "the contract to run education in nine North East
// prisons". Public services are let by area (a lot per region is common), and one body often
// holds the contracts of several areas from one awarder, so the area keeps those contracts apart.
// Only regions and nations are read: they are how lots are drawn, and a short fixed list means
// two sources that name one area the same way agree on it.

import type { Entity } from '../../types';
import type { ClaimContext } from '../context';

/**
 * The nine English regions and the three other nations of the UK, as the ONS names them
 * (International Territorial Levels, ITL1, 2021), with their common shorter forms; the key is
 * the area's id in a claim's attribute.
 */
const AREAS: ReadonlyArray<[string, string]> = [
  ['North East', 'north-east'],
  ['North West', 'north-west'],
  ['Yorkshire and the Humber', 'yorkshire-and-the-humber'],
  ['Yorkshire and Humber', 'yorkshire-and-the-humber'],
  ['East Midlands', 'east-midlands'],
  ['West Midlands', 'west-midlands'],
  ['East of England', 'east-of-england'],
  ['London', 'london'],
  ['South East', 'south-east'],
  ['South West', 'south-west'],
  ['Wales', 'wales'],
  ['Scotland', 'scotland'],
  ['Northern Ireland', 'northern-ireland'],
];
const AREA_IDS = new Map(AREAS);
/** Case-sensitive: "the north east of the site" is not the region. Longer names first. */
const AREA_NAMES = new RegExp(`(?<![\\p{L}-])(?:${[...AREAS].sort((a, b) => b[0].length - a[0].length).map(([name]) => name.replace(/ /g, '[\\s\\u00a0]+')).join('|')})(?![\\p{L}-])`, 'gu');

/**
 * The areas named in [from, to), outside the names of organisations ("North West Ambulance
 * Service" names a body, not the area of a contract), as one key: "north-east", or
 * "north-east+north-west" for a description of two.
 */
export function areaOf(context: ClaimContext, from: number, to: number): string | undefined {
  const words = context.text.slice(from, to);
  AREA_NAMES.lastIndex = 0;
  const found = new Set<string>();
  for (let m = AREA_NAMES.exec(words); m; m = AREA_NAMES.exec(words)) {
    const start = from + m.index;
    if (context.anyOverlapping(context.organisations, start, start + m[0].length, isNamed)) continue;
    const id = AREA_IDS.get(m[0].replace(/[\s\u00a0]+/g, ' '));
    if (id) found.add(id);
  }
  AREA_NAMES.lastIndex = 0;
  return found.size ? [...found].sort().join('+') : undefined;
}

const isNamed = (e: Entity): boolean => !e.canonical?.startsWith('thing:');
