// Classification claims: what kind of organisation a source says something is, or is not.
//   copula      "X is (NOT) (strictly) a Y", "that it is Y", "X is structured as a Y"
//   apposition  "X, a Y", "X - an employee-owned social enterprise", "X – itself a Y –", ", which is a Y"
//   examples    "businesses, such as X", "corporations like X and Z"
//   hedges      "so-called Y X", "is not strictly a Y", "is arguably a Y"
// A clause reported as false ("the misinformation ... that X is a Y") is a denial of it.
// Categories are normalised through the rules' vocabulary; a short unknown noun after an article
// ("a hospital") becomes an open category "~hospital" so plain negations still meet.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import type { SentenceSpan } from '../sentences';
import { tokenise, type PhraseToken } from '../vocabulary';
import type { ClaimExtractor } from './extractor';
import { DENIAL_CUE, SPACE, isPrepositionalObject, phraseEnd } from './grammar';

const S = SPACE;
const COPULA = new RegExp(
  `^(?:['’]s${S}+own${S}+)?(?:${S}+(?:itself|now|still|also|clearly|certainly|undoubtedly|effectively|essentially))*` +
    `${S}+(?<verb>is|was|are|were|remains|remained|became|becomes|has${S}+become|has${S}+been|had${S}+been|will${S}+be|would${S}+be|(?<contracted>isn['’]t|wasn['’]t|aren['’]t))` +
    `(?<neg>${S}+(?:not|never|no${S}+longer))?` +
    `(?<hedge>${S}+(?:strictly|really|truly|technically|exactly|quite|necessarily|entirely|wholly|fully|purely|arguably|nominally|supposedly|allegedly|ostensibly))?` +
    `(?:${S}+(?:simply|just|actually|in${S}+fact|now))?` +
    `(?:${S}+(?:structured|registered|organised|organized|constituted|run|set${S}+up|incorporated|established|classed|classified|regarded|described|recognised|recognized)${S}+as)?` +
    `${S}+`,
  'i',
);
const THAT = /\bthat\b/gi;
/** How far before a clause its denial cue may stand ("the misinformation repeated by ... that"). */
const DENIAL_REACH = 300;
/** How far before "– itself a Y" its organisation may stand. */
const APPOSITION_REACH = 200;
const NEGATION_HEDGES = /strictly|really|truly|technically|exactly|quite|necessarily|entirely|wholly|fully|purely/i;
const AFFIRMATION_HEDGES = /arguably|technically|nominally|supposedly|allegedly|ostensibly/i;

const APPOSITION = new RegExp(
  `^${S}*(?:,|[-–—(])${S}*(?:(?<marker>itself|also|now|still|which${S}+is|which${S}+was|that${S}+is)${S}+)?(?=(?:an?|the|so[-${S.slice(1, -1)}]called)${S})`,
  'i',
);
const DETACHED_APPOSITION = new RegExp(`(?:,|[-–—(])${S}*(?:itself|which${S}+is|which${S}+was)${S}+(?=(?:an?|the)${S})`, 'gi');
const PRONOUN_SUBJECT = /\b[Ii]t(?=[\s\u00a0]+(?:is|was|remains|has been|isn['’]t|wasn['’]t)\b)/g;
// Checked on the last characters before a name only, so the scan stays linear.
const EXAMPLE_CUE = new RegExp(`(?:such${S}+as|like|including)${S}+$`, 'i');
const EXAMPLE_CUE_REACH = 16;
const WORDS_BEFORE = /(?:^|[^\p{L}’'-])((?:[\p{L}’'-]+[\s\u00a0]+){0,3}[\p{L}’'-]+),?[\s\u00a0]*$/u;
const LIST_JOIN = new RegExp(`^(?:,${S}*(?:and${S}+|or${S}+)?|${S}+(?:and|or)${S}+)$`);
const SO_CALLED = new RegExp(`\\bso[-${S.slice(1, -1)}]called${S}+`, 'gi');

const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'another']);
const NOT_MODIFIERS = new Set([
  'of', 'in', 'with', 'for', 'to', 'by', 'at', 'on', 'from', 'about', 'against', 'under', 'over', 'one', 'part',
  'member', 'home', 'working', 'going', 'not', 'no', 'way', 'kind', 'type', 'form', 'sort', 'lot', 'number', 'group',
]);
const OPEN_CATEGORY_STOP = new Set([
  'way', 'thing', 'lot', 'number', 'matter', 'question', 'problem', 'issue', 'case', 'bit', 'time', 'start', 'fact',
  'idea', 'result', 'example', 'sign', 'point', 'chance', 'need', 'part', 'one', 'member', 'reason', 'step',
]);

