// The share of a body's money that one funder meets: "NHS funding now covers just 22% of the cost
// of our care", "ICB funding covers around 31% of the hospice's running costs", "The university's
// contribution is 20% of our income", "The council pays 40% of the centre's costs", "35% of the
// trust's income comes from the county council", "The trust receives 30% of its income from the council". Hospices, theatres, charities and pooled services
// are described this way by funders, boards and the press alike, and the figures often disagree.
// The claim is the funded body's (its costs or income), keyed by the funder: funded-share:<funder>,
// so the council's share and the NHS's share of one budget are two facts, not a conflict. The NHS
// pays through many bodies (integrated care boards, before July 2022 clinical commissioning groups,
// NHS England), and writers name any of them for "the NHS's share": all are keyed as the NHS.
// Left alone: a share two funders make up together ("grants from X and the council make up 46%"),
// a body said to meet a share of its own costs, plans, conditions and questions.

import type { Claim, Entity } from '../../types';
import { Mood, UNREAL } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';
import { percentageShare, shareValue } from './ownership';

const S = SPACE;
const CUES = new CueWords([{ word: 'cost', prefix: true }, { word: 'income' }, { word: 'budget', prefix: true }, { word: 'funding' }, { word: 'spending' }, { word: 'revenue' }, { word: 'money' }]);

const POSSESSIVE = `(?:['’]s?)?`;
/** What the funder gives, after its name: "NHS funding", "the council's grant", "the university's contribution". */
const FUNDER_NOUN = `(?:${S}+(?:funding|grants?|money|contribution|payments?|share))?`;
/** From the funder's name to the figure: the verb of meeting a share, hedges left to the figure. */
const FUNDER_TO_FIGURE = new RegExp(
  `^${POSSESSIVE}${FUNDER_NOUN}(?:${S}+(?:now|still|currently|only|already))?${S}+` +
    `(?:covers?|covered|meets?|met|pays?(?:${S}+for)?|paid(?:${S}+for)?|funds?|funded|provides?|provided|` +
    `accounts?${S}+for|accounted${S}+for|makes?${S}+up|made${S}+up|contributes?|contributed|is|was)` +
    `(?:${S}+(?:just|only|roughly|some))?${S}+$`,
  'iu',
);
/** From the figure to the funded body: "of the cost of", "of the total running costs of", "of". */
const FIGURE_TO_BODY = new RegExp(`^${S}+of${S}+(?:the${S}+)?(?:(?<costOf>(?:(?:total|annual|overall|running|operating)${S}+)*costs?${S}+of(?:${S}+running)?)${S}+(?:the${S}+)?)?$`, 'iu');
/** After the funded body: what of it the share is of. */
const BODY_TO_NOUN = new RegExp(
  `^${POSSESSIVE}${S}+(?:(?:total|annual|yearly|overall|running|operating|core|care|staff|service)${S}+)*(?<noun>costs?|income|budget|funding|spending|care|services?|work)(?![\\p{L}])`,
  'iu',
);
/** "35% of the trust's income comes from the council": the funder after the noun. */
const NOUN_TO_FUNDER = new RegExp(`^${S}+(?:now${S}+)?(?:comes?|came|is${S}+met|was${S}+met|is${S}+paid|was${S}+paid|is${S}+provided|was${S}+provided)${S}+(?:from|by)${S}+(?:the${S}+)?`, 'iu');

/** "X receives 30% of its income from Y": the funded body first, its verb of getting money. */
const BODY_TO_FIGURE = new RegExp(
  `^(?:${S}+(?:now|still|currently|only|already|has|have))*${S}+(?:receives?|received|gets|got|draws?|drew|takes?|took|obtains?|obtained)(?:${S}+(?:just|only|roughly|some))?${S}+$`,
  'iu',
);
/** After the figure: "of its income from", "of its annual funding from the". */
const OWN_MONEY_FROM = new RegExp(
  `^${S}+of${S}+(?:its|their)${S}+(?:(?:total|annual|yearly|overall|running|operating|core)${S}+)*(?:income|funding|money|budget|revenue)${S}+from${S}+(?:the${S}+)?`,
  'iu',
);

/** Bodies through which the NHS pays: named as any of them, the share is the NHS's. */
const NHS_BODY = /(?:^|[^\p{L}])(?:NHS|ICB|CCG)(?![\p{L}])|integrated[\s\u00a0]+care[\s\u00a0]+board|clinical[\s\u00a0]+commissioning[\s\u00a0]+group/iu;

/** The funder's part of the attribute: the NHS for any of its paying bodies, else the body itself. */
export function funderKey(funder: Entity): string | undefined {
  if (NHS_BODY.test(funder.canonicalName ?? funder.text) || NHS_BODY.test(funder.text)) return 'nhs';
  return funder.canonical;
}

