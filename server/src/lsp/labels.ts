import { QUALIFIER_WORDS } from '../engine/claims/conflicts/values';
import { DEFAULT_CONFLICT_RULES, type ConflictRules } from '../engine/claims/rules';
import type { ClaimValue, DatePrecision, EntityValue, Qualifier } from '../engine/types';
import { contractPhrase, keyParts, partName, verbBase, words } from './attributeKeys';

// Engine values in the words a researcher reads: in hovers, diagnostic messages, the Conflicts
// view and the claim matrix. Plain text only; Markdown escaping happens where Markdown is built.

/** Looks up the display name of a canonical id that appears inside an attribute ("owned-share:org:x"). */
export type NameOf = (canonical: string) => string | undefined;

/**
 * Category ids ("social-enterprise") in the words of the rules file ("social enterprise"). One
 * rule set is in force per server, so the names are kept here and replaced when rules reload.
 */
let categoryNames = namesOf(DEFAULT_CONFLICT_RULES);

export function useCategoryNames(rules: ConflictRules): void {
  categoryNames = namesOf(rules);
  valueLabels = new WeakMap();
}

function namesOf(rules: ConflictRules): Map<string, string> {
  return new Map(rules.categories.map((category) => [category.id, category.name]));
}

export function categoryName(id: string): string {
  return categoryNames.get(id) ?? id;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const CURRENCY_SYMBOLS: Record<string, string> = { GBP: '£', USD: '$', EUR: '€' };

/** "2010-11-17" → "17 November 2010", "2010-11" → "November 2010", "--12-03" → "3 December", "2012/2013" → "2012/13". */
export function formatDate(iso: string, precision?: DatePrecision): string {
  const financial = /^(\d{4})\/(\d{4})$/.exec(iso);
  if (financial || precision === 'financial-year') {
    return financial ? `${financial[1]}/${financial[2].slice(2)}` : iso;
  }
  const dayMonth = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (dayMonth) return `${Number(dayMonth[2])} ${monthName(dayMonth[1])}`;
  const full = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!full) return iso;
  const [, year, month, day] = full;
  if (day && month) return `${Number(day)} ${monthName(month)} ${year}`;
  if (month) return `${monthName(month)} ${year}`;
  return year;
}

/** "on 17 November 2010", "in November 2010", "in 2010". */
export function datePhrase(iso: string, precision?: DatePrecision): string {
  const words = formatDate(iso, precision);
  return /^\d{1,2} /.test(words) ? `on ${words}` : `in ${words}`;
}

function monthName(month: string): string {
  return MONTHS[Number(month) - 1] ?? month;
}

// One formatter for the whole server: toLocaleString with options builds a new one per call, which
// made labelling the claims of a large conflict take seconds.
const NUMBER_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/** "£10 million", "£1.5 billion", "£8.99", "$250". */
function formatMoney(amount: number, currency: string): string {
  const symbol = CURRENCY_SYMBOLS[currency];
  const scaled =
    Math.abs(amount) >= 1e9
      ? `${formatNumber(amount / 1e9)} billion`
      : Math.abs(amount) >= 1e6
        ? `${formatNumber(amount / 1e6)} million`
        : formatNumber(amount);
  return symbol ? `${symbol}${scaled}` : `${scaled} ${currency}`;
}

function withQualifier(text: string, qualifier?: Qualifier): string {
  return qualifier ? `${QUALIFIER_WORDS[qualifier]} ${text}` : text;
}

/** The normalised value of a number or date entity: "more than 60%", "£10 million", "770 staff", "17 November 2010". */
export function entityValueLabel(value: EntityValue): string {
  switch (value.kind) {
    case 'percentage':
      return withQualifier(`${formatNumber(value.value)}%`, value.qualifier);
    case 'money':
      return withQualifier(formatMoney(value.amount, value.currency), value.qualifier);
    case 'quantity':
      return withQualifier(value.noun ? `${formatNumber(value.value)} ${value.noun}` : formatNumber(value.value), value.qualifier);
    case 'date':
      return formatDate(value.iso, value.precision);
  }
}

/** The ISO or machine form shown beside the label, so a researcher sees exactly what was normalised. */
export function entityValueDetail(value: EntityValue): string {
  switch (value.kind) {
    case 'percentage':
      return `${value.value}%`;
    case 'money':
      return `${value.amount} ${value.currency}`;
    case 'quantity':
      return value.noun ? `${value.value} (${value.noun})` : String(value.value);
    case 'date':
      return `${value.iso} (${value.precision})`;
  }
}

