// Where a text names a transaction (a contract let to a body, a company sold) and where it refers
// back to one ("the contract", "the deal", "the sale"). A transaction is keyed by its party: the
// body that wins a contract, the company that is sold. The claims about its terms (transactions.ts)
// are then claims about that party, so two sources on one contract or one sale are compared.
//   contract  "The Ministry has awarded the Northern lot of the X Service to Y", "Y has won the
//             four-year contract to run ...", "the Council awarded Y the contract for ...",
//             "Y's £12m prison deal"
//   sale      "the council has agreed to sell Y to ...", "Z has bought Y", "the sale of Y by ...",
//             "Y was sold to its staff in 1986", "a £38m sale of Y"
// A back-reference is resolved to the transaction named in its own sentence (before it), else in
// the sentence before, else to the document's only transaction of its kind named not far before
// (the lede's); "It is worth ..." only right after the sentence that named one. Where two could be
// meant, nothing is resolved: a wrong conflict costs a researcher more than a missed one.

import type { Entity } from '../../types';
import type { ClaimContext } from '../context';
import type { SentenceSpan } from '../sentences';
import { findWords, findWordsInTokens, type WordHit } from '../wordScan';
import { areaOf } from './contractAreas';
import { SPACE, isPrepositionalObject } from './grammar';
import { partyKey } from './money';

export type DealKind = 'contract' | 'sale';

/** One transaction as one document tells it. */
export interface Deal {
  kind: DealKind;
  /** The contractor, or the company sold. */
  party: Entity;
  /** For a contract: the body that let it, as partyKey gives it (every local council is one party). */
  awarder?: string;
  /** For a contract: the regions or nations its description names (contractAreas.ts). */
  area?: string;
  /** When it was let or completed, where the text says (transactions.ts): the time its claims speak of. */
  time?: string;
  /** A company sold that only a referring word names, which may stand for a part of a body: see findDealMentions. */
  unsure?: boolean;
}

/** Words that name or refer to a deal, with the sentence they are in. */
export interface DealMention {
  deal: Deal;
  start: number;
  end: number;
  sentence: SentenceSpan;
  /** True for a back-reference ("the contract"), false where the deal is introduced. */
  reference: boolean;
}

