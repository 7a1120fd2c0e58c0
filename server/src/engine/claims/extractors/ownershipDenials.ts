// A class of owner said to own none of a body: "The state does not own a single share in X",
// "staff hold no shares in X", "investors don't own any stake in X". The class would make X a
// category if it held the majority (the rules' ownershipCategories: the state → publicly owned,
// staff → employee-owned, members → mutual, outside investors → investor-owned), so holding none
// denies that category, and the denial meets "X is back in public ownership" or "X is
// employee-owned" as a negation (conflicts/category.ts).
// Only a class of owner is read, not a named body: "Y owns no shares in X" says nothing of what X
// is. Not read: a denial only supposed ("if the state did not own a share"), or bound to a time
// ("no longer", "until"), which the verbs here leave out.

import type { Claim, Entity } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import { tokenise } from '../vocabulary';
import type { ClaimExtractor } from './extractor';
import { SPACE } from './grammar';

const S = SPACE;
const CUES = new CueWords([{ word: 'share' }, { word: 'shares' }, { word: 'stake' }, { word: 'shareholding' }]);
/** "does not own a single share in", "doesn't hold any shares in", "owns no stake in", "has no shares in the". */
const OWNS_NONE = new RegExp(
  `(?:(?:(?:does|do|did)${S}+not|(?:doesn|don|didn)['’]t|never)${S}+(?:own|hold|have|owned|held)${S}+(?:(?:a${S}+single|a|any|one|even${S}+one|a${S}+penny['’]s${S}+worth${S}+of|a${S}+part${S}+of)${S}+)?` +
    `|(?:owns?|holds?|has|have)${S}+no${S}+)` +
    `(?:shares?|stakes?|shareholding|equity)${S}+(?:at${S}+all${S}+|whatsoever${S}+)?(?:in|of)${S}+(?:the${S}+)?`,
  'giu',
);
/** How far before the verb the owner's words may start. */
const OWNER_REACH = 40;
const SUPPOSED = Mood.Conditional | Mood.Possible;

class OwnershipDenialExtractor implements ClaimExtractor {
  readonly name = 'ownership-denials';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const { rules } = context;
    for (const sentence of cueSentences(context, CUES)) {
      const body = context.text.slice(sentence.start, sentence.end);
      if (!/\bno\b|not|n['’]t|never/i.test(body)) continue;
      OWNS_NONE.lastIndex = 0;
      for (let m = OWNS_NONE.exec(body); m; m = OWNS_NONE.exec(body)) {
        const at = sentence.start + m.index;
        const owned: Entity | undefined = context.organisationStartingAt(at + m[0].length);
        if (!owned?.canonical) continue;
        const ownerFrom = Math.max(sentence.start, at - OWNER_REACH);
        const tokens = tokenise(context.text, ownerFrom, at);
        const owner = context.vocabulary.ownerClasses.findAll(tokens).pop();
        // the class must stand right before the verb: "the state does not own", not "the state says X does not own"
        if (!owner || owner.to !== tokens.length) continue;
        if ((context.moodAt(at) & SUPPOSED) !== 0) continue;
        for (const rule of rules.ownershipCategories) {
          if (rule.owner !== owner.id || rule.share !== 'majority' || rule.polarity !== 'affirm') continue;
          claims.push(
            context.claim({
              subject: owned,
              attribute: 'category',
              value: { kind: 'category', category: rule.category, polarity: 'deny' },
              start: tokens[owner.from]!.start,
              end: owned.end,
              timeFromSentence: true,
            }),
          );
        }
      }
    }
    return claims;
  }
}

export const ownershipDenialExtractor: ClaimExtractor = new OwnershipDenialExtractor();
