// Whether a body stands on its own or belongs to a larger one: the category "independent",
// affirmed or denied, so the two sides meet as a negation (conflicts/category.ts).
//   affirmed  "X is independent", "X is an independent charity", "X, an independent local trust,",
//             "X is a local charity with no parent company", "X is not part of any group"
//   denied    "X is part of the Y group", "X is the not-for-profit arm of Y", "X, a division of Y,",
//             "X's parent company", "X is not independent", "X is no longer independent"
// "X is a subsidiary of Y" and "Y owns 85% of X" deny it too, through the rules'
// ownershipCategories (a majority held by another body; derived.ts), not here.
// Look-alikes left alone: "independent" as a kind of thing that may well have an owner ("an
// independent school", "an independent hospital", "an independent review"), so only the nouns of
// a body's form follow it; "independent of/from Y" (its own category); membership of a network
// ("part of the Y partnership"); a body's past or planned state ("was part of", "will become part
// of"), which the present-tense verbs leave out; a supposed one ("if X were independent").

import type { Claim, Entity } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { SentenceSpan } from '../sentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
export const INDEPENDENT = 'independent';

const CUES = new CueWords([
  { word: 'independent' },
  { word: 'independently' },
  { word: 'parent' },
  { word: 'part' },
  { word: 'arm' },
  { word: 'division' },
  { word: 'offshoot' },
]);
/** The nouns of a body's form: "an independent charity" says it has no parent; "an independent school" does not. */
const FORM_NOUN = `(?:charity|charities|company|companies|business|businesses|firm|organisation|organization|trust|enterprise|co-?operative|mutual|operator|brewery|publisher|retailer|shop|bookshop|body|group|provider|society)`;
/** What may follow "independent" when no noun does: the clause goes on or ends. */
const AFTER_BARE = `(?=${S}*(?:[,.;:!)”"’]|$)|${S}+(?:and|but|again|now|today|since|after|following|because)\\b)`;
/** A present state: "is", "remains", "has always been", "'s"; one kept on ("will remain", "will stay"), unlike one to come ("will become"). */
const PRESENT = `(?:${S}+(?:is|are|remains|remain|stays|stay|will${S}+(?:remain|stay)|has${S}+(?:always${S}+)?been|have${S}+(?:always${S}+)?been)|['’]s)(?:${S}+(?:still|now|also|fully|entirely|wholly|completely|genuinely|truly|proudly|fiercely|very|firmly))*`;
const INDEPENDENT_WORD = `independent(?!${S}+(?:of|from)\\b)`;
/** "X is (an) independent (local) charity", "X is independent and family-run". */
const IS_INDEPENDENT = new RegExp(
  `^${PRESENT}${S}+(?:(?:an?|the)${S}+(?:\\p{Ll}[\\p{Ll}-]*${S}+){0,2}?)?(?:${INDEPENDENT_WORD}(?:(?:${S}+\\p{Ll}[\\p{Ll}-]*)?${S}+${FORM_NOUN}\\b|${AFTER_BARE})|independently${S}+(?:owned|run)\\b)`,
  'iu',
);
/** "X, an independent (local) charity,", "X, the independent operator". */
const APPOSED_INDEPENDENT = new RegExp(`^${S}*,${S}*(?:an?|the)${S}+(?:\\p{Ll}[\\p{Ll}-]*${S}+){0,2}?${INDEPENDENT_WORD}(?:${S}+\\p{Ll}[\\p{Ll}-]*)?${S}+${FORM_NOUN}\\b`, 'iu');
/** "X is not independent", "X is no longer independent", "X isn't an independent company". */
const NOT_INDEPENDENT = new RegExp(
  `^(?:${S}+(?:is|are)${S}+(?:not|no${S}+longer)|${S}+(?:isn|aren)['’]t)${S}+(?:(?:an?|the)${S}+)?${INDEPENDENT_WORD}(?:(?:${S}+\\p{Ll}[\\p{Ll}-]*)?${S}+${FORM_NOUN}\\b|${AFTER_BARE})`,
  'iu',
);
/** "with no parent company", "has no parent body", "is not part of any group", "is not owned by any group". */
const NO_PARENT = new RegExp(
  `\\b(?:(?:with|has|have|had)${S}+no${S}+(?:parent|owning|holding)${S}+(?:company|body|group|organisation|organization)|(?:is|are)${S}+not${S}+(?:part${S}+of|owned${S}+by)${S}+(?:any|a${S}+(?:larger|bigger|national|wider))${S}+(?:group|chain|company|companies|corporation))\\b`,
  'giu',
);
/** The noun of belonging before "of Y": "part", "arm", "division", "offshoot". */
const BELONGING = `(?:(?:(?:a|an|the)${S}+)?(?:\\p{Ll}[\\p{Ll}-]*${S}+){0,3}?(?:arm|division|offshoot)|(?:a${S}+)?part)${S}+of${S}+`;
/** "X is (now) part of", "X is the not-for-profit arm of". */
const IS_PART_OF = new RegExp(`^${PRESENT}${S}+${BELONGING}`, 'iu');
/** "X, part of", "X, the not-for-profit arm of", "X – a division of". */
const APPOSED_PART_OF = new RegExp(`^${S}*[,–—(]${S}*(?:now${S}+)?${BELONGING}`, 'iu');
/** "X's parent company", "X’ holding company". */
const POSSESSIVE_PARENT = new RegExp(`^['’]s?${S}+(?:(?:new|former|current|ultimate)${S}+)?(?:parent|holding|owning)${S}+(?:company|group|firm|body|organisation|organization)\\b`, 'iu');
/**
 * The body a thing is part of: a name, after lower-case words that describe it ("national operator
 * Pinnacle Leisure Group"), optionally with its lower-case kind ("the Sable Drinks group").
 */
