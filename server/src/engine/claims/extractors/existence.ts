// Yes/no facts that have one shape: a thing of a general class exists for a body, or it does not.
//   denied    "X has no loans", "there will be no compulsory redundancies", "X has never had a
//             finding of severe maladministration", "with no mortgage", "X has not had any redundancies"
//   affirmed  "backed by a £250,000 loan from Y", "including up to 12 compulsory redundancies",
//             "a £28m government loan", "its finding of severe maladministration against X",
//             "there was severe maladministration by X"
// Both sides are keyed by the body and the head noun of the thing (exists:<thing>), so however a
// text words it, a denial meets an affirmation of the same thing. The modifier right before the
// head is kept, because it can change the thing: "no compulsory redundancies" is not denied by
// "voluntary redundancies". So an affirmation keys both its own modified thing and the bare head
// (a compulsory redundancy is a redundancy; a government loan is a loan; a loan, a mortgage or an
// overdraft is money owed, ANY_DEBT, so "X owes nothing" and "X is debt-free" meet "a £15,000 loan"), and a denial keys only
// what it denies ("no loans" meets "a government loan"; "no compulsory redundancies" meets "12
// compulsory redundancies" but not "31 voluntary redundancies"). "A finding of N" is read as N.
// The things are a small lexicon of classes whose existence texts commonly assert or deny: money
// owed (loan, mortgage, debt, overdraft), job losses (redundancies, job losses or cuts, closures:
// "no ward closures" is not denied by "two library closures") and findings against a body
// (maladministration). Each class says which preposition after the noun names the body it is
// about: the one a finding is "against" or "by" (the wrongdoer), the one a loan is "to" (the
// borrower); the body a loan is "from" is the lender, never the subject.
// The body otherwise is the clause's subject before the noun ("X has no loans", "it is backed by
// a loan": a referring word resolved to its body), else, when the sentence names no body before
// the noun, the body the text speaks for (its author, not a news outlet), else the body it names
// most. A preposition after the noun that names no body ("by the landlord", a generic phrase the
// engine cannot resolve) gives no claim: the author would be the wrong body.
// The verbs of the money-owed things say the same: borrowing is having a loan, owing is having a
// debt ("we didn't borrow a penny", "X borrowed £90,000", "we do not owe HMRC a penny"), and a
// lender of a class denying it lent ("The Government have not lent any money to either council")
// denies a loan of that class (a government loan, not every loan) to each borrower.
// Not read: a denial under a condition or a possibility ("if X had no loans", "no redundancies if
// the merger goes ahead", "X may have no debts"); a thing asked about, supposed, sought, offered,
// proposed or refused ("if there were redundancies", "applied for a loan", "proposed redundancies"); "no further/new/more N" (denies
// only more of it); a denial bound to one period ("no redundancies this year").

import type { Claim, Entity } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import { isMedia } from '../referents';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';
import { mostNamedBody } from '../pageBody';
import { PERIOD_AFTER } from './loansAndDividends';

const S = SPACE;
export const EXISTS = 'exists';
/**
 * Money owed of any kind: a loan, a mortgage, an overdraft or a sum borrowed affirms it; only a
 * denial of every debt ("X has no debts", "X owes nothing", "X is debt-free") denies it. Apart from
 * "debt", which a denial naming one creditor also keys ("X owes Orrin Bank nothing").
 */
const ANY_DEBT = 'any debt';

type ThingClass = 'money-owed' | 'job-loss' | 'finding';
/** The head nouns (by their stem) and their class. */
const HEADS: ReadonlyArray<{ stem: RegExp; head: string; kind: ThingClass }> = [
  { stem: /^loans?$/i, head: 'loan', kind: 'money-owed' },
  { stem: /^mortgages?$/i, head: 'mortgage', kind: 'money-owed' },
  { stem: /^debts?$/i, head: 'debt', kind: 'money-owed' },
  { stem: /^overdrafts?$/i, head: 'overdraft', kind: 'money-owed' },
  { stem: /^redundanc(?:y|ies)$/i, head: 'redundancy', kind: 'job-loss' },
  { stem: /^maladministration$/i, head: 'maladministration', kind: 'finding' },
  { stem: /^job[\s\u00a0]+(?:losses|cuts)$/i, head: 'job loss', kind: 'job-loss' },
  { stem: /^closures?$/i, head: 'closure', kind: 'job-loss' },
];
const CUES = new CueWords([
  { word: 'loan' }, { word: 'loans' }, { word: 'mortgage' }, { word: 'mortgages' }, { word: 'debt' }, { word: 'debts' },
  { word: 'overdraft' }, { word: 'redundancy' }, { word: 'redundancies' }, { word: 'maladministration' },
  { word: 'losses' }, { word: 'cuts' }, { word: 'closure' }, { word: 'closures' },
  { word: 'borrow', prefix: true }, { word: 'owe' }, { word: 'owes' }, { word: 'lent' }, { word: 'loaned' },
]);
/**
 * The same facts told by a verb: borrowing is having a loan, owing is having a debt.
 *   denied    "we didn't borrow a penny", "X has never borrowed any money", "we do not owe HMRC a
 *             penny", "X owes nothing"
 *   affirmed  "X borrowed £90,000 from Y", "X owes HMRC £1.3m"
 */
