// A post denied right after a person's name, with no organisation named, the way people correct
// each other in comments, letters and debate:
//   "Jo’s not the chair btw, she’s the secretary"   → NOT chair, secretary
//   "Amir isn't the treasurer – he's the chair"       → NOT treasurer, chair
//   "Dr Lee is not the chief executive; she is the finance director"
//   "Kay Dunn is not the head teacher."               → NOT head teacher
// postStatements.ts reads a denial with the organisation after the post ("is not chair of Y") and
// roles.ts one before a title the recognisers tagged; this reads the bare post, whose words must
// all be title words (postCorrections.ts isTitle), so "Jo's not the one to ask" says nothing. A
// bare denied post meets the same post affirmed elsewhere (conflicts/role.ts); the post put in its
// place is marked `corrects` and read at the body of the person's other posts, when they are all
// at one ("solberg isnt even the boss, shes the finance director" meets "Karin Solberg, managing
// director of Y").

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import { normaliseTitle, withoutFillers } from '../offices';
import type { ClaimExtractor } from './extractor';
import { SPACE } from './grammar';
import { isTitle } from './postCorrections';

const S = SPACE;
/** Right after the name: "’s not the", " is not a", " isn't the", " was never the". */
// (commenters drop the apostrophe: "isnt", "shes"; and stress the denial: "isnt even the boss")
const NOT_THE = new RegExp(`^(?:['’]s${S}+not|${S}+(?:is|was)${S}+(?:not|never)|${S}+(?:isn|wasn)['’]?t)${S}+(?:(?:even|actually|really)${S}+)?(?:(?:the|a|an)${S}+)?`, 'iu');
/** Up to four words, then the clause's end. */
const WORDS = new RegExp(`^((?:[\\p{L}-]+${S}+){0,3}[\\p{L}-]+)${S}*(?=[,;:.!?–—]|${S}-|$)`, 'u');
/** Words a speaker adds after the post before correcting it ("btw", "any more"). */
const FILLERS = new Set(['btw', 'though', 'anymore', 'any', 'more', 'now', 'actually', 'either', 'here']);
/** The correction after the denied post: ", she’s the secretary", "; he is the chair", " – they're its treasurer". */
const PUT_RIGHT = new RegExp(
  `^${S}*[,;:–—-]${S}*(?:(?:but|and)${S}+)?(?:s?he|they)(?:['’]?(?:s|re)|${S}+(?:is|was|are))${S}+(?:(?:just|only|actually|really|merely)${S}+)?(?:(?:the|a|an|its|their)${S}+)?((?:[\\p{L}-]+${S}+){0,3}?[\\p{L}-]+)${S}*(?=[,;:.!?)]|$|${S}(?:and|but|so|who|she|he)${S})`,
  'iu',
);
const REACH = 120;

class PostSwapExtractor implements ClaimExtractor {
  readonly name = 'post-swaps';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const person of context.people) {
      // cheap first test: "not", "n't" or "never" within a few characters of the name
      const near = text.slice(person.end, Math.min(text.length, person.end + 24));
      if (!/not|n['’]?t|never/i.test(near)) continue;
      const not = NOT_THE.exec(near);
      if (!not) continue;
      const sentence = context.sentenceAt(person.start);
      const limit = Math.min(sentence?.end ?? text.length, person.end + REACH);
      const from = person.end + not[0].length;
      const words = WORDS.exec(text.slice(from, limit));
      if (!words) continue;
      // "isnt even the boss, shes the finance director": what is denied need not be a title for the post put in its place to be told
      const split = this.titleAndFillers(words[1]!);
      if (!split && words[1]!.split(/[\s\u00a0]+/).length > 2) continue;
      const end = from + words[0].length;
      if (split) claims.push(this.claim(context, person, split, 'deny', from, end));
      const right = PUT_RIGHT.exec(text.slice(end, limit));
      if (right && isTitle(right[1]!)) {
        const at = end + right[0].lastIndexOf(right[1]!);
        claims.push(this.claim(context, person, right[1]!, 'affirm', at, at + right[1]!.length, person.start));
      }
    }
    return claims;
  }

  /** The title at the front of the words, when all that follows it is filler ("chair btw"). */
  private titleAndFillers(words: string): string | undefined {
    const list = words.split(/[\s\u00a0]+/);
    for (let n = list.length; n > 0; n--) {
      const title = list.slice(0, n).join(' ');
      if (isTitle(title)) return list.slice(n).every((w) => FILLERS.has(w.toLowerCase())) ? title : undefined;
    }
    return undefined;
  }

  private claim(context: ClaimContext, person: Entity, title: string, polarity: 'affirm' | 'deny', start: number, end: number, spanStart = person.start): Claim {
    const words = withoutFillers(normaliseTitle(title));
    const office = context.offices.officeOf(words) ?? `title:${words}`;
    return context.claim({
      subject: person,
      attribute: 'role',
      // the post put in place of one denied is told of the body of the person's other posts (conflicts/role.ts)
      value: { kind: 'role', title, office, ...(polarity === 'deny' ? { polarity } : { corrects: true as const }) },
      start: Math.min(spanStart, start),
      end,
      timeFromSentence: true,
    });
  }
}

export const postSwapExtractor: ClaimExtractor = new PostSwapExtractor();
