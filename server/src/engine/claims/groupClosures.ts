// A group of named bodies said, as one, to close or to stay open: "none of our three surgeries will
// close", "all four halls will stay open", "both councils are to shut", "the two branches will
// close". A closure is said of each member alone, so the group's claim is read as the same claim
// of each member: the members are a list of exactly that many bodies the same paragraph names
// ("A, B and C"), and only a list whose size is the group's number stands for it.
//
// Figures said of a group ("the three stations are crewed by 41 firefighters") are totals, not a
// figure of each member, so they are left alone here.
//
// Look-alikes kept apart: a part of the group ("two of the three surgeries will close" says nothing
// of which two); a group with no list of that size in its paragraph; a closure for a while
// ("closes for refurbishment", "closes at 5pm"); a closure only supposed ("could close", "if the
// three halls closed").

import type { Claim, Entity } from '../types';
import { Mood } from './clauseMood';
import type { ClaimContext } from './context';
import type { ClaimExtractor } from './extractors/extractor';
import { SPACE } from './extractors/grammar';
import { CLOSES } from './extractors/closures';
import { WordGate, wordStarts } from './wordGates';

const S = SPACE;
const NUMBERS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/**
 * The group and its verb: a quantifier over the whole or none of it, a determiner, a number, a plural
 * kind noun ("surgeries", "halls", "sites"), then closing or keeping open. "both" stands for two.
 */
const GROUP_VERB = new RegExp(
  `(?<![\\p{L}\\d])(?:(?<q>none${S}+of|not${S}+one${S}+of|neither${S}+of|all(?:${S}+of)?|each${S}+of)${S}+)?(?:(?:the|our|its|their|these|those)${S}+)?(?:all${S}+)?` +
    `(?<n>\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both)${S}+(?:[\\p{Ll}-]+${S}+)?(?<kind>\\p{Ll}+s)` +
    `(?<verb>${S}+(?:(?:will|shall|are${S}+(?:set${S}+|due${S}+)?to)${S}+(?:close|shut)(?:${S}+down)?|are${S}+(?:closing|shutting)(?:${S}+down)?` +
    `|(?:will|shall|are${S}+going${S}+to)${S}+(?:stay|remain)${S}+open|(?:are${S}+)?(?:staying|remaining)${S}+open|(?:stay|remain)${S}+open` +
    `|(?:will${S}+not|won['’]t|shall${S}+not|are${S}+not${S}+going${S}+to|aren['’]t${S}+going${S}+to)${S}+(?:close|shut)|(?:are${S}+not|aren['’]t)${S}+(?:closing|shutting)))(?![\\p{L}])`,
  'giu',
);
const KEEPS = /open$|not|n['’]t/iu;
/** Right after the verb: a closure for a while, or to some people only, is no closure. */
const FOR_A_WHILE = new RegExp(`^${S}*(?:for${S}+(?!good\\b)|at${S}+\\d|early|temporarily|briefly|to${S}+(?:new|the${S}+public|visitors|members|patients)|each|every|overnight|until)`, 'iu');
/** Between two names of a list: a comma, "and", or both ("A, B and C", "A, B, and C"). */
const LIST_GAP = new RegExp(`^${S}*(?:,${S}*(?:and${S}+|&${S}*)?|and${S}+|&${S}*)(?:the${S}+)?$`, 'iu');
/** Right before a group: a part of it ("two of", "one of", "some of"). */
const PART_OF = new RegExp(`(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|some|most|many|several|few|any|none|neither|all|each)${S}+of${S}+$`, 'iu');
const SUPPOSED = Mood.Conditional | Mood.Possible;
/**
 * The verbs the pattern ends on: it is tried only in the few words before one of them. Found by
 * their lower-case stems first (a case-blind Unicode scan of the page costs ten times more), then
 * checked as whole words.
 */
const CUE = /clos|shut|open/g;
/** CUE's matches read off the token census, not searched for over the whole text (wordGates.ts). */
const CUE_GATE = new WordGate('closing or keeping open', ['clos', 'shut', 'open'], 'anywhere', [CUE]);
const CUE_WORD = /^(?:close|shut|closing|shutting|open)(?![\p{L}])/u;
/** How far before the verb a group may start: "none of our three small rural surgeries are going to stay open". */
const REACH = 90;

/** The paragraph (line) around an offset. */
function paragraphAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at) + 1;
  const next = text.indexOf('\n', at);
  return [start, next < 0 ? text.length : next];
}

