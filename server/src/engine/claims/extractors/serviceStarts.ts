// When a body began running another body's services, in the two ways texts put it that
// eventDates.ts's take-overs (which need what was taken over named after the verb) miss:
//   "X took over from the council in October 2020"            nothing named: X took over what the
//                                                               council ran, its services
//   "X, which has run the district's leisure centres since 1 April 2021"
//                                                               running a place's or its council's
//                                                               facilities since a day: the day X
//                                                               took them over from the council
// Both are keyed as eventDates.ts keys "X took over the council's services on D"
// (date:took-over:services-of:<body>, every local council one key, as for payments), so a text
// that dates the hand-over one way and a text that dates it another are compared.
// Running something since a day is also keyed by what is run, in its own words, whoever ran it
// before (date:took-over:<service>, as eventDates.ts keys "X took over <service> on D"): "X has run
// the borough's school meals service since D" and "X, a mutual set up by the council, has run the
// school meals service since D" are one start ("school meals": no owner, place, count or "service").
// What a body runs of its own ("its own care homes") has no start of this kind.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import type { ClaimExtractor } from './extractor';
import { isPrepositionalObject } from './grammar';
import { LOCAL_AUTHORITY, partyKey } from './money';
import { NUMBER_WORD_VALUES } from '../../entities/numbers';

const S = '[\\s\\u00a0]';
/** "took over from the council in", "has taken over from X on": the verb with no object, then the former provider. */
const TOOK_OVER_FROM = new RegExp(`(?:^|[^\\p{L}])(?:took|takes|take|taking|taken)${S}+over${S}+from${S}+(?<from>[^,;:.()]{1,60}?)${S}+(?:in|on)${S}+$`, 'iu');
/** "has run … since", "have operated … since", with what is run in between. */
const RAN_SINCE = new RegExp(
  `(?:^|[^\\p{L}])(?:has|have|had)${S}+(?:(?:now|also|successfully)${S}+)?(?:run|operated|managed|provided|delivered)${S}+(?<object>[^,;:()]{1,100}?)${S}+since${S}+$`,
  'iu',
);
const SINCE_JUST_BEFORE = /since[\s\u00a0]+$/i;
const IN_ON_JUST_BEFORE = /[\s\u00a0](?:in|on)[\s\u00a0]+$/i;
/** A council not named: "the council", "the local authority", "the borough council". */
const THE_COUNCIL = new RegExp(`^(?:the|its|their)${S}+(?:(?:local|borough|county|city|district|town|unitary)${S}+)?(?:council|local${S}+authority)$`, 'iu');
/** A place's or its council's facilities: "the district's", "the council's", "the borough-owned". */
const COUNCIL_FACILITIES = new RegExp(`^(?:the${S}+)?(?:council|borough|district|county|city|town|local${S}+authority)(?:['’]s|-owned|-run)${S}`, 'iu');
/**
 * Between a subject and its verb: nothing, ", which" / ", who", or an aside between commas that
 * describes it ("X, a staff mutual set up by the council, has run …").
 */
const SUBJECT_GAP = new RegExp(`^(?:${S}+|,${S}*(?:which|who)${S}+|,${S}*(?:an?|the)${S}[^,;:()]{1,80},${S}+)$`, 'iu');
/** A possessor before what is run ("the borough's", "its"), and words after it that say where or for whom. */
const SERVICE_OWNER = new RegExp(`^(?:(?:the|its|their|our)${S}+)?(?:[\\p{L}-]+['’]s${S}+)?`, 'iu');
const SERVICE_TAIL = new RegExp(`${S}+(?:in|across|for|at|on|from|to|under|throughout|with)${S}.*$`, 'iu');
/** Words that name no one service: "has run the service since", "has run it since". */
const NO_SERVICE = /^(?:services?|contracts?|it|them|this|that|the business|business|site|sites|things|operations?)$/;

/** "the borough's school meals service" → "school meals": what is run, without its owner, its place or the word "service". */
function serviceWords(object: string): string | undefined {
  const bare = object.replace(SERVICE_OWNER, '').replace(SERVICE_TAIL, '').toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
  // "its own care homes": what it has always run, no start of running another's
  if (/^own /.test(bare)) return undefined;
  // "the borough's nine libraries" and "its libraries" are one service, however many there are
  const words = bare.split(' ').filter((w) => NUMBER_WORD_VALUES[w] === undefined);
  if (words.length === 0) return undefined;
  if (words.length > 4 || words.some((w) => !/^[\p{Ll}-]+$/u.test(w))) return undefined;
  if (NO_SERVICE.test(words.join(' '))) return undefined;
  const service = (words.length > 1 && /^services?$/.test(words[words.length - 1]!) ? words.slice(0, -1) : words).join(' ');
  return NO_SERVICE.test(service) ? undefined : service;
}

