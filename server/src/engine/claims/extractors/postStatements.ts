// Posts stated in a clause about a named person, where no role was recognised next to the name
// (roles.ts reads those):
//   apposed possessive  "Miriam Tolland, Redmere Trust's chief executive, said"
//   copula             "Miriam Tolland is chief executive of Redmere Trust"
//   taking up a post    "X was appointed / was named / was elected / took over as chair of Y",
//                       "X joins Y as chief executive"
//   verb of the post    "X chairs the board of Y", "X, who chairs Y", "Ms X, you chair the board of Y" → chair
//   serving as          "X serves as / is acting as chair of Y"
//   "its" post          "X, who joined Y in 2019, is now its treasurer" → at the body before "its"
//   leading a council   "X leads Y Council", "X, who has led Y Council since 2021" → leader
//   vocative copula     "Dr X, you are the chief executive of Y"
//   appointed by        "Y has appointed X as chief executive", "Y named X its new chair"
//   leaving a post      "X stepped down as / resigned as / is no longer chair of Y" → the post denied
//   denying a post      "X is not / was never / has never been chief executive of Y" → the post denied
// The title must be made of title words only (a head such as "chair" or "director", with ranks
// and fields: "deputy director", "director of finance"), and the organisation must be named right
// after it: "X met the chair of Y" says nothing of X, and a bare "was chair" may be long past.
// Posts to come ("is expected to become", "will take over as") are not held, and are not read.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import type { ClaimExtractor } from './extractor';
import { SPACE } from './grammar';
import { isTitle } from './postCorrections';
import { postAtOrganisation } from './roles';

const S = SPACE;
/**
 * A body's own board, as the object of a post: "chairs the board of Y", "chair of Y's board",
 * "chair of Y's trustees" are Y's chair. (A committee or a subsidiary of Y is a part of Y.)
 */
