// Counts of several bodies told in one clause with the verb and the counted noun said once:
// "Millbrook Surgery has 11,400 registered patients, Castle Street Medical Practice 12,300 and
// Hollinsford Health Centre 7,800", "X owns 4,200 homes; Y about 2,900". Each body named right
// after the first count's phrase, with a figure straight after it and nothing else before the next
// comma, "and" or the clause's end, has what the first count counts: the same attribute, its own
// figure. It reads from the counts already made, so it covers every wording any count reading
// covers. Look-alikes kept apart: a figure with a noun of its own ("25 trams"), a year, a sum, a
// share or a range after the name, and a body that starts a clause with a verb.

import { normaliseQualifier } from '../../entities/numbers';
import type { Claim } from '../../types';
import type { ClaimContext } from '../context';
import { intervalOf } from '../numbers';

const S = String.raw`[\s\u00a0]`;
/** Between one conjunct and the next: a comma or semicolon, perhaps "and", or "and" alone. */
const JOIN = new RegExp(String.raw`(?:${S}*[,;]${S}*(?:and${S}+)?|${S}+and${S}+)`, 'y');
/** After a body's name: its figure, alone up to the next join or the clause's end. */
const FIGURE_ALONE = new RegExp(
  String.raw`^${S}+(?:(?<q>about|around|some|nearly|almost|roughly|approximately|more${S}+than|over|fewer${S}+than|less${S}+than|under|just${S}+over|just${S}+under)${S}+)?(?<figure>\d{1,3}(?:,\d{3})+|\d+)(?=${S}*(?:[,;.)]|${S}and${S}|$))`,
  'u',
);
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;

/** The gapped counts after each count in `claims`: claims of the same attribute for the bodies named after it. */
export function gappedCounts(context: ClaimContext, claims: readonly Claim[]): Claim[] {
  const text = context.text;
  const out: Claim[] = [];
  for (const first of claims) {
    if (!first.attribute.startsWith('count:') || first.value.kind !== 'number') continue;
    // cheap first look: a join right after the count's phrase
    const next = text.charCodeAt(first.end);
    if (next !== 44 && next !== 59 && next !== 32) continue;
    const sentence = context.sentenceAt(first.start);
    if (!sentence) continue;
    let at = first.end;
    for (;;) {
      JOIN.lastIndex = at;
      const join = JOIN.exec(text);
      if (!join) break;
      const body = context.organisationStartingAt(at + join[0].length);
      if (!body?.canonical || body.end >= sentence.end) break;
      const alone = FIGURE_ALONE.exec(text.slice(body.end, Math.min(sentence.end, body.end + 40)));
      const literal = alone?.groups!.figure;
      if (!alone || !literal || YEAR_LIKE.test(literal)) break;
      const value = Number(literal.replace(/,/g, ''));
      const qualifier = normaliseQualifier(alone.groups!.q);
      const interval = intervalOf(value, literal, qualifier, context.rules, { low: 0 });
      const end = body.end + alone[0].length;
      const claim = context.claim({
        subject: body,
        attribute: first.attribute,
        value: { ...first.value, value, ...(qualifier ? { qualifier } : { qualifier: undefined }), low: interval.low, high: interval.high },
        start: body.start,
        end,
        timeFromSentence: true,
        focus: { start: body.end, end },
      });
      if (!qualifier) delete (claim.value as { qualifier?: unknown }).qualifier;
      if (first.time && !claim.time) claim.time = first.time;
      out.push(claim);
      at = end;
    }
  }
  return out;
}
