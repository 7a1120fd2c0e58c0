// A take-over is one kind of fact however a text names what was taken: "X took over the museum on
// 1 April", "the running of Y passed to X on 1 April", "X took charge a fortnight later". The
// readings key a take-over with its object (date:took-over:<what>, whose words differ from source
// to source: "the three practices", "the contracts for A, B and C") or, told without one, by the
// taker alone (date:handed-over). So that every wording meets, a dated take-over with its object is
// also the taker's date:handed-over, when the page dates just one thing taken over by that body and
// gives it no other hand-over day: two objects are two events, which the bare key cannot tell apart.

import type { Claim } from '../types';

const TOOK_OVER = 'date:took-over:';
export const HANDED_OVER = 'date:handed-over';

export function handOverDays(claims: readonly Claim[]): Claim[] {
  let any = false;
  for (const c of claims) if (c.attribute.startsWith(TOOK_OVER)) any = true;
  if (!any) return [];
  // per taker: the things it takes over, and the days of its bare hand-overs
  const objects = new Map<string, Set<string>>();
  const bare = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.value.kind !== 'date') continue;
    if (c.attribute.startsWith(TOOK_OVER)) (objects.get(c.subject) ?? objects.set(c.subject, new Set()).get(c.subject)!).add(c.attribute);
    else if (c.attribute === HANDED_OVER) (bare.get(c.subject) ?? bare.set(c.subject, new Set()).get(c.subject)!).add(c.value.iso);
  }
  const twins: Claim[] = [];
  for (const c of claims) {
    if (!c.attribute.startsWith(TOOK_OVER) || c.value.kind !== 'date' || objects.get(c.subject)!.size > 1) continue;
    const days = bare.get(c.subject);
    if (days && (days.size > 1 || !days.has(c.value.iso))) continue;
    twins.push({ ...c, attribute: HANDED_OVER });
  }
  return twins;
}
