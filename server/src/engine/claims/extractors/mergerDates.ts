// The day a merger takes effect, told without the past tense eventDates.ts reads ("X merged with Y
// in 2016"): a merger still to come is dated as firmly as one done, and sources disagree about it.
//   "X will merge with Y on 1 August 2024", "X and Y will merge on 1 August 2024"
//   "X will cease to exist on 1 January 2025 when it becomes part of Y", "X became part of Y in 2019"
//   "X is to merge with Y. The merger will take effect on 1 August 2024": a bare "the merger"
//   taking effect or completing is the one the sentence itself or one of the two before names.
//   "On 2 March X transferred its engagements to Y": a mutual's transfer of engagements (credit
//   unions, building societies, co-operative and friendly societies) is its merger into Y, and a
//   date fronting the clause dates the clause's verb.
// Both bodies get date:merged:<the other>, as eventDates.ts and eventNouns.ts give them, so every
// wording of one merger meets on one key. The day a merger was announced or agreed is another
// event ("The merger was announced on 6 February and will take effect on 1 August").

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import type { SentenceSpan } from '../sentences';
import { Mood } from '../clauseMood';
import { mostNamedBody } from '../pageBody';
import { isMedia } from '../referents';
import { completeDate } from './eventDates';
import type { ClaimExtractor } from './extractor';
import { isPrepositionalObject } from './grammar';

const S = '[\\s\\u00a0]';
/** "its neighbour", "their larger rival": words between a preposition and the body it governs. */
const DESCRIBED = `(?:(?:the|its|their)${S}+(?:[\\p{L}-]+${S}+){0,2}?)?`;
/** "will merge with", "is to merge with", "become part of", "be absorbed into". */
const JOINS = new RegExp(
  `\\b(?:(?:will|would|is${S}+to|are${S}+to|is${S}+set${S}+to|has${S}+agreed${S}+to|have${S}+agreed${S}+to|agreed${S}+to)${S}+merge${S}+(?:with|into)|merges${S}+(?:with|into)|merging${S}+(?:with|into)|merged${S}+into|(?:become|becomes|became|becoming)${S}+part${S}+of|(?:be|been|is|was|were|are)${S}+(?:absorbed|merged|folded)${S}+into|(?:will${S}+|to${S}+)?(?:transfer|transfers|transferred|transferring)${S}+(?:all${S}+(?:of${S}+)?)?(?:its|their)${S}+engagements${S}+to)${S}+${DESCRIBED}$`,
  'iu',
);
/** The cue words any of these wordings holds, looked for before any pattern is tried. */
const CUE = /merg|amalgamat|part of|absorbed|folded|combine|become one|become a single|engagements/i;
/** "the merger ... will take effect", "the merger completed", "goes live", "comes into force": a bare merger's own day. */
const MERGER_TAKES_EFFECT = new RegExp(
  `\\b(?:the|this)${S}+(?:merger|amalgamation|transfer${S}+of${S}+engagements)\\b[^.;:]{0,60}?\\b(?:(?:take|takes|took|taking)${S}+effect|(?:complete|completes|completed|be${S}+completed|was${S}+completed|is${S}+completed)|(?:go|goes|went)${S}+(?:ahead|through|live)|(?:come|comes|came)${S}+into${S}+(?:effect|force))${S}+(?:on|from|in)${S}+$`,
  'i',
);
/** From the body joined to its date: "Y on", "Y from", "Y in". */
const JOINED_TO_DATE = new RegExp(`^(?:${S}+(?:on|from|in)${S}+)$`, 'i');
/** From a date to the verb that joins: "on 1 January 2025 when it becomes part of". */
const DATE_TO_JOINS = new RegExp(`^,?${S}+(?:when|as|and)${S}+(?:it${S}+|they${S}+)?(?:(?:will|would)${S}+)?`, 'i');
/** How many sentences before a bare "the merger" its parties may be named. */
const PARTIES_REACH = 2;
const MERGE_WITH = new RegExp(`\\bmerger?[sd]?${S}+with${S}+${DESCRIBED}$`, 'iu');
/** Any merger told before a bare "the merger": "merge with", "merged into", "become part of", "the merger of", "the merger with". */
const MERGER_TOLD = /\bmerg(?:e|es|ed|ing)\b|\btransfer(?:s|red|ring)?[\s\u00a0]+(?:all[\s\u00a0]+(?:of[\s\u00a0]+)?)?(?:its|their)[\s\u00a0]+engagements[\s\u00a0]+to\b|\bmergers?[\s\u00a0]+(?:of|with|between)\b|\b(?:become|becomes|became|becoming)[\s\u00a0]+part[\s\u00a0]+of\b|\b(?:absorbed|folded)[\s\u00a0]+into\b/gi;
/** "X transferred its engagements to Y": a mutual's merger into Y, told before a bare "the transfer of engagements". */
const ENGAGEMENTS_TO = new RegExp(`\\btransfer(?:s|red|ring)?${S}+(?:all${S}+(?:of${S}+)?)?(?:its|their)${S}+engagements${S}+to${S}+${DESCRIBED}$`, 'iu');
const MERGER_OF = new RegExp(`\\b(?:merger|amalgamation)${S}+of${S}+(?:the${S}+)?$`, 'i');
/** "a merger date of", "the merger date is", "merger date:": the merger's day named by a noun. */
const MERGER_DATE_OF = new RegExp(`\\bmerger${S}+date${S}*(?:of|is|was|will${S}+be|:)${S}+$`, 'i');
/** ", when X will be dissolved", "and X ceases to exist": the body merged into the other. */
const DISSOLVED_WHEN = new RegExp(`^,?${S}+(?:when|and|as|at${S}+which${S}+point)${S}+`, 'i');
const DISSOLVED_AFTER = new RegExp(`^${S}+(?:(?:will|shall|would)${S}+(?:be${S}+dissolved|cease${S}+to${S}+exist)|(?:is|was)${S}+dissolved|ceases${S}+to${S}+exist|dissolves)\\b`, 'i');
/**
 * Between the body that joins and its verb: a bracketed short form, an aside between commas,
 * auxiliaries and adverbs only ("X, a company limited by guarantee, will", "X has agreed to").
 */
