// Statistics: a figure about a population or a place rather than about an organisation.
//   "18% of people living in the capital having a common mental health problem"
//        → subject topic:"people living in the capital", share:"having a common mental health problem" = 18%
//   "In Tower Hamlets women have life expectancy of 54.1 years"
//        → subject topic:"tower hamlets women", attribute "life expectancy" = 54.1 years
// Places and populations are not entities, so the subject is a topic id made of the normalised
// words ("topic:..."). Two statistics are compared only when their populations and measures are
// worded alike, which keeps "18% in London" apart from "16% nationally".

import { anchorFormTest, SearchAtStarts } from '../../text/anchoredMatches';
import type { Claim, Qualifier } from '../../types';
import type { ClaimContext } from '../context';
import { intervalOf } from '../numbers';
import { firstWordsNormalised, normalisePhrase } from '../vocabulary';
import type { ClaimExtractor } from './extractor';
import { RARE_CUE_ANCHORS } from './cueAnchors';
import { isSpaceUnit } from './afterName';
import { SPACE } from './grammar';
import { wordProportions } from './wordProportions';

const S = SPACE;
const SHARE_OF = new RegExp(`^${S}+of${S}+(?:the${S}+|all${S}+)?`, 'i');
// The statement stops where a comparison or a new clause begins.
const STATEMENT_END = new RegExp(
  `[,;:.!?()–—]|${S}(?:compared|than|while|whereas|but|although|against|versus|vs|when|because|and${S}+(?:the|a|an)${S}|such${S}+as\\b|including\\b)`,
  'i',
);
// The verb that ends the population and starts what is measured of it.
const MEASURE_VERB = new RegExp(
  `${S}(?:are|is|were|was|went|go|goes|remain|remains|remained|stayed|became|have|has|had|having|who|report|reported|reporting|say|said|live|lives|suffer|suffers|suffering|need|needs|needing|use|uses|using|receive|receives|receiving|experience|experiences|experiencing)(?=${S})`,
  'i',
);
const MAX_MEASURE_WORDS = 6;
const POPULATION_PRONOUNS = new Set(['them', 'they', 'us', 'we', 'you', 'these', 'those', 'it', 'this', 'that', 'which', 'whom', 'one', 'all', 'each']);
const PLACE_MEASURE = new RegExp(
  `\\b[Ii]n${S}+(?<place>\\p{Lu}[\\p{L}'’-]*(?:${S}+\\p{Lu}[\\p{L}'’-]*){0,3}),?${S}+(?<population>(?:\\p{Ll}+${S}+){0,2}\\p{Ll}+)${S}+(?:have|has|had)${S}+(?:an?${S}+|the${S}+)?(?<measure>(?:\\p{Ll}+${S}+){0,3}\\p{Ll}+)${S}+of${S}+(?<number>\\d[\\d,]*(?:\\.\\d+)?)(?:${S}+(?<unit>years?|months?|days?|per${S}+cent|%|people|patients))?`,
  'gu',
);
/** PLACE_MEASURE tried at one position: with the tokens, only at an "in" that ends its word. */
const PLACE_MEASURE_AT = new RegExp(PLACE_MEASURE.source, 'uy');
/** A match opens with "in" or "In" at a word boundary, white space right after: the end of a word form. */
const PLACE_MEASURE_ANCHORS = /(?<![A-Za-z0-9_])[Ii]n$/g;
const PLACE_MEASURE_STARTS = RARE_CUE_ANCHORS.add({ anchorForms: anchorFormTest(PLACE_MEASURE_ANCHORS), anchors: PLACE_MEASURE_ANCHORS });

/**
 * A necessary condition for PLACE_MEASURE at the "in" at `at`: white space after it, and then a
 * capital (an ASCII one, or any character beyond ASCII, which the pattern itself judges). "in" is
 * one of the commonest words, and it is mostly followed by a lower-case word or a figure.
 */
function mayOpenPlaceMeasure(text: string, at: number): boolean {
  let next = at + 2;
  if (next >= text.length || !isSpaceUnit(text.charCodeAt(next))) return false;
  while (next < text.length && isSpaceUnit(text.charCodeAt(next))) next++;
  const code = text.charCodeAt(next);
  return (code >= 65 && code <= 90) || code >= 128;
}

/**
 * A necessary condition for PLACE_MEASURE at `at`: everything it reads before its figure is
 * letters, white space, apostrophes, hyphens and a comma, so the first other character from `at`
 * on must be the figure's first digit. (Any character beyond ASCII is let through: the pattern
 * judges it.) Most capitals after "in" open a place or a month in a sentence that ends first.
 */
function reachesFigure(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) continue;
    if (code === 32 || (code >= 9 && code <= 13) || code === 39 || code === 45 || code === 44) continue;
    return code >= 48 && code <= 57;
  }
  return false;
}

