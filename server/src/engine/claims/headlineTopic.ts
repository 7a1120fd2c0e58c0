// A reader's comment under an article says "It's employee-owned now" of what the page is about.
// This finds the body a page's headline names, for an "it" nothing earlier in its paragraph explains.

import type { Antecedent } from './antecedent';
import type { ReferentInput } from './referents';

/** The one body the text's first line (a headline) names, and where that line ends. */
export interface Headline {
  end: number;
  topic: Antecedent;
}

/**
 * The headline's body: the one body (not a news outlet) the first line names. A first line naming
 * two bodies, or none, or only the author, or nothing but the name (a masthead) gives none.
 * Worked out once per text, and only when an "it" is left without an antecedent.
 */
export function findHeadline(input: ReferentInput, named: readonly Antecedent[]): Headline | undefined {
  const text = input.text;
  const lineEnd = text.indexOf('\n');
  const end = lineEnd < 0 ? text.length : lineEnd;
  let topic: Antecedent | undefined;
  for (const a of named) {
    if (a.mention.start >= end) break;
    if (a.thing || a.reporter) continue;
    if (topic && topic.mention.canonical !== a.mention.canonical) return undefined;
    topic = a;
  }
  if (!topic || topic.mention.canonical === input.author?.canonical) return undefined;
  return text.slice(0, end).trim() === topic.mention.text ? undefined : { end, topic };
}

const BLANK_LINE = /\n[\s\u00a0]*\r?\n/;

/**
 * A reader's comment under an article says "It's employee-owned now" of what the page is about:
 * an "it" left without an antecedent, in a paragraph that names no body before it, stands for the
 * headline's body.
 */
export function headlineTopic(input: ReferentInput, seen: readonly Antecedent[], start: number, headline: Headline | undefined): Antecedent | undefined {
  if (!headline || start <= headline.end) return undefined;
  let i = seen.length - 1;
  while (i >= 0 && (seen[i]!.thing || seen[i]!.reporter || seen[i]!.firstPerson)) i--;
  const last = i >= 0 ? seen[i]!.mention : undefined;
  // the nearest body before it, or else the headline itself, must lie beyond a blank line
  const from = last && last.end > headline.end ? last.end : headline.end;
  return BLANK_LINE.test(input.text.slice(from, start)) ? headline.topic : undefined;
}