const SUBJECT_GAP = new RegExp(`^(?:${S}*\\([^()]{1,40}\\))?(?:${S}*,[^,;()]{1,80},)?(?:${S}+(?:will|would|is|are|was|were|has|have|had|be|been|also|now|then|finally|formally|officially|eventually|itself))*${S}+$`, 'i');
/** "X and Y will merge on", "... are to merge from": a pair's merger still to come and its date. */
// Two bodies that "combine" or "become one landlord" / "become a single trust" merge, however the
// text words it.
const PAIR_MERGE_TO_DATE = new RegExp(
  `^${S}+(?:will|are${S}+to|are${S}+set${S}+to|have${S}+agreed${S}+to|agreed${S}+to|plan${S}+to|intend${S}+to)${S}+(?:merge|combine|become${S}+(?:one|a${S}+single)(?:${S}+[\\p{Ll}-]+){0,2}?)${S}+(?:on|from|in)${S}+$`,
  'iu',
);
/** A date fronting its clause: "On 2 March 2026 X ...", "From 1 April, X ...", at the sentence's start. */
const FRONTED_DATE_BEFORE = new RegExp(`^[\\s\\u00a0"“]*(?:on|from|in)${S}+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?${S}+)?$`, 'i');
const FRONTED_DATE_TO_SUBJECT = new RegExp(`^,?${S}+(?:the${S}+)?$`, 'i');
const AND_BETWEEN = new RegExp(`^${S}+and${S}+(?:the${S}+)?$`, 'i');

type DateEntity = Entity & { value: { kind: 'date'; iso: string; precision: string } };

