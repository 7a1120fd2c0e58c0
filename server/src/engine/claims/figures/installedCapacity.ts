// The generating capacity a body has installed, in watts: "X has installed about 2 megawatts of
// solar panels", "X now has 450 kW of panels installed on 12 roofs", "X's installed capacity is
// 3.4 MW", and a line of the facts a body gives about itself, "Installed now: 1.2 MW on 17 roofs"
// or "Installed capacity | 1.2 MWp", in its own document (author.ts). One measure however it is
// written and in whatever unit (kW, MW, GW, in figures or words), keyed `capacity:installed` in
// MW, so a co-operative's share offer and a minister's answer meet.
// Look-alikes kept apart: capacity planned, promised or to be added ("will install", "plans to
// add 1 MW", "the new phase adds"), a plant's size rather than a body's stock ("a 5 MW solar
// farm", which no verb of having installed governs), "up to", and a figure supposed or denied.

import { normaliseQualifier } from '../../entities/numbers';
import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { intervalOf } from '../numbers';
import { isMedia } from '../referents';
import { clauseSubject } from './figureSubject';
import { notStatedAt } from './measureClasses';
import type { FigureReading } from './reading';
import { WordGate, mayHold } from '../wordGates';

const S = String.raw`[\s\u00a0]`;
/** A unit of power, as written after a figure; a text with none of these letters has no capacity. */
const POWER_LETTERS = /[kMG]Wp?(?![\p{L}])|watt/u;
const POWER = /(?<![\p{L}\d.,£$€])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[\s\u00a0]*(kWp?|MWp?|GWp?|kilowatts?|megawatts?|gigawatts?)(?![\p{L}\d])/gu;
const MW_PER: Readonly<Record<string, number>> = { k: 0.001, K: 0.001, M: 1, m: 1, G: 1000, g: 1000 };
const QUALIFIER = String.raw`(?:(?<q>about|around|some|nearly|almost|roughly|approximately|more${S}+than|over|just${S}+over|just${S}+under|less${S}+than|under|up${S}+to)${S}+)?`;
/** "has installed", "have now installed", "had installed a total of". */
const INSTALLED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?<verb>has|have|had)${S}+(?:(?:now|already|so${S}+far|to${S}+date)${S}+)?installed${S}+(?:a${S}+total${S}+of${S}+)?${QUALIFIER}$`, 'iu');
/** "its installed capacity is", "X's installed capacity stands at", "an installed capacity of". */
const CAPACITY_BEFORE = new RegExp(String.raw`(?:(?<owner>['’]s?)|(?<![\p{L}])(?:its|their|our|an|a))${S}+(?:total${S}+)?installed${S}+(?:generating${S}+)?capacity${S}+(?:of|is|was|stands${S}+at|stood${S}+at|totals|totalled|reached|has${S}+reached)${S}+${QUALIFIER}$`, 'iu');
/** "has 450 kW of panels installed", "now has 2 MW of solar in operation": the verb of having before the figure ... */
const HAS_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?<verb>has|have|had)${S}+(?:(?:now|already|so${S}+far)${S}+)?${QUALIFIER}$`, 'iu');
/** ... and the state after it. */
const INSTALLED_AFTER = new RegExp(String.raw`^${S}+of${S}+(?:[\p{L}-]+${S}+){0,3}?(?:installed|in${S}+operation|generating)(?![\p{L}])`, 'u');
/** A line of facts: "Installed now:", "Installed capacity |", "Capacity installed –", "• Total installed:". */
const LINE_BEFORE = new RegExp(String.raw`^[\s\u00a0|•*-]*(?:total${S}+)?(?:installed(?:${S}+(?:generating${S}+)?capacity)?|capacity${S}+installed)(?:${S}+(?:now|so${S}+far|to${S}+date|today))?${S}*[:|–—-]${S}*${QUALIFIER}$`, 'iu');
/** Capacity to come: "will have installed (by 2030)", "plans to have". */
const FUTURE = /(?<![\p{L}])(?:will|shall|would|could|plans?|aims?|expects?|hopes?|intends?|target)(?![\p{L}])/iu;
const RATE_AFTER = /^(?:h|[\s\u00a0]*(?:hours?|a[\s\u00a0]+year|per|each))(?![\p{L}])/iu;

interface Reading {
  subject: Entity;
  start: number;
  qualifier?: string;
}

function readingAt(context: ClaimContext, figureStart: number, figureEnd: number): Reading | undefined {
  const text = context.text;
  const lineStart = text.lastIndexOf('\n', figureStart - 1) + 1;
  const line = LINE_BEFORE.exec(text.slice(lineStart, figureStart));
  if (line) {
    const author = context.author && !isMedia(context.author) ? context.author : undefined;
    return author ? { subject: author, start: lineStart, qualifier: line.groups!.q } : undefined;
  }
  const sentence = context.sentenceAt(figureStart);
  if (!sentence) return undefined;
  const from = Math.max(sentence.start, figureStart - 80);
  const lead = text.slice(from, figureStart);
  if (!/install|capacity|has|have|had/i.test(lead)) return undefined;
  const match =
    INSTALLED_BEFORE.exec(lead) ??
    CAPACITY_BEFORE.exec(lead) ??
    (INSTALLED_AFTER.test(text.slice(figureEnd, Math.min(sentence.end, figureEnd + 60))) ? HAS_BEFORE.exec(lead) : null);
  if (!match) return undefined;
  const at = from + match.index;
  if (FUTURE.test(text.slice(sentence.start, at)) || notStatedAt(context, at, lead)) return undefined;
  const owner = match.groups!.owner;
  // "X's installed capacity": the possessor; otherwise the clause's subject
  const subject =
    owner && /^['’]/.test(owner)
      ? context.organisationBefore(at + 2, Math.max(sentence.start, at - 120))
      : clauseSubject(context, at, sentence);
  return subject ? { subject, start: Math.min(subject.start, at), qualifier: match.groups!.q } : undefined;
}

/** POWER_LETTERS' letters, asked of the token census first: most texts name no unit of power (wordGates.ts). */
const POWER_WORD = new WordGate('a unit of power', ['kw', 'mw', 'gw', 'watt'], 'anywhere', [POWER_LETTERS]);

export const installedCapacity: FigureReading = {
  name: 'installed-capacity',
  read(context: ClaimContext): Claim[] {
    const text = context.text;
    if (!mayHold(context, POWER_WORD) || !POWER_LETTERS.test(text)) return [];
    const claims: Claim[] = [];
    for (const power of text.matchAll(POWER)) {
      const figureStart = power.index!;
      const figureEnd = figureStart + power[0].length;
      if (RATE_AFTER.test(text.slice(figureEnd, figureEnd + 8))) continue;
      const reading = readingAt(context, figureStart, figureEnd);
      if (!reading?.subject.canonical) continue;
      const qualifier = normaliseQualifier(reading.qualifier);
      if (qualifier === 'up to') continue;
      const literal = power[1]!.replace(/,/g, '');
      const scale = MW_PER[power[2]!.charAt(0)] ?? 1;
      const stated = Number(literal);
      const interval = intervalOf(stated, literal, qualifier, context.rules, { low: 0 });
      const scaled = (n: number | undefined): number | undefined => (n === undefined ? undefined : n * scale);
      claims.push(
        context.claim({
          subject: reading.subject,
          attribute: 'capacity:installed',
          value: {
            kind: 'number',
            value: stated * scale,
            unit: 'MW',
            ...(qualifier ? { qualifier } : {}),
            ...(interval.low !== undefined ? { low: scaled(interval.low) } : {}),
            ...(interval.high !== undefined ? { high: scaled(interval.high) } : {}),
          },
          start: reading.start,
          end: figureEnd,
          timeFromSentence: true,
          focus: { start: figureStart, end: figureEnd },
        }),
      );
    }
    return claims;
  },
};
