import type { Claim, DocumentAnalysis, Entity, EntityType } from '../../../server/src/engine/types';

// The rules every analysis must obey whatever the text, as checks that return what is wrong (an
// empty list when all is well), so a fuzz property can report the first offending span in full.
//
// Overlaps. The engine's entities form a hierarchy: two spans are either apart or one lies wholly
// inside the other; they never cross. Nesting is allowed only where the definitions (RULES.md)
// put one entity inside another:
// - a role contains the organisation that is part of its title ("Minister for the Cabinet Office");
// - a quantity's counted noun phrase contains the body or people it counts ("900 NHS staff").
// Names do not nest in names, numbers do not nest in numbers, a name never holds a number ("years
// inside names" are not dates) and a number other than a quantity never holds a name.

const ALLOWED_NESTING: Partial<Record<EntityType, readonly EntityType[]>> = {
  role: ['organisation'],
  quantity: ['organisation', 'person'],
};

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether an offset falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

interface Span {
  start: number;
  end: number;
  text: string;
}

function spanProblems(text: string, span: Span, what: string): string[] {
  const problems: string[] = [];
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) problems.push(`${what}: offsets ${start}–${end} are not integers`);
  else if (start < 0 || end > text.length || start >= end) problems.push(`${what}: ${start}–${end} is not a non-empty span inside 0–${text.length}`);
  else {
    if (text.slice(start, end) !== span.text) problems.push(`${what}: text ${JSON.stringify(span.text)} but the slice is ${JSON.stringify(text.slice(start, end))}`);
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) problems.push(`${what}: ${start}–${end} splits a surrogate pair`);
  }
  return problems;
}

export function entityProblems(text: string, entities: readonly Entity[]): string[] {
  const problems: string[] = [];
  for (const entity of entities) {
    const what = `${entity.type} ${JSON.stringify(entity.text)}@${entity.start}`;
    problems.push(...spanProblems(text, entity, what));
    if (entity.core) {
      problems.push(...spanProblems(text, entity.core, `${what} core`));
      if (entity.core.start < entity.start || entity.core.end > entity.end) problems.push(`${what}: core ${entity.core.start}–${entity.core.end} lies outside it`);
    }
  }
  problems.push(...overlapProblems(entities));
  return problems;
}

/** Pairs of entities that cross, or nest where nesting is not allowed. Annotation overrides are the researcher's word and exempt. */
export function overlapProblems(entities: readonly Entity[]): string[] {
  const problems: string[] = [];
  const engine = entities.filter((entity) => entity.origin !== 'annotation');
  const sorted = [...engine].sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i < sorted.length; i++) {
    const outer = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < outer.end; j++) {
      const inner = sorted[j]!;
      const describe = `${outer.type} ${JSON.stringify(outer.text)}@${outer.start} and ${inner.type} ${JSON.stringify(inner.text)}@${inner.start}`;
      if (inner.end > outer.end) problems.push(`${describe} cross`);
      else if (outer.start === inner.start && outer.end === inner.end && outer.type === inner.type) problems.push(`${describe} are duplicates`);
      else if (!allowedInside(outer, inner)) problems.push(`${describe}: a ${inner.type} may not lie inside a ${outer.type}`);
    }
  }
  return problems;
}

function allowedInside(outer: Entity, inner: Entity): boolean {
  const allowed = (a: Entity, b: Entity) => ALLOWED_NESTING[a.type]?.includes(b.type) ?? false;
  // Equal spans are sorted by type only, so either may be the "outer" one.
  if (outer.start === inner.start && outer.end === inner.end) return allowed(outer, inner) || allowed(inner, outer);
  return allowed(outer, inner);
}

/** Claims: exact spans, a subject, and no claim made twice (same place, subject, attribute and value). */
export function claimProblems(text: string, claims: readonly Claim[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const claim of claims) {
    const what = `claim ${claim.attribute} of ${claim.subject} ${JSON.stringify(claim.text)}@${claim.start}`;
    problems.push(...spanProblems(text, claim, what));
    if (!claim.subject) problems.push(`${what}: no subject`);
    const identity = `${claim.start}:${claim.end}:${claim.subject}:${claim.attribute}:${JSON.stringify(claim.value)}`;
    if (seen.has(identity)) problems.push(`${what}: made twice`);
    seen.add(identity);
    if (claim.value.kind === 'number' && !Number.isFinite(claim.value.value)) problems.push(`${what}: value ${claim.value.value} is not finite`);
  }
  return problems;
}

export function analysisProblems(text: string, analysis: DocumentAnalysis): string[] {
  return [...entityProblems(text, analysis.entities), ...claimProblems(text, analysis.claims)];
}
