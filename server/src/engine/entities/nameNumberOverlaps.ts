import type { Entity } from '../types';

// The number recognisers and the name recognisers run separately, so one stretch of text can be
// claimed by both: "250 Co-operatives" (a count) against "Co-operatives UK" (a body), "3 December"
// against "December Trust", "£ 3" against "3SC", a month read as a name after "Mr". Entities must
// stay a clean hierarchy (apart, or one wholly inside the other, and only where the definitions
// allow it), so each such clash is settled here:
// - a count whose noun phrase runs into a name takes the whole name ("250 Co-operatives UK"), as
//   "900 NHS staff" holds "NHS";
// - a name lying wholly inside a date is a month or day word, not a name: the name goes;
// - otherwise the name keeps its words and the number goes (years inside names are not dates).

type Verdict = 'keep' | 'extend' | 'drop-number' | 'drop-name';

const byStart = (a: Entity, b: Entity) => a.start - b.start || b.end - a.end;

function verdictFor(text: string, number: Entity, name: Entity): Verdict {
  const inside = name.start >= number.start && name.end <= number.end;
  const isName = name.type === 'organisation' || name.type === 'person';
  if (number.type === 'quantity' && isName) {
    if (inside) return 'keep';
    const numeralStart = number.core?.start ?? number.start;
    if (name.start > numeralStart && name.end > number.end && !/\d/.test(text.charAt(name.start))) return 'extend';
  }
  if (number.type === 'date' && isName && inside) return 'drop-name';
  return 'drop-number';
}

/**
 * Settles every overlap between a number and a name. Names of one kind never overlap each other
 * (they own their tokens), so each kind is swept once alongside the numbers in text order: linear.
 */
export function settleNameNumberOverlaps(text: string, numbers: readonly Entity[], names: readonly Entity[]): { numbers: Entity[]; names: Entity[] } {
  const groups = [names.filter((n) => n.type !== 'role').sort(byStart), names.filter((n) => n.type === 'role').sort(byStart)];
  const next = groups.map(() => 0);
  const droppedNames = new Set<Entity>();
  const kept: Entity[] = [];
  for (const original of [...numbers].sort(byStart)) {
    let number = original;
    let keep = true;
    for (let g = 0; g < groups.length && keep; g++) {
      const group = groups[g]!;
      while (next[g]! < group.length && group[next[g]!]!.end <= number.start) next[g]!++;
      for (let i = next[g]!; i < group.length && group[i]!.start < number.end && keep; i++) {
        const name = group[i]!;
        if (droppedNames.has(name) || name.end <= number.start) continue;
        const verdict = verdictFor(text, number, name);
        if (verdict === 'extend') number = { ...number, end: name.end, text: text.slice(number.start, name.end) };
        else if (verdict === 'drop-name') droppedNames.add(name);
        else if (verdict === 'drop-number') keep = false;
      }
    }
    if (keep) kept.push(number);
  }
  return { numbers: kept, names: names.filter((name) => !droppedNames.has(name)) };
}