interface Predicate {
  start: number;
  end: number;
  negated: boolean;
  hedged: boolean;
}

interface FoundCategory {
  id: string;
  /** True when every word of the phrase (after its article) belongs to a category. */
  covers: boolean;
}

/** The categories a predicate phrase names, or none if it is not a classification. */
function categoriesOf(context: ClaimContext, predicate: Predicate): FoundCategory[] {
  const tokens = tokenise(context.text, predicate.start, predicate.end);
  if (tokens.length === 0) return [];
  let lead = 0;
  const startsWithArticle = ARTICLES.has(tokens[0].norm);
  if (startsWithArticle) lead = 1;
  const matches = context.vocabulary.categories.findAll(tokens);
  if (matches.length > 0) {
    const first = matches[0];
    const modifiers = tokens.slice(lead, first.from);
    const modifierLimit = startsWithArticle ? 4 : 1;
    if (modifiers.length > modifierLimit || modifiers.some((t) => NOT_MODIFIERS.has(t.norm))) return [];
    const covered = matches.reduce((n, m) => n + (m.to - m.from), 0);
    const joiners = tokens.filter((t) => t.norm === 'and').length;
    const covers = covered + joiners === tokens.length - lead;
    return [...new Set(matches.map((m) => m.id))].map((id) => ({ id, covers }));
  }
  return openCategory(context.text, tokens, startsWithArticle);
}

/** "a hospital", "a housing association": a short lower-case noun phrase after an article. */
function openCategory(text: string, tokens: PhraseToken[], startsWithArticle: boolean): FoundCategory[] {
  if (!startsWithArticle || tokens.length < 2 || tokens.length > 3) return [];
  const words = tokens.slice(1);
  if (words.some((t) => NOT_MODIFIERS.has(t.norm) || /\d/.test(t.norm) || /\p{Lu}/u.test(text[t.start]))) return [];
  const head = words[words.length - 1].norm;
  if (OPEN_CATEGORY_STOP.has(head) || head.length < 3) return [];
  return [{ id: `~${head}`, covers: words.length === 1 }];
}

/** True when the clause holding `offset` is reported as false ("the myth that ..."). */
function reportedAsFalse(text: string, sentence: SentenceSpan, offset: number): boolean {
  const before = text.slice(Math.max(sentence.start, offset - DENIAL_REACH), offset);
  let that = -1;
  THAT.lastIndex = 0;
  for (let m = THAT.exec(before); m; m = THAT.exec(before)) that = m.index;
  if (that < 0) return false;
  return DENIAL_CUE.test(before.slice(0, that));
}

function predicateAt(context: ClaimContext, start: number, sentence: SentenceSpan, negated: boolean, hedged: boolean): Predicate {
  const text = context.text;
  let end = phraseEnd(text, start, sentence.end);
  // A name inside the phrase starts a list or a new clause: the predicate stops before it.
  for (const e of [...context.within(context.organisations, start, end), ...context.within(context.people, start, end)]) {
    if (e.start < end) end = e.start;
  }
  // A dangling conjunction belongs to what follows ("a \"co-op\" and that ...").
  for (;;) {
    while (end > start && /[\s\u00a0,]/.test(text[end - 1])) end--;
    const dangling = /[\s\u00a0](?:and|or|but|nor)$/i.exec(text.slice(Math.max(start, end - 5), end));
    if (!dangling) break;
    end -= dangling[0].length;
  }
  const soCalled = /^(?:(?:an?|the)[\s\u00a0]+)?so[-\s\u00a0]called[\s\u00a0]+/i.exec(text.slice(start, end));
  if (soCalled) {
    // "a so-called Y" distances the writer from the label: a hedged denial.
    return { start: start + soCalled[0].length, end, negated: !negated, hedged: true };
  }
  return { start, end, negated, hedged };
}

