import type { ClaimValue } from '../engine/types';
import {
  actPhrase,
  attributeLabel,
  categoryName,
  claimValueLabel,
  datePhrase,
  formatDate,
  isActValue,
  pluralNoun,
  splitAttribute,
  withArticle,
  type NameOf,
} from './labels';
import { contractPhrase, keyParts, partName, words } from './attributeKeys';

// A claim as a sentence about its subject, for diagnostic messages and the CLI's report. The
// attribute key is the engine's ("contract-value:from:org:x:in:north-east"); the sentence is what a
// researcher would write. Keys with no wording of their own fall back to "the <attribute> of <subject>".

/**
 * "Circle is NOT an employee-owned co-operative", "the share of Circle owned by employees is 49.9%",
 * "Andrew Lansley is Health Secretary", "Circle was announced on 17 November 2010".
 */
export function claimSentence(subjectName: string, attribute: string, value: ClaimValue, nameOf?: NameOf): string {
  const { head, detail } = splitAttribute(attribute, nameOf);
  switch (value.kind) {
    case 'category': {
      const name = categoryName(value.category);
      const negation = value.polarity === 'deny' ? (value.hedged ? 'not strictly ' : 'NOT ') : '';
      // A holding of no stated size is the owner's, not the company's: "Y holds no shares in X".
      if (head === 'owned-share' && detail && value.category === 'shareholder') return `${detail} holds ${negation ? 'NO ' : ''}shares in ${subjectName}`;
      // A loan and a dividend are events between two bodies, not kinds of body.
      if (head === 'loan-from' && detail) return `${lenderName(attribute, nameOf)} has ${negation}lent to ${subjectName}`;
      if (head === 'dividend') return `${subjectName} has ${negation}paid a dividend`;
      // A thing that exists for the body or not: "Harnley College has NO compulsory redundancies".
      if (head === 'exists') return `${subjectName} has ${value.polarity === 'deny' ? 'NO' : 'had'} ${pluralNoun(value.category)}`;
      // How a body holds a place: "Wickham Bowls Club owns its green outright", "… leases its green".
      if (head === 'tenure' && detail) return `${subjectName} ${value.category === 'leased' ? 'leases' : 'owns'} its ${detail}${value.category === 'leased' ? ' from a landlord' : ' outright'}`;
      // A body or a kind of place it runs, closing or not: "Kelby Lido will NOT close", "Hobbs Bakery will close NONE of its shops".
      if (head === 'closes' && detail && detail !== 'self') return `${subjectName} will close ${negation ? 'NONE' : 'some'} of its ${pluralNoun(detail)}`;
      // Who holds a body: "Harbury Leisure Ltd is wholly owned by Tenby District Council" (the value is "~whole org:…" or "~part …").
      if (head === 'owned-by') {
        const space = name.indexOf(' ');
        return `${subjectName} is ${name.slice(0, space) === 'whole' ? 'wholly' : 'partly'} owned by ${partName(name.slice(space + 1), nameOf)}`;
      }
      // A thing a body did or not, keyed by the verb's stem and read in its base form: "Redcliff Buses did NOT cancel school services".
      if (head === 'act') return `${subjectName} did ${negation}${isActValue(value.category) ? actPhrase(value.category) : name}`;
      if (head === 'closes') return `${subjectName} will ${negation}close`;
      if (head === 'compensation') return `${subjectName} has ${negation}paid the compensation it owes`;
      if (head === 'grant-from' && detail) return `${lenderName(attribute, nameOf)} has ${negation}awarded ${subjectName} a grant`;
      if (head === 'funding-cut-to' && detail) return `${subjectName} has ${negation}cut its funding for ${recipientName(attribute, nameOf)}`;
      if (head === 'gave-money') return `${subjectName} has ${negation}put money in`;
      if (head === 'own-accord') return `${subjectName} acted ${negation}of its own accord`;
      if (head === 'consulted') return `${subjectName} was ${negation}consulted`;
      if (head === 'agreed-to-sell') return `${subjectName} has ${negation}agreed to sell`;
      // Formal action is taken by one body against another: "The ORS has NOT fined Corran Rail".
      if (head === 'rating') return `${subjectName} is ${negation}rated ${words(value.category.replace(/^rated-/, ''))}`;
      if (head === 'staff-from' && detail) return `${subjectName} has ${negation}taken on the staff of ${detail}`;
      if (head === 'action-from' && detail) return `${lenderName(attribute, nameOf)} has ${negation}${actionPhrase(value.category)} ${subjectName}`;
      const described = value.polarity === 'affirm' && value.hedged ? `a so-called ${name}` : withArticle(name);
      return `${subjectName} is ${negation}${described}`;
    }
    case 'role':
      return `${subjectName} is ${value.title}`;
    case 'date': {
      const deal = dealSentence(subjectName, attribute, value, nameOf);
      if (deal) return deal;
      if (head === 'date' && detail) return eventSentence(subjectName, attribute, value.iso, value.precision, nameOf);
      return `the ${attributeLabel(attribute, nameOf)} of ${subjectName} is ${formatDate(value.iso, value.precision)}`;
    }
    case 'number': {
      const deal = dealSentence(subjectName, attribute, value, nameOf);
      if (deal) return deal;
      if (head === 'owned-share' && detail) return `the share of ${subjectName} owned by ${detail} is ${claimValueLabel(value)}`;
      if (head === 'share' && detail) return `the share of ${subjectName} ${sharePhrase(detail)} is ${claimValueLabel(value)}`;
      if (attribute === 'count:job-cut-made') return `the ${attributeLabel(attribute, nameOf)} for ${subjectName} is ${claimValueLabel(value)}`;
      if (head === 'count' && detail) return `the number of ${pluralNoun(detail)} for ${subjectName} is ${claimValueLabel(value)}`;
      if (head === 'money' && detail) return moneySentence(subjectName, attribute, value, nameOf);
      return `the ${attributeLabel(attribute, nameOf)} for ${subjectName} is ${claimValueLabel(value)}`;
    }
  }
}

