// The people who work on a body's site, whoever employs them: "About 1,100 people work on the X
// site", "1,100 staff are based at X's campus", "some 1,100 people work on site at X". They are
// the jobs on that site, the measure a body's own figure gives as "X supports 1,850 jobs on site"
// (thingCounts.ts), so both key `count:job on site` and meet. People on a site are not the body's
// own staff (airlines, contractors and shops work there too), so the key stays apart from
// count:staff. Look-alikes kept apart: people working for the body anywhere, "up to", a part of a
// group ("200 of them").

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { intervalOf } from '../numbers';
import type { FigureReading } from './reading';
import { WordGate, mayHold } from '../wordGates';

const S = String.raw`[\s\u00a0]`;
const PEOPLE = new Set(['people', 'staff', 'workers', 'employees', 'colleagues', 'jobs']);
/** "work on", "are employed at", "are based on": the verb and the preposition before the site. */
const WORK_ON = new RegExp(String.raw`^${S}+(?:(?:are|were|is|currently|now|still|all)${S}+)*(?:work|worked|working|employed|based)${S}+(?:on|at)${S}+(?<the>the${S}+)?`, 'iu');
/** After the body's name: its site or campus. */
const SITE_AFTER_NAME = new RegExp(String.raw`^(?:['’]s?)?${S}+(?:site|campus)(?![\p{L}])`, 'u');
/** "on site at X": the body after the site. */
const SITE_AT = new RegExp(String.raw`^site${S}+(?:at|of)${S}+(?<the>the${S}+)?`, 'u');
const PART_BEFORE = /(?<![\p{L}])of[\s\u00a0]+(?:the|them|its|their)?[\s\u00a0]*$/iu;

/** "airport site", "hospital campus": a kind of body as the site's modifier. */
const KIND_SITE = new RegExp(String.raw`^(?<kind>\p{Ll}{3,})${S}+(?:site|campus)(?![\p{L}])`, 'u');
/** How far back the body a kind word stands for may be named. */
const KIND_REACH = 2000;

/** The body named last before `at` whose name ends in the kind word ("Corrow Airport" for "airport"). */
function lastOfKind(context: ClaimContext, kind: string, at: number): Entity | undefined {
  const named = context.within(context.organisations, Math.max(0, at - KIND_REACH), at);
  for (let i = named.length - 1; i >= 0; i--) {
    const name = named[i]!.canonicalName ?? named[i]!.text;
    const space = name.lastIndexOf(' ');
    if (space > 0 && name.slice(space + 1).toLowerCase() === kind) return named[i];
  }
  return undefined;
}

function bodyAt(context: ClaimContext, at: number, the: string | undefined): Entity | undefined {
  return context.organisationStartingAt(at) ?? (the ? context.organisationStartingAt(at - the.length) : undefined);
}

/** The letters of a site or a campus, asked of the token census first (wordGates.ts). */
const SITE_WORD = new WordGate('a site or campus', ['site', 'campus'], 'anywhere', [/site|campus/]);

export const siteWorkforce: FigureReading = {
  name: 'site-workforce',
  read(context: ClaimContext): Claim[] {
    const text = context.text;
    // the word's letters first: most documents count no one on a site or campus
    if (!mayHold(context, SITE_WORD) || (!text.includes('site') && !text.includes('campus'))) return [];
    const claims: Claim[] = [];
    for (const quantity of context.numbers) {
      if (quantity.type !== 'quantity' || quantity.value?.kind !== 'quantity' || quantity.value.qualifier === 'up to') continue;
      const noun = quantity.value.noun?.toLowerCase();
      if (!noun || !PEOPLE.has(noun) || !Number.isFinite(quantity.value.value)) continue;
      const work = WORK_ON.exec(text.slice(quantity.end, quantity.end + 60));
      if (!work) continue;
      const at = quantity.end + work[0].length;
      let subject = bodyAt(context, at, work.groups!.the);
      if (subject && !SITE_AFTER_NAME.test(text.slice(subject.end, subject.end + 12))) subject = undefined;
      if (!subject) {
        const site = SITE_AT.exec(text.slice(at, at + 30));
        subject = site ? bodyAt(context, at + site[0].length, site.groups!.the) : undefined;
      }
      // "on the airport site", "at the hospital campus": the body of that kind named last before it
      if (!subject && work.groups!.the) {
        const kind = KIND_SITE.exec(text.slice(at, at + 30))?.groups!.kind;
        if (kind) subject = lastOfKind(context, kind, quantity.start);
      }
      if (!subject?.canonical || PART_BEFORE.test(text.slice(Math.max(0, quantity.start - 16), quantity.start))) continue;
      const { value, qualifier } = quantity.value;
      const core = quantity.core ?? quantity;
      const literal = /[\d.,]+/.exec(text.slice(core.start, core.end))?.[0] ?? '';
      const interval = intervalOf(value, literal, qualifier, context.rules, { low: 0 });
      claims.push(
        context.claim({
          subject,
          attribute: 'count:job on site',
          value: { kind: 'number', value, unit: 'job', ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
          start: quantity.start,
          end: Math.max(quantity.end, subject.end),
          timeFromSentence: true,
          focus: quantity,
        }),
      );
    }
    return claims;
  },
};