/** Runs of named bodies listed together ("A, B and C"), each as its distinct bodies. */
function lists(text: string, orgs: readonly Entity[]): Entity[][] {
  const runs: Entity[][] = [];
  let run: Entity[] = [];
  for (const o of orgs) {
    const last = run[run.length - 1];
    if (last && o.start >= last.end && LIST_GAP.test(text.slice(last.end, o.start))) run.push(o);
    else {
      if (run.length > 1) runs.push(run);
      run = [o];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs.map((r) => [...new Map(r.map((o) => [o.canonical!, o])).values()]);
}

/** The members of a group of `size` whose phrase is at `at`: the nearest list of exactly that size in its paragraph. */
function membersOf(context: ClaimContext, at: number, size: number): Entity[] | undefined {
  const [start, end] = paragraphAround(context.text, at);
  const orgs = context.within(context.organisations, start, end).filter((o) => o.canonical);
  if (orgs.length < size) return undefined;
  let best: Entity[] | undefined;
  let bestDistance = Infinity;
  for (const list of lists(context.text, orgs)) {
    if (list.length !== size) continue;
    const distance = Math.abs(list[0]!.start - at);
    if (distance < bestDistance) [best, bestDistance] = [list, distance];
  }
  return best;
}

class GroupClosureExtractor implements ClaimExtractor {
  readonly name = 'groupClosures';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    if (context.organisations.length < 2) return [];
    const claims: Claim[] = [];
    const seen = new Set<number>();
    // the pattern runs only over the few words before each closing or keeping-open verb, not the whole page
    for (const cueAt of wordStarts(context, CUE_GATE)) {
      if ((cueAt > 0 && /\p{L}/u.test(text[cueAt - 1]!)) || !CUE_WORD.test(text.slice(cueAt, cueAt + 9))) continue;
      const from = Math.max(0, cueAt - REACH);
      const window = text.slice(from, Math.min(text.length, cueAt + 14));
      GROUP_VERB.lastIndex = 0;
      const found = GROUP_VERB.exec(window);
      if (!found) continue;
      const at = from + found.index;
      if (seen.has(at) || (at > 0 && /[\p{L}\d]/u.test(text[at - 1]!))) continue;
      seen.add(at);
      const m = Object.assign(found, { index: at });
      const n = m.groups!.n!.toLowerCase();
      const size = NUMBERS[n] ?? Number(n);
      if (!(size >= 2)) continue;
      const end = m.index + m[0].length;
      // "two of the three surgeries will close": a part of the group, which the text leaves unnamed
      // (and a quantifier the window cut off is not read as no quantifier)
      if (!m.groups!.q && PART_OF.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (FOR_A_WHILE.test(text.slice(end, end + 40)) || (context.moodAt(end - 1) & SUPPOSED) !== 0) continue;
      const members = membersOf(context, m.index, size);
      if (!members) continue;
      const keeps = KEEPS.test(m.groups!.verb!.trim());
      const none = /^(?:none|not|neither)/iu.test(m.groups!.q ?? '');
      const polarity = keeps !== none ? 'deny' : 'affirm';
      for (const member of members) {
        claims.push(
          context.claim({
            subject: member,
            attribute: `${CLOSES}:self`,
            value: { kind: 'category', category: 'closure', polarity },
            start: m.index,
            end,
            timeFromSentence: true,
          }),
        );
      }
    }
    return claims;
  }
}

export const groupClosureExtractor: ClaimExtractor = new GroupClosureExtractor();