class ServiceStartExtractor implements ClaimExtractor {
  readonly name = 'service-start';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const date of context.dates) {
      if (date.value?.kind !== 'date' || date.value.precision === 'day-month') continue;
      const sentence = context.sentenceAt(date.start);
      if (!sentence) continue;
      // cheap tests of the words right before the date first: "in" / "on" for a take-over, "since" for running
      const just = text.slice(Math.max(sentence.start, date.start - 7), date.start);
      const hasSince = SINCE_JUST_BEFORE.test(just);
      if (!hasSince && !IN_ON_JUST_BEFORE.test(just)) continue;
      const lead = text.slice(Math.max(sentence.start, date.start - 200), date.start);
      const leadStart = date.start - lead.length;
      const hasOver = !hasSince && /over[\s\u00a0]+from/i.test(lead);
      if (!hasOver && !hasSince) continue;
      const tookOver = hasOver ? TOOK_OVER_FROM.exec(lead) : null;
      if (tookOver) {
        const verbAt = leadStart + tookOver.index + tookOver[0].search(/\p{L}/u);
        const from = tookOver.groups!.from!;
        const fromAt = leadStart + tookOver.index + tookOver[0].lastIndexOf(from);
        const former = THE_COUNCIL.test(from) ? LOCAL_AUTHORITY : formerProvider(context, fromAt, from);
        const subject = subjectBefore(context, sentence.start, verbAt);
        if (former && subject?.canonical && partyKey(subject) !== former) claims.push(...this.claim(context, subject, `services-of:${former}`, date, verbAt));
        continue;
      }
      const ran = hasSince ? RAN_SINCE.exec(lead) : null;
      if (!ran) continue;
      const object = ran.groups!.object!;
      const objectAt = leadStart + ran.index + ran[0].lastIndexOf(object);
      const named = context.organisationStartingAt(objectAt) ?? context.organisationStartingAt(objectAt + 4);
      const ownedByCouncil = COUNCIL_FACILITIES.test(object) || (named !== undefined && partyKey(named) === LOCAL_AUTHORITY && /^['’]s[\s\u00a0]/.test(text.slice(named.end, named.end + 3)));
      const verbAt = leadStart + ran.index + ran[0].search(/\p{L}/u);
      const subject = subjectBefore(context, sentence.start, verbAt);
      if (!subject?.canonical) continue;
      if (ownedByCouncil && partyKey(subject) !== LOCAL_AUTHORITY) claims.push(...this.claim(context, subject, `services-of:${LOCAL_AUTHORITY}`, date, verbAt));
      // What it runs, in its own words, whoever it was run for before: "has run the school meals
      // service since D" and "took over school meals on D" are one start.
      const service = named ? undefined : serviceWords(object);
      if (service) claims.push(...this.claim(context, subject, service, date, verbAt));
    }
    return claims;
  }

  /** date:took-over:<what>, where what is "services-of:<former provider>" or the service's own words. */
  private claim(context: ClaimContext, subject: Entity, what: string, date: Entity, verbAt: number): Claim[] {
    if (date.value?.kind !== 'date') return [];
    const { iso, precision } = date.value;
    const claim = context.claim({
      subject,
      attribute: `date:took-over:${what}`,
      value: { kind: 'date', iso, precision },
      start: Math.min(subject.start, verbAt),
      end: date.end,
    });
    // A dated event speaks of its own date.
    claim.time = iso;
    return [claim];
  }
}

/** The body named at the start of "from …": a named organisation, keyed as payments key it. */
function formerProvider(context: ClaimContext, fromAt: number, words: string): string | undefined {
  const skip = /^the[\s\u00a0]+/i.exec(words)?.[0].length ?? 0;
  const body = context.organisationStartingAt(fromAt + skip) ?? context.organisationStartingAt(fromAt);
  return body ? partyKey(body) : undefined;
}

/** The verb's subject: a name right before it, or the name a ", which" clause hangs on; not a preposition's object. */
function subjectBefore(context: ClaimContext, sentenceStart: number, verbAt: number): Entity | undefined {
  const text = context.text;
  const candidates = context.within(context.organisations, sentenceStart, verbAt);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const org = candidates[i]!;
    if (isPrepositionalObject(text, org, sentenceStart)) continue;
    const gap = text.slice(org.end, verbAt);
    // a relative clause's antecedent, or the subject right before its verb ("X has run", "X took over")
    if (SUBJECT_GAP.test(gap) || SUBJECT_GAP.test(gap.replace(/[\s\u00a0]+(?:has|have|had)[\s\u00a0]*$/i, ' '))) return org;
    return undefined;
  }
  return undefined;
}

export const serviceStartExtractor: ClaimExtractor = new ServiceStartExtractor();