/** Words that open a clause ("are attributable to …"): the share is then "of the subject that …". */
const FINITE_VERB = /^(?:are|is|was|were|have|has|had|do|does|did|will|would|can|could|may|might|must|should|live|lives|work|works|say|says|said)\b/i;

/**
 * What a share is of, after its subject: "having a common mental health problem" follows the subject
 * as it stands ("the share of people in London having …"), a clause takes "that" ("the share of these
 * deaths that are attributable to …").
 */
function sharePhrase(detail: string): string {
  return FINITE_VERB.test(detail) ? `that ${detail}` : detail;
}

/**
 * Contracts and sales (claims/extractors/transactions.ts): "the value of X's contract from the
 * Ministry of Justice in the North East is £46 million", "the completion date of the sale of X is
 * 31 March 2017". Dates are stated as dates of the deal, not as events in a tense: one source may
 * announce a start that another reports as past.
 */
function dealSentence(subjectName: string, attribute: string, value: ClaimValue, nameOf?: NameOf): string | undefined {
  const head = attribute.slice(0, attribute.indexOf(':') < 0 ? attribute.length : attribute.indexOf(':'));
  const said = value.kind === 'date' ? formatDate(value.iso, value.precision) : claimValueLabel(value);
  if (head === 'sale-price') return `the price of the sale of ${subjectName} is ${said}`;
  if (head === 'sale-completion') return `the completion date of the sale of ${subjectName} is ${said}`;
  if (head !== 'contract-value' && head !== 'contract-start' && head !== 'contract-award') return undefined;
  const contract = `${subjectName}’s ${contractPhrase(attribute, nameOf)}`;
  if (head === 'contract-value') return `the value of ${contract} is ${said}`;
  return `the ${head === 'contract-start' ? 'start' : 'award'} date of ${contract} is ${said}`;
}

/**
 * Dated events (claims/extractors/eventDates.ts, orderDates.ts, eventNouns.ts) as a clause with
 * their subject: "X went into administration on 1 March 2019", "X merged with Y in 2012", "the
 * special administration order for X was made on 6 June 2025". An event with no wording of its own
 * is read as a passive ("X was founded in 2004").
 */
