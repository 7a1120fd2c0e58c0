// What kind of combination two bodies' coming together is, a category family of its own:
//   "This is a merger of equals"                       → merger-of-equals
//   "It's a takeover by the larger association", "a merger, not a takeover" → takeover (affirmed / denied)
//   "X will be a group structure in which Y keeps its own board" → group-structure
//   "X transferred its engagements to Y", "a transfer of engagements" → transfer-of-engagements
//   "X and Y amalgamated into a new society", "an amalgamation of X and Y" → amalgamation
// A merger of equals excludes a takeover and a group in which one side becomes the other's
// subsidiary (conflict-rules.json). The claim is told of each party to the combination: the
// bodies its sentence names, else those of the sentence or two before ("Acme and Bolt will join
// … This is a merger of equals"), as a writer names the parties and then speaks of "this" or "it".

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { isMedia } from '../referents';
import { WordGate, mayHold } from '../wordGates';
import type { ClaimExtractor } from './extractor';
import { SPACE } from './grammar';

const S = SPACE;
export const COMBINATION_ATTRIBUTE = 'combination';
const NEGATION = `(?<neg>(?:not|no|never)${S}+)?`;
const COPULA = `(?:\\b(?:is|was|be|are|were|it['’]s|that['’]s|this['’]s)${S}+${NEGATION}|,${S}*(?<negAfterComma>not)${S}+)(?:(?:just|really|simply|plainly|in${S}+effect|effectively)${S}+)?`;
const MERGER_OF_EQUALS = new RegExp(`(?:${COPULA})?(?:an?${S}+|the${S}+)?(?:genuine${S}+|true${S}+)?merger${S}+of${S}+equals\\b`, 'giu');
const TAKEOVER = new RegExp(`${COPULA}(?:an?${S}+)(?:\\p{Ll}+${S}+)?take-?over\\b`, 'giu');
/**
 * The two legal forms of a merger of mutual societies (credit unions, building societies,
 * co-operative and community benefit societies): one transfers its engagements to the other, which
 * carries on under its own registration, or both amalgamate into a new society with a new one.
 */
const TRANSFER_OF_ENGAGEMENTS = new RegExp(`(?:${COPULA})?(?:an?${S}+|the${S}+)?(?:transfer(?:s|red|ring)?${S}+(?:of${S}+)?(?:(?:all${S}+)?(?:its|their)${S}+)?engagements)\\b`, 'giu');
const AMALGAMATION = new RegExp(`(?:(?:${COPULA})?(?:an?|the)${S}+amalgamation${S}+(?:of|between|into|to${S}+form)|(?<![\\p{L}\\d_-])amalgamat(?:ed|es|e|ing)${S}+(?:into|to${S}+form)${S}+(?:an?|one)${S}+(?:single${S}+)?new)\\b`, 'giu');
const GROUP_STRUCTURE = new RegExp(`(?:${COPULA}|\\b(?:form|forms|create|creates|join|joins|into)${S}+)(?:an?|the)${S}+(?:new${S}+)?group${S}+structure\\b`, 'giu');
/**
 * Each pattern opens at any copula or comma, so it runs only on a text its core words are in: the
 * token census says whether they are (wordGates.ts), then a test with a literal start, far cheaper
 * than the pattern, whether they stand together.
 */
const KINDS: ReadonlyArray<{ category: string; gate: WordGate; core: RegExp; pattern: RegExp }> = [
  { category: 'merger-of-equals', gate: new WordGate('merger of equals', ['equals'], 'start', [MERGER_OF_EQUALS], { previous: ['of'] }), core: /merger[\s\u00a0]+of[\s\u00a0]+equals/i, pattern: MERGER_OF_EQUALS },
  { category: 'takeover', gate: new WordGate('a takeover', ['takeover', 'take-over'], 'start', [TAKEOVER]), core: /take-?over/i, pattern: TAKEOVER },
  { category: 'transfer-of-engagements', gate: new WordGate('a transfer of engagements', ['engagements'], 'start', [TRANSFER_OF_ENGAGEMENTS]), core: /engagements/i, pattern: TRANSFER_OF_ENGAGEMENTS },
  { category: 'amalgamation', gate: new WordGate('an amalgamation', ['amalgamat'], 'start', [AMALGAMATION]), core: /amalgamat/i, pattern: AMALGAMATION },
  { category: 'group-structure', gate: new WordGate('a group structure', ['structure'], 'start', [GROUP_STRUCTURE], { previous: ['group'] }), core: /group[\s\u00a0]+structure/i, pattern: GROUP_STRUCTURE },
];
/** How many sentences back the parties may be named. */
const SENTENCES_BACK = 2;

class CombinationKindExtractor implements ClaimExtractor {
  readonly name = 'combination-kinds';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const { category, gate, core, pattern } of KINDS) {
      if (!mayHold(context, gate) || !core.test(text)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const denied = m.groups?.neg !== undefined || m.groups?.negAfterComma !== undefined;
        const start = m.index + (m[0].length - m[0].trimStart().length);
        for (const party of this.partiesAt(context, m.index)) {
          claims.push(
            context.claim({
              subject: party,
              attribute: COMBINATION_ATTRIBUTE,
              value: { kind: 'category', category, polarity: denied ? 'deny' : 'affirm' },
              start,
              end: m.index + m[0].length,
              timeFromSentence: true,
            }),
          );
        }
      }
    }
    return claims;
  }

  /** The bodies named in the sentence at `at`, else in the nearest of the sentences before it that names any. */
  private partiesAt(context: ClaimContext, at: number): Entity[] {
    let sentence = context.sentenceAt(at);
    for (let back = 0; sentence && back <= SENTENCES_BACK; back++) {
      const seen = new Map<string, Entity>();
      for (const o of context.within(context.organisations, sentence.start, sentence.end)) {
        if (o.canonical && !isMedia(o) && !seen.has(o.canonical)) seen.set(o.canonical, o);
      }
      if (seen.size) return [...seen.values()];
      let before = sentence.start - 1;
      while (before > 0 && /[\s\u00a0]/.test(context.text[before]!)) before--;
      if (before <= 0) break;
      sentence = context.sentenceAt(before);
    }
    return [];
  }
}

export const combinationKindExtractor: ClaimExtractor = new CombinationKindExtractor();
