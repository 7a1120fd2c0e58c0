// Who a count of customers belongs to, and what it measures, read by structure rather than by the
// word a text picks. A supplier's customers are one measure whatever they are called: "42,000
// domestic customers", "42,000 households", "supplied 42,000 homes" (count:customer). People
// handed from one body to another are the receiving body's intake, whichever side the sentence
// stands on: "Y has taken on 61,000 households" and "the 42,000 households moved to Y" are one
// measure of Y (count:customer taken on), apart from what Y had before.

import type { Entity } from '../../types';
import type { ClaimContext } from '../context';
import { TAKEN_ON } from './countMeasures';
import { SPACE } from './grammar';

const S = SPACE;

/** Right after the counted words: "moved to", "were transferred to", "will switch over to". */
const HANDED_TO = new RegExp(
  `^(?:${S}+(?:were|was|have${S}+been|had${S}+been|being|will${S}+be|are${S}+being|are|is|will|to${S}+be))?${S}+(?:moved|transferred|switched|passed|handed|move|transfer|switch|moving|transferring|switching)(?:${S}+(?:over|across))?${S}+to${S}+(?:the${S}+)?`,
  'iu',
);

/**
 * "1,150 staff at the two hospitals will transfer to Y": where the people are now may stand between
 * them and the verb that hands them over (a short phrase with no clause break).
 */
const NOW_AT = `(?:${S}+(?:at|in|from|based${S}+at|working${S}+(?:at|in|for))${S}+[^,;:.()]{1,80}?)?`;
const HANDED_TO_AFTER_PLACE = new RegExp(HANDED_TO.source.replace('^', `^${NOW_AT}`), 'iu');
/** "all 1,640 of us become Y employees", "400 staff will become Y’s employees": they join Y's staff. */
const BECOME = new RegExp(`^${NOW_AT}(?:${S}+(?:will|would|are${S}+to|to|have|had|has|all|now|then))*${S}+(?:become|became|becoming|join|joined|joining)${S}+(?:the${S}+)?$`, 'iu');
/** "300 staff will become employees of Y". */
const BECOME_EMPLOYEES_OF = new RegExp(BECOME.source.replace(/\$$/, `(?:employees|staff|members${S}+of${S}+staff)${S}+of${S}+(?:the${S}+)?$`), 'iu');
const EMPLOYEES_AFTER = new RegExp(`^(?:['’]s?)?${S}+(?:employees|staff|workers|workforce)(?![\\p{L}])`, 'iu');
const POSSESSIVE_AFTER = /^['’]/;
/** "Y's books", "Y's payroll", "Y's register": Y's own records, so Y itself takes them on. */
const RECORDS_AFTER = new RegExp(`^['’]s?${S}+(?:books|payroll|register|systems?|contracts?|terms)(?![\\p{L}])`, 'iu');
const BECOME_CUE = /[\s\u00a0](?:bec[oa]m|join)/i;

/**
 * "transfer to Y's new company", "move to Y's head office": Y's possession takes them in, not Y
 * (but "Y's payroll", "Y's employees" are Y's own).
 */
function namesPossession(context: ClaimContext, receiver: Entity): boolean {
  const after = context.text.slice(receiver.end, receiver.end + 16);
  return POSSESSIVE_AFTER.test(after) && !EMPLOYEES_AFTER.test(after) && !RECORDS_AFTER.test(after);
}

/** The body the counted people are handed to, named right after "moved to" / "transferred to" or "become … employees". */
export function transferReceiver(context: ClaimContext, quantity: Entity, sentenceEnd: number): Entity | undefined {
  const after = context.text.slice(quantity.end, Math.min(sentenceEnd, quantity.end + 130));
  if (after.includes(' to') || after.includes('\u00a0to')) {
    const handed = HANDED_TO_AFTER_PLACE.exec(after);
    const receiver = handed ? context.organisationStartingAt(quantity.end + handed[0].length) : undefined;
    if (handed) return receiver && !namesPossession(context, receiver) ? receiver : undefined;
  }
  if (!BECOME_CUE.test(after)) return undefined;
  const orgs = context.within(context.organisations, quantity.end, quantity.end + after.length);
  for (const org of orgs) {
    const between = context.text.slice(quantity.end, org.start);
    if (BECOME.test(between) ? EMPLOYEES_AFTER.test(context.text.slice(org.end, org.end + 14)) : BECOME_EMPLOYEES_OF.test(between)) return org;
  }
  return undefined;
}

/** Words that name the same customers more or less narrowly: a supplier's whole base, not a part of it. */
const CUSTOMER_HEADS = new Set(['customer', 'household', 'account', 'consumer']);
const WHOLE_BASE_MODIFIERS = new Set(['domestic', 'residential', 'existing', 'current', 'energy', 'gas', 'electricity', 'retail', 'its', 'their']);
/** Supplied and served premises: "supplied 40,000 homes", "serves 1.4 million properties". */
const PREMISES = new Set(['home', 'property', 'premise', 'premises']);
const SUPPLY_VERB_BEFORE = /(?:^|[^\p{L}])(?:suppl(?:y|ies|ied|ying)|serv(?:e|es|ed|ing))(?:[\s\u00a0]+[\p{L}\d,]+){0,4}?[\s\u00a0]+(?:to[\s\u00a0]+)?(?:(?:about|around|some|nearly|almost|over|more[\s\u00a0]+than|roughly|approximately)[\s\u00a0]+)?$/u;

/**
 * "customer" when the counted noun names a body's whole customer base ("domestic customers",
 * "households", "homes" it supplies); undefined otherwise. A service measure ("households helped")
 * counts the people a service reached, not customers, so it keeps its own noun.
 */
export function customerClass(noun: string, lead: string, measure: string | undefined): string | undefined {
  if (measure !== undefined && measure !== TAKEN_ON) return undefined;
  const words = noun.split(' ');
  const head = words[words.length - 1]!;
  if (!words.slice(0, -1).every((w) => WHOLE_BASE_MODIFIERS.has(w))) return undefined;
  if (CUSTOMER_HEADS.has(head)) return 'customer';
  return PREMISES.has(head) && SUPPLY_VERB_BEFORE.test(lead) ? 'customer' : undefined;
}
