// The deals a sentence introduces by name (dealMentions.ts resolves the references back to them):
//   contract  "The Ministry has awarded the Northern lot of the X Service to Y", "Y has won the
//             four-year contract to run ...", "the Council awarded Y the contract for ...",
//             "The North East lot went to Y", "Y's £12m prison deal"
//   sale      "the council has agreed to sell Y to ...", "Z has bought Y", "the sale of Y by ...",
//             "Y was sold to its staff in 1986", "a £38m sale of Y"
// A contract also takes who let it (its awarder) and the area its description names, where the
// sentence tells them: two sources are compared only on one body's contract from one awarder.

import type { Entity } from '../../types';
import type { ClaimContext } from '../context';
import type { SentenceSpan } from '../sentences';
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

/** A contract's own word: procurement lets contracts, lots (of a larger service), franchises and concessions. */
export const CONTRACT_WORD = `(?:contract|lot|franchise|concession)`;
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
export function bodies(context: ClaimContext, from: number, to: number): Entity[] {
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
 * The words of a deal the patterns below need, as stems in any case, by what they are to them:
 * CONTRACT_STEM a contract's word or "deal" (LET_TO, CONTRACT_LET_TO, THEN_CONTRACT, WINS,
 * POSSESSED_DEAL), SALE_VERB_STEM a verb of SELLS, SALE_NOUN_STEM a noun of SALE_OF, SOLD_STEM a
 * participle of WAS_SOLD. Each pattern is tried only where its stem stands in the text it reads:
 * most bodies of a sentence that names a deal are not its party. The search goes on from the
 * character after each stem found, so that stems that overlap are all found (no stem is the start
 * of another, so at most one starts at a position).
 */
const DEAL_STEMS = /contract|lot|franchise|concession|deal|sell|sold|bought|buy|acqui|purchas|sale|takeover|disposal/giu;
const CONTRACT_STEM = 1;
const SALE_VERB_STEM = 2;
const SALE_NOUN_STEM = 4;
const SOLD_STEM = 8;
const STEM_KINDS = new Map<string, number>([
  ['contract', CONTRACT_STEM], ['lot', CONTRACT_STEM], ['franchise', CONTRACT_STEM], ['concession', CONTRACT_STEM], ['deal', CONTRACT_STEM],
  ['sell', SALE_VERB_STEM], ['sold', SALE_VERB_STEM | SOLD_STEM], ['bought', SALE_VERB_STEM | SOLD_STEM], ['buy', SALE_VERB_STEM],
  ['acqui', SALE_VERB_STEM | SALE_NOUN_STEM | SOLD_STEM], ['purchas', SALE_VERB_STEM | SALE_NOUN_STEM | SOLD_STEM],
  ['sale', SALE_NOUN_STEM], ['takeover', SALE_NOUN_STEM], ['disposal', SALE_NOUN_STEM],
]);
/** Every kind: a stem matched by a case folding beyond ASCII is not told apart. */
const ANY_STEM = CONTRACT_STEM | SALE_VERB_STEM | SALE_NOUN_STEM | SOLD_STEM;

/** The stems of DEAL_STEMS in text[start, end): start, end and kind of each, in order. */
function dealStems(text: string, start: number, end: number): number[] {
  const spans: number[] = [];
  const slice = text.slice(start, end);
  DEAL_STEMS.lastIndex = 0;
  for (let m = DEAL_STEMS.exec(slice); m; m = DEAL_STEMS.exec(slice)) {
    spans.push(start + m.index, start + m.index + m[0].length, STEM_KINDS.get(m[0].toLowerCase()) ?? ANY_STEM);
    DEAL_STEMS.lastIndex = m.index + 1;
  }
  return spans;
}

/** The kinds of the stems of `spans` that lie wholly within [from, to). */
function stemsWithin(spans: readonly number[], from: number, to: number): number {
  let kinds = 0;
  for (let i = 0; i < spans.length; i += 3) if (spans[i]! >= from && spans[i + 1]! <= to) kinds |= spans[i + 2]!;
  return kinds;
}

/** Adds a deal introduced in `sentence` to `out`, with the area its description names (a contract's). */
function addDeal(
  context: ClaimContext,
  sentence: SentenceSpan,
  out: DealMention[],
  kind: DealKind,
  party: Entity,
  start: number,
  end: number,
  awarder?: string,
  describedFrom = start,
): void {
  if (awarder && awarder === partyKey(party)) return;
  // the contract's description: its words up to the end of their clause ("... contract to run
  // education in nine North East prisons, ..."), leaving out the party's own name
  const area = kind === 'contract' ? areaOf(context, describedFrom, descriptionEnd(context.text, Math.max(start, end), sentence.end)) : undefined;
  out.push({ deal: { kind, party, ...(awarder ? { awarder } : {}), ...(area ? { area } : {}) }, start, end, sentence, reference: false });
}

