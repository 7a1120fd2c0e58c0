// Dates of events: when an organisation or person was founded, launched, announced or published
// something. "X was founded in 1844", "Founded in 1844, X ...", "X announced the scheme on
// 3 May 2011". The event verb is normalised (set up / established / formed → founded) and, for
// events that recur (announcing, publishing, launching), the attribute also carries what was
// announced, so two different announcements by one body are never compared as one event.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { tokenise } from '../vocabulary';
import type { ClaimExtractor } from './extractor';
import { isPrepositionalObject } from './grammar';

const EVENT_VERBS: Record<string, { event: string; recurring: boolean }> = {
  founded: { event: 'founded', recurring: false },
  established: { event: 'founded', recurring: false },
  'set up': { event: 'founded', recurring: false },
  formed: { event: 'founded', recurring: false },
  created: { event: 'founded', recurring: false },
  incorporated: { event: 'founded', recurring: false },
  dissolved: { event: 'dissolved', recurring: false },
  abolished: { event: 'dissolved', recurring: false },
  closed: { event: 'dissolved', recurring: false },
  launched: { event: 'launched', recurring: true },
  unveiled: { event: 'announced', recurring: true },
  announced: { event: 'announced', recurring: true },
  published: { event: 'published', recurring: true },
  released: { event: 'published', recurring: true },
};
const VERB = /\b(founded|established|set up|formed|created|incorporated|dissolved|abolished|closed|launched|unveiled|announced|published|released)\b/gi;
const OBJECT_SKIP = new Set(['a', 'an', 'the', 'it', 'its', 'their', 'his', 'her', 'new', 'latest', 'first', 'on', 'in', 'at', 'by', 'that', 'this', 'today', 'yesterday', 'plan', 'to']);
const MAX_OBJECT_WORDS = 3;

/** The words naming what was announced / published: the noun phrase after the verb. */
function objectOf(context: ClaimContext, from: number, to: number, dates: Entity[]): string {
  const tokens = tokenise(context.text, from, to).filter((t) => !dates.some((d) => t.start >= d.start && t.end <= d.end));
  const words: string[] = [];
  for (const t of tokens) {
    if (words.length === 0 && OBJECT_SKIP.has(t.norm)) continue;
    if (words.length > 0 && (OBJECT_SKIP.has(t.norm) || /^\d/.test(t.norm))) break;
    words.push(t.norm);
    if (words.length === MAX_OBJECT_WORDS) break;
  }
  return words.join(' ');
}

class EventDateExtractor implements ClaimExtractor {
  readonly name = 'event-date';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const sentence of context.sentences) {
      const dates = context
        .within(context.dates, sentence.start, sentence.end)
        .filter((d) => d.value?.kind === 'date' && d.value.precision !== 'day-month');
      if (dates.length === 0) continue;
      const actors = [
        ...context.within(context.organisations, sentence.start, sentence.end),
        ...context.within(context.people, sentence.start, sentence.end),
      ].sort((a, b) => a.start - b.start);
      if (actors.length === 0) continue;
      const sentenceText = text.slice(sentence.start, sentence.end);
      VERB.lastIndex = 0;
      for (let m = VERB.exec(sentenceText); m; m = VERB.exec(sentenceText)) {
        const verbStart = sentence.start + m.index;
        const verbEnd = verbStart + m[0].length;
        const { event, recurring } = EVENT_VERBS[m[1].toLowerCase().replace(/\s+/g, ' ')];
        // The actor: the nearest subject-like name before the verb; "Founded in 1844, X ..." names it after.
        const subject =
          actors.filter((a) => a.end <= verbStart && !isPrepositionalObject(text, a, sentence.start)).pop() ??
          actors.find((a) => a.start >= verbEnd && /^[^.;]*,[\s\u00a0]*$/.test(text.slice(verbEnd, a.start)));
        if (!subject || !subject.canonical) continue;
        // The date of this event: the first date after the verb in its clause, else just before it.
        const date =
          dates.find((d) => d.start >= verbEnd && !/[;]/.test(text.slice(verbEnd, d.start)) && d.start - verbEnd < 80) ??
          dates.filter((d) => d.end <= verbStart && verbStart - d.end < 40).pop();
        if (!date || date.value?.kind !== 'date') continue;
        let attribute = `date:${event}`;
        if (recurring) {
          const object = objectOf(context, verbEnd, Math.min(sentence.end, verbEnd + 60), dates);
          if (!object) continue;
          attribute += `:${object}`;
        }
        const claim = context.claim({
          subject,
          attribute,
          value: { kind: 'date', iso: date.value.iso, precision: date.value.precision },
          start: Math.min(subject.start, verbStart, date.start),
          end: Math.max(subject.end, verbEnd, date.end),
        });
        // A dated event speaks of its own date.
        claim.time = date.value.iso;
        claims.push(claim);
      }
    }
    return claims;
  }
}

export const eventDateExtractor: ClaimExtractor = new EventDateExtractor();