class ClassificationExtractor implements ClaimExtractor {
  readonly name = 'classification';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    const emit = (subject: Entity, claimStart: number, predicate: Predicate, sentence: SentenceSpan): void => {
      if (predicate.end <= predicate.start) return;
      const found = categoriesOf(context, predicate);
      if (found.length === 0) return;
      const denied = predicate.negated !== reportedAsFalse(text, sentence, claimStart);
      for (const category of found) {
        // "not a large charity" denies the size, not the category: only deny what the phrase is made of.
        if (denied && !category.covers && !predicate.hedged) continue;
        if (category.id.startsWith('~') && predicate.hedged) continue;
        claims.push(
          context.claim({
            subject,
            attribute: 'category',
            value: {
              kind: 'category',
              category: category.id,
              polarity: denied ? 'deny' : 'affirm',
              ...(predicate.hedged ? { hedged: true } : {}),
            },
            start: claimStart,
            end: predicate.end,
          }),
        );
      }
    };

    const handledAppositions = new Set<number>();
    for (const sentence of context.sentences) {
      const orgs = context.within(context.organisations, sentence.start, sentence.end);
      if (orgs.length === 0) continue;

      for (const org of orgs) {
        const after = text.slice(org.end, Math.min(sentence.end, org.end + 160));
        const subjectPosition = !isPrepositionalObject(text, org, sentence.start);
        const copula = subjectPosition ? COPULA.exec(after) : null;
        if (copula?.groups) {
          const negated = Boolean(copula.groups.neg || copula.groups.contracted);
          const hedge = copula.groups.hedge ?? '';
          const hedged = hedge !== '' && (negated ? NEGATION_HEDGES.test(hedge) : AFFIRMATION_HEDGES.test(hedge));
          const start = org.end + copula[0].length;
          emit(org, org.start, predicateAt(context, start, sentence, negated, hedged), sentence);
        }
        const apposition = APPOSITION.exec(after);
        if (apposition) {
          const start = org.end + apposition[0].length;
          const predicate = predicateAt(context, start, sentence, false, false);
          // "X, the Y and Z" with a name right after the article is a list, not an apposition.
          if (!/^(?:an?|the)[\s\u00a0]+\p{Lu}/u.test(text.slice(start, start + 40)) || /^an?[\s\u00a0]/i.test(text.slice(start, start + 3))) {
            emit(org, org.start, predicate, sentence);
            handledAppositions.add(org.end + apposition[0].length);
          }
        }
      }

      this.examples(context, sentence, orgs, claims);
    }

    // These cues are rare: one scan of the whole text, then only their sentences are read.
    // "..., Managing Director at X – itself a Y": the apposition is about the nearest organisation.
    DETACHED_APPOSITION.lastIndex = 0;
    for (let m = DETACHED_APPOSITION.exec(text); m; m = DETACHED_APPOSITION.exec(text)) {
      const start = m.index + m[0].length;
      const sentence = context.sentenceAt(m.index);
      if (!sentence || start >= sentence.end || handledAppositions.has(start)) continue;
      const subject = context.organisationBefore(m.index, Math.max(sentence.start, m.index - APPOSITION_REACH));
      if (!subject) continue;
      // the claim starts at "itself" / "which", after the punctuation that opens the apposition
      emit(subject, m.index + m[0].search(/\p{L}/u), predicateAt(context, start, sentence, false, false), sentence);
    }