const VERB_DENIED = new RegExp(
  `\\b(?:(?:has|have|had|did|does|do)${S}+(?:not|never)|(?:hasn|haven|hadn|didn|doesn|don)['’]t|never)${S}+(?:ever${S}+)?(?<verb>borrow(?:ed)?|owe)` +
    `(?<creditor>${S}+(?!a${S}|any|anything|money)[\\p{Lu}][\\p{L}&.-]*(?:${S}+[\\p{Lu}][\\p{L}&.-]*){0,3})?${S}+(?:a${S}+(?:single${S}+)?(?:penny|pound)|any${S}+money|anything|money)\\b` +
    `|\\b(?<owes>owes?)${S}+(?<owed>(?:[\\p{Lu}][\\p{L}&.-]*${S}+){0,4}?)nothing\\b` +
    // "X is debt-free", "the club remains debt free": owing nothing, told by an adjective
    `|\\b(?:is|are|was|were|remains|remain|became|has${S}+been|have${S}+been)${S}+(?:(?:now|still|entirely|completely|totally)${S}+)?(?<free>debt(?:-|${S}+)free)\\b`,
  'giu',
);
/**
 * A lender denying it lent: "The Government have not lent any money to either council", "the bank
 * has never lent X a penny". A lender named by its class (the government, the Treasury, ministers,
 * a bank) is the loan's modifier, as in "a government loan"; the borrower follows "to", or comes
 * right after the verb.
 */
const NOT_LENT = new RegExp(
  `\\b(?<lender>the${S}+(?:government|treasury)|government|treasury|ministers|(?:the|a|any)${S}+bank)${S}+(?:has|have|had|did)${S}+(?:not|never)${S}+(?:ever${S}+)?(?:lent|loaned)${S}+` +
    `(?:(?:any${S}+money|a${S}+(?:single${S}+)?(?:penny|pound)|anything)${S}+to${S}+)?`,
  'giu',
);
/** "either council", "both councils", "the two councils": each of the councils the text names. */
const EACH_COUNCIL = new RegExp(`^(?:either|each|both|the${S}+two|the)${S}+councils?\\b`, 'i');
const VERB_AFFIRMED = new RegExp(`\\b(?:(?<borrowed>borrowed)|(?<owes>owes))${S}+(?:[\\p{Lu}][\\p{L}&.-]*${S}+){0,4}?(?:about${S}+|around${S}+|nearly${S}+|more${S}+than${S}+)?[£$€]${S}*\\d`, 'giu');
const HEAD_WORD = /(?<![\p{L}-])(?:loans?|mortgages?|debts?|overdrafts?|redundanc(?:y|ies)|maladministration|job[\s\u00a0]+(?:losses|cuts)|closures?)(?![\p{L}-])/giu;

/** The body after the noun: the preposition and whether it names the subject for the class. */
const PREPOSITION_AFTER = new RegExp(`^${S}+(?<prep>against|by|at|across|to|from|for)${S}+(?:the${S}+)?`, 'i');
const SUBJECT_PREPOSITIONS: Record<ThingClass, ReadonlySet<string>> = {
  'money-owed': new Set(['to', 'at']),
  'job-loss': new Set(['at', 'across']),
  finding: new Set(['against', 'by', 'at']),
};

/**
 * "a loan to buy the panels", "a mortgage to fund the extension": "to" before a verb tells what the
 * money is for, not who owes it, so the subject is sought before the noun. A borrower after "to"
 * is a name or a noun with its determiner ("a loan to the trust", "a loan to Acme").
 */