const PARENT_NAME = new RegExp(`^(?:the${S}+)?(?:\\p{Ll}[\\p{Ll}-]*${S}+){0,3}?\\p{Lu}[\\p{L}&'’.-]*(?:${S}+(?:of${S}+|and${S}+|&${S}+)?\\p{Lu}[\\p{L}&'’.-]*)*(?<kind>(?:${S}+\\p{Ll}+){1,2})?`, 'u');
/** Kinds of whole a body joins without being owned by it: a membership, not a parent. */
const MEMBERSHIP_KIND = /^(?:partnership|consortium|network|alliance|federation|association|scheme|programme|program|project|coalition|initiative|campaign|family|movement|cluster|collaboration|framework|system|area|region|estate|portfolio)$/i;
/** Sentence-wide tests of the words each family of readings needs. */
const INDEPENDENT_CUE = /independent/i;
const BELONGING_CUE = /\b(?:part|arm|division|offshoot)[\s\u00a0]+of\b/i;
const PARENT_CUE = /\b(?:parent|holding|owning)[\s\u00a0]+(?:company|group|firm|body|organi[sz]ation)\b/i;
const READS_INDEPENDENT = 1;
const READS_PART = 2;
const READS_PARENT = 4;
/** A state only supposed or possible is no claim (clauseMood.ts). */
const SUPPOSED = Mood.Conditional | Mood.Possible;

