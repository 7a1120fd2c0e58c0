// A yes/no fact of one shape: a body did (or does, or will do) a thing, or it did not.
//   denied    "X has not expelled any pupils", "X did not cancel the school service", "X never
//             evicted anyone", "X haven't raised prices", "X will not close", "X made no award"
//   affirmed  "X expelled three pupils", "X cancelled the school service", "X raised its prices",
//             "X will close in June", "X awarded Y £12,000", "X has handed back the contract"
// The fact is a predicate about a subject with its polarity. The subject is found by the clause:
// a body the recognisers named, standing as the clause's subject right before the verb (not the
// object of a preposition). The predicate is the verb's stem (a verb's forms and its noun after
// "made": "recommended" / "made no recommendation") and the head of its direct object with the
// word before it, so "did not cancel the school service" keys `act:cancel:school-service`.
// As in existence.ts, an affirmation keys the bare verb, the object's head and the head with its
// modifier; a denial keys only what it denies: its modified object, else its object's head, else
// (no object, or an indefinite one: "anyone", "any pupils") the bare verb. So "did not cancel the
// school service" does not meet "cancelled the night service", and "never evicted anyone" meets
// "evicted 12 households".
// Not read: a passive ("X was sold": X is what the verb is done to), a question, a clause under a
// condition or a possibility, a verb of saying, thinking or intending ("X says", "X plans to"), and
// a sentence that goes on to call the claim untrue.
// Cheap: one anchored pattern after each organisation the recognisers found, nothing else.

import { ownCopy } from '../../text/ownCopy';
import type { Claim, Entity } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import { isMedia } from '../referents';
import { singular } from '../vocabulary';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
export const ACT = 'act';
const ADVERB = `(?:(?:also|now|already|recently|still|then|later|finally|just|since|yet|ever|actually|even)${S}+)?`;
const NEGATION =
  `(?:(?<aux>has|have|had|did|does|do|will|is|are|was|were)${S}+(?:not|never)` +
  `|(?:hasn|haven|hadn|didn|doesn|don|won|isn|aren|wasn|weren)['’]t|hasnt|havent|hadnt|didnt|doesnt|dont|wont|isnt|arent|never)`;
const AFFIRM_AUX = `(?<yes>has|have|had|did|does|do|will|is|are|was|were)`;
/** After the subject: its verb, with a denial or an auxiliary before it. */
const AFTER_SUBJECT = new RegExp(
  `${S}+${ADVERB}(?:(?<no>${NEGATION})${S}+${ADVERB}|${AFFIRM_AUX}${S}+${ADVERB})?(?<verb>\\p{Ll}{3,})(?:${S}+(?<particle>back|up|out|off|down|over))?(?=[\\s\\u00a0,.;:!?]|$)`,
  'uy',
);
/**
 * A body's own organs and outputs, which act for it: "X's board met", "its 2023 report praised".
 * A person ("X's chief executive") or a place ("X's shop closed") is not the body acting.
 */
const ORGANS = `(?:board|trustees|directors|governors|cabinet|committee|panel|report|review|inspection|inspectors|statement|annual${S}+report)`;
const OWN_ORGAN = new RegExp(`['’]s?${S}+(?:\\d{4}${S}+)?${ORGANS}(?=${S})`, 'y');
const ITS_ORGAN = new RegExp(`${S}(?:its|their)${S}+(?:\\d{4}${S}+)?${ORGANS}(?=${S})`);
/** Forms a verb takes after each auxiliary: a participle after "has", an -ing form after "is". */
const PROGRESSIVE_AUX = /^(?:is|are|was|were)$/i;
/** Verbs of saying, thinking, wanting and being: their clause is not a thing the body did. */
const NOT_AN_ACT = new Set([
  'say', 'said', 'tell', 'told', 'add', 'claim', 'insist', 'deny', 'confirm', 'think', 'believe', 'know', 'feel', 'want', 'plan',
  'hope', 'intend', 'aim', 'expect', 'seem', 'appear', 'become', 'remain', 'seek', 'sought', 'propose', 'consider', 'warn', 'argue',
  'been', 'being', 'be', 'have', 'had', 'has', 'the', 'and', 'but', 'for', 'which', 'who', 'that', 'its', 'their', 'not', 'also',
  'need', 'try', 'tried', 'attempt', 'wish', 'agree', 'refuse', 'decline', 'announce', 'report', 'state', 'explain', 'understand',
  'can', 'could', 'would', 'should', 'may', 'might', 'must', 'shall', 'will', 'did', 'does', 'get', 'got', 'go', 'went', 'come',
  'came', 'look', 'like', 'mean', 'continue', 'start', 'begin', 'began', 'stop', 'keep', 'kept', 'write', 'wrote', 'written',
]);
/**
 * Stems of verbs of a state, or of a change that befalls the body or of its being affected ("X
 * faces a gap", "X grew", "staff were made redundant"): no act of the body's.
 */