const PURPOSE_TO = new RegExp(`^${S}+to${S}+(?!(?:the|a|an|its|their|our|his|her|each|both|either|every|other|one|two|three|local|several|some)${S})\\p{Ll}`, 'u');
/** Words before the head that are no modifier of its kind. */
const NOT_MODIFIER = new Set([
  'a', 'an', 'the', 'its', 'their', 'our', 'his', 'her', 'any', 'no', 'of', 'to', 'up', 'and', 'or', 'm', 'bn', 'k', 'million',
  'billion', 'thousand', 'some', 'all', 'these', 'those', 'this', 'that', 'such', 'was', 'were', 'is', 'are', 'be', 'been',
  'had', 'has', 'have', 'there', 'with', 'by', 'in', 'on', 'for', 'from', 'including', 'about', 'around', 'nearly', 'over',
]);
/** Modifiers that say the thing is not (yet) there, or only more of it: "proposed redundancies", "no new loans". */
const UNREAL_MODIFIER = /^(?:further|more|new|additional|proposed|possible|potential|planned|likely|future|any|fewer|less|other)$/i;
/** A finding of the thing: "a finding of severe maladministration", "its findings of". */
const FINDING_OF = new RegExp(`(?:^|[^\\p{L}])findings?${S}+of${S}+$`, 'iu');

