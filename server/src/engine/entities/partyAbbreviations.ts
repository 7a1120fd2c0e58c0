import { joinCensus, tokensHolding } from '../text/tokenCensus';
import { Gap, KeyList, Shape, type Token } from '../text/tokens';
import { organisationKey } from './nameKeys';
import type { NameScan } from './nameScan';
import { HONORIFICS } from './lexicons/personWords';
import { isSurnameLike } from './person';
import type { ReferenceIndex } from './referenceData';

// Party abbreviations on a parliamentary record's speaker lines: "Mr Tom Hadley (Kelbrook North)
// (Lab)". Hansard introduces each member by name, seat in brackets and party abbreviation in
// brackets, and the abbreviations (Lab, Con, LD, SNP …) are the party's mention there. Elsewhere
// "Lab" or "Con" is any word ("Policy Lab", "Con Edison"), so only that place is read: the
// abbreviation alone in brackets right after another bracket, at the end of its line.

/** Abbreviation (lower-case key) → the party's name as the reference data lists it. */
const PARTIES = new Map<string, string>([
  ['lab', 'Labour Party'],
  ['con', 'Conservative Party'],
  ['ld', 'Liberal Democrats'],
  ['libdem', 'Liberal Democrats'],
  ['snp', 'Scottish National Party'],
  ['pc', 'Plaid Cymru'],
  ['dup', 'Democratic Unionist Party'],
  ['sdlp', 'Social Democratic and Labour Party'],
  ['uup', 'Ulster Unionist Party'],
  ['sf', 'Sinn Féin'],
  ['ukip', 'UK Independence Party'],
  ['green', 'Green Party'],
]);

const PARTY_KEYS = new KeyList(new Set(PARTIES.keys()));
joinCensus(PARTY_KEYS);

export function findPartyAbbreviations(scan: NameScan, indexes: readonly ReferenceIndex[]): void {
  const { tokens } = scan;
  for (const i of tokensHolding(tokens, PARTY_KEYS)) {
    const open = tokens[i - 1];
    const close = tokens[i + 1];
    const previousClose = tokens[i - 2];
    if (open?.text !== '(' || close?.text !== ')') continue;
    // The Lords' record has no seat: "Baroness Corran (Lab)", a name alone on its line before the party.
    const peer = previousClose?.text !== ')' && opensLineWithNameOnly(tokens, i - 1);
    if (previousClose?.text !== ')' && !peer) continue;
    if (tokens[i]!.gapBefore !== Gap.None || close.gapBefore !== Gap.None || open.gapBefore !== Gap.Space) continue;
    // Holyrood's Official Report puts the speech after a colon on the label's line: "(Con): I congratulate …".
    const after = tokens[i + 2];
    if (after !== undefined && after.gapBefore < Gap.LineBreak && !(after.text === ':' && after.gapBefore === Gap.None)) continue;
    if (tokens[i]!.text.charAt(0) === tokens[i]!.key.charAt(0)) continue;
    // A party the reference data lists under its abbreviation ("SNP") is found already.
    if (scan.owner[i] === -1) {
      const name = PARTIES.get(tokens[i]!.key)!;
      const target = lookUp(indexes, organisationKey(name));
      scan.claim('organisation', i, i, 'reference', target ? { canonical: target.canonical, canonicalName: target.canonicalName } : {});
    }
    if (!peer) claimMember(scan, i - 2);
  }
}

/**
 * "Alasdair Munro (Argyll and Bute) (SNP):": the words that open a speaker label, before the seat's
 * bracket, are the member's name, whatever the given name; an honorific before them ("Mr Tom
 * Hadley") is left to the honorific pass, which reads it as well.
 */
function claimMember(scan: NameScan, seatClose: number): void {
  const { tokens } = scan;
  let open = seatClose - 1;
  while (open > 0 && seatClose - open <= MAX_SEAT_TOKENS && tokens[open]!.text !== '(' && tokens[open]!.gapBefore < Gap.LineBreak) open--;
  if (tokens[open]?.text !== '(' || tokens[open]!.gapBefore !== Gap.Space) return;
  const last = open - 1;
  let first = last;
  while (first > 0 && last - first < 2 && tokens[first]!.gapBefore === Gap.Space) first--;
  if (first === last || (first > 0 && tokens[first]!.gapBefore < Gap.LineBreak) || HONORIFICS.has(tokens[first]!.key)) return;
  for (let k = first; k <= last; k++) if (!isSurnameLike(tokens[k]) || scan.owner[k] !== -1) return;
  scan.claim('person', first, last, 'role-cue');
}

/** Whether the line before the bracket at `open` holds only capitalised words (and "of", "the"): a member's label, at most six words. */
function opensLineWithNameOnly(tokens: readonly Token[], open: number): boolean {
  let k = open - 1;
  for (let words = 0; k >= 0 && words < 6; k--, words++) {
    const token = tokens[k]!;
    if (token.shape !== Shape.Capitalised && token.key !== 'of' && token.key !== 'the') return false;
    // two words at least ("Lord Hebblethwaite"), the first capitalised
    if (token.gapBefore >= Gap.LineBreak || k === 0) return token.shape === Shape.Capitalised && words >= 1;
  }
  return false;
}

/** Most tokens of a seat's name in brackets: "(Caithness, Sutherland and Ross)" is 6. */
const MAX_SEAT_TOKENS = 8;

function lookUp(indexes: readonly ReferenceIndex[], key: string): { canonical: string; canonicalName: string } | undefined {
  for (const index of indexes) {
    const target = index.byKey.get(key);
    if (target) return target;
  }
  return undefined;
}
