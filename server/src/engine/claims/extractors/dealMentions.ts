// Where a text names a transaction (a contract let to a body, a company sold: dealIntroductions.ts)
// and where it refers back to one ("the contract", "the deal", "the sale", "It is worth ..."). A
// transaction is keyed by its party: the body that wins a contract, the company that is sold. The
// claims about its terms (transactions.ts) are then claims about that party, so two sources on
// one contract or one sale are compared.
// A back-reference is resolved to the transaction named in its own sentence (before it), else in
// the sentence before, else to the document's only transaction of its kind named not far before
// (the lede's); "It is worth ..." only right after the sentence that named one. Where two could be
// meant, nothing is resolved: a wrong conflict costs a researcher more than a missed one.

import type { ClaimContext } from '../context';
import type { SentenceSpan } from '../sentences';
import { findWords, findWordsInTokens, type WordHit } from '../wordScan';
import { areaOf } from './contractAreas';
import { bodies, introductions, type DealKind, type DealMention } from './dealIntroductions';
import { SPACE } from './grammar';
import { partyKey } from './money';

export type { Deal, DealKind, DealMention } from './dealIntroductions';

const S = SPACE;
/**
 * Words without which no sentence names a transaction: a contract's words and a sale's. They are
 * read off the text's tokens (or one scan of its letters), and only the sentences holding one are
 * read further: most sentences of most texts name no contract and no sale.
 */
const CUE_WORDS = [
  'contract', 'lot', 'franchise', 'concession', 'deal',
  'sale', 'sell', 'sells', 'selling', 'sold', 'bought', 'buy', 'buys', 'buying', 'acquire', 'acquires', 'acquired', 'acquiring',
  'acquisition', 'purchase', 'purchases', 'purchased', 'purchasing', 'takeover', 'disposal',
];
/** "the contract", "this deal", "the sale": a back-reference to a deal of the given kind. */
// Up to three words may stand between: "the four-year contract", "the £46m prison deal", "the
// proposed sale". Not a word that points at another transaction ("the previous contract", "the
// other lot") nor one that breaks the noun phrase ("the end of the contract").
const BACK_REFERENCE = new RegExp(
  `\\b(?:the|this|that)${S}+(?:(?!(?:previous|old|current|existing|original|former|last|earlier|next|other|first|second|same|of|and|or|to|in|on|for|with|by|from|at|as|a|an|the|its|their|his|her|our)(?![\\p{L}]))[\\p{L}£$€\\d.,’'-]+${S}+){0,3}?(contract|lot|franchise|concession|deal|sale|takeover|acquisition|purchase)(?![\\p{L}'’-])`,
  'giu',
);
/** "It is worth", "It will start", "It is due to complete": "it" opening a sentence about a deal's terms. */
const IT_OPENING = new RegExp(`^[\\s\\u00a0]*(It)${S}+(?:is${S}+worth|was${S}+worth|is${S}+valued|will${S}+(?:start|begin|run|commence|complete)|starts|began|begins|is${S}+due${S}+to|was${S}+completed|completed)(?![\\p{L}])`, 'u');
const REFERENCE_KIND: Record<string, DealKind | 'either'> = {
  contract: 'contract', lot: 'contract', franchise: 'contract', concession: 'contract',
  deal: 'either',
  sale: 'sale', takeover: 'sale', acquisition: 'sale', purchase: 'sale',
};
/** ", awarded by the Ministry", " (let by Y)": who let the contract a back-reference names. */
const LET_BY = new RegExp(`^(?:,|${S}*\\()?${S}*(?:(?:which|that)${S}+(?:was|were|has${S}+been)${S}+)?(?:awarded|let|granted|tendered)${S}+by${S}+(?:the${S}+)?$`, 'i');
/**
 * Every deal a document names and every back-reference to one, in reading order. Sentences are
 * read in order, so a back-reference finds the deals of its own and the previous sentence.
 */