class FundedShareExtractor implements ClaimExtractor {
  readonly name = 'funded-share';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    for (const sentence of cueSentences(context, CUES)) {
      const figures = context.within(context.numbers, sentence.start, sentence.end).filter((e) => e.type === 'percentage');
      if (figures.length === 0 || context.isQuestion(sentence)) continue;
      for (const figure of figures) {
        const share = percentageShare(figure);
        if (!share) continue;
        const read = this.before(context, sentence.start, figure) ?? this.after(context, sentence.end, figure) ?? this.bodyFirst(context, sentence, figure);
        if (!read || read.funded.canonical === read.funder.canonical) continue;
        const key = funderKey(read.funder);
        if (!key || key === funderKey(read.funded) || !read.funded.canonical) continue;
        if (context.moodOver(read.start, read.end) & (UNREAL | Mood.Denied)) continue;
        claims.push(
          context.claim({
            subject: read.funded,
            attribute: `funded-share:${key}`,
            value: shareValue(share, context),
            start: read.start,
            end: read.end,
            timeFromSentence: true,
            focus: figure,
          }),
        );
      }
    }
    return claims;
  }

  /** "F covers P of B's costs": the funder the clause opens with, the funded body after the figure. */
  private before(context: ClaimContext, sentenceStart: number, figure: Entity): Reading | undefined {
    const text = context.text;
    const clauseStart = Math.max(sentenceStart, text.lastIndexOf(';', figure.start) + 1, text.lastIndexOf(':', figure.start) + 1);
    const funders = context.within(context.organisations, clauseStart, figure.start);
    const funder = funders[funders.length - 1];
    // two funders before the verb make up one share between them
    if (!funder || funders.length > 1 || !FUNDER_TO_FIGURE.test(text.slice(funder.end, figure.start))) return undefined;
    const body = this.fundedAfter(context, figure);
    return body && { funder, funded: body.funded, start: funder.start, end: body.end };
  }

  /** "B receives P of its income from F". */
  private bodyFirst(context: ClaimContext, sentence: { start: number; end: number }, figure: Entity): Reading | undefined {
    const text = context.text;
    const clauseStart = Math.max(sentence.start, text.lastIndexOf(';', figure.start) + 1, text.lastIndexOf(':', figure.start) + 1);
    const funded = context.within(context.organisations, clauseStart, figure.start).pop();
    if (!funded || !BODY_TO_FIGURE.test(text.slice(funded.end, figure.start)) || isPrepositionalObject(text, funded, sentence.start)) return undefined;
    const from = OWN_MONEY_FROM.exec(text.slice(figure.end, Math.min(sentence.end, figure.end + 60)));
    const funder = from ? context.organisationStartingAt(figure.end + from[0].length) : undefined;
    return funder && { funder, funded, start: funded.start, end: funder.end };
  }

  /** "P of B's income comes from F". */
  private after(context: ClaimContext, sentenceEnd: number, figure: Entity): Reading | undefined {
    const body = this.fundedAfter(context, figure);
    if (!body) return undefined;
    const gap = NOUN_TO_FUNDER.exec(context.text.slice(body.end, Math.min(sentenceEnd, body.end + 40)));
    if (!gap) return undefined;
    const funder = context.organisationStartingAt(body.end + gap[0].length);
    return funder && { funder, funded: body.funded, start: figure.start, end: funder.end };
  }

  /** The body whose costs or income the figure is a share of, and where the noun ends. */
  private fundedAfter(context: ClaimContext, figure: Entity): { funded: Entity; end: number } | undefined {
    const text = context.text;
    const funded = context.within(context.organisations, figure.end, figure.end + 50)[0];
    if (!funded) return undefined;
    const lead = FIGURE_TO_BODY.exec(text.slice(figure.end, funded.start));
    if (!lead) return undefined;
    const tail = BODY_TO_NOUN.exec(text.slice(funded.end, funded.end + 40));
    // after "the cost of (running)" the body alone is enough; "of our care", "of its services" are
    // shares of money only after it
    if (lead.groups?.costOf) {
      // "the cost of the trust's new roof" is the cost of a thing, not of the body
      if (!tail && /^['’]/.test(text.slice(funded.end, funded.end + 1))) return undefined;
      return { funded, end: funded.end + (tail ? tail[0].length : 0) };
    }
    if (!tail || !/^(?:costs?|income|budget|funding|spending)$/i.test(tail.groups!.noun!)) return undefined;
    return { funded, end: funded.end + tail[0].length };
  }
}

interface Reading {
  funder: Entity;
  funded: Entity;
  start: number;
  end: number;
}

export const fundedShareExtractor: ClaimExtractor = new FundedShareExtractor();