function numberWithUnit(value: number, unit: string): string {
  if (unit === '%' || unit === 'percent' || unit === 'percentage') return `${formatNumber(value)}%`;
  if (/^[A-Z]{3}$/.test(unit)) return formatMoney(value, unit);
  // a unit's symbol ("MW") is never put in the plural
  if (unit && !/[a-z]/.test(unit)) return `${formatNumber(value)} ${unit}`;
  return unit ? `${formatNumber(value)} ${value === 1 ? unit : pluralNoun(unit)}` : formatNumber(value);
}

/** A claim's value on its own: "NOT employee-owned", "more than 550 staff", "Health Secretary". */
/**
 * Labels by value object: a conflict shared by thousands of claims has every label compared on
 * every diagnostic it raises. Analyses never change a value once made; new rules clear the cache.
 */
let valueLabels = new WeakMap<ClaimValue, string>();

export function claimValueLabel(value: ClaimValue): string {
  let label = valueLabels.get(value);
  if (label === undefined) {
    label = labelOf(value);
    valueLabels.set(value, label);
  }
  return label;
}

function labelOf(value: ClaimValue): string {
  switch (value.kind) {
    case 'category': {
      const name = isActValue(value.category) ? actPhrase(value.category) : categoryName(value.category);
      if (value.polarity === 'deny') return value.hedged ? `not strictly ${name}` : `NOT ${name}`;
      return value.hedged ? `so-called ${name}` : name;
    }
    case 'number':
      // The bounds the engine derives from stated precision are for comparison, not for reading.
      return withQualifier(numberWithUnit(value.value, value.unit), value.qualifier);
    case 'role':
      return value.title;
    case 'date':
      return formatDate(value.iso, value.precision);
  }
}

/** An attribute key in words: "owned-share:employees" → "share owned by employees", "count:staff" → "number of staff". */
export function attributeLabel(attribute: string, nameOf?: NameOf): string {
  const { head, detail } = splitAttribute(attribute, nameOf);
  switch (head) {
    case 'contract-value':
      return `value of the ${contractPhrase(attribute, nameOf)}`;
    case 'contract-start':
      return `start date of the ${contractPhrase(attribute, nameOf)}`;
    case 'contract-award':
      return `award date of the ${contractPhrase(attribute, nameOf)}`;
    case 'sale-completion':
      return 'completion date of the sale';
    case 'money':
      return moneyLabel(attribute, nameOf) ?? (detail ? `money (${detail})` : 'money');
    case 'owned-share':
      return detail ? `share owned by ${detail}` : 'ownership share';
    case 'combination':
      return 'what kind of combination its merger is';
    case 'subsidiary-of': {
      const [parent] = keyParts(attribute);
      return parent ? `being a subsidiary of ${partName(parent, nameOf)}` : 'being a subsidiary';
    }
    case 'loan-from': {
      const [lender] = keyParts(attribute);
      return lender ? `loan from ${partName(lender, nameOf)}` : 'loan';
    }
    case 'exists': {
      // "exists:debt-to:org:x" is a debt owed to one creditor (extractors/existence.ts keys debts by creditor)
      const [kind, creditor] = keyParts(attribute);
      if (kind === 'debt-to' && creditor) {
        // a creditor known as no body is kept as the text's words without their determiner ("council")
        const named = creditor.startsWith('org:') || creditor.startsWith('person:');
        return `whether it owes ${named ? '' : 'the '}${partName(creditor, nameOf)} money`;
      }
      return `whether it has had ${pluralNoun(detail)}`;
    }
    case 'owned-by':
      return 'who owns it';
    case 'act': {
      // the key holds the verb's stem ("act:clos", "act:hand-back"); the user reads its base form
      const [stem] = keyParts(attribute);
      return stem ? `whether it did ${verbBase(stem)}` : 'whether it did what the sentence says';
    }
    case 'tenure':
      return detail ? `how it holds its ${detail}` : 'how it holds the place';
    case 'closes':
      // "closes:self" is the body itself; "closes:shop" one kind of place it runs
      return detail && detail !== 'self' ? `whether any of its ${pluralNoun(detail)} will close` : 'whether it will close';
    case 'compensation':
      return 'whether it paid compensation';
    case 'grant-from': {
      const [funder] = keyParts(attribute);
      return funder ? `grant from ${partName(funder, nameOf)}` : 'grant';
    }
    case 'funded-share': {
      // "funded-share:nhs" is the NHS's share through any of its paying bodies (extractors/fundedShares.ts)
      const [funder] = keyParts(attribute);
      return funder ? `share of its costs met by ${funder === 'nhs' ? 'the NHS' : partName(funder, nameOf)}` : 'share of its costs met by a funder';
    }
    case 'funding-cut-to': {
      const [recipient] = keyParts(attribute);
      return recipient ? `cut to funding for ${partName(recipient, nameOf)}` : 'funding cut';
    }
    case 'rating':
      return 'inspection rating';
    case 'consulted':
      return 'whether it was consulted';
    case 'gave-money':
      return 'whether it put money in';
    case 'own-accord':
      return 'whether it acted of its own accord';
    case 'agreed-to-sell':
      return 'whether the owner agreed to sell';
    case 'staff-from': {
      const [from] = keyParts(attribute);
      return from ? `taking on the staff of ${partName(from, nameOf)}` : 'taking on staff';
    }
    case 'action-from': {
      const [issuer] = keyParts(attribute);
      return issuer ? `formal action by ${partName(issuer, nameOf)}` : 'formal action';
    }
    case 'change':
      // "change:bill": a rise or fall in a body's measure, as a share ("rose by 41%", "doubled")
      return detail ? `change in ${detail}` : 'change';
    case 'count':
      // keyed by the singular ("count:customer", "count:job-cut"), read in the plural
      if (attribute === 'count:job-cut-made') return 'number of jobs already cut';
      // "count:nominee on org:x": the seats a body fills on one board
      const boardSeats = BOARD_SEATS.exec(attribute);
      if (boardSeats) return `number of ${pluralNoun(boardSeats[1]!)} on the board of ${partName(boardSeats[2]!, nameOf)}`;
      return detail ? `number of ${pluralNoun(detail)}` : 'count';
    case 'share':
      return detail ? `share of ${detail}` : 'share';
    case 'capacity':
      // "capacity:installed", the generating capacity a body has installed (claims/figures/installedCapacity.ts)
      return detail ? `${detail} capacity` : 'capacity';
    case 'date':
      return eventLabel(attribute, nameOf) ?? (detail ? `date ${detail}` : 'date');
    default:
      return detail ? `${words(head)} (${detail})` : words(head);
  }
}