export function findDealMentions(context: ClaimContext): DealMention[] {
  const text = context.text;
  const cueSentences: SentenceSpan[] = [];
  /** The sale verbs of each cue sentence (see unreadSale). */
  const saleVerbs: WordHit[][] = [];
  for (const hit of context.tokens ? findWordsInTokens(text, context.tokens, CUE_WORDS) : findWords(text, CUE_WORDS)) {
    const sentence = context.sentenceAt(hit.start);
    if (!sentence) continue;
    if (cueSentences[cueSentences.length - 1] !== sentence) {
      cueSentences.push(sentence);
      saleVerbs.push([]);
    }
    if (SALE_VERBS.has(hit.word)) saleVerbs[saleVerbs.length - 1]!.push(hit);
  }
  const mentions: DealMention[] = [];
  /** The deals introduced so far, by kind: the lede's, for a back-reference further on. */
  const named: Record<DealKind, NamedDeals> = { contract: { deals: new Set(), areas: new Set() }, sale: { deals: new Set(), areas: new Set() } };
  let previous: { sentence: SentenceSpan; deals: DealMention[]; unreadSale?: boolean } | undefined;
  for (let i = 0; i < cueSentences.length; i++) {
    const sentence = cueSentences[i]!;
    const introduced = introductions(context, sentence);
    const own: DealMention[] = [...introduced];
    const adjacent = previous !== undefined && isPreviousSentence(context, previous.sentence, sentence);
    const before = adjacent ? previous!.deals.filter((m) => !m.reference) : [];
    // a back-reference needs a deal to refer to
    if (introduced.length === 0 && !named.contract.last && !named.sale.last) {
      previous = { sentence, deals: own, unreadSale: unreadSale(saleVerbs[i]!, own, sentence.end) };
      continue;
    }
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (introduced.length === 0) {
      const it = itAsTheDeal(context, sentence, before);
      if (it) own.push(it);
    }
    BACK_REFERENCE.lastIndex = 0;
    for (let m = BACK_REFERENCE.exec(sentenceText); m; m = BACK_REFERENCE.exec(sentenceText)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (introduced.some((i) => start < i.end && i.start < end)) continue;
      // "the sale of Y" names Y: an introduction, found above
      if (/^[\s\u00a0]+of[\s\u00a0]/i.test(text.slice(end, end + 4))) continue;
      // "the Green Deal", "the Social Contract": a capitalised word after "the" names a programme or a title
      if (TITLE_CASE.test(m[1]!)) continue;
      const kind = REFERENCE_KIND[m[1]!.toLowerCase()]!;
      const fits = (d: DealMention): boolean => kind === 'either' || d.deal.kind === kind;
      // the nearest deal: one named earlier in this sentence, else the previous sentence's only
      // deal, else the lede's: the only deal of its kind the document has named, not far before
      const here = introduced.filter((i) => i.end <= start && fits(i));
      const earlier = before.filter(fits);
      // ... but none past a sale the text tells and these rules do not read ("X bought Y's depot.
      // The sale completed on ..."): the reference may be to that one
      const afterUnreadSale = kind !== 'contract' && (unreadSale(saleVerbs[i]!, own, start) || (here.length === 0 && adjacent && previous!.unreadSale === true));
      const candidates = afterUnreadSale ? [] : here.length ? here : earlier.length ? earlier : ledeDeal(named, kind, start);
      if (!oneDeal(candidates)) continue;
      const deal = candidates[candidates.length - 1]!.deal;
      if (deal.kind === 'contract' && !deal.awarder) {
        // "The contract, awarded by the Ministry last week, ...": who let it, told about the reference
        const by = bodies(context, end, Math.min(sentence.end, end + 60)).find((o) => LET_BY.test(text.slice(end, o.start)));
        if (by) deal.awarder = partyKey(by);
      }
      // "the North West contract" names its area too; a different one is another contract
      const area = deal.kind === 'contract' ? areaOf(context, start, end) : undefined;
      if (area && deal.area && area !== deal.area) continue;
      if (area) deal.area = area;
      own.push({ deal, start, end, sentence, reference: true });
    }
    own.sort((a, b) => a.start - b.start);
    mentions.push(...own);
    for (const m of introduced) {
      named[m.deal.kind].deals.add(m.deal.party.canonical!);
      if (m.deal.area) named[m.deal.kind].areas.add(m.deal.area);
      named[m.deal.kind].last = m;
    }
    previous = { sentence, deals: own, unreadSale: unreadSale(saleVerbs[i]!, own, sentence.end) };
    // The sentence after one that names a deal may speak of it as "It" without a word of a deal
    // (no cue word, so not visited otherwise).
    const next = introduced.length ? sentenceAfter(context, sentence) : undefined;
    if (next && next !== cueSentences[i + 1]) {
      const it = itAsTheDeal(context, next, introduced);
      if (it) {
        mentions.push(it);
        previous = { sentence: next, deals: [it] };
      }
    }
  }
  // "the sale of the business" may be a body's own sale or the sale of a part of it ("agreed to
  // sell its healthcare business. The sale of the business ..."), which the referring word
  // resolved to the body cannot tell apart. It is the body's own when the document names that body
  // as sold, or when the body is the document's author ("the company" in its own annual report).
  const namedSold = new Set(mentions.filter((m) => m.deal.kind === 'sale' && !m.reference && !context.isReference(m.deal.party)).map((m) => m.deal.party.canonical));
  for (const m of mentions) {
    const party = m.deal.party;
    if (m.deal.kind === 'sale' && !m.reference && context.isReference(party) && !namedSold.has(party.canonical) && party.canonical !== context.author?.canonical) m.deal.unsure = true;
  }
  return mentions.filter((m) => !m.deal.unsure);
}

