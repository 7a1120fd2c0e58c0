// Subjects described before they are named. A news lede often opens with a description of the body
// it is about and names it only in the next sentence:
//   "One of the region's fastest-growing academy chains is to take over six schools, taking it to
//    around 9,000 pupils.
//    Tarrow Learning Trust, which began in 2011, …"
// The description is then a mention of that body, so the lede's figures are claims about it. The
// rule is narrow on purpose: the description must open its sentence, be indefinite ("One of the …
// chains", "A … charity"), end in a noun for a kind of body followed by a verb, hold no name of its
// own, and the very next sentence must open with an organisation's name followed by an apposition
// or a relative clause that introduces it. A description that is never named, or named only
// later, stays unresolved.

import type { Entity } from '../types';
import type { SentenceSpan } from './sentences';

const BODY_NOUNS = [
  'chain', 'trust', 'charity', 'company', 'firm', 'provider', 'association', 'council', 'union', 'employer', 'operator',
  'group', 'contractor', 'outsourcer', 'consortium', 'partnership', 'organisation', 'organization', 'social enterprise',
  'enterprise', 'business', 'insurer', 'lender', 'funder', 'landlord', 'federation',
];
const PLURAL_BODY_NOUNS = BODY_NOUNS.map((noun) => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`));
/** Verbs that make the description the subject of its clause. */
const SUBJECT_VERBS = 'is|are|was|were|has|have|had|will|would|could|can|may|plans|planned|says|said|wants|hopes|expects|faces';
/**
 * A modifier between the opening and the body noun ("region's", "fastest-growing", "academy"): no
 * preposition, article or conjunction, which would make the noun part of a phrase about something
 * else ("A spokesperson for the company said …").
 */
const WORD = String.raw`(?!(?:of|for|at|to|in|on|with|from|by|the|a|an|and|or|but)[\s\u00a0])[\p{L}\p{N}’'-]+[\s\u00a0]+`;
/** Sticky: tried at a sentence's start only. Up to six words between the opening and the body noun. */
const DESCRIPTION = new RegExp(
  String.raw`(?:One[\s\u00a0]+of[\s\u00a0]+(?:the|its|their)[\s\u00a0]+(?:${WORD}){0,6}?(?:${PLURAL_BODY_NOUNS.join('|')})|An?[\s\u00a0]+(?:${WORD}){0,5}?(?:${BODY_NOUNS.join('|')}))(?=[\s\u00a0]+(?:${SUBJECT_VERBS})[\s\u00a0,])`,
  'uy',
);

/**
 * Mentions of named organisations made from the descriptions that stand for them (see above), in
 * document order. `organisations`: the named organisations, by start offset.
 */
export function describedSubjects(text: string, sentences: readonly SentenceSpan[], organisations: readonly Entity[]): Entity[] {
  const mentions: Entity[] = [];
  let o = 0;
  for (let s = 0; s + 1 < sentences.length; s++) {
    const sentence = sentences[s]!;
    const first = text.charCodeAt(sentence.start);
    // "A" or "One": most sentences fail here, before any pattern runs.
    if (first !== 65 && first !== 79) continue;
    DESCRIPTION.lastIndex = sentence.start;
    const match = DESCRIPTION.exec(text);
    if (!match) continue;
    const end = sentence.start + match[0].length;
    while (o < organisations.length && organisations[o]!.end <= sentence.start) o++;
    // A name inside the description ("One of Kelmoor's firms") says who it is about already.
    if (o < organisations.length && organisations[o]!.start < end) continue;
    const named = openingOrganisation(text, sentences[s + 1]!, organisations, o);
    if (!named || !named.canonical) continue;
    mentions.push({
      type: 'organisation',
      start: sentence.start,
      end,
      text: text.slice(sentence.start, end),
      canonical: named.canonical,
      canonicalName: named.canonicalName ?? named.text,
    });
  }
  return mentions;
}

/** Before the name: nothing, or "The". */
const BEFORE_NAME = /^(?:[Tt]he[\s\u00a0]+)?$/;
/** After the name: the comma or bracket of an apposition or a relative clause that introduces it. */
const INTRODUCED = /^[\s\u00a0]*[,(]/;

/**
 * The organisation whose name opens the sentence and is introduced there ("Tarrow Learning Trust,
 * which began in 2011, …", "The Tarrow Trust (TLT) …"): the way a story presents the body it
 * described. A name that opens a sentence without one ("Lenham Council said it would help") is
 * more often another party answering the lede.
 */
function openingOrganisation(text: string, sentence: SentenceSpan, organisations: readonly Entity[], from: number): Entity | undefined {
  for (let i = from; i < organisations.length; i++) {
    const org = organisations[i]!;
    if (org.start < sentence.start) continue;
    if (org.start >= sentence.end) return undefined;
    return BEFORE_NAME.test(text.slice(sentence.start, org.start)) && INTRODUCED.test(text.slice(org.end, org.end + 4)) ? org : undefined;
  }
  return undefined;
}
