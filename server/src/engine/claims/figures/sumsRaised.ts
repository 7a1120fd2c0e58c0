// The generic reading of money a body raised or borrowed: "X raised £612,000 in a community share
// offer", "The trust has raised almost £40,000 through its appeal", "It raised £486,000 from 1,870
// members" (after "The offer opened …"), "The appeal raised £40,000" on the body's own page, "X
// borrowed £3m", "X took out a £2.4m loan", "a £2.4m loan was taken out by X". Keyed `money:<verb>` on the body, and `money:<verb>:<drive>` when the clause names
// the drive the money came from (offer, appeal, campaign, crowdfunder, …): a body raises money in
// many drives, so two sums meet only when both name the same kind of drive or neither does. The
// drive's money is its runner's: the drive's possessor, else the body the document speaks for.
// Look-alikes kept apart: a target or a hope ("aims to raise", "will raise", "hopes to"), a denial,
// a part ("£200,000 of it"), a rate ("a year"), "up to", and a sum another reading already has.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { sumValue } from '../numbers';
import { isMedia } from '../referents';
import type { SentenceSpan } from '../sentences';
import { clauseSubject } from './figureSubject';
import { notStatedAt } from './measureClasses';
import { Mood } from '../clauseMood';
import type { FigureReading } from './reading';