/**
 * "X has won the contract. It is worth £46m and will start on 1 April": a sentence opening with
 * "It" and a verb of a deal's terms, right after the sentence that named one deal. ("It" that
 * wins or is sold is the body, read as an introduction instead.)
 */
function itAsTheDeal(context: ClaimContext, sentence: SentenceSpan, before: readonly DealMention[]): DealMention | undefined {
  const named = before.filter((m) => !m.reference);
  if (!oneDeal(named)) return undefined;
  if (!isPreviousSentence(context, named[0]!.sentence, sentence)) return undefined;
  const opening = IT_OPENING.exec(context.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)));
  if (!opening) return undefined;
  const start = sentence.start + opening.index + opening[0].indexOf(opening[1]!);
  return { deal: named[named.length - 1]!.deal, start, end: start + 2, sentence, reference: true };
}

/** The verbs that tell of a sale having been or being made. */
const SALE_VERBS = new Set(['sold', 'bought', 'acquired', 'purchased', 'sells', 'buys', 'acquires', 'purchases']);
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/** Whether a sale verb before `until` stands outside every mention read: a sale of something these rules do not take for a deal (an asset, a stake). */
function unreadSale(verbs: readonly WordHit[], read: readonly DealMention[], until: number): boolean {
  return verbs.some((v) => v.start < until && !read.some((m) => m.start <= v.start && v.end <= m.end));
}

/**
 * Whether mentions can only be of one deal: one party, one kind, and at most one area among those
 * that name one ("Y has won the Scotland lot, and Y has also won the Wales lot. The contract is
 * worth £6m." could be either lot).
 */
function oneDeal(mentions: readonly DealMention[]): boolean {
  if (mentions.length === 0) return false;
  const first = mentions[0]!.deal;
  let area = first.area;
  for (const { deal } of mentions) {
    if (deal.party.canonical !== first.party.canonical || deal.kind !== first.kind) return false;
    if (deal.area === undefined) continue;
    if (area !== undefined && area !== deal.area) return false;
    area = deal.area;
  }
  return true;
}

/** The sentence right after `sentence`, if any. */
function sentenceAfter(context: ClaimContext, sentence: SentenceSpan): SentenceSpan | undefined {
  const text = context.text;
  let i = sentence.end;
  while (i < text.length && i - sentence.end < 8 && /[\s\u00a0]/.test(text[i]!)) i++;
  return context.sentenceAt(i);
}

/** The deals of one kind introduced so far: their parties, the areas they name, and the last one. */
interface NamedDeals {
  deals: Set<string>;
  areas: Set<string>;
  last?: DealMention;
}

/** How far after a document's only deal "the contract" may still be read as that deal. */
const LEDE_REACH = 1500;

/** The document's only deal of a kind ("deal": of either kind) named so far, if it was named within LEDE_REACH before `at`. */
function ledeDeal(named: Record<DealKind, NamedDeals>, kind: DealKind | 'either', at: number): DealMention[] {
  const kinds: DealKind[] = kind === 'either' ? ['contract', 'sale'] : [kind];
  const found = kinds.filter((k) => named[k].last);
  if (found.length !== 1 || named[found[0]!].deals.size !== 1 || named[found[0]!].areas.size > 1) return [];
  const last = named[found[0]!].last!;
  return at - last.end <= LEDE_REACH ? [last] : [];
}

/** True when nothing but white space stands between two sentences. */
function isPreviousSentence(context: ClaimContext, earlier: SentenceSpan, later: SentenceSpan): boolean {
  return earlier.end <= later.start && /^[\s\u00a0]*$/.test(context.text.slice(earlier.end, later.start));
}
