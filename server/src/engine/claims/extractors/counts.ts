// Count claims: how many people or organisations an organisation has, gives, funds or counts.
//   "X, which has turned all 770 staff into co-owners"   → X count:staff = 770
//   "X ... giving 900 NHS staff on secondment ..."       → X count:staff = 900
//   "approximately 1000 healthcare co-ops working within the NHS" → NHS count:healthcare co-op ≈ 1000
// The subject is the nearest organisation before the figure in its sentence that is a clause's
// subject (not "set up by X", not inside the counted phrase); failing that, an organisation the
// counted phrase is "in", "within" or "across". The counted noun phrase, without organisation
// names used as modifiers ("NHS staff" → "staff"), names the attribute.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { intervalOf } from '../numbers';
import { tokenise } from '../vocabulary';
import type { ClaimExtractor } from './extractor';
import { SPACE, isPrepositionalObject } from './grammar';

const S = SPACE;
const LOCATED_IN = new RegExp(`^${S}+(?:\\p{Ll}+ing${S}+)?(?:in|within|across|inside|at|for)${S}+(?:the${S}+)?`, 'iu');
const MAX_CLAUSE_GAP = 80;
const CLAUSE_BREAK = /[;:–—]|\s-\s/;
const LEADING_FILLER = new Set(['of', 'the', 'all', 'its', 'their', 'our', 'these', 'those', 'whole', 'entire']);

/** The counted noun phrase of a quantity: its words after the figure, without organisation names. */
function countedNoun(context: ClaimContext, quantity: Entity): string | undefined {
  const core = quantity.core ?? quantity;
  const figure = /^[^\p{L}]*(?:(?:\p{L}+illion|thousand|hundred|bn|m|k)(?!\p{L}))?/iu.exec(context.text.slice(core.start, core.end));
  const from = core.start + (figure ? figure[0].length : 0);
  const orgs = context.within(context.organisations, from, quantity.end);
  const tokens = tokenise(context.text, from, quantity.end).filter(
    (t) => !orgs.some((o) => t.start >= o.start && t.end <= o.end),
  );
  while (tokens.length && LEADING_FILLER.has(tokens[0].norm)) tokens.shift();
  if (tokens.length === 0) return undefined;
  return tokens.map((t) => t.norm).join(' ');
}

function literalOf(context: ClaimContext, quantity: Entity): string {
  const core = quantity.core ?? quantity;
  return /[\d.,]+/.exec(context.text.slice(core.start, core.end))?.[0] ?? '';
}

class CountExtractor implements ClaimExtractor {
  readonly name = 'count';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    for (const quantity of context.numbers) {
      if (quantity.type !== 'quantity' || quantity.value?.kind !== 'quantity') continue;
      const noun = countedNoun(context, quantity);
      if (!noun) continue;
      const sentence = context.sentenceAt(quantity.start);
      if (!sentence) continue;
      const subject = this.subjectOf(context, quantity, sentence.start, sentence.end);
      if (!subject) continue;
      const { value, qualifier } = quantity.value;
      const interval = intervalOf(value, literalOf(context, quantity), qualifier, context.rules, { low: 0 });
      // The claim spans its subject too when both sit in one short clause; else just the figure.
      const between = subject.end <= quantity.start ? context.text.slice(subject.end, quantity.start) : '';
      const oneClause =
        subject.start >= sentence.start &&
        (subject.end > quantity.start || (between.length <= MAX_CLAUSE_GAP && !CLAUSE_BREAK.test(between)));
      // A subject from the sentence before ("It has 300 staff") leaves the claim in its own sentence.
      const start = oneClause ? Math.min(subject.start, quantity.start) : subject.start < sentence.start ? sentence.start : quantity.start;
      const end = oneClause ? Math.max(subject.end, quantity.end) : quantity.end;
      claims.push(
        context.claim({
          subject,
          attribute: `count:${noun}`,
          value: { kind: 'number', value, unit: noun, ...(qualifier ? { qualifier } : {}), low: interval.low, high: interval.high },
          start,
          end,
          timeFromSentence: true,
        }),
      );
    }
    return claims;
  }

  private subjectOf(context: ClaimContext, quantity: Entity, sentenceStart: number, sentenceEnd: number): Entity | undefined {
    const text = context.text;
    const before = context
      .within(context.organisations, sentenceStart, quantity.start)
      .filter((o) => !isPrepositionalObject(text, o, sentenceStart));
    if (before.length) return before[before.length - 1];
    const located = LOCATED_IN.exec(text.slice(quantity.end, Math.min(sentenceEnd, quantity.end + 60)));
    if (!located) return undefined;
    const at = quantity.end + located[0].length;
    return context.within(context.organisations, at, sentenceEnd).find((o) => o.start === at);
  }
}

export const countExtractor: ClaimExtractor = new CountExtractor();
