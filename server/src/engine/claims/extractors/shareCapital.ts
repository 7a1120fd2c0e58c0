// Whether a company has shareholders at all: a company limited by shares has them, a company
// limited by guarantee has members and no share capital (Companies Act 2006, s.3). A source that
// names a body's sole shareholder and one that says it has none, or calls it a company limited by
// guarantee, describe two legal forms. Read only where the text says "shareholder(s)" or "share
// capital" about the company, not from "owned by": a guarantee company's sole member is often
// said to own it.
//   has        "X is a council company of which Y is the sole shareholder", "X, in which Y is the
//              only shareholder, …", "Y is the sole shareholder of X", "X's sole shareholder is Y"
//   has none   "X has no shareholders", "It has no share capital", "X, which has no shareholders",
//              "X does not have any shareholders"

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
/** The category (conflict-rules.json): a company whose members hold shares. */
export const LIMITED_BY_SHARES = 'company-limited-by-shares';

const CUES = new CueWords([{ word: 'shareholder', prefix: true }, { word: 'capital' }]);
const SOLE = `(?:the|its|their)${S}+(?:sole|only|single|one)${S}+shareholder`;
// "of which Y is the sole shareholder", "in which Y is the only shareholder"
const OF_WHICH = new RegExp(`(?:of|in)${S}+which${S}+(?=\\S)`, 'gi');
const IS_SOLE = new RegExp(`^${S}+(?:is|was|remains|has${S}+been|became)${S}+${SOLE}\\b`, 'i');
// "Y is the sole shareholder of X", "Y is its only shareholder"
const SOLE_OF = new RegExp(`\\b(?:is|was|remains|has${S}+been|became)${S}+(?:the${S}+)?(?:sole|only|single)${S}+shareholder${S}+(?:of|in)${S}+`, 'gi');
// "X's sole shareholder is Y"
const POSSESSIVE_SOLE = new RegExp(`['’]s${S}+(?:sole|only|single)${S}+shareholder${S}+(?:is|was|remains)\\b`, 'gi');
// "has no shareholders", "has no share capital", "does not have any shareholders"
const HAS_NONE = new RegExp(
  `(?<which>,?${S}*which)?${S}+(?:has${S}+no|have${S}+no|had${S}+no|(?:does|do|did)${S}+not${S}+have${S}+any|(?:doesn|don|didn)['’]t${S}+have${S}+any)${S}+(?:shareholders|share${S}+capital)\\b` +
    // "no shareholders other than the council" names one; "no shareholders' agreement" is about another thing
    `(?!['’]|${S}+(?:other${S}+than|apart${S}+from|except|besides|but|beyond|outside|bar)\\b)`,
  'gi',
);

class ShareCapitalExtractor implements ClaimExtractor {
  readonly name = 'share-capital';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const body = context.text.slice(sentence.start, sentence.end);
      if (!/shareholder|share[\s\u00a0]+capital/i.test(body)) continue;
      const orgs = context.within(context.organisations, sentence.start, sentence.end);
      if (orgs.length === 0) continue;
      this.has(context, sentence, body, orgs, claims);
      this.hasNone(context, sentence, body, orgs, claims);
    }
    return claims;
  }

  private push(context: ClaimContext, claims: Claim[], subject: Entity | undefined, polarity: 'affirm' | 'deny', start: number, end: number): void {
    if (!subject?.canonical) return;
    claims.push(context.claim({ subject, attribute: 'category', value: { kind: 'category', category: LIMITED_BY_SHARES, polarity }, start, end, timeFromSentence: true }));
  }

  /**
   * What "of which" refers to: the last name before it ("X says Y, of which Z is …" is Y), unless
   * that name is a preposition's object ("a subsidiary of Y, of which Z is …" is Y's, not the subject's).
   */
  private antecedent(context: ClaimContext, sentence: SentenceSpan, orgs: readonly Entity[], offset: number): Entity | undefined {
    const last = orgs.filter((o) => o.end <= offset).pop();
    return last && !isPrepositionalObject(context.text, last, sentence.start) ? last : undefined;
  }

  private has(context: ClaimContext, sentence: SentenceSpan, body: string, orgs: readonly Entity[], claims: Claim[]): void {
    const text = context.text;
    OF_WHICH.lastIndex = 0;
    for (let m = OF_WHICH.exec(body); m; m = OF_WHICH.exec(body)) {
      // a resolved "the council" starts at its article, a name after it
      const after = sentence.start + m.index + m[0].length;
      const article = /^the[\s\u00a0]+/i.exec(text.slice(after, after + 8));
      const holder = context.organisationStartingAt(after) ?? (article ? context.organisationStartingAt(after + article[0].length) : undefined);
      const sole = holder ? IS_SOLE.exec(text.slice(holder.end, sentence.end)) : null;
      if (!holder || !sole) continue;
      const company = this.antecedent(context, sentence, orgs, sentence.start + m.index);
      if (company && company.canonical !== holder.canonical) this.push(context, claims, company, 'affirm', company.start, holder.end + sole[0].length);
    }
    SOLE_OF.lastIndex = 0;
    for (let m = SOLE_OF.exec(body); m; m = SOLE_OF.exec(body)) {
      const after = sentence.start + m.index + m[0].length;
      const article = /^the[\s\u00a0]+/i.exec(text.slice(after, after + 8));
      const company = context.organisationStartingAt(after) ?? (article ? context.organisationStartingAt(after + article[0].length) : undefined);
      const holder = orgs.filter((o) => o.end <= sentence.start + m!.index).pop();
      if (company && holder && company.canonical !== holder.canonical) this.push(context, claims, company, 'affirm', holder.start, company.end);
    }
    POSSESSIVE_SOLE.lastIndex = 0;
    for (let m = POSSESSIVE_SOLE.exec(body); m; m = POSSESSIVE_SOLE.exec(body)) {
      const at = sentence.start + m.index;
      const company = orgs.filter((o) => o.end === at).pop();
      if (company) this.push(context, claims, company, 'affirm', company.start, at + m[0].length);
    }
  }

  private hasNone(context: ClaimContext, sentence: SentenceSpan, body: string, orgs: readonly Entity[], claims: Claim[]): void {
    HAS_NONE.lastIndex = 0;
    for (let m = HAS_NONE.exec(body); m; m = HAS_NONE.exec(body)) {
      const at = sentence.start + m.index;
      const company = orgs.filter((o) => o.end === at).pop();
      if (company && !isPrepositionalObject(context.text, company, sentence.start)) this.push(context, claims, company, 'deny', company.start, at + m[0].length);
    }
  }
}

export const shareCapitalExtractor: ClaimExtractor = new ShareCapitalExtractor();