const BOARD = `(?:main${S}+)?(?:board(?:${S}+of${S}+(?:directors|trustees|governors|management))?|governing${S}+body|trustees|board${S}+of${S}+trustees)`;
const BOARD_OF = `${BOARD}${S}+of${S}+(?:the${S}+)?`;
const OWN_BOARD_AFTER = new RegExp(`^['’]s${S}+${BOARD}(?![\\p{L}])`, 'iu');
/** A title: up to four words, perhaps with a field after "of" or "for" ("director of finance"). */
const TITLE = `(?<title>(?:[\\p{L}-]+${S}+){0,3}?[\\p{L}-]+(?:${S}+(?:of|for)${S}+[\\p{L}-]+(?:${S}+and${S}+[\\p{L}-]+)?)??)`;
/** After the name, up to the organisation: a verb that states or takes up the post, and the title. */
const VERB_TITLE_AT = new RegExp(
  `^${S}+(?:(?<deny>(?:is|has)${S}+no${S}+longer(?:${S}+been)?|(?:is|was)${S}+(?:not|never)|(?:isn|wasn)['’]t|has${S}+never${S}+been|(?:has${S}+)?(?:stepped|stood)${S}+down${S}+as|(?:has${S}+)?(?:resigned|quit|retired)${S}+as)|(?:is|has${S}+been|became|becomes|has${S}+become|(?:was|has${S}+been)${S}+(?:appointed|named|elected|confirmed)(?:${S}+as)?|(?:took|takes|has${S}+taken)${S}+over${S}+as|(?:joined|joins|has${S}+joined)${S}+as|(?:serves|has${S}+served|is${S}+serving|acts|is${S}+acting)${S}+as)(?:${S}+(?:now|also|currently))?)${S}+(?:(?:the|a|an|its)${S}+)?(?:(?:new|next|permanent|first)${S}+)?${TITLE}${S}+(?:of${S}+(?:the${S}+)?${BOARD_OF}|(?:of|at)${S}+(?:the${S}+)?)$`,
  'iu',
);
/** ", who chairs": the verb names the post. */
// ("who has chaired Y since 2019" still chairs it; "who chaired Y" is past)
// A name in the vocative, then the second person, is the same person: "Ms Tarrant, you chair the
// board of Y" (a committee's question to a witness, an interview, an open letter).
// The main clause states the post with the verb as well: "Treharne chairs the board of Y", "Jo Bell
// has chaired Y since 2019" (the same post as "Jo Bell, chair of Y").
const WHO_CHAIRS = new RegExp(
  `^(?:,${S}*(?:who${S}+(?:(?:now|also|currently|still)${S}+)?(?:chairs|has${S}+chaired)|you${S}+(?:(?:now|also|currently|still)${S}+)?(?:chair|have${S}+chaired))|${S}+(?:(?:now|also|currently|still)${S}+)?(?:chairs|has${S}+chaired))${S}+(?:the${S}+)?(?:${BOARD_OF})?$`,
  'iu',
);
/** "X leads Y", "X, who has led Y since 2021": a council's leader (the verb names no post at other bodies). */
const LEADS = new RegExp(`^(?:,${S}*who)?${S}+(?:(?:now|also|currently|still)${S}+)?(?:leads|has${S}+led)${S}+(?:the${S}+)?$`, 'iu');
const COUNCIL_NAME = /\bcouncil\b/i;
/** The vocative's copula: "Dr Pike, you are the chief executive of Y", "Mr Dunn, you're not its chair". */
const YOU_ARE = new RegExp(
  `^,${S}*you(?:${S}+are|['’]re)${S}+(?:(?<deny>not|no${S}+longer)${S}+)?(?:(?:now|also|currently|still)${S}+)?(?:(?:the|its)${S}+)?${TITLE}${S}+(?:of${S}+(?:the${S}+)?${BOARD_OF}|(?:of|at)${S}+(?:the${S}+)?)$`,
  'iu',
);
/** "X joins Y as chief executive", "X has joined Y as its new chair": the verb before the body, the post after it. */
const JOINS = new RegExp(`^${S}+(?:has${S}+)?(?:joins|joined|rejoins|rejoined)${S}+(?:the${S}+)?$`, 'iu');
const AS_TITLE_AFTER = new RegExp(
  `^${S}+as${S}+(?:(?:its|the|their|our)${S}+)?(?:(?:new|next|permanent|first)${S}+)?${TITLE}(?=${S}*(?:[,;:.)]|$)|${S}+(?:from|with|in|on|after|and|following|succeeding)(?![\\p{L}]))`,
  'iu',
);
/** ", " before an organisation whose post follows: "X, Y's chief executive,". */
const APPOSED = new RegExp(`^,${S}*(?:the${S}+)?$`, 'iu');
const POSSESSIVE_TITLE = new RegExp(`^['’]s${S}+${TITLE}(?=${S}*(?:[,;:.)]|$))`, 'iu');
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}])/u;
/** Before the name: a body's verb of appointing, "has appointed", "named", perhaps an honorific. */
const APPOINTED_BY = new RegExp(
  `${S}+(?:(?:has|have|had)${S}+)?(?:(?:today|now|formally|also)${S}+)?(?:appointed|appoints|named|names|elected|elects|confirmed|confirms)${S}+(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Councillor|Sir|Dame)\\.?${S}+)?$`,
  'u',
);
/** After the name: the post given, "as chief executive", "its new chair", up to the clause's end. */
const AS_TITLE = new RegExp(
  `^,?${S}+(?:as${S}+)?(?:(?:its|the|their|our)${S}+)?(?:(?:new|next|permanent|first)${S}+)?${TITLE}(?=${S}*(?:[,;:.)]|$)|${S}+(?:from|with|in|on|after|to|and|following|succeeding)(?![\\p{L}]))`,
  'iu',
);
/**
 * The post told in the passive, the body before the person: "Y is chaired by X", "Y has been
 * managed by X since 2019". Only the present: "Y was chaired by X" may be long past.
 */
const PASSIVE_POST = new RegExp(
  `^(?:${S}*,${S}*which)?${S}+(?:is|has${S}+been|are|have${S}+been)${S}+(?:(?:now|also|currently|still)${S}+)?(?<verb>chaired|managed)${S}+by${S}+(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Councillor|Sir|Dame)\\.?${S}+)?$`,
  'iu',
);
const PASSIVE_TITLES: Record<string, string> = { chaired: 'chair', managed: 'manager' };
/**
 * A post given by "its" or "their" in a clause about the person, the body named before it in
 * the sentence: "Dr X, who gave up her partnership when Y took over and is now its regional
 * medical director", "X, who joined Y in 2019, is now its treasurer", "X is now their chair".
 */
