// What kind of combination two bodies' coming together is, a category family of its own:
//   "This is a merger of equals"                       → merger-of-equals
//   "It's a takeover by the larger association", "a merger, not a takeover" → takeover (affirmed / denied)
//   "X will be a group structure in which Y keeps its own board" → group-structure
// A merger of equals excludes a takeover and a group in which one side becomes the other's
// subsidiary (conflict-rules.json). The claim is told of each party to the combination: the
// bodies its sentence names, else those of the sentence or two before ("Acme and Bolt will join
// … This is a merger of equals"), as a writer names the parties and then speaks of "this" or "it".

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { isMedia } from '../referents';
import type { ClaimExtractor } from './extractor';
import { SPACE } from './grammar';

const S = SPACE;
export const COMBINATION_ATTRIBUTE = 'combination';
/** A text without one of these words holds no reading. */
const CUE = /merger[\s\u00a0]+of[\s\u00a0]+equals|take-?over|group[\s\u00a0]+structure/i;
const NEGATION = `(?<neg>(?:not|no|never)${S}+)?`;
const COPULA = `(?:\\b(?:is|was|be|are|were|it['’]s|that['’]s|this['’]s)${S}+${NEGATION}|,${S}*(?<negAfterComma>not)${S}+)(?:(?:just|really|simply|plainly|in${S}+effect|effectively)${S}+)?`;
const KINDS: ReadonlyArray<{ category: string; pattern: RegExp }> = [
  { category: 'merger-of-equals', pattern: new RegExp(`(?:${COPULA})?(?:an?${S}+|the${S}+)?(?:genuine${S}+|true${S}+)?merger${S}+of${S}+equals\\b`, 'giu') },
  { category: 'takeover', pattern: new RegExp(`${COPULA}(?:an?${S}+)(?:\\p{Ll}+${S}+)?take-?over\\b`, 'giu') },
  { category: 'group-structure', pattern: new RegExp(`(?:${COPULA}|\\b(?:form|forms|create|creates|join|joins|into)${S}+)(?:an?|the)${S}+(?:new${S}+)?group${S}+structure\\b`, 'giu') },
];
/** How many sentences back the parties may be named. */
const SENTENCES_BACK = 2;

class CombinationKindExtractor implements ClaimExtractor {
  readonly name = 'combination-kinds';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    if (!CUE.test(text)) return [];
    const claims: Claim[] = [];
    for (const { category, pattern } of KINDS) {
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
