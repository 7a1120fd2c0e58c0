// Posts a speaker states of themself in a transcript's turn: a committee's oral evidence, Hansard,
// an interview written as "Name: words". The turn's "I" is the person its label names:
//   "Jo Bell: I have chaired Kelvale Homes' board since 2019"   → chair of Kelvale Homes
//   "Dr Sam Lowe: I am the chief executive of Fenbury Trust"     → chief executive of Fenbury Trust
//   "Jo Bell: As chair of Kelvale Homes, I …"                    → chair of Kelvale Homes
// Only the turn's first lines are read, and the organisation must be named right after the post
// (a post in a part of the body, "I chair Kelvale Homes' audit committee", is not its chair).

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import type { ClaimExtractor } from './extractor';
import { SPACE } from './grammar';
import { isTitle } from './postCorrections';
import { postAtOrganisation } from './roles';

const S = SPACE;
/** Before a label's name on its line: nothing but an honorific. */
const LABEL_OPENING = /^[ \t\u00a0]*(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Baroness)\.?[ \t\u00a0]+)?$/;
/** The label's end: a colon right after the name (perhaps after a bracketed post). */
const LABEL_END = /^(?:[ \t\u00a0]*\([^)\n]{1,60}\))?[ \t\u00a0]*:/;
const title = (group: string): string => `(?<${group}>(?:[\\p{L}-]+${S}+){0,3}?[\\p{L}-]+(?:${S}+(?:of|for)${S}+[\\p{L}-]+(?:${S}+and${S}+[\\p{L}-]+)?)??)`;
const BOARD_OF = `(?:(?:main${S}+)?board${S}+of${S}+(?:the${S}+)?)?`;
/** "I chair", "I have chaired", "I am the chief executive of", "As chair of": up to the organisation. */
const FIRST_PERSON_POST = new RegExp(
  `\\b(?:I${S}+(?:(?:now|also|currently|still)${S}+)?(?<chair>chair|have${S}+chaired)${S}+(?:the${S}+)?${BOARD_OF}|I${S}*(?:am|['’]m|have${S}+been)${S}+(?:(?:now|also|currently|still)${S}+)?(?:the${S}+|its${S}+)?${title('stated')}${S}+(?:of|at)${S}+(?:the${S}+)?${BOARD_OF}|\\bAs${S}+(?:the${S}+)?${title('as')}${S}+(?:of|at)${S}+(?:the${S}+)?)`,
  'gu',
);
/** A possessive that makes the object a part of the body, unless it is the body's board. */
const PART_OF = new RegExp(`^['’]s?${S}+(?!(?:main${S}+)?board\\b)`, 'iu');
/** How much of a turn is read. */
const TURN_REACH = 300;

class SpeakerPostExtractor implements ClaimExtractor {
  readonly name = 'speaker-posts';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const person of context.people) {
      if (!person.canonical) continue;
      // cheap first test: a colon soon after the name
      const colon = text.indexOf(':', person.end);
      if (colon < 0 || colon - person.end > 64) continue;
      const lineStart = text.lastIndexOf('\n', person.start - 1) + 1;
      if (!LABEL_OPENING.test(text.slice(lineStart, person.start))) continue;
      const label = LABEL_END.exec(text.slice(person.end, person.end + 64));
      if (!label) continue;
      const turnStart = person.end + label[0].length;
      const lineEnd = text.indexOf('\n', turnStart);
      const turnEnd = Math.min(lineEnd < 0 ? text.length : lineEnd, turnStart + TURN_REACH);
      const turn = text.slice(turnStart, turnEnd);
      if (!/\bI\b|\bAs\b/.test(turn)) continue;
      FIRST_PERSON_POST.lastIndex = 0;
      for (let m = FIRST_PERSON_POST.exec(turn); m; m = FIRST_PERSON_POST.exec(turn)) {
        const at = turnStart + m.index + m[0].length;
        const organisation = context.organisationStartingAt(at);
        if (!organisation?.canonical || PART_OF.test(text.slice(organisation.end, organisation.end + 24))) continue;
        const post = m.groups!.chair ? 'chair' : (m.groups!.stated ?? m.groups!.as);
        if (!post || !isTitle(post)) continue;
        const office = postAtOrganisation(context, post, organisation.canonical);
        if (!office) continue;
        claims.push(this.claim(context, person, post, office, turnStart + m.index, organisation));
      }
    }
    return claims;
  }

  private claim(context: ClaimContext, person: Entity, title: string, office: string, start: number, organisation: Entity): Claim {
    return context.claim({ subject: person, attribute: 'role', value: { kind: 'role', title, office }, start, end: organisation.end, timeFromSentence: true });
  }
}

export const speakerPostExtractor: ClaimExtractor = new SpeakerPostExtractor();