const S = String.raw`[\s\u00a0]`;
/** The verb right before the sum, through auxiliaries of the past and words of amount. */
const VERB_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?<verb>raised|raises|raise|raising|borrowed|borrows|borrow|borrowing)(?:${S}+(?:a${S}+total${S}+of|in${S}+total|a${S}+further|another|just|well))*${S}+$`,
  'iu',
);
const VERB_KEY: Readonly<Record<string, string>> = { rais: 'raised', borr: 'borrowed' };
/**
 * Besides the clause's mood (a sum to come, "will raise", is no sum raised): an infinitive or an
 * ability right before the verb, "needs to borrow", "can raise".
 */
const NOT_YET = /(?<![\p{L}])(?:to|can)[\s\u00a0]+(?:(?:be|have|also|now|then|still|further|hopefully)[\s\u00a0]+)*$/iu;
const RATE_AFTER = /^[\s\u00a0]*(?:each|per|every|a[\s\u00a0]+(?:week|month|year|day)|an[\s\u00a0]+hour|annually)(?![\p{L}])/iu;
const PART_BEFORE = /(?<![\p{L}])(?:most|some|half|part|much|all|[\d.,]+%?)[\s\u00a0]+of[\s\u00a0]+(?:(?:the|its|their|our)[\s\u00a0]+)?$/iu;
const PART_AFTER = /^[\s\u00a0]+of[\s\u00a0]+(?:it|this|that|which|the|its)(?![\p{L}])/iu;
/** The kinds of drive money is raised in, by their head word. */
const DRIVE = String.raw`(?<drive>offer|appeal|campaign|crowdfunder|crowdfund|fundraiser|issue|shares|auction|raffle|lottery|gala|bond)`;
/** Drives that are one kind: money raised "in community shares" or by a share issue came from a share offer. */
const SAME_DRIVE: Readonly<Record<string, string>> = { shares: 'offer', issue: 'offer', crowdfund: 'crowdfunder' };
const driveKey = (word: string | undefined): string | undefined => (word === undefined ? undefined : (SAME_DRIVE[word.toLowerCase()] ?? word.toLowerCase()));
const DRIVE_AFTER = new RegExp(
  String.raw`^[^.;:!?]{0,40}?(?<![\p{L}])(?:in|through|from|via|during|with)${S}+(?:(?:a|an|the|its|their|our|this|last|year['’]s)${S}+)*(?:[\p{Ll}-]+${S}+){0,2}?${DRIVE}(?![\p{L}])`,
  'u',
);
/** A drive as the clause's subject: "The appeal raised", "Our share offer has raised". */
const DRIVE_SUBJECT = new RegExp(String.raw`^[\s\u00a0"“‘']*(?:the|its|our|their|this)${S}+(?:[\p{Ll}-]+${S}+){0,2}?${DRIVE}(?![\p{L}])`, 'iu');
/** The drive as the subject the body possesses: "X's share offer raised", "Our share offer in October raised". */
const DRIVE_OF_SUBJECT = new RegExp(String.raw`^(?:['’]s?)?${S}+(?:[\p{L}\d-]+${S}+){0,2}?${DRIVE}(?![\p{L}])`, 'u');
/** "It raised …" opening a sentence, the drive the sentence before opened with. */
const IT_OPENS = /^[\s\u00a0"“‘']*It[\s\u00a0]+(?:has[\s\u00a0]+|had[\s\u00a0]+)?$/u;

/** The drive a sentence opens with as its subject, if any. */
function driveOpening(context: ClaimContext, sentence: SentenceSpan): string | undefined {
  return driveKey(DRIVE_SUBJECT.exec(context.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)))?.groups!.drive);
}

/** The sentence ending right before `sentence`, if it is in the same paragraph. */
function previousSentence(context: ClaimContext, sentence: SentenceSpan): SentenceSpan | undefined {
  const before = context.sentenceAt(sentence.start - 2);
  return before && before !== sentence && !context.text.slice(before.end, sentence.start).includes('\n\n') ? before : undefined;
}

/** "took out a", "has secured a", "obtained a": taking a loan, told before its sum. */
const TOOK_LOAN_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:took|takes|take|taking|taken|secured|secures|secure|securing|obtained|obtains|obtain)(?:${S}+out)?${S}+(?:a|an)${S}+$`, 'iu');
/** The loan right after its sum (not a facility, which is a limit, nor a loan to someone else). */
const LOAN_AFTER = new RegExp(String.raw`^${S}+(?:bank${S}+|commercial${S}+)?loan(?![\p{L}]|${S}+(?:facility|to|for${S}+(?:the${S}+)?\p{Lu}))`, 'u');
/** "a £2.4m loan was taken out by X", "a £300,000 loan has been secured by X". */
const LOAN_TAKEN_BY_AFTER = new RegExp(String.raw`^${S}+(?:bank${S}+|commercial${S}+)?loan${S}+(?:was|has${S}+been|had${S}+been)${S}+(?:taken${S}+out|secured|obtained)${S}+by${S}+(?:the${S}+)?`, 'iu');

/** The body that took out a loan of the sum, and where the claim starts, if the sentence says so. */
function loanTaken(context: ClaimContext, money: Entity, sentence: SentenceSpan, lead: string, after: string): { subject: Entity; start: number } | undefined {
  const passive = LOAN_TAKEN_BY_AFTER.exec(after);
  if (passive) {
    const subject = context.organisationStartingAt(money.end + passive[0].length);
    return subject && !notStatedAt(context, money.end, lead) ? { subject, start: money.start } : undefined;
  }
  const took = LOAN_AFTER.test(after) ? TOOK_LOAN_BEFORE.exec(lead) : null;
  if (!took) return undefined;
  const verbStart = money.start - lead.length + took.index;
  const beforeVerb = lead.slice(0, took.index);
  if (notStatedAt(context, verbStart, beforeVerb) || context.moodAt(verbStart) & Mood.Intended || NOT_YET.test(beforeVerb)) return undefined;
  const subject = clauseSubject(context, verbStart, sentence);
  return subject ? { subject, start: verbStart } : undefined;
}

export const sumsRaised: FigureReading = {
  name: 'sums-raised',
  read(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const money of context.sums) {
      if (money.value?.kind !== 'money' || money.value.qualifier === 'up to') continue;
      const sentence = context.sentenceAt(money.start);
      if (!sentence) continue;
      const lead = text.slice(Math.max(sentence.start, money.start - 60), money.start);
      // a loan taken out: the noun's letters first, right after the sum
      if (text.startsWith('loan', money.end + 1) || text.startsWith('bank loan', money.end + 1) || text.startsWith('commercial loan', money.end + 1)) {
        const loan = loanTaken(context, money, sentence, lead, text.slice(money.end, Math.min(sentence.end, money.end + 80)));
        const value = loan && !isMedia(loan.subject) && loan.subject.canonical ? sumValue(money, context.rules) : undefined;
        if (loan && value) {
          const end = Math.max(money.end, loan.subject.start > money.end ? loan.subject.end : money.end);
          claims.push(context.claim({ subject: loan.subject, attribute: 'money:borrowed', value, start: loan.start, end, timeFromSentence: true, focus: money }));
        }
        continue;
      }
      // the verb's letters first: most sums are no money raised or borrowed
      if (!lead.includes('rais') && !lead.includes('orrow')) continue;
      const verb = VERB_BEFORE.exec(lead);
      if (!verb) continue;
      const verbAt = lead.length - verb[0].length;
      const beforeVerb = lead.slice(0, verbAt);
      if (notStatedAt(context, money.start - verb[0].length, beforeVerb) || context.moodAt(money.start) & Mood.Intended || NOT_YET.test(beforeVerb) || PART_BEFORE.test(lead)) continue;
      const after = text.slice(money.end, Math.min(sentence.end, money.end + 80));
      if (RATE_AFTER.test(after) || PART_AFTER.test(after)) continue;
      const verbStart = money.start - verb[0].length;
      let subject: Entity | undefined = clauseSubject(context, verbStart, sentence);
      let drive = driveKey((DRIVE_AFTER.exec(after) ?? (subject ? DRIVE_OF_SUBJECT.exec(text.slice(subject.end, verbStart)) : null))?.groups!.drive);
      if (!subject) {
        // the drive is the subject ("The appeal raised"), or "It" after a sentence that opened with one
        const opening = driveOpening(context, sentence);
        const previous = opening ? undefined : IT_OPENS.test(text.slice(sentence.start, verbStart)) ? previousSentence(context, sentence) : undefined;
        const runner = opening ?? (previous ? driveOpening(context, previous) : undefined);
        if (!runner) continue;
        drive ??= runner;
        subject = context.author;
      }
      if (!subject?.canonical || isMedia(subject)) continue;
      const value = sumValue(money, context.rules);
      if (!value) continue;
      const key = VERB_KEY[verb.groups!.verb.slice(0, 4).toLowerCase()]!;
      claims.push(
        context.claim({
          subject,
          attribute: drive ? `money:${key}:${drive}` : `money:${key}`,
          value,
          start: Math.min(verbStart, money.start),
          end: money.end,
          timeFromSentence: true,
          focus: money,
        }),
      );
    }
    return claims;
  },
};