/** The deals a sentence introduces by name. */
export function introductions(context: ClaimContext, sentence: SentenceSpan): DealMention[] {
  const text = context.text;
  const out: DealMention[] = [];
  let stems: number[] | undefined;
  for (const body of bodies(context, sentence.start, sentence.end)) {
    const leadStart = Math.max(sentence.start, body.start - 160);
    const afterEnd = Math.min(sentence.end, body.end + 140);
    stems ??= dealStems(text, sentence.start, sentence.end);
    const leadKinds = stemsWithin(stems, leadStart, body.start);
    const afterKinds = stemsWithin(stems, body.end, afterEnd);
    if (leadKinds === 0 && afterKinds === 0) continue;
    const lead = text.slice(leadStart, body.start);
    const after = text.slice(body.end, afterEnd);

    // "The Ministry has awarded the Northern lot of the X Service to Y"
    const endsWithTo = (leadKinds & CONTRACT_STEM) !== 0 && ENDS_WITH_TO.test(lead.slice(-16));
    const letTo = endsWithTo ? LET_TO.exec(lead) : null;
    if (letTo && ONE_CONTRACT.test(letTo.groups!.object) && !LOT_IDIOM.test(letTo.groups!.object)) {
      const verbAt = leadStart + letTo.index + (NOT_A_LETTER_FIRST.test(letTo[0]) ? 1 : 0);
      const awarder = bodyBefore(context, sentence, verbAt, AWARDER_TO_VERB);
      addDeal(context, sentence, out, 'contract', body, verbAt, body.end, awarder ? partyKey(awarder) : awarderAfter(context, sentence, body.end));
      continue;
    }
    // "a contract awarded to Y (by Z)"
    const contractLet = endsWithTo ? CONTRACT_LET_TO.exec(lead) : null;
    if (contractLet && !LOT_IDIOM.test(lead.slice(Math.max(0, contractLet.index - 12)))) {
      const wordAt = leadStart + contractLet.index;
      // "The Scotland lot went to Y": the words before the contract's own word describe it too
      addDeal(context, sentence, out, 'contract', body, wordAt, body.end, awarderAfter(context, sentence, body.end), descriptionStart(text, wordAt, sentence.start));
      continue;
    }
    // "Y Council awarded Z the contract for ..."
    if ((afterKinds & CONTRACT_STEM) !== 0 && LET_VERB_BEFORE.test(lead.slice(-24))) {
      const contract = THEN_CONTRACT.exec(after);
      if (contract) {
        const verbAt = leadStart + lead.search(LAST_WORD);
        const awarder = bodyBefore(context, sentence, verbAt, AWARDER_TO_VERB);
        addDeal(context, sentence, out, 'contract', body, verbAt, body.end + contract[0].length, awarder ? partyKey(awarder) : undefined);
        continue;
      }
    }
    // "Y has won the four-year contract to run ...", "Y was awarded a £3m contract"
    const wins = (afterKinds & CONTRACT_STEM) !== 0 ? WINS.exec(after) : null;
    if (wins && !isPrepositionalObject(text, body, sentence.start) && (!PASSIVE_ONLY.test(wins.groups!.verb) || /been|was|were|is|are/i.test(wins.groups!.aux))) {
      const end = body.end + wins[0].length;
      addDeal(context, sentence, out, 'contract', body, body.start, end, awarderWithin(context, body, body.end, end) ?? awarderAfter(context, sentence, end, true));
      continue;
    }
    // "Y's £64m prison deal"
    const possessed = (afterKinds & CONTRACT_STEM) !== 0 ? POSSESSED_DEAL.exec(after) : null;
    if (possessed) {
      addDeal(context, sentence, out, 'contract', body, body.start, body.end + possessed[0].length, awarderWithin(context, body, body.end, body.end + possessed[0].length));
      continue;
    }

    // Sales: the company is named right after the verb or "sale of", or before "was sold"; a
    // possessive ("sold its healthcare arm") names the seller, not what was sold.
    if ((leadKinds & (SALE_VERB_STEM | SALE_NOUN_STEM)) === 0 && (afterKinds & SOLD_STEM) === 0) continue;
    if (PART_OF_COMPANY.test(after) || POSSESSIVE_WORD.test(body.text)) continue;
    const nameEnds = COMPANY_ENDS.test(after);
    const sells = nameEnds && (stemsWithin(stems, body.start - lead.slice(-24).length, body.start) & SALE_VERB_STEM) !== 0 ? SELLS.exec(lead.slice(-24)) : null;
    if (sells) {
      addDeal(context, sentence, out, 'sale', body, body.start - (lead.slice(-24).length - sells.index) + (NOT_A_LETTER_FIRST.test(sells[0]) ? 1 : 0), body.end);
      continue;
    }
    const saleOf = nameEnds && (stemsWithin(stems, body.start - lead.slice(-30).length, body.start) & SALE_NOUN_STEM) !== 0 ? SALE_OF.exec(lead.slice(-30)) : null;
    if (saleOf) {
      const wordAt = body.start - (lead.slice(-30).length - saleOf.index) + (NOT_A_LETTER_FIRST.test(saleOf[0]) ? 1 : 0);
      addDeal(context, sentence, out, 'sale', body, wordAt, body.end);
      continue;
    }
    const sold = (afterKinds & SOLD_STEM) !== 0 ? WAS_SOLD.exec(after) : null;
    if (sold && !isPrepositionalObject(text, body, sentence.start)) addDeal(context, sentence, out, 'sale', body, body.start, body.end + sold[0].length);
  }
  return out;
}