const NOT_DONE_BY_IT = new Set(['fac', 'grow', 'shrink', 'fall', 'ris', 'suffer', 'struggl', 'los', 'redundant', 'receiv', 'ow', 'employ']);
/**
 * Acts that other readings read, with their own guards, by the verb and its object's head: a cut
 * of money or of jobs ("X cut grants", "cut 40 posts": fundingCuts.ts, jobCuts.ts), administrators
 * appointed (the administration's start, eventStarts.ts). The act reading defers to
 * them even where they found nothing to read (no figure, no body the administrators went to). A
 * cut of anything else ("cut two routes") is an act.
 */
const MONEY_OR_JOBS = ['grant', 'funding', 'fund', 'budget', 'spending', 'spend', 'subsidy', 'job', 'post', 'staff', 'role', 'worker', 'pay', 'salary', 'wage', 'cost', 'allowance'];
const INSOLVENCY = ['administrator', 'receiver', 'liquidator'];
const READ_BY_OTHERS = new Map<string, ReadonlySet<string>>([
  ['cut', new Set(MONEY_OR_JOBS)],
  ['appoint', new Set(INSOLVENCY)],
]);
/** Past forms that take no -ed, by their stem. */
const IRREGULAR = new Map<string, string>([
  ['lent', 'lend'], ['sold', 'sell'], ['gave', 'give'], ['given', 'give'], ['paid', 'pay'], ['made', 'make'], ['held', 'hold'],
  ['took', 'take'], ['taken', 'take'], ['ran', 'run'], ['bought', 'buy'], ['built', 'build'], ['won', 'win'], ['left', 'leave'],
  ['sent', 'send'], ['spent', 'spend'], ['brought', 'bring'], ['withdrew', 'withdraw'], ['withdrawn', 'withdraw'], ['put', 'put'],
  ['shut', 'shut'], ['cut', 'cut'], ['set', 'set'], ['let', 'let'], ['sold', 'sell'], ['struck', 'strike'], ['drew', 'draw'],
  ['drawn', 'draw'], ['wrote', 'write'], ['written', 'write'], ['chose', 'choose'], ['chosen', 'choose'], ['lost', 'lose'],
]);
/** "and" before a verb of the same subject: an auxiliary, a denial or a past form. */
const JOINED_VERB = new RegExp(`^[^;:]*?(?:,${S}*)?${S}and(?=${S}+(?:did|does|do|has|have|had|will|never|not|\\p{Ll}+ed|${[...IRREGULAR.keys()].join('|')})(?:${S}|$))`, 'u');
/** Words before an object's head that are no part of its kind. */
const DETERMINER = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'all', 'some', 'both', 'each', 'every', 'further', 'more', 'new']);
/** Objects that name nothing in particular: a denial of them denies the verb itself. */
const INDEFINITE = new Set(['any', 'anyone', 'anybody', 'anything', 'one', 'single', 'penny', 'pound', 'money', 'nothing', 'nobody', 'none']);
/** Words that end an object's noun phrase. */
const PHRASE_END = new Set([
  'to', 'from', 'for', 'of', 'in', 'on', 'at', 'by', 'with', 'as', 'into', 'after', 'before', 'since', 'until', 'about', 'over', 'under',
  'and', 'or', 'but', 'that', 'which', 'who', 'it', 'they', 'we', 'he', 'she', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will',
  'last', 'next', 'this', 'on', 'because', 'when', 'if', 'so', 'than', 'whatever', 'despite', 'during', 'without', 'through', 'up',
]);
/** A sentence that goes on to reject what it reports. */
const REJECTED_AFTER = /\b(?:untrue|not[\s\u00a0]+true|false|a[\s\u00a0]+myth|wrong)\b/i;
const WORD = /[\p{L}'’-]+|[£$€]?\d[\d,.]*(?:m|bn|k)?%?/gu;

/** The verb's stem: "cancelled", "cancels", "cancel" → "cancel"; "closes", "closed", "close" → "clos". */
/** verbStem's answers by word as written: asked for every verb after every named body, and verbs repeat. */
const stems = new Map<string, string>();
const STEMS_KEPT = 10_000;

export function verbStem(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemOf(word);
    if (stems.size >= STEMS_KEPT) stems.clear();
    // a key of its own: a word cut from a document would keep that document's text alive
    stems.set(ownCopy(word), stem);
  }
  return stem;
}

