// Figures of a body's accounts that money.ts's possessive and "has a … of" readings miss:
//   owing        "The operating company owes its lenders £1.9bn", "X owes £40m to the council"
//                → money:debt of the clause's subject
//   own report   "Net debt at 31 March 2025 was £2.6 billion", "Total income for the year was
//                £4.2m", "Loans outstanding at the year end were £8.6m": in a body's own report or
//                accounts (author.ts) a sentence that opens with the measure alone states the
//                author's own figure, as its "we" and "our" do.
//   loan book    "X had about £5m of loans outstanding", "X has loans outstanding of £8.6m" →
//                money:loans-outstanding of the clause's subject: what a lender has out on loan
//                (or a borrower owes on its loans) at one date, one measure however it is worded.
// Keyed like money.ts's figures (money:debt, money:income …), so both meet in one comparison.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { Mood } from '../clauseMood';
import { sumValue } from '../numbers';
import { isMedia } from '../referents';
import type { ClaimExtractor } from './extractor';
import { SHORTFALL_ATTRIBUTE, isShortBy } from '../figures/shortfalls';
import { SPACE, isPrepositionalObject } from './grammar';
import { clauseSubject } from '../figures/figureSubject';

const S = SPACE;
/** "owes its lenders", "owed", "owes the council": right before the figure. */
const OWES_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:owes|owed|owing)(?:${S}+(?:its|their|the|our)${S}+[\\p{L}-]+)?${S}+(?:(?:about|around|almost|nearly|over|more${S}+than|some)${S}+)?$`, 'iu');
// "loans outstanding", "outstanding loans", "the loan book", "gross loans to members": one measure
const LOAN_BOOK = `loans${S}+outstanding|outstanding${S}+loans|(?:the${S}+)?loan${S}+book|loans${S}+to${S}+members`;
const LOAN_BOOK_WORDS = new RegExp(`^(?:${LOAN_BOOK})$`, 'iu');
const LOAN_BOOK_ATTRIBUTE = 'money:loans-outstanding';
/** "had about £5m of loans outstanding", "has £3.2m in outstanding loans": the measure after the figure. */
const LOAN_BOOK_AFTER = new RegExp(`^${S}+(?:of|in)${S}+(?:(?:its|their|our)${S}+)?(?:loans${S}+outstanding|outstanding${S}+loans|loans${S}+to${S}+members${S}+outstanding)(?![\\p{L}])`, 'iu');
/** "had loans outstanding of", "has a loan book of": the measure before the figure. */
const LOAN_BOOK_BEFORE = new RegExp(`(?<![\\p{L}])(?:has|had|have)${S}+(?:(?:a|an)${S}+)?(?:loans${S}+outstanding|outstanding${S}+loans|loan${S}+book)${S}+(?:of|worth)${S}+$`, 'iu');
/** The verb of having right before the figure (and its qualifier, inside the sum). */
const HAD_BEFORE = new RegExp(`(?<![\\p{L}])(?:has|had|have)${S}+(?:(?:still|now|only|just)${S}+)?$`, 'iu');
/** A measure opening its sentence, perhaps with a time ("at 31 March 2025", "for the year"), then its verb. */
const MEASURE_OPENS = new RegExp(
  `^(?:(?:total|net|gross|annual|operating|underlying|overall)${S}+)*(?<measure>income|turnover|revenues?|deficits?|surplus(?:es)?|reserves|profits?|loss(?:es)?|debts?|expenditure|${LOAN_BOOK})(?<time>${S}+(?:at|as${S}+at|on|for|in|during|over)${S}+[^,;:()]{1,40}?)?${S}+(?:was|were|stood${S}+at|totalled|totaled|amounted${S}+to|came${S}+to|reached|(?:rose|fell|increased|decreased|grew)${S}+to)${S}+$`,
  'iu',
);
/** The first word MEASURE_OPENS allows, read in place at a sentence's start before the slice and the pattern. */
const MEASURE_FIRST_WORD = /(?:total|net|gross|annual|operating|underlying|overall|income|turnover|revenue|deficit|surplus|reserves|profit|loss|debt|expenditure|loan|outstanding|the[\s\u00a0]+loan)/iy;
/** The time after a measure names a date or the year: "at 31 March 2025", "for the year". */
const TIME_WORDS = /\d{4}|\byear\b/i;
const MEASURE_FORMS: Record<string, string> = { revenues: 'revenue', surpluses: 'surplus', losses: 'loss', profits: 'profit', deficits: 'deficit', debts: 'debt' };

class AccountFigureExtractor implements ClaimExtractor {
  readonly name = 'account-figures';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    const author = context.author && !isMedia(context.author) ? context.author : undefined;
    for (const money of context.sums) {
      const sentence = context.sentenceAt(money.start);
      if (!sentence) continue;
      const before = text.slice(Math.max(sentence.start, money.start - 60), money.start);
      // cheap word tests before either pattern
      if (/owe|owing/i.test(before)) {
        const owes = OWES_BEFORE.exec(before);
        if (owes) {
          const verbAt = money.start - before.length + owes.index;
          const subject = context
            .within(context.organisations, sentence.start, verbAt)
            .filter((o) => !isPrepositionalObject(text, o, sentence.start) && verbAt - o.end <= 40 && !/[,;:]/.test(text.slice(o.end, verbAt)))
            .pop();
          if (subject) claims.push(...this.claim(context, subject, 'money:debt', money, subject.start));
          continue;
        }
      }
      const loanBook = this.loanBook(context, money, sentence, before);
      if (loanBook) {
        claims.push(...loanBook);
        continue;
      }
      if (!author || money.start - sentence.start > 90) continue;
      MEASURE_FIRST_WORD.lastIndex = sentence.start;
      if (!MEASURE_FIRST_WORD.test(text)) continue;
      const opening = MEASURE_OPENS.exec(text.slice(sentence.start, money.start));
      if (!opening || (opening.groups!.time && !TIME_WORDS.test(opening.groups!.time))) continue;
      const measure = opening.groups!.measure!.toLowerCase();
      const attribute = LOAN_BOOK_WORDS.test(measure)
        ? LOAN_BOOK_ATTRIBUTE
        : isShortBy(text, money.end)
          ? SHORTFALL_ATTRIBUTE
          : `money:${MEASURE_FORMS[measure] ?? measure}`;
      claims.push(...this.claim(context, author, attribute, money, sentence.start));
    }
    return claims;
  }

  /** "X had £5m of loans outstanding", "X has loans outstanding of £8.6m": the clause's subject's loan book. */
  private loanBook(context: ClaimContext, money: Entity, sentence: { start: number; end: number }, before: string): Claim[] | undefined {
    const text = context.text;
    // every form holds "loan": most sums have none near them
    if (!/loan/i.test(before) && !/loan/i.test(text.slice(money.end, money.end + 30))) return undefined;
    let verbAt = -1;
    const measureBefore = LOAN_BOOK_BEFORE.exec(before);
    if (measureBefore) verbAt = money.start - before.length + measureBefore.index;
    else if (LOAN_BOOK_AFTER.test(text.slice(money.end, money.end + 40))) {
      const had = HAD_BEFORE.exec(before);
      if (had) verbAt = money.start - before.length + had.index;
    }
    if (verbAt < 0 || context.moodAt(verbAt) & (Mood.Denied | Mood.Conditional | Mood.Possible)) return undefined;
    const subject = clauseSubject(context, verbAt, sentence);
    return subject ? this.claim(context, subject, LOAN_BOOK_ATTRIBUTE, money, subject.start) : undefined;
  }

  private claim(context: ClaimContext, subject: Entity, attribute: string, money: Entity, start: number): Claim[] {
    const value = sumValue(money, context.rules);
    if (!value) return [];
    return [
      context.claim({
        subject,
        attribute,
        value,
        start: Math.min(start, money.start),
        end: money.end,
        timeFromSentence: true,
        focus: money,
      }),
    ];
  }
}

export const accountFigureExtractor: ClaimExtractor = new AccountFigureExtractor();
