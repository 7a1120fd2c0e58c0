// A post set against another in a correction: "X was the finance director, not the chief exec",
// "X is the chair, not the chief executive, of Y", "X is chair of Y, not its chief executive".
// The recognisers tag the post affirmed (roles.ts reads it); the post after "not" is one the
// person does not hold, at the same organisation as the one affirmed. A bare denied post is
// placed at an organisation later, as any bare post is (conflicts/role.ts), so "not the chief
// exec" meets "Y chief executive X" in another source.

import type { Entity } from '../../types';
import type { ClaimContext } from '../context';
import { SPACE } from './grammar';
import { PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from '../../entities/lexicons/personWords';

const S = SPACE;
const RANKS_AND_FIELDS = (word: string): boolean => ROLE_HEADS.has(word) || ROLE_MODIFIERS.has(word) || PORTFOLIO_WORDS.has(word);
/** Titles of the past: a former post is not held now. */
const PAST_WORDS = new Set(['former', 'ex', 'outgoing', 'late', 'previous', 'then', 'one-time', 'erstwhile']);

/** True when the words are a title: its head (the last word before "of"/"for") a post, every word a post's, rank's or field's. */
export function isTitle(title: string): boolean {
  const words = title.toLowerCase().split(/[\s\u00a0]+/);
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  const own = of < 0 ? words : words.slice(0, of);
  const field = of < 0 ? [] : words.slice(of + 1).filter((w) => w !== 'and');
  return (
    own.length > 0 &&
    ROLE_HEADS.has(own[own.length - 1]!) &&
    own.every(RANKS_AND_FIELDS) &&
    !own.some((w) => PAST_WORDS.has(w)) &&
    field.every((w) => PORTFOLIO_WORDS.has(w))
  );
}

/** Right after a post: ", not the chief executive", " and not its chair", ", rather than the chair". */
const CORRECTION = new RegExp(
  `^${S}*,?${S}*(?:(?:and|but)${S}+)?(?:not|rather${S}+than|instead${S}+of)${S}+(?:(?:the|a|an|its|their|his|her)${S}+)?` +
    `(?<title>(?:[\\p{L}-]+${S}+){0,3}?[\\p{L}-]+)(?=${S}*(?:[,;:.)!?]|$|${S}(?:of|at)${S}))`,
  'iu',
);
/** ", of Y" after the denied post: both posts are Y's ("the chair, not the chief executive, of Y"). */
const SHARED_OF = new RegExp(`^,?${S}+(?:of|at)${S}+(?:the${S}+)?$`, 'i');

export interface DeniedPost {
  title: string;
  start: number;
  end: number;
  /** The organisation both posts are at, when named only after the denied one. */
  sharedOrganisation?: Entity;
}

/** The post denied right after the post at [start, end), if the words there correct it. */
export function deniedInCorrection(context: ClaimContext, end: number): DeniedPost | undefined {
  const text = context.text;
  // cheap first test: "not", "rather" or "instead" must be near
  const window = text.slice(end, Math.min(text.length, end + 60));
  if (!/\b(?:not|rather|instead)\b/i.test(window)) return undefined;
  const m = CORRECTION.exec(window);
  if (!m) return undefined;
  const title = m.groups!.title!;
  if (!isTitle(title)) return undefined;
  const titleStart = end + m[0].length - title.length;
  const titleEnd = end + m[0].length;
  const next = context.within(context.organisations, titleEnd, Math.min(text.length, titleEnd + 40))[0];
  const sharedOrganisation = next && SHARED_OF.test(text.slice(titleEnd, next.start)) ? next : undefined;
  return { title, start: titleStart, end: titleEnd, ...(sharedOrganisation ? { sharedOrganisation } : {}) };
}