const S = SPACE;
/** A character of a clause: anything but a clause's end, where a full stop between digits ("£1.2 billion") is none. */
const IN_CLAUSE = `(?:[^;:.!?]|\\.(?=\\d))`;
/** The same, within a comma-free phrase. */
const IN_PHRASE = `(?:[^;:.!?,]|\\.(?=\\d))`;
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
/** A contract's own word: procurement lets contracts, lots (of a larger service), franchises and concessions. */
const CONTRACT_WORD = `(?:contract|lot|franchise|concession)`;
/** "a lot of", "the whole lot": the idiom, not a procurement lot. */
const LOT_IDIOM = new RegExp(`\\b(?:a|whole|quite${S}+a)${S}+lot\\b`, 'i');
/** An object of a letting verb that is one contract: a determiner, a few words of one clause, a contract word, singular. */
const ONE_CONTRACT = new RegExp(`^(?:the|a|an|its|their|our|this|that|his|her)${S}+(?:${IN_CLAUSE}{0,90}?${S})?${CONTRACT_WORD}(?![\\p{L}-])`, 'iu');
/** "has awarded the Northern lot of the X Service to" (the party's name follows). */
const LET_TO = new RegExp(
  `(?:^|[^\\p{L}])(?<verb>awarded|awards|award|awarding|let|lets|letting|granted|grants|granting)${S}+(?<object>(?:the|a|an|its|their|our|this|that)${S}+${IN_CLAUSE}{0,110}?)${S}+to${S}+(?:the${S}+)?$`,
  'iu',
);
/** A lead that ends with "to" (and maybe "the") before a name: the only place a letting verb's recipient stands. */
const ENDS_WITH_TO = /\bto[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;
/** "a contract awarded to", "the franchise, which was let to", "the North East lot went to": the contract named before the verb. */
const CONTRACT_LET_TO = new RegExp(
  `\\b${CONTRACT_WORD}(?:,?${S}+(?:which|that))?(?:${S}+(?:was|were|is|has${S}+been|had${S}+been|will${S}+be|is${S}+to${S}+be|being))?${S}+(?:awarded|let|granted|went|goes|has${S}+gone|had${S}+gone)${S}+(?:(?:on|in)${S}+[^,;:.!?]{1,25}?${S}+)?to${S}+(?:the${S}+)?$`,
  'iu',
);
/** After a letting verb and its indirect object: "the contract for ...", "a £3m contract to run ...". */
const THEN_CONTRACT = new RegExp(`^${S}+(?:the|a|an)${S}+(?:${IN_PHRASE}{0,40}?${S})?${CONTRACT_WORD}(?![\\p{L}-])`, 'iu');
/** Right before the indirect object: "Y Council awarded", "the Ministry has awarded". */
const LET_VERB_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:awarded|awards|award|awarding|granted|grants|granting)${S}+$`, 'iu');
/** "has won the contract", "was awarded a £3m contract", "secured the Northern lot". */
const WINS = new RegExp(
  `^(?<aux>(?:,[^,;:.!?()]{1,80},|,[^,;:.!?()]{1,60}?${S}(?=(?:which|who|that)${S}))?(?:,?${S}*(?:which|who|that))?(?:${S}+(?:has|have|had|is|are|was|were|will|would|also|now|recently|just|already|today|yesterday|been|to))*)${S}+(?<verb>won|wins|win|winning|secured|secures|secure|landed|lands|clinched|awarded|given|handed)${S}+(?<object>(?:the|a|an|its|their|our|this)${S}+(?:${IN_PHRASE}{0,60}?${S})?${CONTRACT_WORD}|(?:the|a|an|its|their|our|this)${S}+(?:${IN_PHRASE}{0,40}?${S})?deal)(?![\\p{L}-])`,
  'iu',
);
/** Only these verbs may take an object without "been" before them when the subject is the winner. */
const PASSIVE_ONLY = /^(?:awarded|given|handed)$/i;
/** "Y's £64m prison deal", "Y’s contract": a deal of the possessor, unless "with Z" makes the possessor its other side. */
const POSSESSED_DEAL = new RegExp(`^['’]s?${S}+(?:${IN_PHRASE}{0,30}?${S})?(?:${CONTRACT_WORD}|deal)(?![\\p{L}-])(?!${S}+with${S})`, 'iu');

/** "has agreed to sell", "sold", "is selling" right before the company's name. */
const SELLS = new RegExp(`(?:^|[^\\p{L}])(?:sell|sells|sold|selling|bought|buys|buy|buying|acquired|acquires|acquire|acquiring|purchased|purchases|purchase|purchasing)${S}+$`, 'iu');
/** "the sale of", "a £38m sale of", "its takeover of": a sale of the company named next. */
const SALE_OF = new RegExp(`(?:^|[^\\p{L}])(?:sale|takeover|acquisition|purchase|disposal)${S}+of${S}+$`, 'iu');
/** "Y was sold", "Y, which is being sold": the company named before the verb ("Y is sold in shops" is trade, not a sale of Y). */
const WAS_SOLD = new RegExp(
  `^(?:,?${S}*(?:which|that))?(?:${S}+(?:has|have|will|to|also|now|finally|eventually|recently))*${S}+(?:was|were|been|being|be)(?:${S}+(?:also|now|finally|eventually|recently|being|itself|themselves))*${S}+(?:sold|acquired|bought|purchased)(?![\\p{L}])(?!${S}+out\\b)`,
  'iu',
);
/** After a sold company's name: what was sold is a part of it ("X's shares", "X's stake in"), not the company. */
const PART_OF_COMPANY = new RegExp(`^(?:['’]s?|${S}+(?:shares?|stake|stakes|assets|holding|holdings|business${S}+in|subsidiar(?:y|ies)|division|arm))(?![\\p{L}])`, 'iu');

const POSSESSIVE_WORD = /^(?:its|their|our|his|her|whose)$/i;
/**
 * After the name of a company sold: the clause goes on or ends. A noun after it makes the name a
 * modifier of what is bought or sold ("buys Acme products", "sold Acme vans"), which is trade.
 */
const COMPANY_ENDS = new RegExp(`^(?:${S}*(?:[,.;:)!?–—]|$)|${S}+(?:-|to|for|from|in|on|at|and|but|which|who|that|as|after|before|last|this|earlier|later|under|with|by|was|were|is|has|had|will|would|could|must|may|should|did|does|completed|completes|closed|went|fell|collapsed|ended|took)(?![\\p{L}]))`, 'iu');
// Made once: a regular expression literal with \p{…} inside a function is rebuilt on every call in the shipped bundle.
/** A match that opens on the character before its verb (the verb's left edge). */
const NOT_A_LETTER_FIRST = /^[^\p{L}]/u;
/** The last word of a lead and the white space after it. */
const LAST_WORD = /[\p{L}]+[\s\u00a0]+$/u;

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
/** Between a letting body and its verb: a bracketed short form, auxiliaries and adverbs. */
const AWARDER_TO_VERB = new RegExp(
  `^(?:${S}*\\([^()]{1,20}\\))?(?:,?${S}*(?:which|that))?(?:${S}+(?:has|have|had|will|would|is${S}+to|are${S}+to|also|now|today|yesterday|formally|officially|jointly|recently|just|then|finally|later|subsequently|eventually|initially|originally|first|this${S}+week|last${S}+week))*${S}+$`,
  'i',
);
/** After a contract's word: "from Y", "by Y": who let it. */
const FROM_AWARDER = new RegExp(`^(?:${S}+[^;:.!?,]{0,40}?)?${S}+(?:from|by)${S}+(?:the${S}+)?$`, 'i');
/** "has won a contract with the NHS": the other side of a won contract, not a partner in it ("jointly with", "together with"). */
const WITH_AWARDER = new RegExp(`^${S}+with${S}+(?:the${S}+)?$`, 'i');

/** Organisations, or referring words resolved to one, that a deal may be about (not named things). */
function bodies(context: ClaimContext, from: number, to: number): Entity[] {
  return context.within(context.organisations, from, to).filter((o) => o.canonical && !o.canonical.startsWith('thing:'));
}

/** The body right before `at` (the subject of the verb there), with only `gap` between. */
function bodyBefore(context: ClaimContext, sentence: SentenceSpan, at: number, gap: RegExp): Entity | undefined {
  const text = context.text;
  return bodies(context, Math.max(sentence.start, at - 160), at)
    .filter((o) => !isPrepositionalObject(text, o, sentence.start) && gap.test(text.slice(o.end, at)))
    .pop();
}

/** Who let a contract, read after its words ("from Y", "by Y") up to the clause's end. */
function awarderAfter(context: ClaimContext, sentence: SentenceSpan, from: number, won = false): string | undefined {
  const text = context.text;
  const window = text.slice(from, Math.min(sentence.end, from + 80));
  for (const o of bodies(context, from, Math.min(sentence.end, from + 80))) {
    const gap = window.slice(0, o.start - from);
    if (FROM_AWARDER.test(gap) || (won && WITH_AWARDER.test(gap))) return partyKey(o);
  }
  return undefined;
}

/** "won a £10m Home Office contract", "Y's MoJ deal": the one body named before the contract word let it. */
function awarderWithin(context: ClaimContext, party: Entity, from: number, to: number): string | undefined {
  const named = bodies(context, from, to).filter((o) => o.canonical !== party.canonical);
  return named.length === 1 ? partyKey(named[0]!) : undefined;
}

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

/** A contract's word after the one being described: the description of another contract starts there. */
const NEXT_CONTRACT_WORD = new RegExp(`(?<![\\p{L}])${CONTRACT_WORD}s?(?![\\p{L}-])`, 'iu');
const CONTRACT_WORDS = new RegExp(NEXT_CONTRACT_WORD.source, 'giu');

/**
 * Where a contract's description ends: at its clause's end (clauseEnd), or before the next contract
 * word ("a £4m contract to grit roads in London and a £6m contract ... in Wales": London's alone).
 */
function descriptionEnd(text: string, from: number, limit: number): number {
  const end = clauseEnd(text, from, limit);
  const next = NEXT_CONTRACT_WORD.exec(text.slice(from, end));
  return next ? from + next.index : end;
}

/**
 * Where the description before a contract's word at `at` starts: after a comma, semicolon, colon
 * or bracket, or after another contract's word ("won the London lot and the Scotland lot went to"),
 * at most 60 characters back.
 */
function descriptionStart(text: string, at: number, limit: number): number {
  let start = Math.max(limit, at - 60);
  for (let i = at - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41) {
      start = i + 1;
      break;
    }
  }
  CONTRACT_WORDS.lastIndex = 0;
  const before = text.slice(start, at);
  for (let m = CONTRACT_WORDS.exec(before); m; m = CONTRACT_WORDS.exec(before)) start = Math.max(start, at - before.length + m.index + m[0].length);
  return start;
}

