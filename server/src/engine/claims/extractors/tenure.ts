// How a body holds a place: owned outright (the freehold) or leased (rented from a landlord). The
// attribute is keyed by the body and the place's head noun (tenure:green, tenure:hall), the value
// is the category "owned outright" or "leased", and the rules exclude the two, so "X owns its green
// outright" meets "X leases its green from Y".
//   owned   "X owns its green outright", "X owns the freehold of Mill Meadow", "X bought the Old
//           School Hall from the diocese in 2020", "the cottage now belongs outright to X"
//   leased  "X leases its green from Y", "X rents the hall from Y", "the cottage is held by X on a
//           99-year lease", "X holds the ground on a lease from Y"
// Look-alikes left alone: a purchase only planned, hoped for or supposed ("plans to buy", "wants to
// buy", "could buy"), which the verbs here leave out or clauseMood marks; a body leasing a place
// to another ("X leases the hall to Y": X is the landlord, not the tenant); another body, or
// another place of the same body.

import type { Claim, Entity } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
export const TENURE = 'tenure';
export const OWNED_OUTRIGHT = 'owned-outright';
export const LEASED = 'leased';

const CUES = new CueWords([
  { word: 'owns' }, { word: 'outright' }, { word: 'freehold' }, { word: 'bought' }, { word: 'lease', prefix: true },
  { word: 'rent' }, { word: 'rents' }, { word: 'rented' }, { word: 'belongs' },
]);
/** The place: its determiner and words up to its head noun ("its green", "the Old School Hall", "Mill Meadow"). */
const PLACE = `(?<place>(?:(?:its|their|our|the)${S}+)?(?:[\\p{L}’'-]+${S}+){0,3}?[\\p{L}’'-]+)`;
/** After the body's name: the verb and the place, then what says how it is held. */
/** Where a place's phrase ends when nothing about its holding follows. */
const PLACE_END = `(?=${S}*(?:[,.;:!)]|$)|${S}+(?:from|in|on|since|for|outright|and|but|which|at)\\b)`;
const NOW = `(?:${S}+(?:now|still|already|also))?${S}+`;
/** "owns the freehold of Mill Meadow", "owns its green outright", "bought the Old School Hall from …". */
const OWNED_AFTER = [
  new RegExp(`^${NOW}owns${S}+the${S}+freehold${S}+(?:of|to)${S}+${PLACE}${PLACE_END}`, 'iu'),
  new RegExp(`^${NOW}owns${S}+${PLACE}${S}+outright`, 'iu'),
  new RegExp(`^${NOW}(?:has${S}+)?bought${S}+${PLACE}${PLACE_END}`, 'iu'),
];
const LEASED_AFTER = new RegExp(`^(?:${S}+(?:now|still|also|currently))?${S}+(?:leases|rents)${S}+${PLACE}${S}+from\\b`, 'iu');
const HELD_ON_LEASE_AFTER = new RegExp(`^(?:${S}+(?:now|still|also|currently))?${S}+(?:holds|occupies)${S}+${PLACE}${S}+on${S}+(?:a${S}+)?(?:[\\d-]+(?:-|${S}+)year${S}+)?(?:lease|tenancy)\\b`, 'iu');
/** Before the body's name: the place first ("the cottage now belongs outright to", "the cottage is held by … on a lease"). */
const PLACE_BELONGS_TO = new RegExp(`${PLACE}${S}+(?:now${S}+)?belongs${S}+(?:outright${S}+)?to${S}+(?:the${S}+)?$`, 'iu');
const PLACE_HELD_BY = new RegExp(`${PLACE}${S}+is${S}+(?:held|leased|rented)${S}+by${S}+(?:the${S}+)?$`, 'iu');
const BELONGS_TAIL = /belongs[\s\u00a0]+(?:outright[\s\u00a0]+)?to[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;
const HELD_BY_TAIL = /(?:held|leased|rented)[\s\u00a0]+by[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;
const ON_LEASE_AFTER = new RegExp(`^${S}+on${S}+(?:a${S}+)?(?:[\\d-]+(?:-|${S}+)year${S}+)?(?:lease|tenancy)\\b`, 'iu');
const SUPPOSED = Mood.Conditional | Mood.Possible | Mood.Demanded;
/** Words that end a place's phrase without being its noun. */
const NOT_A_NOUN = /^(?:its|their|our|the|a|an|of|and|now|still|building's)$/i;

function execFirst(patterns: readonly RegExp[], text: string): RegExpExecArray | null {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m;
  }
  return null;
}

function headNoun(place: string): string | undefined {
  const words = place.split(/[\s\u00a0]+/).filter((w) => w !== '');
  const head = words[words.length - 1]?.toLowerCase().replace(/['’]s$/, '');
  if (!head || NOT_A_NOUN.test(head)) return undefined;
  return head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head;
}

class TenureExtractor implements ClaimExtractor {
  readonly name = 'tenure';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      for (const org of context.within(context.organisations, sentence.start, sentence.end)) {
        if (!org.canonical) continue;
        const rest = text.slice(org.end, Math.min(sentence.end, org.end + 120));
        if (!isPrepositionalObject(text, org, sentence.start)) {
          const owned = execFirst(OWNED_AFTER, rest);
          const leased = owned ? null : (LEASED_AFTER.exec(rest) ?? HELD_ON_LEASE_AFTER.exec(rest));
          const m = owned ?? leased;
          if (m) this.push(context, claims, org, m.groups!.place!, owned ? OWNED_OUTRIGHT : LEASED, org.start, org.end + m[0].length);
        }
        // the place-first readings end right before the name: a short test of the words there first
        const tail = text.slice(Math.max(sentence.start, org.start - 28), org.start);
        const belongsTail = BELONGS_TAIL.test(tail);
        if (!belongsTail && !HELD_BY_TAIL.test(tail)) continue;
        const lead = text.slice(Math.max(sentence.start, org.start - 80), org.start);
        const belongs = belongsTail ? PLACE_BELONGS_TO.exec(lead) : null;
        const held = belongs ? null : PLACE_HELD_BY.exec(lead);
        const onLease = held ? ON_LEASE_AFTER.exec(rest) : null;
        if (belongs) this.push(context, claims, org, belongs.groups!.place!, OWNED_OUTRIGHT, org.start - (lead.length - belongs.index), org.end);
        else if (held && onLease) this.push(context, claims, org, held.groups!.place!, LEASED, org.start - (lead.length - held.index), org.end + onLease[0].length);
      }
    }
    return claims;
  }

  private push(context: ClaimContext, claims: Claim[], holder: Entity, place: string, category: string, start: number, end: number): void {
    const head = headNoun(place);
    if (!head || (context.moodAt(start) & SUPPOSED) !== 0) return;
    claims.push(
      context.claim({
        subject: holder,
        attribute: `${TENURE}:${head}`,
        value: { kind: 'category', category, polarity: 'affirm' },
        start,
        end,
      }),
    );
  }
}

export const tenureExtractor: ClaimExtractor = new TenureExtractor();