/** The words right before the noun phrase that deny it exists. */
const DENIED_BEFORE = new RegExp(
  `(?:(?:^|[^\\p{L}])no|(?:never|not|n['’]t)${S}+(?:ever${S}+)?(?:had|have|has|received|receive|taken${S}+out|took${S}+out|take${S}+out|made|make|faced|face|been${S}+given|needed|need)${S}+(?:a|an|any))${S}+$`,
  'iu',
);
/** A count or a sum right before the noun phrase: "12", "up to 12", "a £28 million", "£250,000". */
const COUNTED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\d])(?:(?:an?${S}+)?[£$€]${S}*[\\d.,]+(?:${S}*(?:m|bn|k|million|billion|thousand)\\b)?|\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens${S}+of|hundreds${S}+of)${S}+$`,
  'iu',
);
/**
 * Notices of the thing received or served: "38 staff received compulsory redundancy notices", "were
 * issued with redundancy notices". A notice served is the thing done, as a count of it is.
 */
const NOTICE_AFTER = new RegExp(`^${S}+(?:notices?|letters?)\\b`, 'i');
const SERVED_BEFORE = new RegExp(`\\b(?:received|receive|receives|got|(?:been|were|was|are|is)${S}+(?:given|issued|sent|served|handed)(?:${S}+with)?|issued|sent|served|handed${S}+out)${S}+(?:(?:their|its|our|the)${S}+)?$`, 'i');
/** "there was", "there were", "there have been": the thing is told as having existed. */
const THERE_WAS_BEFORE = new RegExp(`\\bthere${S}+(?:was|were|has${S}+been|have${S}+been|had${S}+been)${S}+$`, 'i');
/** The thing only asked for, supposed, offered or refused: nothing exists yet. */
const NOT_MADE_BEFORE = new RegExp(
  `\\b(?:if|whether|unless|would|could|might|may|refus|reject|declin|turn(?:s|ed|ing)?${S}+down|seek|sought|appl(?:y|ies|ied|ying)${S}+for|ask(?:s|ed|ing)?${S}+for|call(?:s|ed|ing)?${S}+for|request|want|need|offer|consider|propos|discuss|negotiat|avoid|without|any|no|not|never)[\\p{L}]*(?:${S}[^.;:!?]{0,40})?$`,
  'iu',
);
/**
 * A denial only supposed: a condition or a possibility in its clause before it ("If X had no
 * loans", "X may have no debts") or a condition right after the thing ("there would be no
 * redundancies if the merger went ahead", "… unless the grant is cut"). "would" alone stays a
 * reported promise ("X said there would be no redundancies").
 */
const CONDITION_AFTER = /^[^.;:!?]{0,60}?\b(?:if|unless|provided|as[\s\u00a0]+long[\s\u00a0]+as)\b/i;
const AT_BEFORE = /(?:^|[^\p{L}])at[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;
const PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:he|she|they|i|we|you)[\s\u00a0]+(?:[\p{Ll}]+[\s\u00a0]+){0,3}$/u;

interface State {
  focus?: Entity | null;
  reporter?: boolean;
}

interface Reading {
  polarity: 'affirm' | 'deny';
  modifier?: string;
  start: number;
}

class ExistenceExtractor implements ClaimExtractor {
  readonly name = 'existence';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const state: State = {};
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const body = context.text.slice(sentence.start, sentence.end);
      if (/borrow|owe|debt/i.test(body)) this.verbs(context, sentence, body, state, claims);
      if (/\b(?:lent|loaned)\b/i.test(body)) this.notLent(context, sentence, body, claims);
      HEAD_WORD.lastIndex = 0;
      for (let m = HEAD_WORD.exec(body); m; m = HEAD_WORD.exec(body)) {
        const entry = HEADS.find((h) => h.stem.test(m![0]));
        if (!entry) continue;
        const headStart = sentence.start + m.index;
        const headEnd = headStart + m[0].length;
        const reading = this.read(context.text, sentence, headStart);
        if (!reading) continue;
        if (reading.polarity === 'deny' && PERIOD_AFTER.test(context.text.slice(headEnd, sentence.end))) continue;
        if (reading.polarity === 'deny' && supposed(context, sentence, reading.start, headEnd)) continue;
        const subject = this.subject(context, sentence, entry.kind, reading.start, headEnd, state);
        if (!subject?.canonical) continue;
        const keys = reading.modifier ? [`${reading.modifier} ${entry.head}`] : [];
        if (!reading.modifier || reading.polarity === 'affirm') keys.push(entry.head);
        // a loan, a mortgage or an overdraft is money owed; "no debts" denies every kind of it
        if (entry.kind === 'money-owed' && !reading.modifier && (reading.polarity === 'affirm' ? entry.head !== 'debt' : entry.head === 'debt')) keys.push(ANY_DEBT);
        for (const key of keys) {
          claims.push(
            context.claim({
              subject,
              attribute: `${EXISTS}:${key.replace(/ /g, '-')}`,
              value: { kind: 'category', category: key === ANY_DEBT ? 'debt' : key, polarity: reading.polarity },
              start: Math.min(reading.start, subject.start < headStart && subject.start >= sentence.start ? subject.start : reading.start),
              end: Math.max(headEnd, subject.start > headStart ? subject.end : headEnd),
              timeFromSentence: true,
            }),
          );
        }
      }
    }
    return claims;
  }

  /** "The Government have not lent any money to either council": each borrower has no loan of the lender's class. */
  private notLent(context: ClaimContext, sentence: SentenceSpan, body: string, claims: Claim[]): void {
    NOT_LENT.lastIndex = 0;
    for (let m = NOT_LENT.exec(body); m; m = NOT_LENT.exec(body)) {
      const at = sentence.start + m.index;
      const after = at + m[0].length;
      const lender = m.groups!.lender!.toLowerCase();
      const modifier = /bank/.test(lender) ? 'bank' : 'government';
      const named = context.organisationStartingAt(after);
      const group = named ? undefined : EACH_COUNCIL.exec(context.text.slice(after, Math.min(sentence.end, after + 24)));
      const borrowers = named ? [named] : group ? namedCouncils(context) : [];
      const end = named ? named.end : group ? after + group[0].length : after;
      for (const borrower of borrowers) {
        claims.push(
          context.claim({
            subject: borrower,
            attribute: `${EXISTS}:${modifier}-loan`,
            value: { kind: 'category', category: `${modifier} loan`, polarity: 'deny' },
            start: at,
            end,
            timeFromSentence: true,
          }),
        );
      }
    }
  }

  /** "we didn't borrow a penny", "X borrowed £90,000 from Y", "X owes HMRC £1.3m": a loan or a debt told by its verb. */
  private verbs(context: ClaimContext, sentence: SentenceSpan, body: string, state: State, claims: Claim[]): void {
    for (const [pattern, polarity] of [
      [VERB_DENIED, 'deny'],
      [VERB_AFFIRMED, 'affirm'],
    ] as const) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
        const at = sentence.start + m.index;
        if (polarity === 'affirm' && NOT_MADE_BEFORE.test(body.slice(Math.max(0, m.index - 60), m.index))) continue;
        if (PERIOD_AFTER.test(context.text.slice(at + m[0].length, sentence.end))) continue;
        if (polarity === 'deny' && supposed(context, sentence, at, at + m[0].length)) continue;
        const owing = m.groups!.owes !== undefined || m.groups!.free !== undefined || /^owe/i.test(m.groups!.verb ?? '');
        const subject = this.subject(context, sentence, 'money-owed', at, at, state);
        if (!subject?.canonical) continue;
        // money borrowed is owed: it meets a denial of owing anything (ANY_DEBT); a denial that names
        // whom nothing is owed ("owes Orrin Bank nothing") says nothing of other lenders, so it is
        // keyed by that creditor alone, and a debt owed to a named creditor by both (debtKeys)
        const general = !m.groups!.creditor && !m.groups!.owed;
        const heads = owing ? debtKeys(polarity, general, creditorOf(context, subject, m, at)) : polarity === 'affirm' ? ['loan', ANY_DEBT] : ['loan'];
        for (const head of heads) {
          claims.push(
            context.claim({
              subject,
              attribute: `${EXISTS}:${head.replace(/ /g, '-')}`,
              value: { kind: 'category', category: head === ANY_DEBT || head.startsWith(DEBT_TO) ? 'debt' : head, polarity },
              start: subject.start < at && subject.start >= sentence.start ? subject.start : at,
              end: at + m[0].length,
              timeFromSentence: true,
            }),
          );
        }
      }
    }
  }

  /** Whether the noun phrase ending at `headStart` is affirmed or denied, with its modifier. */
  private read(text: string, sentence: SentenceSpan, headStart: number): Reading | undefined {
    let before = text.slice(Math.max(sentence.start, headStart - 120), headStart);
    let phraseStart = headStart;
    let modifier: string | undefined;
    const word = /([\p{Ll}][\p{Ll}-]*)[\s\u00a0]+$/u.exec(before);
    if (word && !NOT_MODIFIER.has(word[1]!) && !/^\d/.test(word[1]!)) {
      if (UNREAL_MODIFIER.test(word[1]!)) return undefined;
      modifier = word[1];
      before = before.slice(0, word.index);
      phraseStart -= word[0].length;
    }
    const finding = FINDING_OF.exec(before);
    const found = finding !== null;
    if (finding) {
      const cut = finding.index + (finding[0].length - finding[0].trimStart().length);
      phraseStart -= before.length - cut;
      before = before.slice(0, cut);
    }
    const denied = DENIED_BEFORE.exec(before);
    if (denied) return { polarity: 'deny', modifier, start: phraseStart - denied[0].trimStart().length };
    // a finding, a count or sum, or "there was": the thing exists, unless only sought or supposed
    const counted = !found && (COUNTED_BEFORE.exec(before) ?? (NOTICE_AFTER.test(text.slice(headStart, Math.min(sentence.end, headStart + 40)).replace(/^\S+/, '')) ? SERVED_BEFORE.exec(before) : null));
    const there = !found && !counted && THERE_WAS_BEFORE.exec(before);
    if (!found && !counted && !there) return undefined;
    const lead = before.slice(0, before.length - (counted ? counted[0].length : there ? there[0].length : 0));
    if (NOT_MADE_BEFORE.test(lead.slice(-60))) return undefined;
    const start = counted ? phraseStart - counted[0].trimStart().length : there ? phraseStart - there[0].length : phraseStart;
    return { polarity: 'affirm', modifier, start };
  }

  /** The body the thing exists (or not) for; see the header. */
  private subject(context: ClaimContext, sentence: SentenceSpan, kind: ThingClass, phraseStart: number, headEnd: number, state: State): Entity | undefined {
    const text = context.text;
    const after = PREPOSITION_AFTER.exec(text.slice(headEnd, Math.min(sentence.end, headEnd + 40)));
    if (after && SUBJECT_PREPOSITIONS[kind].has(after.groups!.prep!.toLowerCase()) && !PURPOSE_TO.test(text.slice(headEnd, Math.min(sentence.end, headEnd + 40)))) {
      // "against X": X, or, where the words name no body the engine knows, no one
      return context.organisationStartingAt(headEnd + after[0].length);
    }
    if (state.reporter === undefined) state.reporter = context.author !== undefined && isReporter(context, context.author);
    const before = context.within(context.organisations, sentence.start, phraseStart);
    for (let i = before.length - 1; i >= 0; i--) {
      const o = before[i]!;
      // job losses "at X" are X's ("At X, 38 lecturers received redundancy notices", "staff at X")
      const at = kind === 'job-loss' && AT_BEFORE.test(text.slice(Math.max(sentence.start, o.start - 8), o.start));
      if ((!at && isPrepositionalObject(text, o, sentence.start)) || isMedia(o)) continue;
      // a quoted "we" the engine took for a reporting outlet is the speaker's body, which it does not know
      if (state.reporter && o.canonical === context.author?.canonical) continue;
      // "X said he had no loans": a person's own affairs, not the body's
      if (PRONOUN_BEFORE.test(text.slice(o.end, phraseStart))) return undefined;
      return o;
    }
    if (before.some((o) => !state.reporter || o.canonical !== context.author?.canonical)) return undefined;
    // A finding is made by one body about another, and the text's own voice is often the finder's.
    if (kind === 'finding') return undefined;
    if (context.author && !isMedia(context.author) && !state.reporter) return context.author;
    if (state.focus === undefined) state.focus = mostNamedBody(context, { notAuthor: true, notMedia: true }) ?? null;
    return state.focus ?? undefined;
  }
}

/** The key of a debt owed to one creditor: "debt-to:org:orrin-bank" (linked as any attribute naming a body). */
const DEBT_TO = 'debt-to:';

/**
 * The keys of owing or not: a denial of every debt ("owes nothing") keys the debt and any debt; one
 * naming its creditor ("does not owe HMRC a penny") only the debt to that creditor, none when the
 * creditor is only a pronoun ("owes it nothing"); a debt owed to a named creditor ("owes the council
 * £310,000") is a debt, and a debt to that creditor.
 */
function debtKeys(polarity: 'affirm' | 'deny', general: boolean, creditor: string | undefined): string[] {
  if (polarity === 'deny') return general ? ['debt', ANY_DEBT] : creditor ? [DEBT_TO + creditor] : [];
  return creditor ? ['debt', DEBT_TO + creditor] : ['debt'];
}

const CREDITOR_WORDS = new RegExp(`^(?:owes?|(?:.*?${S})?(?:owe|borrow(?:ed)?))${S}+(?<words>.*?)${S}*(?:(?:about|around|nearly|more${S}+than)${S}+)?(?:[£$€]|a${S}+(?:single${S}+)?(?:penny|pound)|any${S}+money|anything|money|nothing)`, 'iu');
const NO_CREDITOR = /^(?:it|them|us|him|her|you|me|anyone|anybody|one)$/i;

/**
 * Whom the debt is owed, named between the verb and the sum or "nothing" ("owes Orrin Bank £1.3m"):
 * the body's canonical, or else its words without the determiner ("council", "lenders"); none
 * for a pronoun or no words at all.
 */
function creditorOf(context: ClaimContext, subject: Entity, m: RegExpExecArray, at: number): string | undefined {
  for (const o of context.within(context.organisations, at, at + m[0].length)) if (o.canonical && o.canonical !== subject.canonical && !isMedia(o)) return o.canonical;
  const words = CREDITOR_WORDS.exec(m[0])?.groups!.words!.replace(/^(?:the|its|their|our|his|her)\s+/i, '').trim();
  return !words || NO_CREDITOR.test(words) ? undefined : words.toLowerCase().replace(/[\s\u00a0]+/g, '-');
}

function supposed(context: ClaimContext, sentence: SentenceSpan, start: number, end: number): boolean {
  return (context.moodAt(start) & (Mood.Conditional | Mood.Possible)) !== 0 || CONDITION_AFTER.test(context.text.slice(end, sentence.end));
}

/** "told X", "speaking to X": a body the text names as the one it is told to, an outlet reporting. */
const AUDIENCE_BEFORE = /\b(?:told|tells|speaking[\s\u00a0]+to|spoke[\s\u00a0]+to|said[\s\u00a0]+to|talking[\s\u00a0]+to|interview[\s\u00a0]+with)[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;
function isReporter(context: ClaimContext, author: Entity): boolean {
  if (isMedia(author)) return true;
  for (const o of context.organisations) {
    if (o.canonical !== author.canonical || context.isReference(o)) continue;
    if (AUDIENCE_BEFORE.test(context.text.slice(Math.max(0, o.start - 30), o.start))) return true;
  }
  return false;
}

/** The councils a text names, when it names two or more: what "either council" stands for. */
function namedCouncils(context: ClaimContext): Entity[] {
  const seen = new Map<string, Entity>();
  for (const o of context.organisations) {
    if (o.canonical && !context.isReference(o) && /\bcouncil$/i.test(o.canonicalName ?? o.text) && !seen.has(o.canonical)) seen.set(o.canonical, o);
  }
  return seen.size >= 2 ? [...seen.values()] : [];
}

export const existenceExtractor: ClaimExtractor = new ExistenceExtractor();
