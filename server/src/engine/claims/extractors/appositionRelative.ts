// A relative clause on an apposition: "a special administration order for X, the regional water
// company that supplies 1.4 million customers", "grants to X, a charity which employs 40 staff".
// The apposition ("the regional water company") is another name for X, so what its relative clause
// says is said of X, even where X is a preposition's object and so no clause's subject. Only an
// apposition that names no other body counts: in "X, a partner of Y that employs 300 staff" the
// clause may well be Y's.

import type { Entity } from '../../types';
import type { ClaimContext } from '../context';

const APPOSED_RELATIVE = /,[\s\u00a0]+(?:the|a|an)[\s\u00a0][^,;:()]*?[\s\u00a0](?:that|which|who)[\s\u00a0][^,;:()]*$/u;

/**
 * The organisation an apposition's relative clause, still open at `offset`, describes: the name
 * right before the apposition's comma. `from` bounds the look-back (the clause's start).
 */
export function appositionAntecedent(context: ClaimContext, from: number, offset: number): Entity | undefined {
  const lead = context.text.slice(Math.max(from, offset - 200), offset);
  if (!lead.includes(',') || !(lead.includes('that') || lead.includes('which') || lead.includes('who'))) return undefined;
  const match = APPOSED_RELATIVE.exec(lead);
  if (!match) return undefined;
  const comma = offset - match[0].length;
  // an apposition that names another body leaves the clause to it, or to no one
  if (context.within(context.organisations, comma, offset).length > 0) return undefined;
  return context.within(context.organisations, Math.max(0, comma - 300), comma).find((o) => /^[\s\u00a0)]*$/.test(context.text.slice(o.end, comma)));
}