    // "that it is Y": "it" stands for the nearest organisation before it in the same sentence, or,
    // opening a sentence, for the organisation that opened the sentence before.
    PRONOUN_SUBJECT.lastIndex = 0;
    for (let m = PRONOUN_SUBJECT.exec(text); m; m = PRONOUN_SUBJECT.exec(text)) {
      const at = m.index;
      const sentence = context.sentenceAt(at);
      if (!sentence) continue;
      const subject =
        context
          .within(context.organisations, Math.max(sentence.start, at - APPOSITION_REACH), at)
          .filter((o) => !isPrepositionalObject(text, o, sentence.start))
          .pop() ?? (at === sentence.start ? context.sentenceTopicBefore(sentence) : undefined);
      if (!subject) continue;
      const copula = COPULA.exec(text.slice(at + 2, Math.min(sentence.end, at + 160)));
      if (!copula?.groups) continue;
      const negated = Boolean(copula.groups.neg || copula.groups.contracted);
      const start = at + 2 + copula[0].length;
      emit(subject, at, predicateAt(context, start, sentence, negated, false), sentence);
    }

    this.soCalled(context, claims);
    return claims;
  }

  /** "businesses, such as X", "corporations like X and Y": each listed organisation is one of those. */
  private examples(context: ClaimContext, sentence: SentenceSpan, orgs: Entity[], claims: Claim[]): void {
    const text = context.text;
    let listHead: { start: number; end: number } | undefined;
    let previous: Entity | undefined;
    for (const org of orgs) {
      if (previous && listHead && LIST_JOIN.test(text.slice(previous.end, org.start))) {
        // continues the list of examples
      } else {
        listHead = undefined;
        const cue = EXAMPLE_CUE.exec(text.slice(Math.max(sentence.start, org.start - EXAMPLE_CUE_REACH), org.start));
        if (cue) {
          const cueStart = org.start - (Math.min(EXAMPLE_CUE_REACH, org.start - sentence.start) - cue.index);
          const before = text.slice(Math.max(sentence.start, cueStart - 60), cueStart);
          const words = WORDS_BEFORE.exec(before);
          if (words) {
            const phraseStart = cueStart - before.length + words.index + words[0].indexOf(words[1]);
            const head = /[\p{L}’'-]+$/u.exec(words[1])?.[0] ?? '';
            // Only a plural noun introduces examples ("firms like X"); "a model like X" compares.
            if (/[^s]s$/i.test(head) || /ies$/i.test(head)) listHead = { start: phraseStart, end: phraseStart + words[1].length };
          }
        }
      }
      previous = org;
      if (!listHead) continue;
      const tokens = tokenise(text, listHead.start, listHead.end);
      const match = context.vocabulary.categories.findAll(tokens).pop();
      const headToken = tokens[tokens.length - 1];
      let category: string | undefined;
      if (match && match.to === tokens.length) category = match.id;
      else if (headToken && !OPEN_CATEGORY_STOP.has(headToken.norm) && /^\p{Ll}/u.test(text[headToken.start])) category = `~${headToken.norm}`;
      if (!category) continue;
      claims.push(
        context.claim({
          subject: org,
          attribute: 'category',
          value: { kind: 'category', category, polarity: 'affirm' },
          start: listHead.start,
          end: org.end,
        }),
      );
    }
  }

  /** "the so-called social enterprise X": the writer doubts the label. */
  private soCalled(context: ClaimContext, claims: Claim[]): void {
    const text = context.text;
    SO_CALLED.lastIndex = 0;
    for (let m = SO_CALLED.exec(text); m; m = SO_CALLED.exec(text)) {
      const start = m.index + m[0].length;
      const sentence = context.sentenceAt(m.index);
      if (!sentence) continue;
      const org = context.within(context.organisations, start, Math.min(sentence.end, start + 60))[0];
      if (!org || /[,;:.!?()]/.test(text.slice(start, org.start))) continue;
      const predicate: Predicate = { start, end: org.start, negated: true, hedged: true };
      for (const found of categoriesOf(context, predicate)) {
        if (found.id.startsWith('~')) continue;
        claims.push(
          context.claim({
            subject: org,
            attribute: 'category',
            value: { kind: 'category', category: found.id, polarity: 'deny', hedged: true },
            start: m.index,
            end: org.end,
          }),
        );
      }
    }
  }
}

export const classificationExtractor: ClaimExtractor = new ClassificationExtractor();
