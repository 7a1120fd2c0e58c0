// Formal action one body takes against another (a regulator's fine, a commissioner's notice, a
// warning or enforcement notice), stated or denied. Whoever is the clause's subject, the claim is
// the target's, under `action-from:<issuer>`:
//   issuer first   "Y fined X £2.1m", "Y served a contract performance notice on X",
//                  "Y has not issued a warning notice to X", "Y took enforcement action against X"
//   target first   "X was fined £2m by Y", "X never once faced enforcement action from Y",
//                  "X has not received a warning notice from Y"
// The value is a category: the kind of action ("fine", "contract-performance-notice") and, for any
// kind, "enforcement-action". A denial of enforcement action denies every kind; a denial of one
// kind of notice denies only that kind, so "has not issued a performance notice" does not meet "was
// fined". A pronoun issuer ("since it served a notice on X") is the clause's subject.

import type { Claim, Entity } from '../../types';
import { UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';
import { PERIOD_AFTER } from './loansAndDividends';

const S = SPACE;
export const ACTION_FROM = 'action-from';
/** The category every kind of formal action also has. */
export const ENFORCEMENT_ACTION = 'enforcement-action';

const CUES = new CueWords([{ word: 'fined' }, { word: 'notice' }, { word: 'enforcement' }, { word: 'penalty' }, { word: 'censured' }, { word: 'sanctioned' }]);

const NOT = `(?<not>(?:(?:has|have|had|did|does|do|was|were)${S}+(?:not|never)(?:${S}+(?:once|yet|ever))?|(?:hasn['’]t|haven['’]t|hadn['’]t|didn['’]t|doesn['’]t|wasn['’]t)|never(?:${S}+once)?)${S}+)?`;
/**
 * The kind of action: a fine, a penalty, or a notice of a formal kind ("contract performance
 * notice", "warning notice"): a bare "notice" or a "privacy notice" is no action against anyone.
 */
const FORMAL_NOTICE = `(?:warning|enforcement|improvement|prohibition|performance|breach|default|remedial|remediation|compliance|penalty|suspension|termination|closure|intervention|stop)`;
const KIND = `(?<kind>(?:(?:[\\p{Ll}-]+${S}+){0,2}?${FORMAL_NOTICE}${S}+notice|(?:financial${S}+)?penalty|fine))`;
const AMOUNT = `(?:[£$€]${S}*[\\d.,]+(?:${S}*(?:m|bn|k|million|billion|thousand)\\b)?${S}+)?`;
// "Y (has not) issued / served a contract performance notice on / to X"
const ISSUED = new RegExp(`\\b${NOT}(?:(?:has|have|had)${S}+)?(?:issued|issue|issues|served|serve|serves|imposed|impose|sent|send|given|gave|give)${S}+(?:(?:a|an|any|the|its|their|formal)${S}+)*${KIND}s?${S}+(?:on|to|against|upon)${S}+(?:the${S}+)?`, 'giu');
// "Y (never) fined X", "Y censured X", "Y took enforcement action against X"
const FINED = new RegExp(`\\b${NOT}(?:(?:has|have|had)${S}+)?(?<verb>fined|fine|fines|censured|censure|sanctioned|sanction|(?:took|take|taken|takes|launched|launch|began|begun)${S}+(?:any${S}+)?(?:formal${S}+)?enforcement${S}+action${S}+against)${S}+(?:the${S}+)?`, 'giu');
// "X (has never once) faced / received enforcement action / a warning notice from Y", "X was fined £2m by Y"
const FACED = new RegExp(
  `^${S}+${NOT}(?:(?:has|have|had)${S}+)?(?:(?:faced|received|been${S}+subject${S}+to|(?:was|were|has${S}+been|had${S}+been)${S}+(?:served${S}+(?:with${S}+)?|given${S}+|issued${S}+(?:with${S}+)?))${S}*(?:(?:a|an|any|formal)${S}+)*(?:(?<enforcement>enforcement${S}+action)|${KIND}s?)|(?<passive>(?:was|were|has${S}+been|had${S}+been|been)${S}+(?:fined|censured|sanctioned)${S}*${AMOUNT}))${S}*(?:from|by)${S}+(?:the${S}+)?`,
  'iu',
);
/** A condition, a threat or a call for action is no action taken: "faces a fine if", "should fine", "could be fined". */
/** Besides a clause's mood (clauseMood.ts): a threat or a risk of an action is no action. */
const THREAT = /\b(?:threat(?:en(?:s|ed|ing)?)?|risks?)\b/i;
const PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:it|they)[\s\u00a0]+$/iu;
const AUXILIARIES_BEFORE = /(?:[\s\u00a0]+(?:has|have|had|also|then|later|now|already|subsequently|eventually|itself))*[\s\u00a0]*$/i;