function stemOf(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  let w = irregular ?? lower;
  if (!irregular) {
    if (w.endsWith('ied') || w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
    else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
    else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) w = w.slice(0, -1);
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[aeiou]/.test(w[w.length - 1]!)) w = w.slice(0, -1);
  return w;
}

const MAKE = 'mak';
/** The verb a noun after "made" names: "recommendation" → "recommend", "payment" → "pay", "award" → "award". */
function nounVerb(noun: string): string {
  const n = noun.toLowerCase();
  if (n.endsWith('ation') && n.length > 8) return verbStem(n.slice(0, -5));
  if (n.endsWith('ment') && n.length > 7) return verbStem(n.slice(0, -4));
  return verbStem(n);
}

interface ObjectPhrase {
  /** "no" before it: a counted zero, the act denied. */
  none: boolean;
  indefinite: boolean;
  head?: string;
  modifier?: string;
  end: number;
}

/** The direct object after the verb, up to the first word that ends a noun phrase. */
function objectAfter(text: string, from: number, limit: number): ObjectPhrase {
  const words: string[] = [];
  let none = false;
  let indefinite = false;
  let end = from;
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < limit; m = WORD.exec(text)) {
    const gap = text.slice(end, m.index);
    if (/[^\s\u00a0]/.test(gap) && !(words.length === 0 && /^[\s\u00a0]*$/.test(gap))) break;
    const w = m[0].toLowerCase();
    if (words.length === 0 && !none && !indefinite && w === 'no') {
      none = true;
    } else if (words.length === 0 && INDEFINITE.has(w)) {
      indefinite = true;
    } else if (PHRASE_END.has(w)) {
      break;
    } else if (words.length === 0 && (DETERMINER.has(w) || /^[£$€\d]/.test(w) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|single)$/.test(w))) {
      // a count or a determiner before the noun
    } else if (/^[\p{L}]/u.test(w)) {
      words.push(w.replace(/['’]s?$/, ''));
    } else break;
    end = m.index + m[0].length;
    if (words.length >= 4) break;
  }
  if (indefinite || words.length === 0) return { none, indefinite: indefinite || words.length === 0, end };
  const head = singular(words[words.length - 1]!);
  const modifier = words.length > 1 ? words[words.length - 2] : undefined;
  return { none, indefinite: false, head, modifier, end };
}

class ActsDoneExtractor implements ClaimExtractor {
  readonly name = 'acts-done';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    let lastSentence = -1;
    let sentenceOk = false;
    for (const o of context.organisations) {
      // the verb follows the name after a space, or after its own organ ("X's board met")
      const next = text.charCodeAt(o.end);
      let from = o.end;
      if (next !== 32 && next !== 0xa0) {
        OWN_ORGAN.lastIndex = o.end;
        const organ = OWN_ORGAN.exec(text);
        if (!organ) continue;
        from = organ.index + organ[0].length;
      }
      if (!o.canonical || isMedia(o) || context.isReference(o)) continue;
      const sentence = context.sentenceAt(o.start);
      if (!sentence) continue;
      if (sentence.start !== lastSentence) {
        lastSentence = sentence.start;
        sentenceOk = !context.isQuestion(sentence);
      }
      if (!sentenceOk || isPrepositionalObject(text, o, sentence.start)) continue;
      this.acts(context, o, from, sentence, claims);
      // "X never asked for it: its 2023 report … made no recommendation": the body's own organ,
      // by "its" or "their" later in the sentence, when X is the nearest body before it
      const rest = text.slice(o.end, sentence.end);
      if (rest.indexOf(' its ') < 0 && rest.indexOf(' their ') < 0) continue;
      const organ = ITS_ORGAN.exec(rest);
      if (!organ || context.organisationBefore(o.end + organ.index, sentence.start) !== o) continue;
      this.acts(context, o, o.end + organ.index + organ[0].length, sentence, claims);
    }
    return claims;
  }

  /** The acts of `subject` from `from`: the verb there, then each verb joined to it by "and". */
  private acts(context: ClaimContext, subject: Entity, from: number, sentence: SentenceSpan, claims: Claim[]): void {
    const text = context.text;
    for (let joined = 0; joined < 3; joined++) {
      AFTER_SUBJECT.lastIndex = from;
      const m = AFTER_SUBJECT.exec(text);
      if (!m || m.index + m[0].length > sentence.end) return;
      const end = this.act(context, subject, m, sentence, claims);
      // "X cut two routes and did not raise fares": the next verb of the clause has X for subject
      const clauseEnd = clauseEndAfter(text, end, sentence.end);
      // JOINED_VERB needs "and" inside the clause: most clauses are turned down by one indexOf
      const andAt = text.indexOf('and', end);
      if (andAt < 0 || andAt + 3 > clauseEnd) return;
      const and = JOINED_VERB.exec(text.slice(end, clauseEnd));
      if (!and) return;
      from = end + and.index + and[0].length;
    }
  }

  /** One act read from the match after its subject; returns where its words end. */
  private act(context: ClaimContext, o: Entity, m: RegExpExecArray, sentence: SentenceSpan, claims: Claim[]): number {
    const text = context.text;
    const g = m.groups!;
    const after = m.index + m[0].length;
    const verb = g.verb!.toLowerCase();
    if (NOT_AN_ACT.has(verb) || NOT_AN_ACT.has(verbStem(verb))) return after;
    const aux = (g.aux ?? g.yes)?.toLowerCase();
    // "X was sold": X is what the verb is done to; "X is closing" is X's own act
    if (aux && PROGRESSIVE_AUX.test(aux) && !verb.endsWith('ing')) return after;
    // no auxiliary: a verb in the past ("X cancelled"), not a noun; a present ("X runs three
    // shops") tells a state, which is other readings' work
    if (!g.no && !aux && !verb.endsWith('ed') && !IRREGULAR.has(verb)) return after;
    const object = objectAfter(text, after, sentence.end);
    const end = Math.max(after, object.end);
    if (context.moodAt(after - 1) & (Mood.Conditional | Mood.Possible | Mood.Would | Mood.Demanded)) return end;
    if (REJECTED_AFTER.test(text.slice(after, sentence.end))) return end;
    let stem = verbStem(verb);
    const deny = Boolean(g.no) || object.none;
    let head = object.head;
    let modifier = object.modifier;
    if (stem === MAKE && head) {
      // "made no recommendation", "made an award": the noun's own verb
      stem = nounVerb(head);
      head = undefined;
      modifier = undefined;
    } else if (stem === MAKE) return end;
    if (NOT_DONE_BY_IT.has(stem)) return end;
    if (g.particle) stem = `${stem}-${g.particle.toLowerCase()}`;
    if (head && READ_BY_OTHERS.get(stem)?.has(head)) return end;
    // one claim per act: the object's words ride in the value, and conflicts/category.ts lets a
    // denial of fewer of them ("did not cancel the service") meet an act with more
    const words = [stem, ...(head && modifier ? [modifier] : []), ...(head ? [head] : [])];
    claims.push(actClaim(context, o, stem, words.join(' '), deny, end));
    return end;
  }
}

