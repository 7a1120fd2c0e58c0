// Dates of orders: when a court or a regulator made an order about a body. "On 9 June the court
// made a special administration order in respect of X", "an enforcement order against X was
// issued on 3 May", and, once the order is named, "The court made the order on 6 June". Insolvency,
// enforcement, closure and purchase orders are events policy texts date and other texts date
// again, sometimes differently. The attribute names the kind of order (the words before "order"),
// so a body's administration order and its enforcement order are two events. Only the making of
// an order is dated: applying for one ("X applied for the order on 4 June") is an earlier, other
// event, and is left alone.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import type { ClaimExtractor } from './extractor';

const S = '[\\s\\u00a0]';
/** "order" as a word, in any case; one scan of a dated sentence. */
const ORDER_WORD = /\border\b/gi;
const HAS_ORDER = /order/i;
/** A day, a month or a year with its year: a day and month alone, or a financial year, dates no making. */
const datesAnEvent = (d: Entity): boolean => d.value?.kind === 'date' && d.value.precision !== 'day-month' && d.value.precision !== 'financial-year';
/**
 * Before "order": a determiner and up to three words naming its kind ("a special administration"),
 * or the determiner alone ("the"). A kind word is no determiner, so the last determiner is found.
 */
const ORDER_PHRASE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?<phrase>(?:a|an|the|its|this|that)(?<kind>(?:${S}+(?!(?:a|an|the|its|this|that)(?![\\p{L}]))[a-z][a-z-]*){0,3})${S}+)$`,
  'iu',
);
const DEFINITE = /^(?:the|this|that)(?![\p{L}])/iu;
/** After "order": the body it is made about. */
const ORDER_ABOUT = new RegExp(`^${S}+(?:for|against|over|on|in${S}+respect${S}+of|in${S}+relation${S}+to)${S}+`, 'i');
/** Right before the order's determiner: the making verb, active. */
const MADE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:made|makes|make|granted|grants|grant|issued|issues|issue|imposed|imposes|impose|served|serves)${S}+$`, 'iu');
/** Right after the order (and the body it is about): the making verb, passive. */
const MADE_AFTER = new RegExp(`^${S}+(?:was|were|is|has${S}+been|had${S}+been)${S}+(?:made|granted|issued|imposed|served)(?![\\p{L}])`, 'iu');
/** A date after the verb phrase: " on 6 June 2025". */
const ON_DATE = new RegExp(`^(?:${S}+by${S}+(?:the${S}+)?[\\p{L}]+)?${S}+(?:on|in)${S}+$`, 'iu');
/** A fronted date: "On 9 June 2025 the court made …", "On 9 June, Ofwat issued …". */
const FRONTED_DATE_BEFORE = new RegExp(`(?:^|[^\\p{L}])[Oo]n${S}+$`);
const FRONTED_DATE_TO_VERB = new RegExp(`^,?${S}+(?:the${S}+)?\\p{L}+(?:${S}+\\p{L}+)?${S}+$`, 'u');
/** Kind words that are no kind: "the court's order", "a new order". */
const NOT_A_KIND = new Set(['new', 'same', 'first', 'second', 'further', 'final', 'interim', 'formal', 'court', 'such']);
/** How far back a named order may stand for "the order". */
const ANTECEDENT_REACH = 3000;

interface NamedOrder {
  kind: string;
  about: Entity;
  end: number;
}

