// Whether a body was consulted: a union, a council, a regulator asked before a decision, or not.
// The claim is the consulted body's, under `consulted`, whoever did the consulting (a source
// saying "we consulted Unison" and one saying "Unison was never consulted" seldom name the same
// consulter: one of them leaves it out):
//   passive    "Unison and GMB were consulted at every stage", "the council was not consulted",
//              "this branch was never consulted" (the body heading the document: see deicticBody),
//              "Unison has not been consulted", "it wasn't consulted"
//   reported   "Unison denied it had ever been consulted", "Unison says it was never consulted"
//   active     "the Trust consulted Unison and GMB", "has not consulted the council", "without
//              consulting Unison"
//   noun       "there was no consultation with Unison", "no talks were held with GMB"
// A consultation to come, owed or asked for ("will be consulted", "should have been consulted",
// "must consult", "plans to consult") or put as a condition is no statement that one happened.

import type { Claim, Entity } from '../../types';
import { UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
export const CONSULTED_ATTRIBUTE = 'consulted';
/** The category of the attribute's value (conflict-rules.json names it). */
export const CONSULTED = 'consulted';

const CUES = new CueWords([{ word: 'consult', prefix: true }, { word: 'talks' }, { word: 'discussions' }]);
const NEG = `(?<neg>${S}+(?:not|never)(?:${S}+(?:once|yet))?)?`;
const ADVERB = `(?:${S}+(?:ever|also|fully|properly|formally|meaningfully|genuinely|once|even|actually|really|directly))*`;
// "were consulted", "was never consulted", "had not been consulted", "wasn't consulted" (a perfect needs "been": see passive())
const PASSIVE = new RegExp(
  `\\b(?:(?:was|were|is|are|(?<perfect>has|have|had))${NEG}|(?<contracted>(?:wasn|weren|isn|aren)|(?<perfectNot>hasn|haven|hadn))['’]t)${ADVERB}(?<been>${S}+been${ADVERB})?${S}+consulted\\b`,
  'gi',
);
// "consulted Unison", "has not consulted the council", "without consulting Unison"
// "has not yet consulted", "had never once consulted", "nobody consulted", "did not consult": the
// denial may stand apart from the verb by an adverb, or be the subject itself
const ACTIVE = new RegExp(
  `\\b(?:(?<without>without${S}+(?:first${S}+)?consulting)|(?:(?<neg>(?:did|does|do|has|have|had)${S}+(?:not|never)|(?:didn|doesn|don|hasn|haven|hadn)['’]t|never|nobody|no${S}+one|no-one)(?:${S}+yet)?${ADVERB}${S}+)?(?:(?:has|have|had)${S}+)?(?:consulted|consults|(?<bare>consult)))${S}+(?:with${S}+)?(?:the${S}+)?(?=\\p{Lu})`,
  'giu',
);
/** "not consulted until May", "no talks until after the vote": it happened, late, which is no denial. */
const UNTIL_AFTER = /^[^,;:.]*?\b(?:until|till)\b/i;
// "no consultation with Unison", "no (formal) consultation took place with GMB", "no talks were held with
// the council": talks that never happened are a consultation that never happened
const NO_CONSULTATION = new RegExp(
  `\\bno${S}+(?:(?:formal|proper|meaningful|real|prior|direct)${S}+)?(?:consultation|talks|discussions)(?:${S}+(?:took${S}+place|(?:was|were|had${S}+been|have${S}+been|has${S}+been)${S}+held|happened|(?:has|have|had)${S}+taken${S}+place))?${S}+with${S}+(?:the${S}+)?`,
  'gi',
);
/**
 * A consultation to come, owed, asked for or supposed is none held: its clause's mood
 * (clauseMood.ts); besides, an infinitive right before the verb group ("failed to consult").
 */
const TO_BEFORE = /\bto[\s\u00a0]+(?:(?:not|never|also|now|first)[\s\u00a0]+)?$/i;
/** A reported denial before the subject: "Unison denied (that) it had ever been consulted". */
const DENIED_BEFORE = /\b(?:denied|denies|deny|denying)[\s\u00a0]+(?:that[\s\u00a0]+)?$/i;
/** "this branch", "our union": the writer's own body, named by the last word of its heading. */
const DEICTIC_BEFORE = /(?:^|[^\p{L}])(?:this|our)[\s\u00a0]+(\p{L}+)[\s\u00a0]*$/iu;
/** "which includes X", "that represents the X": X is the object of a relative clause inside the subject's phrase
 * ("who said X was never consulted" reports X's own claim). */
const RELATIVE_OBJECT_BEFORE = /\b(?:which|that|who)[\s\u00a0]+(?!(?:says?|said|claims?|claimed|insists?|insisted|confirms?|confirmed|argues?|argued|accepts?|accepted|admits?|admitted)\b)\p{L}+[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;
/** Between two bodies in one list: ", ", " and ", ", and ". */
const LIST_JOIN = /^(?:,[\s\u00a0]*(?:and[\s\u00a0]+)?|[\s\u00a0]+(?:and|nor)[\s\u00a0]+(?:the[\s\u00a0]+)?)$/;
/** "Neither X nor Y was consulted": the list's opening word denies for every body in it. */
const NEITHER_BEFORE = /(?:^|[^\p{L}])neither[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;

class ConsultationExtractor implements ClaimExtractor {
  readonly name = 'consultation';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      const body = context.text.slice(sentence.start, sentence.end);
      this.passive(context, sentence, body, claims);
      this.active(context, sentence, body, claims);
    }
    return claims;
  }

  private push(context: ClaimContext, claims: Claim[], subject: Entity, denied: boolean, start: number, end: number): void {
    if (!subject.canonical) return;
    const value = { kind: 'category', category: CONSULTED, polarity: denied ? 'deny' : 'affirm' } as const;
    claims.push(context.claim({ subject, attribute: CONSULTED_ATTRIBUTE, value, start, end, timeFromSentence: true }));
  }

  private passive(context: ClaimContext, sentence: SentenceSpan, body: string, claims: Claim[]): void {
    PASSIVE.lastIndex = 0;
    for (let m = PASSIVE.exec(body); m; m = PASSIVE.exec(body)) {
      const g = m.groups!;
      // "has consulted X" is active; "was been" is no English: "been" goes with has, have and had only
      if ((g.perfect !== undefined || g.perfectNot !== undefined) !== (g.been !== undefined)) continue;
      const at = sentence.start + m.index;
      const lead = context.text.slice(sentence.start, at);
      if (context.moodAt(at) & UNREAL || TO_BEFORE.test(lead)) continue;
      const { bodies, start } = this.bodiesEndingAt(context, sentence, lead.replace(/[\s\u00a0]+$/, '').length + sentence.start);
      if (bodies.length === 0) continue;
      const negated = m.groups!.neg !== undefined || m.groups!.contracted !== undefined || NEITHER_BEFORE.test(context.text.slice(Math.max(sentence.start, start - 12), start));
      const denied = DENIED_BEFORE.test(context.text.slice(Math.max(sentence.start, start - 20), start));
      // "has ever been consulted" only in a denial or a question: without one it states nothing
      if (!negated && !denied && /\bever\b/i.test(m[0])) continue;
      const end = at + m[0].length;
      if ((negated || denied) && UNTIL_AFTER.test(context.text.slice(end, sentence.end))) continue;
      for (const subject of bodies) this.push(context, claims, subject, negated || denied, start, end);
    }
  }

  private active(context: ClaimContext, sentence: SentenceSpan, body: string, claims: Claim[]): void {
    for (const pattern of [ACTIVE, NO_CONSULTATION]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
        const at = sentence.start + m.index;
        if (pattern === ACTIVE && (context.moodAt(at) & UNREAL || TO_BEFORE.test(context.text.slice(sentence.start, at)))) continue;
        const objects = this.bodiesStartingAt(context, sentence, at + m[0].length);
        const denied = pattern === NO_CONSULTATION || m.groups!.without !== undefined || m.groups!.neg !== undefined;
        // "consult" bare is read after "did not" only ("they consult X" tells of a habit, "to consult X" of a plan)
        if (pattern === ACTIVE && m.groups!.bare !== undefined && !/^(?:did|does|do)/i.test(m.groups!.neg ?? '')) continue;
        const last = objects[objects.length - 1];
        if (!last || (denied && UNTIL_AFTER.test(context.text.slice(last.end, sentence.end)))) continue;
        for (const object of objects) this.push(context, claims, object, denied, at, last!.end);
      }
    }
  }

  /** The bodies of a list ending at `end` ("Unison and GMB"), or the writer's own ("this branch"), and where they start. */
  private bodiesEndingAt(context: ClaimContext, sentence: SentenceSpan, end: number): { bodies: Entity[]; start: number } {
    const orgs = context.within(context.organisations, sentence.start, end);
    let last = orgs.filter((o) => o.end === end).pop();
    if (!last) {
      const lead = context.text.slice(Math.max(sentence.start, end - 40), end);
      const own = deicticBody(context, lead);
      return own ? { bodies: [own.body], start: end - own.words } : { bodies: [], start: end };
    }
    const bodies = [last];
    for (let i = orgs.indexOf(last) - 1; i >= 0; i--) {
      const previous = orgs[i]!;
      if (!LIST_JOIN.test(context.text.slice(previous.end, last.start))) break;
      bodies.unshift(previous);
      last = previous;
    }
    // "the forum chaired by X", "members of X", "the group which includes X": X only qualifies the subject
    const first = bodies[0]!;
    if (isPrepositionalObject(context.text, first, sentence.start) || RELATIVE_OBJECT_BEFORE.test(context.text.slice(Math.max(sentence.start, first.start - 40), first.start))) {
      return { bodies: [], start: end };
    }
    return { bodies, start: first.start };
  }

  /** The bodies of a list starting at `start` ("Unison and GMB"). */
  private bodiesStartingAt(context: ClaimContext, sentence: SentenceSpan, start: number): Entity[] {
    let next = context.organisationStartingAt(start);
    const list: Entity[] = [];
    while (next && next.end <= sentence.end) {
      list.push(next);
      const join = /^(?:,[\s\u00a0]*(?:and[\s\u00a0]+)?|[\s\u00a0]+and[\s\u00a0]+)(?:the[\s\u00a0]+)?/.exec(context.text.slice(next.end, next.end + 12));
      next = join ? context.organisationStartingAt(next.end + join[0].length) : undefined;
    }
    return list;
  }
}

/**
 * "this branch", "our union" outside quotation marks: the body the document speaks for (author.ts),
 * else the body on the document's first line when that line ends with the same noun (a masthead:
 * "UNISON KESTLEBURY HEALTH BRANCH" for "this branch").
 */
function deicticBody(context: ClaimContext, lead: string): { body: Entity; words: number } | undefined {
  const m = DEICTIC_BEFORE.exec(lead);
  if (!m) return undefined;
  const words = m[0].replace(/^[^\p{L}]/u, '').trimEnd().length;
  if (context.author) return { body: context.author, words };
  const text = context.text;
  let lineEnd = text.indexOf('\n');
  if (lineEnd < 0) lineEnd = text.length;
  const heading = text.slice(0, lineEnd).trimEnd();
  const noun = m[1]!.toLowerCase();
  if (!heading.toLowerCase().endsWith(noun) || /\p{L}/u.test(heading.charAt(heading.length - noun.length - 1))) return undefined;
  const body = context.within(context.organisations, 0, lineEnd)[0];
  return body && { body, words };
}

export const consultationExtractor: ClaimExtractor = new ConsultationExtractor();
