// The generic reading of what a body has of a class of things: a fleet ("X will start with a fleet
// of 64 refuse collection vehicles", "X runs 120 buses", "X's 52 bin lorries"), homes ("X owns
// 4,200 homes", "a stock of 3,900 flats"), beds ("X has 420 beds"). Things counted are no
// entities (RULES.md), so the figure and its noun are read from the text, gated on the classes'
// words. Keyed `count:<class>` (what a body has) or `count:<class> at the start` (what it starts
// with: "from day one", "at launch"), so the two never meet. Look-alikes kept apart: things bought,
// built, ordered, added or replaced (a change, not the stock), a subset ("18 of them new", "12
// electric buses", "homes in Leeds"), a hypothetical, "up to", and a rate ("a week").

import { normaliseQualifier } from '../../entities/numbers';
import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { intervalOf } from '../numbers';
import { figureSubject } from './figureSubject';
import { DENIED, HYPOTHETICAL, measureClass } from './measureClasses';
import type { FigureReading } from './reading';

const HEADS = String.raw`vehicles|lorries|wagons|trucks|buses|vans|ambulances|coaches|homes|houses|flats|dwellings|bungalows|beds`;
/** A figure, up to three lower-case modifiers and a plural head of a class. (The digit first: the scan looks for digits.) */
const THING_FIGURE = new RegExp(String.raw`(?<n>\d{1,3}(?:,\d{3})+|\d+)[\s\u00a0]+(?<mods>(?:[\p{Ll}-]+[\s\u00a0]+){0,3}?)(?<head>${HEADS})(?![\p{L}])`, 'gu');
/** A figure glued to what is before it is part of another number, a sum or a code. */
const GLUED_BEFORE = /[\p{L}\d.,£$€/-]/u;
/** Modifiers that pick out a part of a fleet or a change to it. */
const SUBSET_MODIFIERS = /(?<![\p{L}])(?:new|electric|hybrid|diesel|extra|additional|more|replacement|spare|older|old|leased|hired|empty|vacant|affordable|social|council|private|rented|temporary|sheltered|supported|critical|intensive|acute|mental|maternity|escape|unfit|unsafe|damp)(?![\p{L}])/u;
/** Verbs of a change to a fleet, not its size: bought, ordered, added, replaced, retired. */
const CHANGE_BEFORE = /(?<![\p{L}])(?:buy|buys|bought|buying|order|orders|ordered|ordering|add|adds|added|adding|replace|replaces|replaced|replacing|retire|retires|retired|lease|leases|leased|hire|hires|hired|sell|sells|sold|scrap|scraps|scrapped|cut|cuts|close|closes|closed|closing|lose|loses|lost|build|builds|built|building|deliver|delivers|delivered|refurbish|refurbished|demolish|demolished|transfer|transferred|another|extra|further)(?![\p{L}])/iu;
/** "homes in Leeds", "beds at the new wing": a part of the whole, told by where it is. */
const PART_PLACE_AFTER = /^[\s\u00a0]+(?:in|at)[\s\u00a0]+(?:the[\s\u00a0]+)?\p{Lu}/u;
const START_BEFORE = /(?<![\p{L}])(?:start|starts|starting|begin|begins|beginning|launch|launches|launching)[\s\u00a0]+with(?![\p{L}])/iu;
const START_AFTER = /^[^,;:.!?]{0,60}?(?<![\p{L}])(?:from|on)[\s\u00a0]+day[\s\u00a0]+one|^[^,;:.!?]{0,60}?(?<![\p{L}])at[\s\u00a0]+(?:launch|the[\s\u00a0]+start)(?![\p{L}])/iu;
/** What a body has: "a fleet of", "runs", "operates", "has". */
const STATE_BEFORE = /(?<![\p{L}])(?:(?:fleet|portfolio|stock|estate)[\s\u00a0]+of|runs|run|operates|operate|operating|running|owns|own|manages|manage|managing|provides|has|have)[\s\u00a0]+(?:(?:a|its|their|some|about|around|nearly|almost|more[\s\u00a0]+than|over|just|only)[\s\u00a0]+)*$/iu;
const QUALIFIER_BEFORE = /(?<![\p{L}])(?<q>about|around|some|nearly|almost|roughly|approximately|more[\s\u00a0]+than|over|fewer[\s\u00a0]+than|less[\s\u00a0]+than|under|up[\s\u00a0]+to)[\s\u00a0]+$/iu;
const PART_BEFORE = /(?<![\p{L}])of[\s\u00a0]+(?:the|its|their|our|these|those|them)[\s\u00a0]+$|(?<![\p{L}])(?:\d+|some|most|half)[\s\u00a0]+of[\s\u00a0]+$/iu;
const RATE_AFTER = /^[\s\u00a0]+(?:each|per|a[\s\u00a0]+(?:week|month|year|day)|an[\s\u00a0]+hour)(?![\p{L}])/iu;

/** The cheap gate: a text that names none of the classes' things is not scanned. */
const GATE_WORDS = ['vehicles', 'lorries', 'wagons', 'trucks', 'buses', 'ambulances', 'coaches', ' vans', 'homes', 'houses', 'flats', 'dwellings', 'bungalows', ' beds'];
function namesThings(text: string): boolean {
  for (const word of GATE_WORDS) if (text.includes(word)) return true;
  return false;
}

export const thingCounts: FigureReading = {
  name: 'thing-counts',
  read(context: ClaimContext): Claim[] {
    const text = context.text;
    if (!namesThings(text)) return [];
    const claims: Claim[] = [];
    THING_FIGURE.lastIndex = 0;
    for (let m = THING_FIGURE.exec(text); m; m = THING_FIGURE.exec(text)) {
      const groups = m.groups!;
      const kind = measureClass(groups.head);
      const start = m.index;
      if (!kind || SUBSET_MODIFIERS.test(groups.mods!) || (start > 0 && GLUED_BEFORE.test(text[start - 1]!))) continue;
      const end = start + m[0].length;
      const sentence = context.sentenceAt(start);
      if (!sentence) continue;
      const lead = text.slice(Math.max(sentence.start, start - 60), start);
      const after = text.slice(end, Math.min(sentence.end, end + 80));
      if (CHANGE_BEFORE.test(lead) || HYPOTHETICAL.test(lead) || DENIED.test(lead) || PART_BEFORE.test(lead) || RATE_AFTER.test(after) || PART_PLACE_AFTER.test(after)) continue;
      const qualifierWord = QUALIFIER_BEFORE.exec(lead)?.groups!.q;
      if (qualifierWord && /^up/i.test(qualifierWord)) continue;
      const atStart = START_BEFORE.test(lead) || START_AFTER.test(after);
      if (!atStart && !STATE_BEFORE.test(lead) && !lead.endsWith('’s ') && !lead.endsWith("'s ")) continue;
      const figure = { type: 'quantity', text: m[0], start, end } as Entity;
      const subject = figureSubject(context, figure, sentence, end);
      if (!subject?.canonical) continue;
      const value = Number(groups.n!.replace(/,/g, ''));
      const qualifier = normaliseQualifier(qualifierWord);
      const interval = intervalOf(value, groups.n!, qualifier, context.rules, { low: 0 });
      claims.push(
        context.claim({
          subject,
          attribute: atStart ? `count:${kind} at the start` : `count:${kind}`,
          value: { kind: 'number', value, unit: kind, ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
          start,
          end,
          timeFromSentence: true,
          focus: { start, end },
        }),
      );
    }
    return claims;
  },
};
