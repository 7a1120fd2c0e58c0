// A take-over is one kind of fact however a text names what was taken, or whether it names it at
// all: "X took over the museum on 1 April", "the running of Y passed to X on 1 April" and "X took
// charge a fortnight later" date one take-over. The readings key it with its object
// (date:took-over:<what>, whose words differ from source to source) or, told without one, by the
// taker alone (date:handed-over).
// So that every wording meets, a dated take-over of something the text names by its words ("the
// three practices", "the management of the allotments") is also the taker's bare take-over, when
// the page dates just one such take-over by that body (two objects are two events, which the bare
// key cannot tell apart) and gives it no other bare day. A body taken over by its name keeps its
// key only: every source names it alike, and two named bodies are two take-overs.

import type { Claim } from '../types';

/** The keyed event's prefix, and the bare key it is also told under. */
// A merger's partner is kept apart: "the 2021 merger of X and Y" and "X merged with Z in 2015" are
// two mergers of X, which a bare key would set against each other; a bare "the merger went through"
// (mergerDates.ts) meets only another bare one.
const EVENTS: ReadonlyArray<readonly [string, string]> = [['date:took-over:', 'date:handed-over']];

const NAMED_OBJECT = /^(?:org|person|thing):/;

const bareOf = (attribute: string): string | undefined => {
  for (const [prefix, bare] of EVENTS) if (attribute.startsWith(prefix)) return bare;
  return undefined;
};

export function handOverDays(claims: readonly Claim[]): Claim[] {
  let any = false;
  for (const c of claims) if (c.value.kind === 'date' && bareOf(c.attribute) !== undefined) any = true;
  if (!any) return [];
  // per body and bare key: the other parties it is dated with, and the days of its bare claims
  const objects = new Map<string, Set<string>>();
  const bare = new Map<string, Set<string>>();
  const bareKeys = new Set(EVENTS.map(([, key]) => key));
  for (const c of claims) {
    if (c.value.kind !== 'date') continue;
    const key = bareOf(c.attribute);
    if (key !== undefined) {
      const at = `${c.subject}|${key}`;
      (objects.get(at) ?? objects.set(at, new Set()).get(at)!).add(c.attribute);
    } else if (bareKeys.has(c.attribute)) {
      const at = `${c.subject}|${c.attribute}`;
      (bare.get(at) ?? bare.set(at, new Set()).get(at)!).add(c.value.iso);
    }
  }
  const twins: Claim[] = [];
  for (const c of claims) {
    const key = c.value.kind === 'date' ? bareOf(c.attribute) : undefined;
    if (key === undefined || c.value.kind !== 'date') continue;
    // a body taken over by name ("took over the Danesmoor Probation Company") is told apart by its
    // name in every source: the taker's take-overs of two named bodies are two events, kept apart
    if (NAMED_OBJECT.test(c.attribute.slice(key === 'date:handed-over' ? 'date:took-over:'.length : 0))) continue;
    const at = `${c.subject}|${key}`;
    if (objects.get(at)!.size > 1) continue;
    const days = bare.get(at);
    if (days && (days.size > 1 || !days.has(c.value.iso))) continue;
    twins.push({ ...c, attribute: key });
  }
  return twins;
}