class IndependenceExtractor implements ClaimExtractor {
  readonly name = 'independence';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    for (const sentence of cueSentences(context, CUES)) {
      if (context.isQuestion(sentence)) continue;
      // which readings the sentence's words allow, tested once: most cue sentences hold "part" in another sense
      const body = context.text.slice(sentence.start, sentence.end);
      const words = (INDEPENDENT_CUE.test(body) ? READS_INDEPENDENT : 0) | (BELONGING_CUE.test(body) ? READS_PART : 0) | (PARENT_CUE.test(body) ? READS_PARENT : 0);
      if (words === 0) continue;
      const orgs = context.within(context.organisations, sentence.start, sentence.end).filter((o) => o.canonical);
      if (orgs.length === 0) continue;
      for (const org of orgs) this.afterName(context, sentence, org, words, claims);
      if (words & (READS_PARENT | READS_PART)) this.noParent(context, sentence, body, orgs, claims);
    }
    return claims;
  }

  /** The readings that follow the body's name. */
  private afterName(context: ClaimContext, sentence: SentenceSpan, org: Entity, words: number, claims: Claim[]): void {
    const text = context.text;
    const rest = text.slice(org.end, Math.min(sentence.end, org.end + 160));
    const possessive = words & READS_PARENT ? POSSESSIVE_PARENT.exec(rest) : null;
    if (possessive) {
      this.push(context, org, 'deny', org.start, org.end + possessive[0].length, claims);
      return;
    }
    // a name that is a preposition's object is no clause's subject ("a grant to X is independent of ...")
    if (isPrepositionalObject(text, org, sentence.start)) return;
    if (words & READS_INDEPENDENT) {
      const affirmed = IS_INDEPENDENT.exec(rest) ?? APPOSED_INDEPENDENT.exec(rest);
      if (affirmed) {
        this.push(context, org, 'affirm', org.start, org.end + affirmed[0].length, claims);
        return;
      }
      const denied = NOT_INDEPENDENT.exec(rest);
      if (denied) {
        this.push(context, org, 'deny', org.start, org.end + denied[0].length, claims);
        return;
      }
    }
    if (!(words & READS_PART)) return;
    const part = IS_PART_OF.exec(rest) ?? APPOSED_PART_OF.exec(rest);
    if (!part) return;
    const parentAt = org.end + part[0].length;
    const parent = PARENT_NAME.exec(text.slice(parentAt, Math.min(sentence.end, parentAt + 100)));
    if (!parent) return;
    const kind = parent.groups!.kind ?? '';
    const name = parent[0].slice(0, parent[0].length - kind.length);
    const kinds = [/(\p{L}+)[^\p{L}]*$/u.exec(name)?.[1] ?? '', ...kind.trim().split(/[\s\u00a0]+/)];
    if (kinds.some((word) => MEMBERSHIP_KIND.test(word))) return;
    // the same body named twice ("X is part of X Ltd") is no parent
    const named = context.organisationStartingAt(parentAt) ?? context.within(context.organisations, parentAt, parentAt + parent[0].length)[0];
    if (named?.canonical === org.canonical) return;
    this.push(context, org, 'deny', org.start, parentAt + parent[0].length, claims);
  }

  /** "X is a local charity with no parent company": the clause's subject, the nearest name before that is no preposition's object. */
  private noParent(context: ClaimContext, sentence: SentenceSpan, body: string, orgs: readonly Entity[], claims: Claim[]): void {
    NO_PARENT.lastIndex = 0;
    for (let m = NO_PARENT.exec(body); m; m = NO_PARENT.exec(body)) {
      const at = sentence.start + m.index;
      let subject: Entity | undefined;
      for (const o of orgs) {
        if (o.end > at) break;
        if (!isPrepositionalObject(context.text, o, sentence.start)) subject = o;
      }
      if (subject) this.push(context, subject, 'affirm', subject.start, at + m[0].length, claims);
    }
  }

  private push(context: ClaimContext, subject: Entity, polarity: 'affirm' | 'deny', start: number, end: number, claims: Claim[]): void {
    if ((context.moodAt(start) & SUPPOSED) !== 0) return;
    claims.push(
      context.claim({
        subject,
        attribute: 'category',
        value: { kind: 'category', category: INDEPENDENT, polarity },
        start,
        end,
        timeFromSentence: true,
      }),
    );
  }
}

export const independenceExtractor: ClaimExtractor = new IndependenceExtractor();
