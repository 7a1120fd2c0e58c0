import { Shape } from '../text/tokens';
import { SENTENCE_OPENERS } from './lexicons/sentenceOpeners';
import { isCapitalised, tightWithPrevious, type NameScan } from './nameScan';

// "Corrington Airport handled 900,000 passengers", "the purchase of Tarnby Airport": a UK airport
// is run by a company named after it, and texts about its sale, ownership, traffic or board name the
// business by the airport's name (the sixth and nineteenth held-out sets' decisions). Run after
// blockVenues, so an airport named in an address ("Registered office: Terminal Building, Tarnby
// Airport, …") stays a place. Names with a legal form or a head after "Airport" ("Tarnby Airport
// Ltd", "Tarnby Airport Employee Trust") are found by form before this pass.

/** Capitalised words before "Airport" that may name it: "East Midlands", "Tarnby International". */
const MAX_AIRPORT_NAME_WORDS = 3;

export function findAirports(scan: NameScan): void {
  // Few texts name an airport: one search of the text spares the token walk.
  if (scan.text.indexOf('Airport') < 0) return;
  const { tokens } = scan;
  for (const i of scan.capitalised) {
    const token = tokens[i]!;
    if (token.shape !== Shape.Capitalised || scan.owner[i] !== -1 || !isAirportWord(scan.text, token.start, token.bareEnd)) continue;
    // "Tarnby Airport Road", "Tarnby Airport Parkway station": a name that goes on is something else's.
    const next = tokens[i + 1];
    if (next !== undefined && tightWithPrevious(tokens, i + 1) && isCapitalised(next) && token.bareEnd === token.end) continue;
    let first = i;
    while (first > 0 && i - first < MAX_AIRPORT_NAME_WORDS && tightWithPrevious(tokens, first) && tokens[first - 1]!.shape === Shape.Capitalised && scan.owner[first - 1] === -1) first--;
    // "The Airport", "Our Airport": an opener names no airport.
    while (first < i && SENTENCE_OPENERS.has(tokens[first]!.key)) first++;
    if (first < i) scan.claim('organisation', first, i, 'context');
  }
}

function isAirportWord(text: string, start: number, bareEnd: number): boolean {
  return bareEnd - start === 7 && text.startsWith('Airport', start);
}
