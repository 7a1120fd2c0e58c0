// A service or site handed to a body on a day, told from the side of what is handed over:
//   "Custody will return to Kenmarsh Police on 1 October"      "the library service passes back to
//   X Council in April 2027"      "cleaning moves over to Y Ltd from 1 June"      "catering was
//   transferred to Z Ltd on 3 May"
// Returning, passing, going, moving, reverting, coming or being transferred to a body are one class
// of event: the body takes the thing over. So the claim is keyed as eventDates.ts keys "Y took over
// <thing> on D" (date:took-over:<thing>, under the body that receives it), and a text that words the
// hand-over one way is compared with one that words it another.

import type { Claim } from '../../types';
import type { ClaimContext } from '../context';
import type { ClaimExtractor } from './extractor';
import { completeDate } from './eventDates';

const S = '[\\s\\u00a0]';
const HANDED = [
  'return', 'returns', 'returned', 'returning', 'pass', 'passes', 'passed', 'passing', 'go', 'goes', 'went', 'gone', 'going',
  'move', 'moves', 'moved', 'moving', 'revert', 'reverts', 'reverted', 'reverting', 'transfer', 'transfers', 'transferred',
  'transferring', 'come', 'comes', 'came', 'coming', 'handed', 'switch', 'switches', 'switched',
].join('|');
const AUXILIARY = `(?:(?:will|would|shall|is|are|was|were|has|have|had|be|been|being|due|set|to|then|finally|formally|fully)${S}+)*`;
/** Up to the date: the thing (a word), auxiliaries, the verb, "back"/"over", "to" and the body, then "on"/"in"/"from". */
const HANDOVER = new RegExp(
  `(?:^|[^\\p{L}’'-])(?<thing>\\p{L}[\\p{L}’'-]*)${S}+${AUXILIARY}(?:${HANDED})${S}+(?:(?:back|over|across)${S}+)?(?:(?:in-house|in${S}+house)${S}+)?to${S}+(?:the${S}+)?(?<to>\\p{Lu}[^,;:()]{1,80}?)${S}+(?:on|in|from)${S}+$`,
  'u',
);
const ON_IN_FROM_JUST_BEFORE = /[\s\u00a0](?:on|in|from)[\s\u00a0]+$/;
/**
 * What is handed over is a service, a site or a contract, not people or a referring word: "staff
 * transfer to X on D" is a transfer of employment (staffTransferDates.ts), "it passes to X" names
 * nothing.
 */
const NOT_A_THING = new Set([
  'it', 'this', 'that', 'which', 'who', 'we', 'they', 'he', 'she', 'you', 'i', 'staff', 'workers', 'employees', 'people', 'members',
  'officers', 'crews', 'pupils', 'patients', 'residents', 'tenants', 'children', 'colleagues', 'everyone', 'all', 'and', 'or', 'then',
  'also', 'money', 'funding', 'power', 'powers', 'control',
]);

class HandoverExtractor implements ClaimExtractor {
  readonly name = 'handover';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const date of context.dates) {
      if (date.value?.kind !== 'date' || date.value.precision === 'financial-year') continue;
      // cheap tests first: "on"/"in"/"from" right before the date, then " to " within reach
      if (!ON_IN_FROM_JUST_BEFORE.test(text.slice(Math.max(0, date.start - 6), date.start))) continue;
      const sentence = context.sentenceAt(date.start);
      if (!sentence) continue;
      const lead = text.slice(Math.max(sentence.start, date.start - 160), date.start);
      if (lead.indexOf(' to ') < 0) continue;
      const m = HANDOVER.exec(lead);
      if (!m) continue;
      const thing = m.groups!.thing!.toLowerCase();
      if (NOT_A_THING.has(thing)) continue;
      const leadStart = date.start - lead.length;
      const toAt = leadStart + m.index + m[0].lastIndexOf(m.groups!.to!);
      const body = context.organisationStartingAt(toAt);
      if (!body?.canonical || body.end !== toAt + m.groups!.to!.length) continue;
      const value = completeDate(context, date as Parameters<typeof completeDate>[1]);
      const thingAt = leadStart + m.index + m[0].indexOf(m.groups!.thing!);
      const claim = context.claim({
        subject: body,
        attribute: `date:took-over:${singular(thing)}`,
        value: { kind: 'date', ...value },
        start: thingAt,
        end: date.end,
      });
      // A dated event speaks of its own date.
      if (value.precision === 'day-month') delete claim.time;
      else claim.time = value.iso;
      claims.push(claim);
    }
    return claims;
  }
}

/** "collections" → "collection", as eventDates.ts keys what is taken over. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export const handoverExtractor: ClaimExtractor = new HandoverExtractor();
