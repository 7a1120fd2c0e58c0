// A category told in a relative clause with no article, as an adjective: "the rescue of X, which has
// been fully nationalised", "X, which is now employee-owned,", "X, which is not publicly owned".
// classification.ts reads ", which is a Y" (a noun with its article); this reads the adjectival
// forms its vocabulary also names (publicly owned, nationalised, employee-owned, family-run,
// not-for-profit), so a relative clause meets "X is back in public ownership" or "the state does
// not own a share in X" as a plain sentence would. The clause belongs to the name right before its
// comma, even a preposition's object ("the rescue of X, which …").

import type { Claim } from '../../types';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import { tokenise } from '../vocabulary';
import type { ClaimExtractor } from './extractor';
import { SPACE } from './grammar';

const S = SPACE;
const CUES = new CueWords([{ word: 'which' }]);
const RELATIVE = new RegExp(
  `^${S}*,${S}*which${S}+(?:is|was|has${S}+been|had${S}+been|became|has${S}+become|remains)(?<neg>${S}+(?:not|never|no${S}+longer))?(?:${S}+(?:now|still|also|fully|wholly|entirely|effectively|already|since))*${S}+`,
  'iu',
);
/** Where the adjective's phrase ends: punctuation or a clause's next word. */
const PHRASE_END = /[,;:.!?()]|[\s\u00a0](?:in|on|at|by|since|after|before|when|and|but|two|three|four|five|six|for|from|with|under|last|this)[\s\u00a0]/i;
const NOT_A_START = /^(?:a|an|the|its|their|one|part|run|owned|held|controlled|based|set|being)$/i;

class RelativeFormExtractor implements ClaimExtractor {
  readonly name = 'relative-forms';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    for (const sentence of cueSentences(context, CUES)) {
      for (const org of context.within(context.organisations, sentence.start, sentence.end)) {
        if (!org.canonical || text.charCodeAt(org.end) !== 44) continue;
        const m = RELATIVE.exec(text.slice(org.end, Math.min(sentence.end, org.end + 80)));
        if (!m) continue;
        const from = org.end + m[0].length;
        const rest = text.slice(from, Math.min(sentence.end, from + 60));
        const stop = PHRASE_END.exec(rest);
        const to = from + (stop ? stop.index : rest.length);
        const tokens = tokenise(text, from, to);
        if (tokens.length === 0 || NOT_A_START.test(tokens[0]!.norm)) continue;
        const match = context.vocabulary.categories.findAll(tokens)[0];
        // the adjective must open the clause's phrase and be all of it: "which is publicly owned", not "which is a publicly owned firm"
        if (!match || match.from !== 0 || match.to !== tokens.length) continue;
        claims.push(
          context.claim({
            subject: org,
            attribute: 'category',
            value: { kind: 'category', category: match.id, polarity: m.groups!.neg ? 'deny' : 'affirm' },
            start: org.start,
            end: tokens[match.to - 1]!.end,
            timeFromSentence: true,
          }),
        );
      }
    }
    return claims;
  }
}

export const relativeFormExtractor: ClaimExtractor = new RelativeFormExtractor();
