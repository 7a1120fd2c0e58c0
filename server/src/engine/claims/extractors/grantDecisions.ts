// Whether a funder has decided an applicant's bid for a grant: awarded, against not (yet) decided,
// pending or turned down. A sum awarded and an application still open cannot both hold, however
// each is worded, so the fact is keyed by the applicant and the funder with one action class:
//   awarded      "X has been awarded £250,000 by Y", "Y awarded X £250,000", "Y has granted X £1m",
//                "Y approved X's application"
//   not awarded  "Y had not yet decided the application" (the applicant from "X had applied to Y"
//                just before), "Y has not decided X's bid", "X's application to Y is still pending",
//                "Y turned down X's bid", "X's bid to Y was rejected"
// The value is the category "grant-awarded", affirmed or denied; a decision only expected, a
// question, a condition and another's claim are not read.

import type { Claim, Entity } from '../../types';
import { latestOfKind } from '../bodyKinds';
import { Mood, UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';
import { partyKey } from './money';
import { singular } from '../vocabulary';

const S = SPACE;
export const GRANT_FROM = 'grant-from';
/** The value's category (conflict-rules.json names it): the grant was awarded. */
export const GRANT_AWARDED = 'grant-awarded';

const CUES = new CueWords([
  { word: 'awarded' },
  { word: 'granted' },
  { word: 'application', prefix: true },
  { word: 'bid' },
  { word: 'bids' },
  { word: 'decided' },
  { word: 'pending' },
]);

const AMOUNT = `(?:[£$€]${S}*[\\d.,]+(?:${S}*(?:m|bn|k|million|billion|thousand)\\b)?)`;
// "X has been awarded £250,000 by Y", "X was granted a £1m grant from Y"
const AWARDED_PASSIVE = new RegExp(
  `^${S}+(?:(?:has|have|had|was|were)${S}+)?(?:been${S}+)?(?:awarded|granted)${S}+(?:(?:a|an)${S}+)?${AMOUNT}(?:${S}+(?:grant|award))?(?:${S}+\\([^)]{1,30}\\))?${S}+(?:by|from)${S}+(?:the${S}+)?`,
  'i',
);
// "Y awarded X £250,000", "Y has granted X a £1m grant"
const AWARDED_ACTIVE = new RegExp(`^${S}+(?:(?:has|have|had)${S}+)?(?:awarded|granted)${S}+(?:the${S}+)?`, 'i');
const SUM_AFTER = new RegExp(`^${S}+(?:(?:a|an)${S}+)?${AMOUNT}`, 'i');
// "Y had not yet decided the application", "Y has not decided X's bid", "Y turned down X's bid", "Y approved X's application"
const DECIDED = new RegExp(
  `^${S}+(?:(?<open>(?:has|have|had|did|does)${S}+not${S}+(?:yet${S}+)?(?:decided|determined|approved|considered|made${S}+a${S}+decision${S}+on)|(?:hasn['’]t|hadn['’]t|haven['’]t|didn['’]t)${S}+(?:yet${S}+)?(?:decided|determined|approved|considered)|is${S}+(?:still${S}+)?(?:considering|assessing)|(?:has|have|had)${S}+yet${S}+to${S}+(?:decide|determine|approve|consider))|(?<refused>(?:has${S}+|had${S}+)?(?:turned${S}+down|rejected|refused|declined))|(?<approved>(?:has${S}+|had${S}+)?approved))${S}+(?:on${S}+)?`,
  'i',
);
// "the application", "X's application", "its bid"
const APPLICATION = new RegExp(`^(?:(?<the>the|this|that)|(?<its>its|their|our)|(?<owner>[^\\s\\u00a0,.;:!?]{1,40}(?:${S}+[^\\s\\u00a0,.;:!?]{1,40}){0,5})['’]s?)${S}+(?:(?:grant|funding|lottery)${S}+)?(?:application|bid)\\b`, 'iu');
// "X's application to Y is still pending", "X's bid to Y was rejected"
const PENDING_AFTER = new RegExp(
  `^${S}+(?:(?:is|was|remains|remained)${S}+(?:still${S}+)?(?<pending>pending|undecided|under${S}+consideration|being${S}+considered|awaiting${S}+a${S}+decision)|(?:was|has${S}+been|had${S}+been)${S}+(?<refused>rejected|refused|turned${S}+down|unsuccessful|declined))\\b`,
  'i',
);
const APPLICATION_TO = new RegExp(`['’]s?${S}+(?:(?:grant|funding|lottery)${S}+)?(?:application|bid)${S}+(?:to|for${S}+funding${S}+from)${S}+(?:the${S}+)?$`, 'i');
// "X had applied to Y", "X has submitted a bid to Y", "X's application to Y": the applicant an open application stands for
const APPLIED_TO = new RegExp(`${S}+(?:(?:has|have|had)${S}+)?(?:applied|bid|submitted${S}+(?:an${S}+application|a${S}+bid))${S}+to${S}+(?:the${S}+)?$`, 'i');
/** "the town council", "the club": an applicant named by its kind, with one word of its name before it. */
const KIND_BEFORE = /(?:^|[^\p{L}])(?:the|its)[\s\u00a0]+(?:(\p{Ll}+)[\s\u00a0]+)?(\p{Ll}{3,})$/u;
/** Every pattern below holds one of these. */
const DECISION_WORD = /awarded|granted|decide|decision|determine|approved|considered|considering|assessing|turned|rejected|refused|declined|pending|consideration|awaiting|unsuccessful/i;
/** How far before "the application" the applicant may have been told. */
const APPLICANT_REACH = 600;
/** Besides a clause's mood (clauseMood.ts): a decision someone claims or rumours, not the funder's own. */
const HEARSAY = /\b(?:claims?|claimed|alleges?|rumou?rs?)\b/i;

class GrantDecisionsExtractor implements ClaimExtractor {
  readonly name = 'grant-decisions';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const orgs = context.within(context.organisations, sentence.start, sentence.end);
      if (orgs.length === 0) continue;
      // an application or a bid with no decision word is only mentioned: one test spares its names the patterns
      if (!DECISION_WORD.test(text.slice(sentence.start, sentence.end))) continue;
      for (const org of orgs) {
        const rest = text.slice(org.end, Math.min(sentence.end, org.end + 200));
        if (HEARSAY.test(text.slice(sentence.start, org.start))) continue;
        this.awarded(context, sentence, org, rest, claims);
        this.decided(context, sentence, orgs, org, rest, claims);
      }
    }
    return claims;
  }

  private push(context: ClaimContext, claims: Claim[], applicant: Entity | undefined, funder: Entity | undefined, polarity: 'affirm' | 'deny', start: number, end: number): void {
    if (!applicant?.canonical || !funder?.canonical) return;
    if (context.moodOver(start, end) & (UNREAL | Mood.Reported)) return;
    const funderKey = partyKey(funder);
    if (!funderKey || funderKey === partyKey(applicant)) return;
    claims.push(
      context.claim({
        subject: applicant,
        attribute: `${GRANT_FROM}:${funderKey}`,
        value: { kind: 'category', category: GRANT_AWARDED, polarity },
        start,
        end,
        timeFromSentence: true,
      }),
    );
  }

  /** "X has been awarded £N by Y" (org is X), "Y awarded X £N" (org is Y). */
  private awarded(context: ClaimContext, sentence: SentenceSpan, org: Entity, rest: string, claims: Claim[]): void {
    const passive = AWARDED_PASSIVE.exec(rest);
    if (passive && !isPrepositionalObject(context.text, org, sentence.start)) {
      const funder = context.organisationStartingAt(org.end + passive[0].length);
      this.push(context, claims, org, funder, 'affirm', org.start, funder ? funder.end : org.end);
      return;
    }
    const active = AWARDED_ACTIVE.exec(rest);
    if (!active || isPrepositionalObject(context.text, org, sentence.start)) return;
    const applicant = context.organisationStartingAt(org.end + active[0].length);
    if (!applicant || !SUM_AFTER.test(context.text.slice(applicant.end, Math.min(sentence.end, applicant.end + 30)))) return;
    this.push(context, claims, applicant, org, 'affirm', org.start, applicant.end);
  }

  /** "Y had not yet decided the application", "X's application to Y is still pending". */
  private decided(context: ClaimContext, sentence: SentenceSpan, orgs: readonly Entity[], org: Entity, rest: string, claims: Claim[]): void {
    const text = context.text;
    const decided = DECIDED.exec(rest);
    if (decided && !isPrepositionalObject(text, org, sentence.start)) {
      const at = org.end + decided[0].length;
      const application = APPLICATION.exec(text.slice(at, Math.min(sentence.end, at + 120)));
      if (!application) return;
      const g = application.groups!;
      const applicant = g.owner
        ? (context.organisationStartingAt(at) ?? orgs.find((o) => o.start >= at && o.end <= at + g.owner!.length))
        : g.its
          ? undefined
          : this.applicantBefore(context, org, sentence.start);
      const polarity = decided.groups!.approved ? 'affirm' : 'deny';
      this.push(context, claims, applicant, org, polarity, org.start, at + application[0].length);
      return;
    }
    // org is the funder in "X's application to Y is still pending"
    const pending = PENDING_AFTER.exec(rest);
    if (!pending) return;
    const lead = text.slice(Math.max(sentence.start, org.start - 80), org.start);
    const to = APPLICATION_TO.exec(lead);
    if (!to) return;
    const ownerEnd = org.start - to[0].length;
    const applicant = orgs.filter((o) => o.end === ownerEnd).pop();
    this.push(context, claims, applicant, org, 'deny', applicant ? applicant.start : org.start, org.end + pending[0].length);
  }

  /**
   * The body that applied to `funder` shortly before: "X had applied to Y for £250,000", "the town
   * council had applied to Y" (the latest body of that kind with that word in its name).
   */
  private applicantBefore(context: ClaimContext, funder: Entity, sentenceStart: number): Entity | undefined {
    const text = context.text;
    const floor = Math.max(0, sentenceStart - APPLICANT_REACH);
    const before = context.within(context.organisations, floor, funder.start);
    for (let i = before.length - 1; i >= 0; i--) {
      const named = before[i]!;
      if (named.canonical !== funder.canonical) continue;
      const lead = text.slice(Math.max(floor, named.start - 100), named.start);
      const applied = APPLIED_TO.exec(lead);
      if (!applied) continue;
      const verbAt = named.start - lead.length + applied.index;
      const applicant = before.find((o) => o.end === verbAt);
      if (applicant) return applicant;
      const kind = KIND_BEFORE.exec(text.slice(Math.max(floor, verbAt - 40), verbAt));
      if (kind) return latestOfKind(context.organisations, verbAt - kind[0].length, singular(kind[2]!.toLowerCase()), kind[1]?.toLowerCase());
    }
    return undefined;
  }
}

export const grantDecisionsExtractor: ClaimExtractor = new GrantDecisionsExtractor();
