// Whether a funder has cut its money for a named recipient: the yes of a cut stated with or without
// its size against the no of a denial. Wordings differ in verb (cut, reduced, slashed, withdrew)
// and noun (funding, grant, contract, allocation), so the fact is keyed by the funder, the
// recipient and one action class, with polarity:
//   cut      "X cut Y's grant by £640,000", "X has reduced its funding for Y", "X slashed the
//            theatre's funding" (the recipient named as its kind: the latest body of that kind)
//   not cut  "X has not reduced its funding for Y", "X did not cut Y's grant", "X has never cut
//            the funding it gives Y"
// The funder is the clause's subject; a cut with no named recipient says nothing of any one body
// and is not read, nor is a cut that is only planned, threatened, asked about or reported as another's claim.

import type { Claim, Entity } from '../../types';
import { latestOfKind } from '../bodyKinds';
import { Mood, UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';
import { partyKey } from './money';

const S = SPACE;
export const FUNDING_CUT = 'funding-cut-to';
/** The value's category (conflict-rules.json names it): the cut was made. */
export const CUT_MADE = 'funding-cut';

const CUES = new CueWords([
  { word: 'cut' },
  { word: 'cuts' },
  { word: 'reduced' },
  { word: 'reduce' },
  { word: 'reduces' },
  { word: 'slashed' },
  { word: 'withdrew' },
  { word: 'withdrawn' },
  { word: 'axed' },
  { word: 'trimmed' },
]);

const MONEY_WORD = /funding|grant|contract|allocation|subsidy|budget|payment|money/i;
const FUNDING_NOUN = `(?:core${S}+|annual${S}+|yearly${S}+|nhs${S}+|council${S}+|public${S}+)?(?:funding|grants?|contract${S}+value|allocation|subsidy|budget|payments?|money)`;
// "has not reduced its funding for", "did not cut Y's grant", "cut the hospice's grant", "slashed funding for"
const CUT_CLAUSE = new RegExp(
  `(?<neg>(?:(?:has|have|had|did|does|do|will)${S}+(?:not|never)|hasn['’]t|haven['’]t|hadn['’]t|didn['’]t|doesn['’]t|won['’]t|never)${S}+)?` +
    `(?:(?:has|have|had|also|now|then|already|since|again)${S}+)*` +
    `(?<verb>cut|cuts|reduced|reduce|reduces|slashed|withdrew|withdrawn|axed|trimmed)${S}+` +
    `(?:(?<det>its|their|our|the|his|her)${S}+)?(?:(?<owner>[^\\s\\u00a0,.;:!?]{1,40}(?:${S}+[^\\s\\u00a0,.;:!?]{1,40}){0,5})['’]s?${S}+)?` +
    `${FUNDING_NOUN}\\b(?:${S}+(?:for|to|of)${S}+)?`,
  'giu',
);
const AUXILIARY_TAIL = /(?:[\s\u00a0]+(?:has|have|had|did|does|do|will|also|now|then|already|since|again|not|never|hasn['’]t|haven['’]t|hadn['’]t|didn['’]t|doesn['’]t|won['’]t))*[\s\u00a0]*$/i;
// What makes a cut not one made: its clause's mood (a plan, a condition, a possibility, a demand,
// hearsay: clauseMood.ts) and, anywhere before it, a threat or another's claim or denial of it.
const NOT_MADE = UNREAL | Mood.Reported;
const HEARSAY = new RegExp(`\\b(?:threat(?:en|ened|ens|ening)${S}+to|claims?|claimed|alleges?|accus(?:e|es|ed)|denies|denied|deny|not${S}+only|rumou?rs?)\\b`, 'i');
/** "the hospice's": the recipient named as its kind, the latest body of that kind before. */
const KIND_OWNER = /^the[\s\u00a0]+(\p{Ll}[\p{Ll}-]{2,})$/u;

class FundingCutsExtractor implements ClaimExtractor {
  readonly name = 'funding-cuts';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const orgs = context.within(context.organisations, sentence.start, sentence.end);
      if (orgs.length === 0) continue;
      const body = text.slice(sentence.start, sentence.end);
      // most sentences that cut something cut no one's money: one test spares them the clause pattern
      if (!MONEY_WORD.test(body)) continue;
      CUT_CLAUSE.lastIndex = 0;
      for (let m = CUT_CLAUSE.exec(body); m; m = CUT_CLAUSE.exec(body)) {
        const at = sentence.start + m.index;
        if (context.moodOver(at, at + m[0].length) & NOT_MADE || HEARSAY.test(body.slice(0, m.index + m[0].length))) continue;
        const funder = this.subjectBefore(context, sentence, orgs, at);
        if (!funder) continue;
        const end = at + m[0].length;
        const g = m.groups!;
        const recipient = g.owner
          ? this.ownerNamed(context, orgs, at + m[0].indexOf(g.owner, g.verb.length), g.det?.toLowerCase() === 'the' ? `the ${g.owner}` : g.owner)
          : /(?:for|to|of)[\s\u00a0]+$/i.test(m[0])
            ? context.organisationStartingAt(end)
            : undefined;
        if (!recipient?.canonical) continue;
        const recipientKey = partyKey(recipient);
        if (!recipientKey || recipientKey === partyKey(funder)) continue;
        const polarity = g.neg ? 'deny' : 'affirm';
        claims.push(
          context.claim({
            subject: funder,
            attribute: `${FUNDING_CUT}:${recipientKey}`,
            value: { kind: 'category', category: CUT_MADE, polarity },
            start: funder.start,
            end: Math.max(end, recipient.end),
            timeFromSentence: true,
          }),
        );
      }
    }
    return claims;
  }

  /** The clause's subject: the name right before the verb and its auxiliaries, not a preposition's object. */
  private subjectBefore(context: ClaimContext, sentence: SentenceSpan, orgs: readonly Entity[], verbAt: number): Entity | undefined {
    const lead = context.text.slice(sentence.start, verbAt).replace(AUXILIARY_TAIL, '');
    const nameEnd = sentence.start + lead.length;
    return orgs.filter((o) => o.end === nameEnd && !isPrepositionalObject(context.text, o, sentence.start)).pop();
  }

  /** The body a possessive names: a name, or "the <kind>" for the latest body of that kind. */
  private ownerNamed(context: ClaimContext, orgs: readonly Entity[], ownerAt: number, owner: string): Entity | undefined {
    const named = context.organisationStartingAt(ownerAt) ?? orgs.find((o) => o.start >= ownerAt && o.end <= ownerAt + owner.length);
    if (named) return named;
    const kind = KIND_OWNER.exec(owner);
    if (!kind) return undefined;
    return latestOfKind(context.organisations, ownerAt, kind[1]!.toLowerCase());
  }
}

export const fundingCutsExtractor: ClaimExtractor = new FundingCutsExtractor();
