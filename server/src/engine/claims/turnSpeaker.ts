// Whom "we" stands for in a turn of a transcript or a chat export: the body of the one speaking.
// The turn's label names the speaker at the start of its line ("NADIA OSEI: We employ …",
// "[00:03:10] DEAN MARSH: …", "[02/05/2026, 18:01] Sam Tully RCN: we …"); the body is the one a
// chat sender writes after their name, or the one the text gives the speaker's post at ("Nadia
// Osei, chief executive of X", "X's chairman, Dean Marsh"). A speaker with no such post, or a
// label that is a part ("PRESENTER:"), gives no body: the turn's "we" is then left unresolved.

import type { Entity } from '../types';
import { firstStartingFrom } from './sortedEntities';

/** How far into its line a label may start: after a timestamp ("[02/05/2026, 18:01] "). */
const LABEL_REACH = 24;
const COLON = 58;

/** The label's entity: the one of `sorted` starting within LABEL_REACH of the line start whose end a colon follows. */
function labelEntity(text: string, sorted: readonly Entity[], lineStart: number, before: number): Entity | undefined {
  for (let i = firstStartingFrom(sorted, lineStart); i < sorted.length && sorted[i].start <= lineStart + LABEL_REACH && sorted[i].end < before; i++) {
    if (text.charCodeAt(sorted[i].end) === COLON) return sorted[i];
  }
  return undefined;
}

/**
 * Between a role and the body right after it in a list of witnesses or a signature ("Graham Dunstan,
 * Chair, Lowmoor Development Corporation", "Nadia Kowalski, Chief Executive at X"): a comma, or
 * "at" or "of", and nothing else.
 */
/** The longest gap ROLE_TO_BODY allows (" of the "). */
const AFTER_ROLE_REACH = 8;
const ROLE_TO_BODY = /^(?:,[ \u00a0]|[ \u00a0](?:at|of)[ \u00a0](?:the[ \u00a0])?)$/;

/**
 * The body of a role: named inside it, in the possessive right before it ("Kelby Rovers’ chairman"),
 * or right after it as its body ("Chair, Lowmoor Development Corporation").
 */
function bodyOfRole(text: string, role: Entity, organisations: readonly Entity[]): Entity | undefined {
  const from = firstStartingFrom(organisations, Math.max(0, role.start - 80));
  for (let i = from; i < organisations.length && organisations[i].start <= role.end + AFTER_ROLE_REACH; i++) {
    const org = organisations[i];
    if (!org.canonical) continue;
    if (org.start >= role.end) {
      if (ROLE_TO_BODY.test(text.slice(role.end, org.start))) return org;
      continue;
    }
    if (org.start >= role.start && org.end <= role.end) return org;
    // "X’s director", "X's chair", "Rovers’ chairman": only a possessive mark and a space between
    const gap = text.slice(org.end, role.start);
    if (gap.length <= 3 && /^['’]s?\s$/.test(gap)) return org;
  }
  return undefined;
}

/**
 * The body whose "we" a first-person word at `offset` is, from its line's speaker label, or
 * undefined. `people`, `roles` and `organisations` are sorted by start.
 */
export function turnSpeakerBody(text: string, offset: number, people: readonly Entity[], roles: readonly Entity[], organisations: readonly Entity[]): Entity | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  // a line that opens with a label has a colon within its first words; most lines fail here
  const colon = text.indexOf(':', lineStart);
  const lineEnd = text.indexOf('\n', lineStart);
  if (colon < 0 || colon >= offset || colon - lineStart > LABEL_REACH + 40 || (lineEnd >= 0 && lineEnd < colon)) return undefined;
  const labelEnd = Math.min(offset, lineStart + LABEL_REACH + 60);
  const person = labelEntity(text, people, lineStart, labelEnd);
  if (!person) {
    // "Sam Tully RCN:": the body a chat sender writes after their name
    const org = labelEntity(text, organisations, lineStart, labelEnd);
    return org?.canonical ? org : undefined;
  }
  if (!person.canonical) return undefined;
  for (const role of roles) {
    if (role.person !== person.canonical) continue;
    const body = bodyOfRole(text, role, organisations);
    if (body) return body;
  }
  return undefined;
}