function eventSentence(subjectName: string, attribute: string, iso: string, precision: Parameters<typeof datePhrase>[1], nameOf?: NameOf): string {
  const [event, ...rest] = keyParts(attribute);
  const when = datePhrase(iso, precision);
  const other = rest.length > 0 ? rest.map((part) => partName(part, nameOf)).join(' ') : '';
  switch (event) {
    case 'administration':
    case 'liquidation':
      return `${subjectName} went into ${event} ${when}`;
    case 'merged':
      return other ? `${subjectName} merged with ${other} ${when}` : `${subjectName} merged ${when}`;
    case 'took-over':
      if (rest[0] === 'services-of' && rest[1]) return `${subjectName} took over the services of ${partName(rest[1], nameOf)} ${when}`;
      return other ? `${subjectName} took over ${other} ${when}` : `${subjectName} took over ${when}`;
    case 'became':
      return rest[0] ? `${subjectName} became ${withArticle(categoryName(rest[0]))} ${when}` : `${subjectName} changed form ${when}`;
    case 'order':
      return `the ${other ? `${other} ` : ''}order about ${subjectName} was made ${when}`;
    case 'stake-bought':
      return `${subjectName}'s purchase of shares completed ${when}`;
    case 'purchase-completed':
      return `${subjectName}'s purchase completed ${when}`;
    case 'regraded':
      return `${subjectName} was regraded to ${/\d/.test(other) ? other.toUpperCase() : other} ${when}`;
    case 'staff-taken-on':
      return `${subjectName} takes on the transferred staff ${when}`;
    case 'began':
      if (rest[0] === 'strike') return `the strike involving ${subjectName} began ${when}`;
      if (rest[0] === 'contract') return `${subjectName}'s contract began ${when}`;
      if (rest[0] === 'incident') return `the outage or incident at ${subjectName} began ${when}`;
      if (rest[0] === 'fire' || rest[0] === 'flood') return `the ${rest[0]} at ${subjectName} began ${when}`;
      return `${subjectName} was ${[words(event ?? ''), other].filter(Boolean).join(' ')} ${when}`;
    case 'handed-over':
      return `the hand-over to ${subjectName} takes effect ${when}`;
    case 'investment-by':
      return rest[0] ? `${partName(rest[0], nameOf)}'s investment in ${subjectName} completed ${when}` : `an investment in ${subjectName} completed ${when}`;
    default: {
      // claims/extractors/processWindows.ts: "X's offer closes on 17 July 2026"
      const window = /^([a-z]+)-(opens|closes)$/.exec(event ?? '');
      if (window) return `${subjectName}'s ${words(window[1]!)} ${window[2]} ${when}`;
      return `${subjectName} was ${[words(event ?? ''), other].filter(Boolean).join(' ')} ${when}`;
    }
  }
}

/**
 * Sums (claims/extractors/money.ts, accountFigures.ts): "the payment to X from the local council is
 * £1.4 million", "the debt of X is £1.9 billion".
 */
function moneySentence(subjectName: string, attribute: string, value: ClaimValue, nameOf?: NameOf): string {
  const [measure, ...rest] = keyParts(attribute);
  if (measure === 'paid-by' && rest[0]) return `the payment to ${subjectName} from ${partName(rest[0], nameOf)} is ${claimValueLabel(value)}`;
  if (measure === 'total-paid-by' && rest[0]) return `the total paid to ${subjectName} by ${partName(rest[0], nameOf)} is ${claimValueLabel(value)}`;
  if (measure === 'price' && rest[0]) return `${subjectName} paid ${claimValueLabel(value)} for the ${words(rest[0])}`;
  const measured = [measure, ...rest].map((part) => partName(part!, nameOf)).join(' ');
  return `the ${measured} of ${subjectName} is ${claimValueLabel(value)}`;
}

/** "fined", "taken enforcement action against", "issued a warning notice to": an action-from category as a verb phrase. */
function actionPhrase(category: string): string {
  if (category === 'fine') return 'fined';
  if (category === 'enforcement-action') return 'taken enforcement action against';
  return `issued ${withArticle(words(category))} to`;
}

/** The lender of a loan-from:<lender> key: a body by its name, a local council as "the local council". */
/** The body a funding cut is for, named as a part of the key. */
function recipientName(attribute: string, nameOf?: NameOf): string {
  const [recipient] = keyParts(attribute);
  return recipient ? partName(recipient, nameOf) : 'a recipient';
}

function lenderName(attribute: string, nameOf?: NameOf): string {
  const [lender] = keyParts(attribute);
  const name = lender ? partName(lender, nameOf) : 'a lender';
  return name.charAt(0).toUpperCase() + name.slice(1);
}
