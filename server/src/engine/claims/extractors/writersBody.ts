// The body a writer counts themselves in: "There are fewer than 900 of us now", "all 310 of us got
// a letter". A count of "us" is the people of the body the writer speaks for: in a body's own text
// (author.ts) the author; in a reader's comment or a letter, the body the writer says, earlier on
// the same line (one comment, one paragraph), that they work at: "I have worked at X for nine
// years", "I work for X", "we at X", "my colleagues at X". Without such words "us" may be a
// village, a profession or a readership, and the count is no body's.

import type { Entity } from '../../types';
import type { ClaimContext } from '../context';
import { isMedia } from '../referents';

const WORKS_AT = /(?:^|[^\p{L}])(?:(?:I|we)(?:['’]ve|['’]d|[\s\u00a0]+have|[\s\u00a0]+had)?(?:[\s\u00a0]+(?:been|also|still|now|both|all))*[\s\u00a0]+(?:work|worked|working)[\s\u00a0]+(?:at|for)|(?:we|us)[\s\u00a0]+at|my[\s\u00a0]+(?:colleagues|co-workers|employer|job)[\s\u00a0]+(?:at|is))[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;
/** How far before a name its "I work at" may start. */
const CUE_REACH = 40;

/** The body whose people a writer's "N of us" at `at` counts, if the text says. */
export function writersBody(context: ClaimContext, at: number): Entity | undefined {
  if (context.author && !isMedia(context.author)) return context.author;
  const text = context.text;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  // the last body named before the count, and only if it is the writer's: another body named in
  // between ("my sister works at Y, where 400 of us …") leaves "us" unclear
  const last = context.within(context.organisations, lineStart, at).filter((org) => org.end <= at).pop();
  return last && WORKS_AT.test(text.slice(Math.max(lineStart, last.start - CUE_REACH), last.start)) ? last : undefined;
}
