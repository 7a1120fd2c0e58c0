import { extractClaims } from '../claims/index';
import { documentAuthor } from '../claims/author';
import type { ConflictRules } from '../claims/rules';
import { findDocumentDate } from '../entities/documentDate';
import { recogniseEntities } from '../entities/index';
import type { AnalyseOptions, Claim, DocumentAnalysis, Entity, EntityOverride } from '../types';
import { textEdit, type TextEdit } from '../corpus/textEdit';
import { sectionStarts } from './sectionStarts';

// A large document (a year of Hansard, an archive dump, a 500-page report) is analysed section by
// section: names, acronyms, referring words and "the organisation this text is about" resolve
// within a section of 16–64 KB cut at a paragraph break, while the document's date and author are
// read from the whole text and given to every section. Sections are cut by their own words (see
// sectionStarts.ts), so after an edit every section but the one or two around it has exactly the
// text it had, and its entities and claims are taken from the memo instead of being recomputed.
// The result is the same with or without a memo: the memo only saves work.

/** What one section found, in the section's own offsets, and in the document's where it last stood. */
interface SectionResult {
  overridesKey: string;
  entities: Entity[];
  claimsKey?: string;
  claims?: Claim[];
  placed?: { start: number; entities: Entity[]; claimsKey?: string; claims?: Claim[] };
}

/**
 * The claims the last analysis moved where they stood (see analyseInSections), and the edit from
 * the text before it that moved them, so that the corpus can tell where they were.
 */
export interface MovedInPlace {
  /** The text the edit was made to: the corpus's copy must be this one for `claims` to be its own. */
  fromText: string;
  edit: TextEdit;
  claims: ReadonlySet<Claim>;
}

/** The previous analysis's sections, by their text; valid for one set of aliases and rules. */
export class SectionMemo {
  sections = new Map<string, SectionResult>();
  settingsKey: string | undefined;
  rules: ConflictRules | undefined;
  /** The text last analysed, its section starts and the annotations those kept together. */
  text: string | undefined;
  starts: number[] = [];
  overridesKey: string | undefined;
  /** Claims the last analysis moved in place; undefined when it moved none. */
  movedInPlace: MovedInPlace | undefined;
  /** How many sections the last analysis took from the memo, and how many it analysed (for tests and benches). */
  reused = 0;
  analysed = 0;
}