/** "payment from the local council", "debt": what a sum measures, for money:<measure> keys. */
function moneyLabel(attribute: string, nameOf?: NameOf): string | undefined {
  const [measure, ...rest] = keyParts(attribute);
  if (!measure) return undefined;
  if (measure === 'paid-by' && rest[0]) return `payment from ${partName(rest[0], nameOf)}`;
  if (measure === 'total-paid-by' && rest[0]) return `total paid by ${partName(rest[0], nameOf)}`;
  // "money:price:freehold", the generic reading's price of a thing bought (claims/figures/pricesPaid.ts)
  if (measure === 'price' && rest[0]) return `price paid for the ${words(rest[0])}`;
  // "money:raised:offer", the generic reading of sums raised or borrowed (claims/figures/sumsRaised.ts)
  if (measure === 'raised' || measure === 'borrowed') return `amount ${measure}${rest[0] ? ` in its ${words(rest[0])}` : ''}`;
  return [measure, ...rest].map((part) => partName(part, nameOf)).join(' ');
}

/** A process's opening or closing day: "offer-closes". */
const PROCESS_WINDOW = /^([a-z]+)-(opens|closes)$/;

/** "date of administration", "date of the merger with Y", "date it became a charity": dated events in words. */
function eventLabel(attribute: string, nameOf?: NameOf): string | undefined {
  const [event, ...rest] = keyParts(attribute);
  const other = rest.map((part) => partName(part, nameOf)).join(' ');
  switch (event) {
    case 'administration':
    case 'liquidation':
      return `date of ${event}`;
    case 'merged':
      return other ? `date of the merger with ${other}` : 'date of the merger';
    case 'took-over':
      if (rest[0] === 'services-of' && rest[1]) return `date it took over the services of ${partName(rest[1], nameOf)}`;
      return other ? `date it took over ${other}` : 'date of the take-over';
    case 'became':
      return rest[0] ? `date it became ${withArticle(categoryName(rest[0]))}` : undefined;
    case 'order':
      return `date of the ${other ? `${other} ` : ''}order`;
    case 'investment-by':
      return other ? `completion date of the investment by ${other}` : 'completion date of the investment';
    case 'stake-bought':
      return 'completion date of its share purchase';
    case 'purchase-completed':
      return 'completion date of its purchase';
    case 'regraded':
      return other ? `date it was regraded to ${/\d/.test(other) ? other.toUpperCase() : other}` : 'date it was regraded';
    case 'staff-taken-on':
      return 'date it takes on the transferred staff';
    // claims/extractors/eventStarts.ts: events named by a noun, by class
    case 'began':
      if (rest[0] === 'contract') return 'date its contract began';
      return rest[0] === 'strike'
        ? 'date the strike began'
        : rest[0] === 'incident'
          ? 'date the outage or incident began'
          : rest[0] === 'fire' || rest[0] === 'flood'
            ? `date the ${rest[0]} began`
            : undefined;
    case 'handed-over':
      return 'date the hand-over to it takes effect';
    default: {
      // claims/extractors/processWindows.ts: "date:offer-closes", "date:consultation-opens"
      const window = PROCESS_WINDOW.exec(event ?? '');
      return window ? `date its ${words(window[1]!)} ${window[2]}` : undefined;
    }
  }
}