const ITS_POST = new RegExp(
  `^(?:${S}*,${S}*who(?![\\p{L}])[^;:.]{0,100}?)?${S}+(?:and${S}+)?(?:is|has${S}+been|became|has${S}+become)${S}+(?:(?:now|also|currently)${S}+)?(?<its>its|their)${S}+(?:(?:new|permanent)${S}+)?${TITLE}(?=${S}*(?:[,;:.)]|$)|${S}+(?:and|but|since|from|after|in)(?![\\p{L}]))`,
  'iu',
);
/** How far after a name its post's organisation may stand. */
const REACH = 90;
class PostStatementExtractor implements ClaimExtractor {
  readonly name = 'post-statements';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    for (const person of context.people) {
      const sentence = context.sentenceAt(person.start);
      if (!sentence || !person.canonical) continue;
      const passive = this.passivePost(context, person, sentence.start);
      if (passive) {
        claims.push(...this.claimOf(context, person, passive.post, passive.organisation));
        continue;
      }
      const limit = Math.min(sentence.end, person.end + REACH);
      // cheap first test: a comma or a space right after the name
      const next = text.charCodeAt(person.end);
      if (next !== 44 && next !== 32 && next !== 0xa0) continue;
      const appointed = this.appointedBy(context, person, sentence.start, limit);
      if (appointed) {
        claims.push(...this.claimOf(context, person, appointed.post, appointed.organisation));
        continue;
      }
      const its = this.itsPost(context, person, sentence.start, sentence.end);
      if (its) {
        claims.push(...this.claimOf(context, person, its.post, its.organisation));
        continue;
      }
      const organisation = context.within(context.organisations, person.end, limit).find((o) => o.start > person.end);
      if (!organisation?.canonical) continue;
      const gap = text.slice(person.end, organisation.start);
      // "chair of Y's finance committee" is a post in a part of Y, not Y's chair
      const ownedPart = POSSESSIVE_AFTER.test(text.slice(organisation.end, organisation.end + 3)) && !OWN_BOARD_AFTER.test(text.slice(organisation.end, organisation.end + 40));
      const led = !ownedPart && LEADS.test(gap) && COUNCIL_NAME.test(organisation.text) ? { title: 'leader', start: person.end + gap.search(/le[ad]/i), denied: false } : undefined;
      const post = led ?? (ownedPart ? undefined : this.postBefore(gap, person.end)) ?? this.postAfter(context, gap, organisation);
      if (post) claims.push(...this.claimOf(context, person, post, organisation));
    }
    return claims;
  }

  /** The role claim of a post found, unless its words are no title or the recognisers tagged them (roles.ts reads those). */
  private claimOf(context: ClaimContext, person: Entity, post: Post, organisation: Entity): Claim[] {
    if (!isTitle(post.title) || !organisation.canonical) return [];
    if (context.anyOverlapping(context.roles, post.start, post.start + post.title.length)) return [];
    const office = postAtOrganisation(context, post.title, organisation.canonical);
    if (!office) return [];
    return [
      context.claim({
        subject: person,
        attribute: 'role',
        value: { kind: 'role', title: post.title, office, ...(post.denied ? { polarity: 'deny' as const } : {}) },
        start: Math.min(person.start, organisation.start),
        end: Math.max(person.end, organisation.end, post.start + post.title.length),
        timeFromSentence: true,
      }),
    ];
  }

  /** "Y has appointed X as chief executive", "Y named X its new chair": the body that appoints, the post given. */
  private appointedBy(context: ClaimContext, person: Entity, sentenceStart: number, limit: number): { post: Post; organisation: Entity } | undefined {
    const text = context.text;
    const from = Math.max(sentenceStart, person.start - 60);
    const lead = text.slice(from, person.start);
    if (!/appoint|name|elect|confirm/i.test(lead)) return undefined;
    const verb = APPOINTED_BY.exec(lead);
    if (!verb) return undefined;
    const verbAt = from + verb.index;
    const organisation = context.within(context.organisations, sentenceStart, verbAt).filter((o) => o.end === verbAt).pop();
    if (!organisation) return undefined;
    const given = AS_TITLE.exec(text.slice(person.end, limit));
    if (!given) return undefined;
    const title = given.groups!.title!;
    return { post: { title, start: person.end + given[0].lastIndexOf(title), denied: false }, organisation };
  }

  /** "X, who … is now its chair": the post after "its", at the body named last before it in the sentence. */
  private itsPost(context: ClaimContext, person: Entity, sentenceStart: number, sentenceEnd: number): { post: Post; organisation: Entity } | undefined {
    const after = context.text.slice(person.end, Math.min(sentenceEnd, person.end + 180));
    // cheap first test: a possessive "its"/"their" after the name
    if (!/[\s\u00a0](?:its|their)[\s\u00a0]/i.test(after)) return undefined;
    const m = ITS_POST.exec(after);
    if (!m) return undefined;
    const title = m.groups!.title!;
    const itsAt = person.end + m.index + m[0].search(/(?:its|their)[\s\u00a0]/i);
    const organisation = context.within(context.organisations, sentenceStart, itsAt).filter((o) => o.end <= itsAt && o.canonical).pop();
    if (!organisation) return undefined;
    return { post: { title, start: person.end + m[0].lastIndexOf(title), denied: false }, organisation };
  }

  /** "Y is chaired by X": the body right before the passive verb, the post the verb names. */
  private passivePost(context: ClaimContext, person: Entity, sentenceStart: number): { post: Post; organisation: Entity } | undefined {
    const text = context.text;
    // cheap first test: "by" right before the name, perhaps with an honorific between
    const near = text.slice(Math.max(sentenceStart, person.start - 16), person.start);
    if (!/\bby\b/i.test(near)) return undefined;
    const from = Math.max(sentenceStart, person.start - 60);
    const organisation = context.within(context.organisations, from, person.start).filter((o) => o.end <= person.start).pop();
    if (!organisation) return undefined;
    const passive = PASSIVE_POST.exec(text.slice(organisation.end, person.start));
    if (!passive) return undefined;
    const verb = passive.groups!.verb!;
    const title = PASSIVE_TITLES[verb.toLowerCase()]!;
    return { post: { title, start: organisation.end + passive[0].indexOf(verb), denied: false }, organisation };
  }

  /** "is chief executive of", "took over as chair of", ", who chairs": the post before the organisation. */
  private postBefore(gap: string, gapStart: number): Post | undefined {
    if (WHO_CHAIRS.test(gap)) return { title: 'chair', start: gapStart + gap.search(/chair/i), denied: false };
    const stated = VERB_TITLE_AT.exec(gap) ?? YOU_ARE.exec(gap);
    if (!stated) return undefined;
    const title = stated.groups!.title!;
    return { title, start: gapStart + stated[0].lastIndexOf(title), denied: stated.groups!.deny !== undefined };
  }

  /** "X, Y's chief executive,", "X joins Y as chief executive": the post after the organisation. */
  private postAfter(context: ClaimContext, gap: string, organisation: Entity): Post | undefined {
    if (JOINS.test(gap)) {
      const given = AS_TITLE_AFTER.exec(context.text.slice(organisation.end, Math.min(context.text.length, organisation.end + 60)));
      if (!given) return undefined;
      const title = given.groups!.title!;
      return { title, start: organisation.end + given[0].lastIndexOf(title), denied: false };
    }
    if (!APPOSED.test(gap)) return undefined;
    const after = context.text.slice(organisation.end, Math.min(context.text.length, organisation.end + 60));
    const possessive = POSSESSIVE_TITLE.exec(after);
    if (!possessive) return undefined;
    const title = possessive.groups!.title!;
    return { title, start: organisation.end + possessive[0].lastIndexOf(title), denied: false };
  }
}

interface Post {
  title: string;
  start: number;
  denied: boolean;
}

export const postStatementExtractor: ClaimExtractor = new PostStatementExtractor();