export function analyseInSections(
  text: string,
  options: AnalyseOptions | undefined,
  rules: ConflictRules,
  memo: SectionMemo = new SectionMemo(),
): DocumentAnalysis {
  const settingsKey = JSON.stringify(options?.aliases ?? []);
  const previous = memo.settingsKey === settingsKey && memo.rules === rules ? memo.sections : new Map<string, SectionResult>();
  const overrides = options?.overrides ?? [];
  const allOverridesKey = JSON.stringify(overrides);
  const previousText = memo.text;
  const edit = previousText !== undefined && previousText !== text ? textEdit(previousText, text) : undefined;
  const known = edit && memo.overridesKey === allOverridesKey ? { starts: memo.starts, unchangedUpTo: edit.start } : undefined;
  const starts = sectionStarts(text, overrides, known);
  const sections: Array<{ start: number; text: string; result: SectionResult }> = [];
  const next = new Map<string, SectionResult>();
  memo.reused = 0;
  memo.analysed = 0;

  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const sectionText = text.slice(start, end);
    const local = overridesWithin(overrides, start, end);
    const overridesKey = local.length === 0 ? '' : JSON.stringify(local);
    let result = next.get(sectionText) ?? previous.get(sectionText);
    if (!result || result.overridesKey !== overridesKey) {
      result = { overridesKey, entities: recogniseEntities(sectionText, { aliases: options?.aliases, overrides: local }) };
    }
    next.set(sectionText, result);
    sections.push({ start, text: sectionText, result });
  }

  // A section that stands where it stood keeps its entities and claims as they were placed (the
  // very objects). A section that the edit only pushed along (it lay wholly after the edit, once in
  // the document) has its placed objects moved where they are: a keystroke near the top of a 1 MB
  // document then allocates nothing for the sections below it, and every index holding those
  // objects stays right without being touched. Any other section is placed afresh.
  const uses = new Map<SectionResult, number>();
  for (const { result } of sections) uses.set(result, (uses.get(result) ?? 0) + 1);
  const shiftedBy = new Map<SectionResult, number>();
  const entities: Entity[] = [];
  for (const { start, result } of sections) {
    const placed = result.placed;
    if (placed && placed.start !== start) {
      const shift = start - placed.start;
      if (edit && uses.get(result) === 1 && placed.start >= edit.oldEnd && shift === edit.newEnd - edit.oldEnd) {
        for (const entity of placed.entities) moveEntity(entity, shift);
        placed.start = start;
        shiftedBy.set(result, shift);
      } else {
        result.placed = { start, entities: result.entities.map((entity) => shiftEntity(entity, start)) };
      }
    } else if (!placed) {
      result.placed = { start, entities: result.entities.map((entity) => shiftEntity(entity, start)) };
    }
    for (const entity of result.placed!.entities) entities.push(entity);
  }
  const documentDate = findDocumentDate(text, entities);
  const author = documentAuthor(text, entities.filter((e) => e.type === 'organisation' && e.canonical));
  // Where the author is named does not matter to a section: only who it is.
  const sectionAuthor: Entity | null = author ? { ...author, start: 0, end: 0 } : null;
  const claimsKey = JSON.stringify([documentDate ?? null, author?.canonical ?? null, author?.canonicalName ?? null, author?.text ?? null, author?.type ?? null]);

  const claims: Claim[] = [];
  const movedClaims = new Set<Claim>();
  for (const section of sections) {
    const result = section.result;
    if (result.claimsKey !== claimsKey || !result.claims) {
      result.claims = extractClaims(section.text, result.entities, documentDate, rules, sectionAuthor);
      result.claimsKey = claimsKey;
      memo.analysed++;
    } else {
      memo.reused++;
    }
    const place = (claim: Claim): Claim => ({ ...claim, start: claim.start + section.start, end: claim.end + section.start });
    const placed = result.placed;
    // A text that occurs twice in the document is placed at its last occurrence only.
    if (placed?.start !== section.start) {
      for (const claim of result.claims) claims.push(place(claim));
      continue;
    }
    const shift = shiftedBy.get(result);
    if (placed.claimsKey !== claimsKey || !placed.claims) {
      placed.claims = result.claims.map(place);
      placed.claimsKey = claimsKey;
    } else if (shift !== undefined) {
      for (const claim of placed.claims) {
        claim.start += shift;
        claim.end += shift;
        movedClaims.add(claim);
      }
    }
    for (const claim of placed.claims) claims.push(claim);
  }

  memo.sections = next;
  memo.settingsKey = settingsKey;
  memo.rules = rules;
  memo.text = text;
  memo.starts = starts;
  memo.overridesKey = allOverridesKey;
  memo.movedInPlace = edit && previousText !== undefined && movedClaims.size > 0 ? { fromText: previousText, edit, claims: movedClaims } : undefined;
  return documentDate === undefined ? { entities, claims } : { entities, claims, documentDate };
}

function overridesWithin(overrides: readonly EntityOverride[], start: number, end: number): EntityOverride[] {
  const local: EntityOverride[] = [];
  for (const override of overrides) {
    if (override.start >= start && override.end <= end) local.push({ ...override, start: override.start - start, end: override.end - start });
  }
  return local;
}

function moveEntity(entity: Entity, by: number): void {
  entity.start += by;
  entity.end += by;
  if (entity.core) entity.core = { ...entity.core, start: entity.core.start + by, end: entity.core.end + by };
}

function shiftEntity(entity: Entity, by: number): Entity {
  if (by === 0) return { ...entity };
  const shifted: Entity = { ...entity, start: entity.start + by, end: entity.end + by };
  if (entity.core) shifted.core = { ...entity.core, start: entity.core.start + by, end: entity.core.end + by };
  return shifted;
}