/** The attribute's kind and its detail in words, with canonical ids ("org:circle-partnership-ltd") given their names. */
export function splitAttribute(attribute: string, nameOf?: NameOf): { head: string; detail: string } {
  const [head, ...rest] = attribute.split(':');
  const parts: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if ((rest[i] === 'org' || rest[i] === 'person') && i + 1 < rest.length) {
      const id = `${rest[i]}:${rest[i + 1]}`;
      parts.push(nameOf?.(id) ?? words(rest[i + 1]));
      i++;
    } else {
      parts.push(words(rest[i]));
    }
  }
  return { head, detail: parts.join(' ') };
}

/**
 * "a social enterprise", "an employee-owned co-operative"; a participle phrase takes none
 * ("employee-owned", "publicly owned", "majority-owned by outside investors").
 */
export function withArticle(category: string): string {
  const wordsOf = category.trim().split(/\s+/);
  if (/ed$/i.test(wordsOf[wordsOf.length - 1]) || (/ed$/i.test(wordsOf[0]) && wordsOf.includes('by'))) return category;
  return `${/^[aeiou]/i.test(category) ? 'an' : 'a'} ${category}`;
}


/** Nouns that are already plural, or have no plural of their own. */
const NO_PLURAL = new Set(['staff', 'people', 'personnel', 'workforce', 'police', 'clergy', 'children', 'fish', 'sheep', 'livestock', 'equipment', 'maladministration']);
/** A counted noun and the measure after it: "household helped", "people housed", "customer taken on". */
const BOARD_SEATS = /^count:(nominee|appointee) on (org:.+)$/;
// (and the state the things are counted in, figures/countedHead.ts: "repair outstanding", "job on site")
const MEASURED_COUNT = /^([a-z][a-z ]*?) ((?:helped|supported|advised|referred|housed|trained|placed|transferring|outstanding|overdue|unresolved|pending|waiting|unfilled|vacant|empty|unused)|taken on|at the start|on site|in use|in service|on books|on waiting lists?|after the change from [\d,.]+)$/;
const IRREGULAR_PLURALS: Record<string, string> = { person: 'people', child: 'children', man: 'men', woman: 'women' };

/**
 * A counted noun in the plural, as a count of more than one reads: the engine keys counts by the
 * singular ("customer") so that "1 customer" and "900,000 customers" meet.
 */
/**
 * An act's value (claims/extractors/actsDone.ts: "~" and the verb's stem, then its object's
 * modifier and head, "~rais price", "~cancel school service") in words: "raise prices", "cancel
 * school services". An owner's value ("~whole org:x", "~part …", derived.ts) is no act.
 */
export function isActValue(category: string): boolean {
  return category.startsWith('~') && !/^~(?:whole|part) /.test(category);
}

export function actPhrase(category: string): string {
  const [stem, ...object] = category.slice(1).split(' ');
  if (!stem) return category;
  const verb = verbBase(stem);
  if (object.length === 0) return verb;
  const head = object.pop()!;
  return [verb, ...object, pluralNoun(head)].join(' ');
}

export function pluralNoun(noun: string): string {
  // a count keyed with its measure ("household helped", "customer taken on"): the noun takes the plural
  const measured = MEASURED_COUNT.exec(noun);
  if (measured) return `${pluralNoun(measured[1]!)} ${measured[2]}`;
  const match = /^(.*?)([a-z]+)$/.exec(noun);
  if (!match) return noun;
  const [, before, last] = match as unknown as [string, string, string];
  if (NO_PLURAL.has(last) || (last.endsWith('s') && !last.endsWith('ss') && !last.endsWith('us'))) return noun;
  if (IRREGULAR_PLURALS[last]) return before + IRREGULAR_PLURALS[last];
  if (/[^aeiou]y$/.test(last)) return `${before}${last.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(last)) return `${before}${last}es`;
  return `${before}${last}s`;
}
