import type { Entity, EntityOverride } from '../types';
import { NAME_BLOCKED, type NameScan } from './nameScan';

// Researchers' corrections win over the engine. A 'suppress' removes every entity overlapping its
// span; a 'tag' puts an entity exactly there and removes the engine's entities that overlap it.
// Overrides also seed the name scan before any recogniser runs: a tagged person or organisation is
// claimed first (so back-references follow it: "Ali" after a tagged "Ali Parsa"), and the words
// under any other override are blocked, so nothing is rebuilt from them.

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Drops overrides whose offsets do not fit the text (a stale annotation must not break analysis). */
export function validOverrides(text: string, overrides: readonly EntityOverride[] | undefined): EntityOverride[] {
  if (!overrides) return [];
  return overrides.filter(
    (o) => Number.isInteger(o.start) && Number.isInteger(o.end) && o.start >= 0 && o.end <= text.length && o.start < o.end,
  );
}

export function seedScanWithOverrides(scan: NameScan, overrides: readonly EntityOverride[]): void {
  for (const override of overrides) {
    const first = scan.firstTokenEndingAfter(override.start);
    let last = first - 1;
    while (last + 1 < scan.tokens.length && scan.tokens[last + 1]!.start < override.end) last++;
    if (last < first) continue;
    const isName = override.action === 'tag' && (override.type === 'organisation' || override.type === 'person');
    if (isName && scan.isFree(first, last)) {
      const span = scan.claim(override.type as 'organisation' | 'person', first, last, 'override', { end: override.end });
      span.start = override.start;
      if (override.action === 'tag' && override.canonical) {
        span.canonical = override.canonical;
        span.canonicalName = override.canonicalName ?? scan.text.slice(override.start, override.end);
      }
    } else {
      for (let i = first; i <= last; i++) if (scan.owner[i] === -1) scan.owner[i] = NAME_BLOCKED;
    }
  }
}

/** The last word: suppressed spans are emptied, tagged spans hold exactly the researcher's entity. */
export function applyOverrides(text: string, entities: readonly Entity[], overrides: readonly EntityOverride[]): Entity[] {
  if (overrides.length === 0) return [...entities];
  const result = entities.filter((entity) => entity.origin === 'annotation' || !overrides.some((o) => overlaps(o, entity)));
  for (const override of overrides) {
    if (override.action !== 'tag') continue;
    const present = result.some((e) => e.origin === 'annotation' && e.start === override.start && e.end === override.end && e.type === override.type);
    if (present) continue;
    result.push({
      type: override.type,
      start: override.start,
      end: override.end,
      text: text.slice(override.start, override.end),
      ...(override.canonical ? { canonical: override.canonical } : {}),
      ...(override.canonicalName ? { canonicalName: override.canonicalName } : {}),
      origin: 'annotation',
    });
  }
  return result;
}
