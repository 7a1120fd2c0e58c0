// Posts whose body is fixed by what they are, not by the body a text happens to be about. A
// minister holds office in the government, never in the company a press release is about
// ("Water Minister X said …" in a story about a water company); a council's cabinet member,
// leader or councillor holds a post on the council, never at the leisure company or charity the
// story is about. titles.ts asks here before it reads a bare title as a post at the text's
// author or focus.

import type { Entity } from '../types';

/**
 * Ministerial titles: "Minister", "Water Minister", "Minister of State for …", "Secretary of
 * State for …", "Parliamentary Under-Secretary of State …". Their body, the government, is not
 * an organisation the texts name.
 */
const MINISTERIAL = /\b(?:minister|secretary[\s\u00a0]+of[\s\u00a0]+state|under-?secretary)\b/i;

/**
 * Posts on a local council: its leader (also "council leader", "leader of the council"), its
 * cabinet members and portfolio holders, and its councillors.
 */
const COUNCIL_POST = /\b(?:council[\s\u00a0]+leader|leader[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?council|cabinet[\s\u00a0]+(?:member|lead)|portfolio[\s\u00a0]+holder|councill?or)\b/i;
const COUNCIL_NAME = /\bcouncil\b/i;

export type FixedBody = { kind: 'government' } | { kind: 'council'; council?: Entity };

/**
 * The body a title's kind fixes, if it does: the government for a minister (named in no text as
 * an organisation), the council for a council post: the one council the text names, or none
 * when it names none or several (which of them is not clear).
 */
export function fixedBodyOfTitle(title: string, organisations: readonly Entity[]): FixedBody | undefined {
  if (MINISTERIAL.test(title)) return { kind: 'government' };
  if (!COUNCIL_POST.test(title)) return undefined;
  let council: Entity | undefined;
  for (const org of organisations) {
    if (!org.canonical || !COUNCIL_NAME.test(org.canonicalName ?? org.text)) continue;
    if (council && council.canonical !== org.canonical) return { kind: 'council' };
    council ??= org;
  }
  return { kind: 'council', council };
}
