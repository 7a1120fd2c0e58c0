// The size of a body's collective told as an amount: "The workforce at X stands at 52", "X's
// headcount is now about 4,100", "Membership of X stood at 640", "The staff of X numbers 900",
// "X's workforce has grown to 520". A workforce, a headcount or a staff counts the body's staff
// (count:staff), a membership its members (count:member): the same facts "X employs 52 people" and
// "X has 640 members" state. The body is named after "at" or "of", or as the possessor. Look-alikes
// kept apart: a size to come ("will fall to"), a share or a sum ("is 12% women", "fees stand at
// £120": the collective noun must be the subject's head), and a figure with a noun of its own.

import { normaliseQualifier } from '../../entities/numbers';
import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { intervalOf } from '../numbers';
import { notStatedAt } from './measureClasses';
import type { FigureReading } from './reading';

const S = String.raw`[\s\u00a0]`;
const COLLECTIVE = String.raw`(?<noun>[Ww]orkforce|[Hh]eadcount|[Ss]taff|[Mm]embership)`;
/** The collective before its body: "the workforce at X", "membership of X". */
export const COLLECTIVE_OF = new RegExp(String.raw`(?<![\p{L}])(?:[Tt]he${S}+)?${COLLECTIVE}${S}+(?:at|of)${S}+(?:the${S}+)?$`, 'u');
/** After the body: a verb of amount and the figure alone. */
const AMOUNT_AFTER = new RegExp(
  String.raw`^${S}+(?:now${S}+|currently${S}+)?(?:stands${S}+at|stood${S}+at|is|was|are|were|totals|totalled|totaled|numbers|numbered|(?:has|have)${S}+(?:grown|risen|fallen|dropped)${S}+to|(?:rose|grew|fell|dropped)${S}+to)${S}+(?:now${S}+)?(?:(?<q>about|around|some|nearly|almost|roughly|approximately|more${S}+than|over|fewer${S}+than|less${S}+than|under|just${S}+over|just${S}+under)${S}+)?(?<figure>\d{1,3}(?:,\d{3})+|\d+)(?![\d%.,]\d|[\d%])(?!${S}*(?:%|per${S}*cent))(?!${S}*(?!(?:in|on|at|by|now|this|last|as|and|but|for|from|after|before|since|until|when|which|while|according)(?![\p{L}]))\p{L})`,
  'u',
);
const LETTERS = /orkforce|eadcount|embership|taff/;

const WHITE_SPACE = /\s/;
/**
 * False only where COLLECTIVE_OF cannot match: its lead must end in white space after "at", "of"
 * or "the". Asked of every named body, most of which stand after other words, where the pattern,
 * tried at each position of the lead, would fail every time.
 */
export function mayEndInCollectiveOf(lead: string): boolean {
  let end = lead.length;
  while (end > 0 && WHITE_SPACE.test(lead[end - 1]!)) end--;
  if (end === lead.length || end < 2) return false;
  const last = lead.slice(end - 2, end);
  return last === 'at' || last === 'of' || last === 'he';
}

function kindOf(noun: string): string {
  return noun.toLowerCase() === 'membership' ? 'member' : 'staff';
}

export const collectiveSize: FigureReading = {
  name: 'collective-size',
  read(context: ClaimContext): Claim[] {
    const text = context.text;
    if (!LETTERS.test(text)) return [];
    const claims: Claim[] = [];
    for (const body of context.organisations) {
      if (!body.canonical) continue;
      const lead = text.slice(Math.max(0, body.start - 24), body.start);
      const after = text.slice(body.end, body.end + 24);
      const ofForm = mayEndInCollectiveOf(lead) ? COLLECTIVE_OF.exec(lead) : null;
      let noun: string | undefined;
      let start = body.start;
      let amountFrom = body.end;
      if (ofForm) {
        noun = ofForm.groups!.noun;
        start = body.start - lead.length + ofForm.index;
      } else {
        const apostrophe = after.charCodeAt(0);
        if (apostrophe !== 0x27 && apostrophe !== 0x2019) continue;
        const possessed = /^['’]s?[\s\u00a0]+(?<noun>workforce|headcount|staff|membership)(?![\p{L}])/u.exec(after);
        if (!possessed) continue;
        noun = possessed.groups!.noun;
        amountFrom = body.end + possessed[0].length;
      }
      const amount = AMOUNT_AFTER.exec(text.slice(amountFrom, amountFrom + 90));
      if (!amount) continue;
      const sentence = context.sentenceAt(start);
      const figureStart = amountFrom + amount[0].length - amount.groups!.figure!.length;
      if (!sentence || notStatedAt(context, figureStart, text.slice(sentence.start, figureStart))) continue;
      const literal = amount.groups!.figure!;
      const value = Number(literal.replace(/,/g, ''));
      const qualifier = normaliseQualifier(amount.groups!.q);
      const interval = intervalOf(value, literal, qualifier, context.rules, { low: 0 });
      const kind = kindOf(noun!);
      claims.push(
        context.claim({
          subject: body as Entity,
          attribute: `count:${kind}`,
          value: { kind: 'number', value, unit: kind, ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
          start,
          end: amountFrom + amount[0].length,
          timeFromSentence: true,
          focus: { start: figureStart, end: amountFrom + amount[0].length },
        }),
      );
    }
    return claims;
  },
};
