// Whether a body changed its own existence of its own accord: merged, transferred its engagements,
// sold up, closed, found a partner or handed a contract back, freely or because it was made to.
//   voluntary  "This was a voluntary transfer of engagements", "X voluntarily merged with Y",
//              "X chose to close", "X decided to find a partner", "X's board proposed the merger"
//   compelled  "the regulator required X's board to find a partner", "Y forced X to merge", "the
//              regulator made it merge", "X was forced to close", "X was ordered to sell"
// The claim is the body's `own-accord`, the category "voluntary" affirmed or denied, so the two
// meet as a negation. Only a change of the body itself is read (CHANGE): "X was required to publish
// its accounts" and "X chose to open on Sundays" say nothing of whether a merger was forced. A
// sentence opening "This was …" or "It was …" is about the body its previous sentence's clause
// is about; "it" after the verb is the body named last before, in this sentence or the one before.

import type { Claim, Entity } from '../../types';
import { previousContentOffset } from '../antecedent';
import { UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
export const OWN_ACCORD = 'own-accord';
export const VOLUNTARY = 'voluntary';

const CUES = new CueWords([
  { word: 'voluntar', prefix: true },
  { word: 'forced' },
  { word: 'required' },
  { word: 'compelled' },
  { word: 'ordered' },
  { word: 'made' },
  { word: 'chose' },
  { word: 'decided' },
  { word: 'proposed' },
  { word: 'pushed' },
]);
/** A change of the body itself: the act or its noun. */
const CHANGE = `(?:merg(?:e|es|ed|ing|er|ers)|transfer(?:red|ring|s)?${S}+(?:of${S}+)?(?:its${S}+)?engagements|(?:find|found|seek|sought)${S}+(?:a${S}+)?(?:new${S}+)?(?:partner|buyer|merger${S}+partner)|clos(?:e|ed|ing|ure)|shut(?:${S}+down)?|sell${S}+(?:up|itself)|sold${S}+(?:up|itself)|wind${S}+(?:itself${S}+)?up|wound${S}+up|dissolve[sd]?|dissolution|(?:be|been)${S}+taken${S}+over|takeover|hand(?:ed)?${S}+back${S}+(?:the|its)${S}+contract|give${S}+up${S}+(?:the|its)${S}+contract)`;
/** The agent's verb of compulsion and the body made to act: "required X's board to", "forced X to", "made it". */
const COMPEL_VERB = new RegExp(`\\b(?:required|requires|forced|forces|compelled|compels|ordered|orders|directed|directs|instructed|made|makes|pushed|pressured|pressed)${S}+$`, 'i');
/** After the body made to act: its board, then the act ("'s board to find a partner", " merge", " to merge"). */
const MADE_TO = new RegExp(`^(?:['’]s${S}+(?:board|trustees|directors|members))?${S}+(?:to${S}+)?(?:[\\p{Ll}-]+${S}+){0,2}?${CHANGE}\\b`, 'iu');
/** The body's own passive: "was forced to close", "had been ordered to merge", "was made to sell up". */
const WAS_MADE_TO = new RegExp(`^${S}+(?:was|were|had${S}+been|has${S}+been|is${S}+being)${S}+(?:effectively${S}+)?(?:forced|required|compelled|ordered|made|pushed|pressured|directed)${S}+(?:by${S}+[^,;.]{1,40}?${S}+)?to${S}+(?:[\\p{Ll}-]+${S}+){0,2}?${CHANGE}\\b`, 'iu');
/** The body's own choice: "voluntarily merged", "chose to close", "decided to find a partner". */
const CHOSE_TO = new RegExp(`^(?:['’]s${S}+(?:board|trustees|directors|members))?(?:${S}+(?:has|have|had|itself))?${S}+(?:voluntarily${S}+|(?:chose|decided|opted|voted|volunteered|asked)${S}+to${S}+(?:(?:voluntarily|formally)${S}+)?)(?:[\\p{Ll}-]+${S}+){0,2}?${CHANGE}\\b`, 'iu');
/** "a voluntary merger", "a voluntary transfer of engagements", "the voluntary closure". */
const VOLUNTARY_CHANGE = new RegExp(`\\b(?<neg>not${S}+(?:a${S}+)?|no${S}+|(?:n['’]t)${S}+(?:a${S}+)?)?(?:a|an|the|this|its)?${S}*(?<adj>voluntary|involuntary|forced|compulsory|enforced)${S}+${CHANGE}\\b`, 'iu');
/** A sentence that goes on about the previous one's subject: "This was", "It was", "That was". */
const ABOUT_PREVIOUS = new RegExp(`^[\\s"“]*(?:this|it|that)${S}+(?:was|is|had${S}+been|has${S}+been)\\b`, 'i');
/** After a body: it took another over ("took over", "has absorbed", "acquired"), up to the other's name. */
const TOOK_OVER_AFTER = new RegExp(`^${S}+(?:(?:has|have|had|formally|then)${S}+)*(?:took|takes|taken|taking|take)${S}+over${S}+(?:the${S}+)?|^${S}+(?:(?:has|have|had|formally|then)${S}+)*(?:absorbed|absorbs|acquired|acquires|swallowed)${S}+(?:the${S}+)?`, 'iu');
const POINTER = /^(?:it|this|that)$/i;
const IT = new RegExp(`^it\\b`, 'i');
const ANY_CHANGE = new RegExp(CHANGE, 'i');

class OwnAccordExtractor implements ClaimExtractor {
  readonly name = 'own-accord';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const body = text.slice(sentence.start, sentence.end);
      if (!ANY_CHANGE.test(body)) continue;
      const before = sentence.start > 0 ? context.sentenceAt(previousContentOffset(text, sentence.start)) : undefined;
      const orgs = context.within(context.organisations, sentence.start, sentence.end);
      for (const org of orgs) {
        if (!org.canonical) continue;
        const after = text.slice(org.end, Math.min(sentence.end, org.end + 120));
        const lead = text.slice(Math.max(sentence.start, org.start - 40), org.start);
        const compel = COMPEL_VERB.exec(lead);
        const made = compel && MADE_TO.exec(after);
        if (made) this.push(context, claims, org, 'deny', org.start - lead.length + compel!.index, org.end + made[0].length);
        else if (isPrepositionalObject(text, org, sentence.start)) continue;
        else if (WAS_MADE_TO.test(after)) this.push(context, claims, org, 'deny', org.start, org.end + WAS_MADE_TO.exec(after)![0].length);
        else if (CHOSE_TO.test(after)) this.push(context, claims, org, 'affirm', org.start, org.end + CHOSE_TO.exec(after)![0].length);
      }
      // "the regulator made it merge": "it" is the body named last before
      for (let at = body.search(/\bit\b/i); at >= 0; at = this.nextIt(body, at + 2)) {
        const compel = COMPEL_VERB.exec(body.slice(Math.max(0, at - 40), at));
        const made = compel && IT.test(body.slice(at)) ? MADE_TO.exec(body.slice(at + 2)) : null;
        if (!made) continue;
        const named = this.namedBefore(context, sentence.start + at, before ?? sentence);
        if (named) this.push(context, claims, named, 'deny', sentence.start + at - compel!.input.length + compel!.index, sentence.start + at + 2 + made[0].length);
      }
      // "This was a voluntary transfer of engagements": a noun of change with its manner
      const change = VOLUNTARY_CHANGE.exec(body);
      if (change) {
        const negated = change.groups!.neg !== undefined;
        const voluntary = change.groups!.adj!.toLowerCase() === 'voluntary';
        // an "It" opening "It was a voluntary merger" names the change, not a body resolved to it
        const subject = orgs.find((o) => !isPrepositionalObject(text, o, sentence.start) && o.start < sentence.start + change.index && !POINTER.test(text.slice(o.start, o.end))) ?? (ABOUT_PREVIOUS.test(body) && before ? this.subjectOf(context, before) : undefined);
        if (subject) this.push(context, claims, subject, voluntary !== negated ? 'affirm' : 'deny', sentence.start + change.index, sentence.start + change.index + change[0].length);
      }
    }
    return claims;
  }

  private nextIt(body: string, from: number): number {
    const i = body.slice(from).search(/\bit\b/i);
    return i < 0 ? -1 : from + i;
  }

  /** The body named last before `offset`, back to the start of `from`. */
  private namedBefore(context: ClaimContext, offset: number, from: SentenceSpan): Entity | undefined {
    return context.within(context.organisations, from.start, offset).filter((o) => o.canonical && o.end <= offset).pop();
  }

  /**
   * The body the previous sentence's change is about: its first body in subject position ("On
   * Monday X transferred its engagements to Y"), or, when that body took another over ("Y took over
   * X", "Y absorbed X"), the body taken over, whose existence changed.
   */
  private subjectOf(context: ClaimContext, sentence: SentenceSpan): Entity | undefined {
    const orgs = context.within(context.organisations, sentence.start, sentence.end);
    const subject = orgs.find((o) => o.canonical && !isPrepositionalObject(context.text, o, sentence.start));
    const took = subject && TOOK_OVER_AFTER.exec(context.text.slice(subject.end, Math.min(sentence.end, subject.end + 40)));
    const taken = took ? orgs.find((o) => o.start === subject!.end + took[0].length) : undefined;
    return taken?.canonical ? taken : subject;
  }

  private push(context: ClaimContext, claims: Claim[], subject: Entity, polarity: 'affirm' | 'deny', start: number, end: number): void {
    if (context.moodOver(start, end) & UNREAL) return;
    claims.push(context.claim({ subject, attribute: OWN_ACCORD, value: { kind: 'category', category: VOLUNTARY, polarity }, start, end, timeFromSentence: true }));
  }
}

export const ownAccordExtractor: ClaimExtractor = new OwnAccordExtractor();