/** Where the clause that holds `from` ends: a semicolon, a colon or the sentence's end. */
function clauseEndAfter(text: string, from: number, sentenceEnd: number): number {
  for (let i = from; i < sentenceEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 58) return i;
  }
  return sentenceEnd;
}

function actClaim(context: ClaimContext, subject: Entity, stem: string, words: string, deny: boolean, end: number): Claim {
  return context.claim({
    subject,
    attribute: `${ACT}:${stem}`,
    value: { kind: 'category', category: `~${words}`, polarity: deny ? 'deny' : 'affirm' },
    start: subject.start,
    end,
    timeFromSentence: true,
  });
}

export const actsDoneExtractor: ClaimExtractor = new ActsDoneExtractor();

/**
 * The act reading defers to every other reading: an act claim is dropped where a claim of another
 * reading overlaps the act's clause (its subject to the clause's end: a semicolon, a colon or the
 * sentence's end), whoever that claim is about ("Pellam County Council
 * has not lent it a single pound" is Millbrook's loan; "X has not fined Y this year" is Y's formal
 * action; "Harlow Bank appointed administrators to Y" is Y's administration), so that one fact is
 * not read, and disputed, twice.
 */
export function deferActs(claims: Claim[], context: ClaimContext): void {
  const others = claims.filter((c) => !c.attribute.startsWith(ACT_PREFIX));
  if (others.length === claims.length) return;
  let kept = 0;
  for (const c of claims) {
    if (c.attribute.startsWith(ACT_PREFIX)) {
      const end = clauseEnd(context, c);
      if (others.some((o) => o.start < end && c.start < o.end)) continue;
    }
    claims[kept++] = c;
  }
  claims.length = kept;
}

/** Where the clause of a claim ends: the first semicolon or colon after it, else its sentence's end. */
function clauseEnd(context: ClaimContext, c: Claim): number {
  const sentenceEnd = context.sentenceAt(c.start)?.end ?? c.end;
  const text = context.text;
  for (let i = c.end; i < sentenceEnd; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 59 || ch === 58) return i;
  }
  return Math.max(c.end, sentenceEnd);
}
const ACT_PREFIX = `${ACT}:`;