class OrderDateExtractor implements ClaimExtractor {
  readonly name = 'order-date';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    let named: NamedOrder[] | undefined;
    let lastSentenceStart = -1;
    for (const first of context.dates) {
      // each dated sentence once, and only those that say "order"
      const sentence = context.sentenceAt(first.start);
      if (!sentence || sentence.start === lastSentenceStart) continue;
      lastSentenceStart = sentence.start;
      const sentenceText = text.slice(sentence.start, sentence.end);
      if (!HAS_ORDER.test(sentenceText)) continue;
      const dates = context.within(context.dates, sentence.start, sentence.end).filter(datesAnEvent);
      if (dates.length === 0) continue;
      ORDER_WORD.lastIndex = 0;
      for (let m = ORDER_WORD.exec(sentenceText); m; m = ORDER_WORD.exec(sentenceText)) {
        const orderStart = sentence.start + m.index;
        const orderEnd = orderStart + m[0].length;
        const phrase = ORDER_PHRASE_BEFORE.exec(text.slice(Math.max(sentence.start, orderStart - 60), orderStart));
        if (!phrase) continue;
        const phraseStart = orderStart - phrase.groups!.phrase!.length;
        const kind = kindOf(phrase.groups!.kind ?? '');
        // the body the order is about: named after it, or, for "the order", the last order named with its body
        const aboutGap = ORDER_ABOUT.exec(text.slice(orderEnd, Math.min(sentence.end, orderEnd + 30)));
        const aboutHere = aboutGap ? context.organisationStartingAt(orderEnd + aboutGap[0].length) : undefined;
        let order: { kind: string; about: Entity } | undefined = kind && aboutHere ? { kind, about: aboutHere } : undefined;
        // only a definite "the order" / "this order" points back; "an order for costs" is another order
        if (!order && !kind && !aboutHere && DEFINITE.test(phrase.groups!.phrase!)) {
          named ??= namedOrders(context);
          order = lastNamedBefore(named, sentence.start);
        }
        if (!order?.about.canonical) continue;
        const phraseEnd = aboutHere ? aboutHere.end : orderEnd;
        const active = MADE_BEFORE.test(text.slice(Math.max(sentence.start, phraseStart - 12), phraseStart));
        const passive = !active && MADE_AFTER.exec(text.slice(phraseEnd, Math.min(sentence.end, phraseEnd + 30)));
        if (!active && !passive) continue;
        const verbEnd = passive ? phraseEnd + passive[0].length : phraseEnd;
        const date = dates.find((d) => this.datesTheMaking(context, d, sentence.start, phraseStart, verbEnd));
        if (date?.value?.kind !== 'date') continue;
        const claim = context.claim({
          subject: order.about,
          attribute: `date:order:${order.kind}`,
          value: { kind: 'date', iso: date.value.iso, precision: date.value.precision },
          start: Math.min(date.start, active ? lastVerbStart(text, phraseStart) : phraseStart),
          end: Math.max(date.end, verbEnd),
        });
        // A dated event speaks of its own date.
        claim.time = date.value.iso;
        claims.push(claim);
      }
    }
    return claims;
  }

  /** The date is the making's: right after the verb phrase ("… on 6 June"), or fronting the clause ("On 9 June the court made …"). */
  private datesTheMaking(context: ClaimContext, date: Entity, sentenceStart: number, phraseStart: number, verbEnd: number): boolean {
    const text = context.text;
    if (date.start >= verbEnd) return ON_DATE.test(text.slice(verbEnd, date.start));
    if (date.end > phraseStart) return false;
    const verbStart = lastVerbStart(text, phraseStart);
    return (
      FRONTED_DATE_BEFORE.test(text.slice(Math.max(sentenceStart, date.start - 4), date.start)) &&
      FRONTED_DATE_TO_VERB.test(text.slice(date.end, verbStart))
    );
  }
}

/** Where the word before `phraseStart` (the making verb) starts. */
function lastVerbStart(text: string, phraseStart: number): number {
  let i = phraseStart;
  while (i > 0 && /[\s\u00a0]/.test(text[i - 1]!)) i--;
  while (i > 0 && /\p{L}/u.test(text[i - 1]!)) i--;
  return i;
}

/** The kind words, lower-case and single-spaced, without words that name no kind; '' for none. */
function kindOf(words: string): string {
  const kept = words
    .trim()
    .toLowerCase()
    .split(/[\s\u00a0]+/)
    .filter((w) => w && !NOT_A_KIND.has(w));
  return kept.join(' ');
}

/** Orders named with their kind and the body they are about, in text order. */
function namedOrders(context: ClaimContext): NamedOrder[] {
  const text = context.text;
  const found: NamedOrder[] = [];
  // a pattern of its own: ORDER_WORD may be part way through a sentence when this is first asked for
  const orderWord = new RegExp(ORDER_WORD.source, ORDER_WORD.flags);
  for (let m = orderWord.exec(text); m; m = orderWord.exec(text)) {
    const orderEnd = m.index + m[0].length;
    const phrase = ORDER_PHRASE_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    const kind = phrase ? kindOf(phrase.groups!.kind ?? '') : '';
    if (!kind) continue;
    const gap = ORDER_ABOUT.exec(text.slice(orderEnd, orderEnd + 30));
    const about = gap ? context.organisationStartingAt(orderEnd + gap[0].length) : undefined;
    if (about?.canonical) found.push({ kind, about, end: about.end });
  }
  return found;
}

function lastNamedBefore(named: readonly NamedOrder[], offset: number): NamedOrder | undefined {
  let last: NamedOrder | undefined;
  for (const order of named) {
    if (order.end > offset) break;
    if (order.end >= offset - ANTECEDENT_REACH) last = order;
  }
  return last;
}

export const orderDateExtractor: ClaimExtractor = new OrderDateExtractor();
