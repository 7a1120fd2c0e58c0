// Which organisation a title belongs to when the title does not name it: "Its chief executive",
// "the trust’s chief executive", "Director of Finance at Northfield" (with only "Director"
// recognised as the title), or, in an organisation's own document, a bare "the Chief Executive".
// Role claims need it to compare posts in one organisation; pay claims to know whose pay it is.

import type { Entity } from '../types';
import type { ClaimContext } from './context';

const S = '[\\s\\u00a0]';
const POSSESSIVE_GAP = new RegExp(`^(?:['’]s)?${S}+$`);
const OF_ORGANISATION = new RegExp(`^${S}+(?:of|at|for)${S}+(?:the${S}+)?$`);
/** "Director of Finance at X": the rest of a title cut short, then its organisation. */
const TITLE_TAIL = new RegExp(`^${S}+(?:of|for)${S}+(?<words>\\p{Lu}[\\p{L}-]*(?:${S}+(?:and${S}+)?\\p{Lu}[\\p{L}-]*){0,3})${S}+(?:at|of)${S}+(?:the${S}+)?`, 'u');
/** A bare title: at the start of a line (a signature), or after "the" / "our". */
const BARE_TITLE_BEFORE = new RegExp(`(?:^|\\n[\\s\\u00a0]*|(?:^|${S})(?:the|our)${S}+)$`, 'i');

export interface TitleOrganisation {
  organisation: Entity;
  /** Words of the title that followed it in the text ("Finance" in "Director of Finance at X"). */
  words: string;
}

/** The organisation of the title at [start, end), read from the words around it. */
export function organisationOfTitle(context: ClaimContext, start: number, end: number): TitleOrganisation | undefined {
  const text = context.text;
  const before = context.within(context.organisations, Math.max(0, start - 60), start).filter((o) => POSSESSIVE_GAP.test(text.slice(o.end, start)));
  if (before.length) return { organisation: before[before.length - 1], words: '' };
  const sentence = context.sentenceAt(start);
  const limit = sentence ? sentence.end : Math.min(text.length, end + 80);
  const after = context.within(context.organisations, end, Math.min(limit, end + 80));
  const next = after[0];
  if (next) {
    const gap = text.slice(end, next.start);
    if (OF_ORGANISATION.test(gap)) return { organisation: next, words: '' };
    const tail = TITLE_TAIL.exec(gap);
    if (tail && tail[0].length === gap.length) return { organisation: next, words: tail.groups!.words };
  }
  if (context.author && BARE_TITLE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return { organisation: context.author, words: '' };
  return undefined;
}