/** Where the clause holding `from` ends: a comma, semicolon, colon, bracket or full stop (not one between digits), at most 120 characters on. */
function clauseEnd(text: string, from: number, limit: number): number {
  const stop = Math.min(limit, from + 120);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 33 || c === 63) return i;
    if (c === 46 && !(i + 1 < stop && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57)) return i;
  }
  return stop;
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

/** The deals a sentence introduces by name. */
function introductions(context: ClaimContext, sentence: SentenceSpan): DealMention[] {
  const text = context.text;
  const out: DealMention[] = [];
  const add = (kind: DealKind, party: Entity, start: number, end: number, awarder?: string, describedFrom = start): void => {
    if (awarder && awarder === partyKey(party)) return;
    // the contract's description: its words up to the end of their clause ("... contract to run
    // education in nine North East prisons, ..."), leaving out the party's own name
    const area = kind === 'contract' ? areaOf(context, describedFrom, descriptionEnd(text, Math.max(start, end), sentence.end)) : undefined;
    out.push({ deal: { kind, party, ...(awarder ? { awarder } : {}), ...(area ? { area } : {}) }, start, end, sentence, reference: false });
  };
  for (const body of bodies(context, sentence.start, sentence.end)) {
    const lead = text.slice(Math.max(sentence.start, body.start - 160), body.start);
    const leadStart = body.start - lead.length;
    const after = text.slice(body.end, Math.min(sentence.end, body.end + 140));

    // "The Ministry has awarded the Northern lot of the X Service to Y"
    const endsWithTo = ENDS_WITH_TO.test(lead.slice(-16));
    const letTo = endsWithTo ? LET_TO.exec(lead) : null;
    if (letTo && ONE_CONTRACT.test(letTo.groups!.object) && !LOT_IDIOM.test(letTo.groups!.object)) {
      const verbAt = leadStart + letTo.index + (NOT_A_LETTER_FIRST.test(letTo[0]) ? 1 : 0);
      const awarder = bodyBefore(context, sentence, verbAt, AWARDER_TO_VERB);
      add('contract', body, verbAt, body.end, awarder ? partyKey(awarder) : awarderAfter(context, sentence, body.end));
      continue;
    }
    // "a contract awarded to Y (by Z)"
    const contractLet = endsWithTo ? CONTRACT_LET_TO.exec(lead) : null;
    if (contractLet && !LOT_IDIOM.test(lead.slice(Math.max(0, contractLet.index - 12)))) {
      const wordAt = leadStart + contractLet.index;
      // "The Scotland lot went to Y": the words before the contract's own word describe it too
      add('contract', body, wordAt, body.end, awarderAfter(context, sentence, body.end), descriptionStart(text, wordAt, sentence.start));
      continue;
    }
    // "Y Council awarded Z the contract for ..."
    if (LET_VERB_BEFORE.test(lead.slice(-24))) {
      const contract = THEN_CONTRACT.exec(after);
      if (contract) {
        const verbAt = leadStart + lead.search(LAST_WORD);
        const awarder = bodyBefore(context, sentence, verbAt, AWARDER_TO_VERB);
        add('contract', body, verbAt, body.end + contract[0].length, awarder ? partyKey(awarder) : undefined);
        continue;
      }
    }
    // "Y has won the four-year contract to run ...", "Y was awarded a £3m contract"
    const wins = WINS.exec(after);
    if (wins && !isPrepositionalObject(text, body, sentence.start) && (!PASSIVE_ONLY.test(wins.groups!.verb) || /been|was|were|is|are/i.test(wins.groups!.aux))) {
      const end = body.end + wins[0].length;
      add('contract', body, body.start, end, awarderWithin(context, body, body.end, end) ?? awarderAfter(context, sentence, end, true));
      continue;
    }
    // "Y's £64m prison deal"
    const possessed = POSSESSED_DEAL.exec(after);
    if (possessed) {
      add('contract', body, body.start, body.end + possessed[0].length, awarderWithin(context, body, body.end, body.end + possessed[0].length));
      continue;
    }

    // Sales: the company is named right after the verb or "sale of", or before "was sold"; a
    // possessive ("sold its healthcare arm") names the seller, not what was sold.
    if (PART_OF_COMPANY.test(after) || POSSESSIVE_WORD.test(body.text)) continue;
    const nameEnds = COMPANY_ENDS.test(after);
    const sells = nameEnds ? SELLS.exec(lead.slice(-24)) : null;
    if (sells) {
      add('sale', body, body.start - (lead.slice(-24).length - sells.index) + (NOT_A_LETTER_FIRST.test(sells[0]) ? 1 : 0), body.end);
      continue;
    }
    const saleOf = nameEnds ? SALE_OF.exec(lead.slice(-30)) : null;
    if (saleOf) {
      const wordAt = body.start - (lead.slice(-30).length - saleOf.index) + (NOT_A_LETTER_FIRST.test(saleOf[0]) ? 1 : 0);
      add('sale', body, wordAt, body.end);
      continue;
    }
    const sold = WAS_SOLD.exec(after);
    if (sold && !isPrepositionalObject(text, body, sentence.start)) add('sale', body, body.start, body.end + sold[0].length);
  }
  return out;
}
