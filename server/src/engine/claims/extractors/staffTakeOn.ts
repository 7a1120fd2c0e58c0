// Whether one body takes on another's staff, stated or denied: a takeover's promise to the
// workforce, the thing sources most often contradict after a failure.
//   taking on     "Y will take on all 180 of X's staff", "Y has kept on X's employees",
//                 "Y will not be taking on X's staff", "Y refused to take on X's workers"
//   transferring  "X's staff will transfer to Y", "all of X's employees moved across to Y",
//                 "none of X's staff will transfer to Y"
// The claim is the taker's, under `staff-from:<the other body>`, the category "taken-on" affirmed
// or denied, so a promise and its denial meet as a negation. How many staff is counts.ts's.
// A pronoun taker ("Y has confirmed that it will not be taking on …") is the clause's subject.

import type { Claim, Entity } from '../../types';
import { Mood, UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
export const STAFF_FROM = 'staff-from';
const TAKEN_ON_CATEGORY = 'taken-on';

/** The words without which a sentence tells of no staff handed over (staffTransferDates.ts reads them too). */
export const STAFF_CUES = new CueWords([{ word: 'staff' }, { word: 'employees' }, { word: 'workers' }, { word: 'workforce' }]);
const CUES = STAFF_CUES;
const WORKERS = `(?:staff|employees|workers|workforce|employee|worker)`;
/** "will not", "won't be", "has not", "refused to", "has no plans to": the taking on denied. */
const NOT = `(?<not>(?:(?:will|would|did|does|do|has|have|is|are|was)${S}+not|won['’]t|didn['’]t|doesn['’]t|hasn['’]t|isn['’]t|never|(?:refused|refuses|declined|declines)${S}+to|(?:has|have)${S}+no${S}+plans?${S}+to)${S}+)?`;
// "Y will (not) take on all 180 of X's staff": the verb, then a quantity, then X in the possessive
const TAKE_ON = new RegExp(
  `\\b${NOT}(?:(?:will|would|has|have|had|is|are|to|now|also|already|be)${S}+)*(?:tak(?:e|es|en|ing)|took|keep(?:s|ing)?|kept)${S}+on${S}+` +
    `(?:(?:all|every${S}+one|most|many|some|each|any)(?:${S}+of)?${S}+)?(?:(?:the|its)${S}+)?(?:[\\d,]+${S}+(?:of${S}+)?)?(?:the${S}+)?$`,
  'iu',
);
const POSSESSIVE_WORKERS = new RegExp(`^['’]s?${S}+(?:(?:remaining|former|current|existing|own)${S}+)?${WORKERS}\\b`, 'iu');
// "(none of / all of) X's staff (will) transfer / moved across to Y"
const WORKERS_MOVE = new RegExp(
  `^['’]s?${S}+(?:[\\d,]+${S}+)?${WORKERS}${S}+(?:(?:will|would|have|has|had|are|were|all|now)${S}+)*(?<not2>(?:will${S}+)?not${S}+|won['’]t${S}+)?(?:transfer(?:s|red|ring)?|mov(?:e|ed|es|ing)(?:${S}+across|${S}+over)?|(?:were|was|are|be)${S}+transferred)${S}+(?:across${S}+|over${S}+)?to${S}+(?:the${S}+)?`,
  'iu',
);
const NONE_OF_BEFORE = /\b(?:none|not[\s\u00a0]+one|no)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;
const PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:it|they)[\s\u00a0]+$/iu;

class StaffTakeOnExtractor implements ClaimExtractor {
  readonly name = 'staff-take-on';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const orgs = context.within(context.organisations, sentence.start, sentence.end);
      if (orgs.length < 2) continue;
      for (const from of orgs) {
        // both readings start at the name's possessive: most sentences with "staff" have none
        const next = text.charCodeAt(from.end);
        if (next !== 0x27 && next !== 0x2019) continue;
        const after = text.slice(from.end, Math.min(sentence.end, from.end + 120));
        if (POSSESSIVE_WORKERS.test(after)) this.takenOn(context, sentence, orgs, from, claims);
        const move = WORKERS_MOVE.exec(after);
        if (move) this.moved(context, sentence, from, move, claims);
      }
    }
    return claims;
  }

  private push(context: ClaimContext, claims: Claim[], taker: Entity, from: Entity, denied: boolean, start: number, end: number): void {
    if (!taker.canonical || !from.canonical || taker.canonical === from.canonical) return;
    // a transfer under a condition, possible or asked for is stated for neither body; "will" is a plan they state
    if (context.moodOver(start, end) & (UNREAL & ~Mood.Intended)) return;
    claims.push(
      context.claim({
        subject: taker,
        attribute: `${STAFF_FROM}:${from.canonical}`,
        value: { kind: 'category', category: TAKEN_ON_CATEGORY, polarity: denied ? 'deny' : 'affirm' },
        start,
        end,
        timeFromSentence: true,
      }),
    );
  }

  /** "Y will take on all 180 of X's staff": Y is the name (or the pronoun's subject) before the verb. */
  private takenOn(context: ClaimContext, sentence: SentenceSpan, orgs: readonly Entity[], from: Entity, claims: Claim[]): void {
    const text = context.text;
    const lead = text.slice(Math.max(sentence.start, from.start - 90), from.start);
    const verb = TAKE_ON.exec(lead);
    if (!verb) return;
    const verbAt = from.start - lead.length + verb.index;
    const before = text.slice(sentence.start, verbAt).replace(/[\s\u00a0]+$/, '');
    const nameEnd = sentence.start + before.length;
    let taker = orgs.filter((o) => o.end === nameEnd).pop();
    if (!taker && PRONOUN_BEFORE.test(text.slice(sentence.start, verbAt))) taker = orgs.find((o) => o.start < verbAt && o !== from && !isPrepositionalObject(text, o, sentence.start));
    if (!taker) return;
    const end = from.end + POSSESSIVE_WORKERS.exec(text.slice(from.end))![0].length;
    this.push(context, claims, taker, from, verb.groups!.not !== undefined, Math.min(taker.start, verbAt), end);
  }

  /** "X's staff will transfer to Y", "none of X's staff moved to Y". */
  private moved(context: ClaimContext, sentence: SentenceSpan, from: Entity, move: RegExpExecArray, claims: Claim[]): void {
    const taker = context.organisationStartingAt(from.end + move[0].length);
    if (!taker) return;
    const none = NONE_OF_BEFORE.test(context.text.slice(Math.max(sentence.start, from.start - 20), from.start));
    this.push(context, claims, taker, from, none || move.groups!.not2 !== undefined, from.start, taker.end);
  }
}

export const staffTakeOnExtractor: ClaimExtractor = new StaffTakeOnExtractor();