/** Between a body and the noun "merger" it names: "Clydeway merger", "Clydeway’s merger". */
const BODY_TO_MERGER = /^(?:['’]s?)?[\s\u00a0]+$/;

/**
 * The one body the page names right before the noun "merger" ("left behind by Clydeway merger",
 * "X's merger"): the merger a bare "the merger" on that page is. None when two bodies are so named.
 */
function namedMergerBody(context: ClaimContext): Entity | undefined {
  const text = context.text;
  let found: Entity | undefined;
  for (let at = text.indexOf('merger'); at >= 0; at = text.indexOf('merger', at + 6)) {
    const before = context.within(context.organisations, Math.max(0, at - 60), at);
    const body = before[before.length - 1];
    if (!body?.canonical || isMedia(body) || !BODY_TO_MERGER.test(text.slice(body.end, at))) continue;
    if (found && found.canonical !== body.canonical) return undefined;
    found = body;
  }
  return found;
}

class MergerDateExtractor implements ClaimExtractor {
  readonly name = 'merger-date';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    let focus: Entity | null | undefined;
    for (const sentence of context.datedSentences()) {
      const sentenceText = context.text.slice(sentence.start, sentence.end);
      if (!CUE.test(sentenceText)) continue;
      const all = context.within(context.dates, sentence.start, sentence.end).filter((d): d is DateEntity => d.value?.kind === 'date');
      const dates = all.filter((d) => d.value.precision !== 'day-month');
      const found = dates.length === 0 ? [] : [...this.joined(context, sentence, dates), ...this.bareMerger(context, sentence, dates)];
      claims.push(...(found.length ? found : this.unpartnered(context, sentence, all, () => (focus === undefined ? (focus = mostNamedBody(context, { notMedia: true }) ?? null) : focus) ?? undefined)));
    }
    return claims;
  }

  /** "X and Y will merge on DATE". */
  private pairMerging(context: ClaimContext, orgs: readonly Entity[], dates: readonly DateEntity[]): Claim[] {
    const text = context.text;
    for (let i = 1; i < orgs.length; i++) {
      const first = orgs[i - 1]!;
      const second = orgs[i]!;
      if (!first.canonical || !second.canonical || first.canonical === second.canonical || !AND_BETWEEN.test(text.slice(first.end, second.start))) continue;
      const date = dates.find((d) => d.start >= second.end && d.start - second.end < 50 && PAIR_MERGE_TO_DATE.test(text.slice(second.end, d.start)));
      if (date) return this.both(context, first, second, date, first.start, date.end);
    }
    return [];
  }

  /** "X will merge with Y on DATE", "X ... on DATE when it becomes part of Y". */
  private joined(context: ClaimContext, sentence: SentenceSpan, dates: readonly DateEntity[]): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    const orgs = context.within(context.organisations, sentence.start, sentence.end);
    for (const joined of orgs) {
      if (!joined.canonical) continue;
      const lead = text.slice(Math.max(sentence.start, joined.start - 40), joined.start);
      const verb = JOINS.exec(lead);
      if (!verb) continue;
      const verbStart = joined.start - lead.length + verb.index;
      const joiner = orgs.filter((o) => o.end <= verbStart && o.canonical && o.canonical !== joined.canonical && !isPrepositionalObject(text, o, sentence.start)).pop();
      // "X said its nursing school will become part of Y": only X itself joining counts
      if (joiner && !SUBJECT_GAP.test(text.slice(joiner.end, verbStart))) continue;
      if (!joiner) continue;
      const date =
        dates.find((d) => d.start >= joined.end && JOINED_TO_DATE.test(text.slice(joined.end, d.start))) ??
        dates.find((d) => d.end <= verbStart && DATE_TO_JOINS.exec(text.slice(d.end, verbStart))?.[0].length === verbStart - d.end) ??
        dates.find((d) => d.end <= joiner.start && FRONTED_DATE_TO_SUBJECT.test(text.slice(d.end, joiner.start)) && FRONTED_DATE_BEFORE.test(text.slice(sentence.start, d.start)));
      if (!date) continue;
      claims.push(...this.both(context, joiner, joined, date, Math.min(joiner.start, date.start), Math.max(joined.end, date.end)));
    }
    if (claims.length === 0) claims.push(...this.pairMerging(context, orgs, dates));
    return claims;
  }

  /** "The merger will take effect on DATE": the parties named in this sentence or the two before. */
  private bareMerger(context: ClaimContext, sentence: SentenceSpan, dates: readonly DateEntity[]): Claim[] {
    const text = context.text;
    for (const date of dates) {
      const lead = text.slice(Math.max(sentence.start, date.start - 120), date.start);
      const effect = MERGER_TAKES_EFFECT.exec(lead);
      if (effect) {
        const mergerAt = date.start - lead.length + effect.index;
        const parties = this.dissolvedParty(context, sentence, mergerAt, date) ?? this.partiesOf(context, mergerAt, date.start) ?? this.partiesBefore(context, sentence, mergerAt);
        if (!parties) continue;
        return this.both(context, parties[0], parties[1], date, mergerAt, date.end);
      }
      const named = MERGER_DATE_OF.exec(lead);
      if (!named) continue;
      const parties = this.mergerWithInClause(context, sentence, date.start - lead.length + named.index);
      if (parties) return this.both(context, parties[0], parties[1], date, date.start - lead.length + named.index, date.end);
    }
    return [];
  }

  /**
   * "The merger will take effect on D, when X will be dissolved": the body dissolved is the one
   * merged into the other, whoever else the sentences before name (one who recommended it, say).
   * Its partner is the body a merger "with" or "into" was told of in this sentence or the two before.
   */
  private dissolvedParty(context: ClaimContext, sentence: SentenceSpan, mergerAt: number, date: DateEntity): [Entity, Entity] | undefined {
    const text = context.text;
    const when = DISSOLVED_WHEN.exec(text.slice(date.end, Math.min(sentence.end, date.end + 20)));
    if (!when) return undefined;
    const dissolved = context.organisationStartingAt(date.end + when[0].length);
    if (!dissolved?.canonical || !DISSOLVED_AFTER.test(text.slice(dissolved.end, Math.min(sentence.end, dissolved.end + 40)))) return undefined;
    const from = Math.max(0, this.partiesFrom(context, sentence));
    const orgs = context.within(context.organisations, from, mergerAt);
    for (let i = orgs.length - 1; i >= 0; i--) {
      const o = orgs[i]!;
      if (!o.canonical || o.canonical === dissolved.canonical) continue;
      if (MERGE_WITH.test(text.slice(Math.max(from, o.start - 40), o.start))) return [dissolved, o];
    }
    return undefined;
  }

  /** The start of the sentence PARTIES_REACH sentences before `sentence`. */
  private partiesFrom(context: ClaimContext, sentence: SentenceSpan): number {
    const text = context.text;
    let from = sentence.start;
    for (let i = 0; i < PARTIES_REACH; i++) {
      let back = from - 1;
      while (back > 0 && /\s/.test(text[back]!)) back--;
      const previous = back >= 0 ? context.sentenceAt(back) : undefined;
      if (!previous || previous.start >= from) break;
      from = previous.start;
    }
    return from;
  }

  /**
   * "X approves the merger with Y …, with a merger date of D": Y, and X the clause's subject, or, in
   * a text a body writes about itself (its minutes, its notice) with no subject named, that body.
   */
  private mergerWithInClause(context: ClaimContext, sentence: SentenceSpan, at: number): [Entity, Entity] | undefined {
    const text = context.text;
    const orgs = context.within(context.organisations, sentence.start, at).filter((o) => o.canonical);
    for (let i = orgs.length - 1; i >= 0; i--) {
      const partner = orgs[i]!;
      const lead = text.slice(Math.max(sentence.start, partner.start - 40), partner.start);
      if (!MERGE_WITH.test(lead)) continue;
      const verbAt = partner.start - lead.length + lead.search(/merge/i);
      const subject = orgs.filter((o) => o.end <= verbAt && o.canonical !== partner.canonical && !isPrepositionalObject(text, o, sentence.start)).pop();
      const own = subject ?? (orgs.some((o) => o.end <= verbAt) ? undefined : context.author);
      return own?.canonical && own.canonical !== partner.canonical ? [own, partner] : undefined;
    }
    return undefined;
  }

  /** "the merger of X and Y", "the merger with Y" of X before it: the parties right after the noun. */
  private partiesOf(context: ClaimContext, mergerAt: number, end: number): [Entity, Entity] | undefined {
    const text = context.text;
    const orgs = context.within(context.organisations, mergerAt, end).filter((o) => o.canonical);
    const [first, second] = orgs;
    if (!first || !second || first.canonical === second.canonical) return undefined;
    return MERGER_OF.test(text.slice(mergerAt, first.start)) && AND_BETWEEN.test(text.slice(first.end, second.start)) ? [first, second] : undefined;
  }

  /** The two bodies of the last merger named before `at`: "X (will) merge with Y", "the merger of X and Y". */
  private partiesBefore(context: ClaimContext, sentence: SentenceSpan, at: number): [Entity, Entity] | undefined {
    const text = context.text;
    const from = this.partiesFrom(context, sentence);
    // "the merger" is the one merger told before it: none if two were, or the nearer one's parties
    // are not both names ("X has agreed to merge with a housing co-operative")
    const told = text.slice(from, at).match(MERGER_TOLD);
    if (told === null || told.length !== 1) return undefined;
    const orgs = context.within(context.organisations, from, at).filter((o) => o.canonical);
    for (let i = orgs.length - 1; i > 0; i--) {
      const second = orgs[i]!;
      const lead = text.slice(Math.max(from, second.start - 40), second.start);
      if (MERGE_WITH.test(lead) || ENGAGEMENTS_TO.test(lead)) {
        const verbAt = second.start - lead.length + lead.search(/merge|transfer/i);
        const first = orgs.slice(0, i).filter((o) => o.end <= verbAt && o.canonical !== second.canonical).pop();
        if (first && context.sentenceAt(first.start) === context.sentenceAt(second.start)) return [first, second];
      }
      const first = orgs[i - 1]!;
      if (first.canonical !== second.canonical && AND_BETWEEN.test(text.slice(first.end, second.start)) && MERGER_OF.test(text.slice(Math.max(from, first.start - 20), first.start))) return [first, second];
    }
    return undefined;
  }

  /**
   * "since the merger went through on 1 June", under a page about X, or in X's own report: a bare
   * merger whose parties are not named near it is the body of the sentence (its subject), else of
   * the page (the body it names most), keyed date:merged. Not in a condition or a question.
   */
  private unpartnered(context: ClaimContext, sentence: SentenceSpan, dates: readonly DateEntity[], pageBody: () => Entity | undefined): Claim[] {
    const text = context.text;
    for (const date of dates) {
      const lead = text.slice(Math.max(sentence.start, date.start - 120), date.start);
      const effect = MERGER_TAKES_EFFECT.exec(lead);
      if (!effect) continue;
      const mergerAt = date.start - lead.length + effect.index;
      if (context.moodAt(mergerAt) & Mood.Conditional || context.isQuestion(sentence)) return [];
      const subject =
        context.within(context.organisations, sentence.start, mergerAt).filter((o) => o.canonical && !isMedia(o) && !isPrepositionalObject(text, o, sentence.start))[0] ??
        namedMergerBody(context) ??
        pageBody();
      if (!subject?.canonical) return [];
      const value = completeDate(context, date);
      if (value.precision === 'day-month' || value.precision === 'financial-year') return [];
      const claim = context.claim({ subject, attribute: 'date:merged', value: { kind: 'date', iso: value.iso, precision: value.precision }, start: mergerAt, end: date.end });
      claim.time = value.iso;
      return [claim];
    }
    return [];
  }

  private both(context: ClaimContext, a: Entity, b: Entity, date: DateEntity, start: number, end: number): Claim[] {
    const value = { kind: 'date' as const, iso: date.value.iso, precision: date.value.precision as 'day' | 'month' | 'year' };
    return [a, b].map((subject, i) => {
      const other = i === 0 ? b : a;
      const claim = context.claim({ subject, attribute: `date:merged:${other.canonical}`, value, start, end });
      claim.time = value.iso;
      return claim;
    });
  }
}

export const mergerDateExtractor: ClaimExtractor = new MergerDateExtractor();
