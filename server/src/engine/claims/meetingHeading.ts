// The body a meeting belongs to, for the bare posts of its attendance list. Minutes, a committee's
// transcript or a board's record open with a heading that names the body whose meeting it is
// ("Harnley College … MINUTES OF THE MEETING OF THE CORPORATION BOARD", "Minutes of the Board of
// Trustees of the Penmoor Trust", "Housing Committee — Oral evidence"), then list who came:
// "Present: Jo Bell (Chair); Sam Lowe (Vice-Chair)". Those posts are that body's, however often the
// minutes go on to name another body (the one they discuss, a partner in a merger).

import type { Entity } from '../types';
import type { ClaimContext } from './context';
import { isMedia } from './referents';

/** A line that lists who attended (or sent apologies): its label up to the colon. */
const ATTENDANCE_LINE = /^[ \t\u00a0]*(?:(?:members|governors|trustees|directors|councillors|board[ \t\u00a0]+members)[ \t\u00a0]+)?(?:present|in[ \t\u00a0]+attendance|attending|attendees|attendance|apologies(?:[ \t\u00a0]+for[ \t\u00a0]+absence)?)[ \t\u00a0]*:/i;
/** The heading must say it heads a meeting's record. */
const MEETING_WORD = /\b(?:minutes|meeting|hearing|oral[ \t\u00a0]+evidence|proceedings|agenda)\b/i;
/** "meeting of the", "Board of Trustees of": the body whose meeting it is follows. */
const BODY_OF_MEETING = /(?:meeting|minutes|board|committee|trustees|governors|directors|corporation)[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/i;
/** How far above the attendance list its heading may reach. */
const HEADING_REACH = 800;

/**
 * The body of the meeting whose attendance list holds the post at `start`, when the line it
 * stands on is such a list and the text above it heads a meeting's record; else undefined.
 */
export function bodyOfMeetingList(context: ClaimContext, start: number): Entity | undefined {
  const text = context.text;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!ATTENDANCE_LINE.test(text.slice(lineStart, Math.min(start, lineStart + 60)))) return undefined;
  const headStart = Math.max(0, lineStart - HEADING_REACH);
  if (!MEETING_WORD.test(text.slice(headStart, lineStart))) return undefined;
  let first: Entity | undefined;
  for (const o of context.within(context.organisations, headStart, lineStart)) {
    if (!o.canonical || isMedia(o)) continue;
    if (BODY_OF_MEETING.test(text.slice(Math.max(headStart, o.start - 40), o.start))) return o;
    first ??= o;
  }
  return first;
}