function kindOf(words: string | undefined): string {
  if (!words) return ENFORCEMENT_ACTION;
  return words.toLowerCase().replace(/[\s\u00a0]+/g, '-').replace(/s$/, '');
}

class FormalActionExtractor implements ClaimExtractor {
  readonly name = 'formal-actions';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const orgs = context.within(context.organisations, sentence.start, sentence.end);
      if (orgs.length === 0) continue;
      const body = context.text.slice(sentence.start, sentence.end);
      if (THREAT.test(body)) continue;
      this.issuerFirst(context, sentence, body, orgs, claims);
      this.targetFirst(context, sentence, orgs, claims);
    }
    return claims;
  }

  private push(context: ClaimContext, claims: Claim[], target: Entity, issuer: Entity, kind: string, denied: boolean, start: number, end: number): void {
    if (!target.canonical || !issuer.canonical || target.canonical === issuer.canonical) return;
    if (context.moodOver(start, end) & UNREAL) return;
    // "has not fined X this year", "did not fine X in 2023": a denial of one period is no denial of
    // every period, so it does not meet a fine at another time (as for dividends).
    if (denied && PERIOD_AFTER.test(context.text.slice(end, Math.min(context.sentenceAt(end)?.end ?? end, end + 60)))) return;
    const polarity = denied ? 'deny' : 'affirm';
    const kinds = kind === ENFORCEMENT_ACTION ? [kind] : denied ? [kind] : [kind, ENFORCEMENT_ACTION];
    for (const category of kinds) {
      claims.push(context.claim({ subject: target, attribute: `${ACTION_FROM}:${issuer.canonical}`, value: { kind: 'category', category, polarity }, start, end, timeFromSentence: true }));
    }
  }

  /** The issuer of a verb at `at`: the name right before it (auxiliaries aside), or the clause's subject for "it". */
  private issuerBefore(context: ClaimContext, sentence: SentenceSpan, orgs: readonly Entity[], at: number, target: Entity): Entity | undefined {
    const lead = context.text.slice(sentence.start, at);
    const trimmed = lead.replace(AUXILIARIES_BEFORE, '');
    const end = sentence.start + trimmed.length;
    const named = orgs.filter((o) => o.end === end).pop();
    if (named) return named;
    if (!PRONOUN_BEFORE.test(trimmed)) return undefined;
    return orgs.find((o) => o.start < at && o !== target && o.canonical !== target.canonical && !isPrepositionalObject(context.text, o, sentence.start));
  }

  private issuerFirst(context: ClaimContext, sentence: SentenceSpan, body: string, orgs: readonly Entity[], claims: Claim[]): void {
    for (const pattern of [ISSUED, FINED]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
        const at = sentence.start + m.index;
        const target = context.organisationStartingAt(at + m[0].length);
        if (!target) continue;
        const issuer = this.issuerBefore(context, sentence, orgs, at, target);
        if (!issuer) continue;
        const verb = m.groups!.verb?.toLowerCase();
        const kind = pattern === ISSUED ? kindOf(m.groups!.kind) : verb?.startsWith('fine') ? 'fine' : ENFORCEMENT_ACTION;
        this.push(context, claims, target, issuer, kind, m.groups!.not !== undefined, Math.min(issuer.start, at), target.end);
      }
    }
  }

  private targetFirst(context: ClaimContext, sentence: SentenceSpan, orgs: readonly Entity[], claims: Claim[]): void {
    const text = context.text;
    for (const target of orgs) {
      if (isPrepositionalObject(text, target, sentence.start)) continue;
      const m = FACED.exec(text.slice(target.end, Math.min(sentence.end, target.end + 120)));
      if (!m) continue;
      const issuer = context.organisationStartingAt(target.end + m[0].length);
      if (!issuer) continue;
      const kind = m.groups!.passive ? (/fined/i.test(m.groups!.passive) ? 'fine' : ENFORCEMENT_ACTION) : kindOf(m.groups!.kind);
      this.push(context, claims, target, issuer, kind, m.groups!.not !== undefined, target.start, issuer.end);
    }
  }
}

export const formalActionExtractor: ClaimExtractor = new FormalActionExtractor();