/** The PLACE_MEASURE match a global search from `from` finds; `from` only grows between calls. */
function placeMeasureSearch(context: ClaimContext): (from: number) => RegExpExecArray | null {
  const text = context.text;
  if (context.tokens) {
    const starts = RARE_CUE_ANCHORS.positions(context.tokens, PLACE_MEASURE_STARTS).filter((at) => mayOpenPlaceMeasure(text, at) && reachesFigure(text, at));
    const search = new SearchAtStarts(text, PLACE_MEASURE_AT, starts);
    return (from) => search.exec(from);
  }
  return (from) => {
    PLACE_MEASURE.lastIndex = from;
    return PLACE_MEASURE.exec(text);
  };
}

class StatisticsExtractor implements ClaimExtractor {
  readonly name = 'statistic';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const pct of context.numbers) {
      if (pct.type !== 'percentage' || pct.value?.kind !== 'percentage') continue;
      const sentence = context.sentenceAt(pct.start);
      if (!sentence) continue;
      const of = SHARE_OF.exec(text.slice(pct.end, Math.min(sentence.end, pct.end + 12)));
      if (!of) continue;
      const { value, qualifier } = pct.value;
      const claim = this.share(context, pct.start, pct.end + of[0].length, sentence.end, value, (pct.core ?? pct).text, qualifier);
      if (claim) claims.push(claim);
    }
    // "nearly two in every five shifts went unfilled": a share told in words meets one in figures
    for (const words of wordProportions(text, 0, text.length)) {
      const sentence = context.sentenceAt(words.start);
      if (!sentence || words.end > sentence.end) continue;
      const of = SHARE_OF.exec(text.slice(words.end, Math.min(sentence.end, words.end + 12)));
      const claim = this.share(context, words.start, words.end + (of ? of[0].length : 0), sentence.end, words.value, String(words.value), words.qualifier);
      if (claim) claims.push(claim);
    }

    const search = placeMeasureSearch(context);
    for (let m = search(0); m; m = search(m.index + m[0].length)) {
      const g = m.groups!;
      const value = Number.parseFloat(g.number.replace(/,/g, ''));
      if (!Number.isFinite(value)) continue;
      const subjectWords = `${g.place} ${g.population}`;
      const unit = g.unit ? normalisePhrase(g.unit) : '';
      const interval = intervalOf(value, g.number, undefined, context.rules);
      claims.push(
        context.claim({
          subject: { canonical: `topic:${normalisePhrase(subjectWords)}`, name: subjectWords },
          attribute: normalisePhrase(g.measure),
          value: { kind: 'number', value, unit, low: interval.low, high: interval.high },
          start: m.index,
          end: m.index + m[0].length,
          timeFromSentence: true,
        }),
      );
    }
    return claims;
  }

  /** A share of a population: the population from `from` to its verb, what is measured after it. */
  private share(context: ClaimContext, start: number, from: number, sentenceEnd: number, value: number, literal: string, qualifier: Qualifier | undefined): Claim | undefined {
    const text = context.text;
    const rest = text.slice(from, Math.min(sentenceEnd, from + 160));
    const stop = STATEMENT_END.exec(rest);
    const end = from + (stop ? stop.index : rest.length);
    // Shares of an organisation are ownership claims, not statistics.
    if (context.within(context.organisations, from, end).length) return undefined;
    if (/\b(?:owned|held)\b/i.test(text.slice(from, end))) return undefined;
    const verb = MEASURE_VERB.exec(text.slice(from, end));
    if (!verb || verb.index === 0) return undefined;
    const population = normalisePhrase(text.slice(from, from + verb.index)).replace(/^(?:these|those|th[ae]t|this|such) /, '');
    const measure = measureWords(firstWordsNormalised(text, from + verb.index, end, MAX_MEASURE_WORDS));
    // "70 per cent of them": a pronoun names no population, and as a topic it would meet every
    // other "of them" in the corpus
    if (!population || !measure || POPULATION_PRONOUNS.has(population)) return undefined;
    const interval = intervalOf(value, literal, qualifier, context.rules, { low: 0, high: 100 });
    return context.claim({
      subject: { canonical: `topic:${population}`, name: text.slice(from, from + verb.index).trim() },
      attribute: `share:${measure}`,
      value: { kind: 'number', value, unit: '%', ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
      start,
      end,
      timeFromSentence: true,
    });
  }
}

/**
 * What is measured, without the verb that only links it ("were unfilled", "went unfilled", "remain
 * unfilled" are one measure, "unfilled") and without a time after it ("unfilled in December"): the
 * claim's time says when.
 */
function measureWords(words: string): string {
  const tokens = words.split(' ');
  if (tokens.length > 1 && LINKING_VERBS.has(tokens[0]!)) tokens.shift();
  const time = tokens.findIndex((t, i) => i > 0 && TIME_PREPOSITIONS.has(t) && i + 1 < tokens.length && TIME_WORDS.test(tokens[i + 1]!));
  return (time > 0 ? tokens.slice(0, time) : tokens).join(' ');
}
const LINKING_VERBS = new Set(['are', 'is', 'were', 'was', 'went', 'go', 'goes', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'became', 'become', 'becomes']);
const TIME_PREPOSITIONS = new Set(['in', 'during', 'last', 'this', 'since', 'by']);
const TIME_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|year|month|week|quarter|winter|spring|summer|autumn)$/;

export const statisticsExtractor: ClaimExtractor = new StatisticsExtractor();
