// The generic reading of counts bound to an event: "All 412 X staff who work on the contract will
// transfer", "Around 340 X staff will transfer under TUPE", "X's 140 custody staff are due to join
// Y", "212 officers and nurses employed by X will move across to the force", "the transfer of 90
// X crew". Keyed `count:<class> <event>` on the body whose people they are (figureSubject.ts),
// the class from the counted noun's head (measureClasses.ts), so "detention officers" and "custody
// staff" meet. Look-alikes kept apart: a part of a group ("18 of them", "four of the six"), a
// figure hedged as possible or hoped for, a rate ("each", "per", "a week"), and a count with no
// event, which stays the specific readings' (counts.ts).

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { intervalOf } from '../numbers';
import { figureSubject } from './figureSubject';
import { HOPED_FOR, SUPPOSED, notStatedAt, TRANSFERRING, TRANSFER_BEFORE, TRANSFER_VERB_AFTER, measureClass } from './measureClasses';
import type { FigureReading } from './reading';

const PART_OF = /(?:^|[^\p{L}\d])(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|some|most|many|half|none|several)[\s\u00a0]+of[\s\u00a0]+(?:(?:the|its|their|our|these|those)[\s\u00a0]+)?$/iu;
const PART_INSIDE = /^[^\p{L}]*\p{L}*[\s\u00a0]+of[\s\u00a0]/u;
const LAST_WORD = /\p{L}+$/u;
const FROM_AFTER = /^[\s\u00a0]+(?:(?:over|across)[\s\u00a0]+)?from[\s\u00a0]+(?:the[\s\u00a0]+)?/iu;
const RATE_AFTER = /^[\s\u00a0]+(?:each|per|a[\s\u00a0]+(?:week|month|year|day)|an[\s\u00a0]+hour)(?![\p{L}])/iu;

function eventOf(context: ClaimContext, figure: Entity, sentenceStart: number, sentenceEnd: number): { verbEnd: number } | undefined {
  const text = context.text;
  const lead = text.slice(Math.max(sentenceStart, figure.start - 40), figure.start);
  if (HOPED_FOR.test(lead)) return undefined;
  const event = transferAround(context, figure, lead, sentenceEnd);
  // "If 300 staff transfer": a condition opened before the figure. Asked last, once a transfer is
  // found: asking first made most texts with a count of staff work out their moods for nothing.
  return event && !(context.moodAt(figure.start) & SUPPOSED) ? event : undefined;
}

function transferAround(context: ClaimContext, figure: Entity, lead: string, sentenceEnd: number): { verbEnd: number } | undefined {
  const text = context.text;
  if (lead.includes('ransfer') && TRANSFER_BEFORE.test(lead)) return { verbEnd: figure.end };
  const after = text.slice(figure.end, Math.min(sentenceEnd, figure.end + 120));
  // the verb's letters first: most counts of staff are followed by no such verb
  if (!after.includes('ransfer') && !after.includes('join') && !after.includes('move') && !after.includes('moving')) return undefined;
  const verb = TRANSFER_VERB_AFTER.exec(after);
  if (!verb) return undefined;
  const verbStart = verb.index + verb[0].length - verb.groups!.verb.length;
  // "could transfer", "if they join": the modal or condition stands just before the verb;
  // "will not transfer", "did not move across": a transfer denied counts no one
  const beforeVerb = after.slice(Math.max(0, verbStart - 24), verbStart);
  if (notStatedAt(context, figure.end + verbStart, beforeVerb)) return undefined;
  return { verbEnd: figure.end + verb.index + verb[0].length };
}

export const eventCounts: FigureReading = {
  name: 'event-counts',
  read(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    for (const figure of context.numbers) {
      if (figure.type !== 'quantity' || figure.value?.kind !== 'quantity') continue;
      // the recogniser gives the counted noun's head; an entity made elsewhere (gold, an editor) may not
      const kind = measureClass(figure.value.noun ?? LAST_WORD.exec(figure.text)?.[0]);
      if (kind !== 'staff' || figure.value.qualifier === 'up to' || !Number.isFinite(figure.value.value)) continue;
      const sentence = context.sentenceAt(figure.start);
      if (!sentence) continue;
      const core = figure.core ?? figure;
      if (PART_INSIDE.test(context.text.slice(core.start, core.end))) continue;
      if (PART_OF.test(context.text.slice(Math.max(sentence.start, figure.start - 30), figure.start))) continue;
      if (RATE_AFTER.test(context.text.slice(figure.end, figure.end + 12))) continue;
      const event = eventOf(context, figure, sentence.start, sentence.end);
      if (!event) continue;
      // "210 staff transferred from X to Y": the body they leave is the one whose staff they are
      const from = FROM_AFTER.exec(context.text.slice(event.verbEnd, Math.min(sentence.end, event.verbEnd + 30)));
      const giver = from ? context.organisationStartingAt(event.verbEnd + from[0].length) : undefined;
      const subject = giver ?? figureSubject(context, figure, sentence, event.verbEnd);
      if (!subject?.canonical) continue;
      const { value, qualifier } = figure.value;
      const literal = /[\d.,]+/.exec(context.text.slice(core.start, core.end))?.[0] ?? '';
      const interval = intervalOf(value, literal, qualifier, context.rules, { low: 0 });
      claims.push(
        context.claim({
          subject,
          attribute: `count:${kind} ${TRANSFERRING}`,
          value: { kind: 'number', value, unit: kind, ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
          start: figure.start,
          end: Math.max(figure.end, event.verbEnd),
          timeFromSentence: true,
          focus: figure,
        }),
      );
    }
    return claims;
  },
};
