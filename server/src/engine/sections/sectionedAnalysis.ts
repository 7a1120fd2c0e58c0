import { extractClaims } from '../claims/index';
import { documentAuthor, documentAuthorAmong, type Line } from '../claims/author';
import type { ConflictRules } from '../claims/rules';
import { dateCues, documentDateOf, mastheadDateOf, type DateCues, type ReadSpan } from '../entities/documentDate';
import { recogniseEntities } from '../entities/index';
import type { AnalyseOptions, Claim, DocumentAnalysis, Entity, EntityOverride } from '../types';
import type { TextLike } from '../corpus/pieceText';
import { textEdit, type TextEdit } from '../corpus/textEdit';
import { ownCopy } from '../text/ownCopy';
import { tokenize, type Token } from '../text/tokens';
import { KeptSpans } from './keptSpans';
import { sectionStarts } from './sectionStarts';

// A large document (a year of Hansard, an archive dump, a 500-page report) is analysed section by
// section: names, acronyms, referring words and "the organisation this text is about" resolve
// within a section of 16–64 KB cut at a paragraph break, while the document's date and author are
// read from the whole text and given to every section. Sections are cut by their own words (see
// sectionStarts.ts), so after an edit every section but the one or two around it has exactly the
// text it had, and its entities and claims are taken from the memo instead of being recomputed.
// The result is the same with or without a memo. One thing a memo does besides saving work: the
// analysis it last returned hands its objects on to the next one, moved to their new places (see
// below), so whoever holds that older analysis must take the newer one too, as the corpus does.
//
// The memo finds a section's earlier self by place, not by text: the edit between the two texts
// says which sections lie wholly before it (same place) or wholly after it (moved by the edit's
// length change), and those have exactly their old text. Looking sections up by their text would
// hash the whole document on every keystroke.

/** How many sections analysed in one call keep their tokens for their claims (see analyseInSections). */
const SECTIONS_KEEPING_TOKENS = 2;

/** What one section found, in the section's own offsets, and in the document's where it stands. */
interface SectionResult {
  /**
   * The section's text in storage of its own, once analysed here: its entities' and claims' spans
   * are cut from it (so it lives as long as they do anyway), and its claims are extracted from this
   * copy rather than a second one, which would stay alive as long through the claims' spans.
   */
  text?: string;
  overridesKey: string;
  entities: Entity[];
  claimsKey?: string;
  claims?: Claim[];
  placed?: PlacedSection;
}

/** A section's entities and claims at their places in the document. */
interface PlacedSection {
  start: number;
  entities: Entity[];
  /**
   * The entities the document's date and author are chosen from (the very objects, in order): the
   * dates, to read their cues again when an edit comes near them, and the named organisations, for
   * the lines that may name the author. A keystroke in a 1 MB document reads neither list whole.
   */
  dates: Entity[];
  authorCandidates: Entity[];
  /**
   * What the section's dates say about the document's date, and the stretch of the document that
   * was read to say so (in the document's offsets, moved with the section): kept while an edit
   * leaves that stretch alone, so that a keystroke reads the cues of its own section's dates only.
   */
  dateCues?: { cues: DateCues; read: ReadSpan };
  claimsKey?: string;
  claims?: Claim[];
}

function placedSection(start: number, entities: Entity[], claimsKey?: string, claims?: Claim[]): PlacedSection {
  const dates = entities.filter((entity) => entity.type === 'date');
  const authorCandidates = entities.filter((entity) => entity.type === 'organisation' && entity.canonical);
  return { start, entities, dates, authorCandidates, claimsKey, claims };
}

/**
 * The claims the last analysis moved where they stood (see analyseInSections), and the edit from
 * the text before it that moved them, so that the corpus can tell where they were.
 */
export interface MovedInPlace {
  /** The text the edit was made to: the corpus's copy must be this one for `claims` to be its own. */
  fromText: TextLike;
  edit: TextEdit;
  claims: ReadonlySet<Claim>;
}

/** The previous analysis's sections, by where they start; valid for one set of aliases and rules. */
export class SectionMemo {
  sections = new Map<number, { end: number; result: SectionResult }>();
  aliases: AnalyseOptions['aliases'];
  settingsKey: string | undefined;
  rules: ConflictRules | undefined;
  /** The text last analysed, its section starts and the annotations those kept together. */
  text: TextLike | undefined;
  starts: number[] = [];
  overridesKey: string | undefined;
  /** Claims the last analysis moved in place, for its caller to take (it names the previous text); undefined when it moved none. */
  movedInPlace: MovedInPlace | undefined;
  /** How many sections the last analysis took from the memo, and how many it analysed (for tests and benches). */
  reused = 0;
  analysed = 0;
}

export function analyseInSections(
  text: TextLike,
  options: AnalyseOptions | undefined,
  rules: ConflictRules,
  memo: SectionMemo = new SectionMemo(),
): DocumentAnalysis {
  // The same alias list (the server keeps one until it changes) needs no serialising to compare.
  const settingsKey = memo.aliases !== undefined && memo.aliases === options?.aliases ? memo.settingsKey : JSON.stringify(options?.aliases ?? []);
  const previousText = memo.text;
  const usable = previousText !== undefined && memo.settingsKey === settingsKey && memo.rules === rules;
  const overrides = options?.overrides ?? [];
  const allOverridesKey = JSON.stringify(overrides);
  const edit = usable && previousText !== text ? textEdit(previousText, text) : undefined;
  const known =
    edit && memo.overridesKey === allOverridesKey ? { starts: memo.starts, unchangedUpTo: edit.start, sameAfter: { oldEnd: edit.oldEnd, newEnd: edit.newEnd } } : undefined;
  const starts = sectionStarts(text, overrides, known);
  const shift = edit ? edit.newEnd - edit.oldEnd : 0;
  /** Where a section of the new text stood in the old one, if its text is the same. */
  const oldStartOf = (start: number, end: number): number | undefined => {
    if (!usable) return undefined;
    if (!edit || end <= edit.start) return start;
    if (start >= edit.newEnd) return start - shift;
    return undefined;
  };
  const sections: Array<{ start: number; end: number; result: SectionResult; movedBy?: number }> = [];
  const next = new Map<number, { end: number; result: SectionResult }>();
  /**
   * The tokens of the first sections analysed in this call: their claims read the tokens their
   * entities were found in (as analyse does). Only a few are kept: an edit analyses one or two
   * sections, while a whole document's tokens held until its claims tripled the garbage
   * collector's share of analysing it; the others are tokenized again for their claims.
   */
  const tokensOf = new Map<SectionResult, readonly Token[]>();
  memo.reused = 0;
  memo.analysed = 0;

  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const local = overridesWithin(overrides, start, end);
    const overridesKey = local.length === 0 ? '' : JSON.stringify(local);
    const oldStart = oldStartOf(start, end);
    const old = oldStart === undefined ? undefined : memo.sections.get(oldStart);
    let result = old && old.end - oldStart! === end - start ? old.result : undefined;
    if (!result || result.overridesKey !== overridesKey) {
      // A section's spans outlive this version of the text (the memo keeps them for the next
      // keystrokes): cut from a copy of their own, they keep 20-60 KB alive, not the whole document.
      const sectionText = ownCopy(text.slice(start, end));
      const tokens = tokenize(sectionText);
      result = { text: sectionText, overridesKey, entities: recogniseEntities(sectionText, { aliases: options?.aliases, overrides: local }, tokens) };
      if (tokensOf.size < SECTIONS_KEEPING_TOKENS) tokensOf.set(result, tokens);
    }
    next.set(start, { end, result });
    sections.push({ start, end, result, movedBy: result.placed && result.placed.start !== start ? start - result.placed.start : undefined });
  }

  // A section that stands where it stood keeps its entities and claims as they were placed (the
  // very objects). A section the edit only pushed along has its placed objects moved where they
  // are: a keystroke near the top of a 1 MB document then allocates nothing for the sections below
  // it, and every index holding those objects stays right without being touched. Those objects
  // belong to the analysis this memo last returned, which the corpus still holds: if anything below
  // throws, they are moved back and the memo forgotten, so that analysis stays true to its text.
  const moves = new Map<PlacedSection, { by: number; claims?: Claim[] }>();
  // The sections the edit replaced give their objects to the new ones where these come out equal
  // (see keptSpans.ts); each kept object is moved, and moved back if anything below throws.
  const replaced = edit ? replacedSections(memo, sections) : [];
  const keptEntities = replaced.length > 0 ? new KeptSpans(replaced.map((placed) => placed.entities), edit!) : undefined;
  const keptMoves: Array<{ entity?: Entity; claim?: Claim; by: number }> = [];
  try {
    const cues: DateCues[] = [];
    for (const section of sections) {
      const { start, result, movedBy } = section;
      if (movedBy !== undefined) {
        for (const entity of result.placed!.entities) moveEntity(entity, movedBy);
        result.placed!.start = start;
        moves.set(result.placed!, { by: movedBy });
      } else if (!result.placed) {
        const entities = result.entities.map((entity) => shiftEntity(entity, start));
        if (keptEntities) {
          for (let i = 0; i < entities.length; i++) {
            const kept = keptEntities.take(entities[i]);
            if (!kept) continue;
            if (kept.by !== 0) moveEntity(kept.span, kept.by);
            keptMoves.push({ entity: kept.span, by: kept.by });
            entities[i] = kept.span;
          }
        }
        result.placed = placedSection(start, entities);
      }
      cues.push(sectionDateCues(result.placed!, text, edit));
    }
    // One copy of each section's list into the document's (a fast copy of whole arrays, not an element at a time).
    const entities = ([] as Entity[]).concat(...sections.map((section) => section.result.placed!.entities));
    const documentDate = documentDateOf(cues);
    const mastheadDate = documentDate === undefined ? mastheadDateOf(cues) : undefined;
    const author = documentAuthorAmong(text, (line) => organisationsOn(line, sections));
    // Where the author is named does not matter to a section: only who it is.
    const sectionAuthor: Entity | null = author ? { ...author, start: 0, end: 0 } : null;
    const claimsKey = claimsKeyOf(documentDate, author, mastheadDate);

    const movedClaims = new Set<Claim>();
    const keptClaims = replaced.length > 0 ? new KeptSpans(replaced.map((placed) => placed.claims ?? []), edit!) : undefined;
    for (const { start, end, result, movedBy } of sections) {
      if (result.claimsKey !== claimsKey || !result.claims) {
        result.text ??= ownCopy(text.slice(start, end));
        result.claims = extractClaims(result.text, result.entities, documentDate, rules, sectionAuthor, tokensOf.get(result), mastheadDate);
        result.claimsKey = claimsKey;
        memo.analysed++;
      } else {
        memo.reused++;
      }
      const placed = result.placed!;
      if (placed.claimsKey !== claimsKey || !placed.claims) {
        placed.claims = result.claims.map((claim) => ({ ...claim, start: claim.start + start, end: claim.end + start }));
        placed.claimsKey = claimsKey;
        if (keptClaims) {
          const claims = placed.claims;
          for (let i = 0; i < claims.length; i++) {
            const kept = keptClaims.take(claims[i]);
            if (!kept) continue;
            if (kept.by !== 0) {
              moveClaim(kept.span, kept.by);
              movedClaims.add(kept.span);
            }
            keptMoves.push({ claim: kept.span, by: kept.by });
            claims[i] = kept.span;
          }
        }
      } else if (movedBy !== undefined) {
        for (const claim of placed.claims) {
          moveClaim(claim, movedBy);
          movedClaims.add(claim);
        }
        moves.get(placed)!.claims = placed.claims;
      }
    }
    const claims = ([] as Claim[]).concat(...sections.map((section) => section.result.placed!.claims!));

    memo.sections = next;
    memo.aliases = options?.aliases;
    memo.settingsKey = settingsKey;
    memo.rules = rules;
    memo.text = text;
    memo.starts = starts;
    memo.overridesKey = allOverridesKey;
    // Given even when no claim moved: the corpus then takes the edit from here instead of comparing the texts again.
    memo.movedInPlace = edit ? { fromText: previousText!, edit, claims: movedClaims } : undefined;
    if (documentDate !== undefined) return { entities, claims, documentDate };
    return mastheadDate === undefined ? { entities, claims } : { entities, claims, mastheadDate };
  } catch (error) {
    for (const { entity, claim, by } of keptMoves) {
      if (entity && by !== 0) moveEntity(entity, -by);
      if (claim && by !== 0) moveClaim(claim, -by);
    }
    for (const [placed, { by, claims }] of moves) {
      for (const entity of placed.entities) moveEntity(entity, -by);
      for (const claim of claims ?? []) moveClaim(claim, -by);
      placed.start -= by;
    }
    memo.sections = new Map();
    memo.text = undefined;
    memo.movedInPlace = undefined;
    throw error;
  }
}

/** The previous analysis's placed sections that no section of this one carries on (the edit reached them). */
function replacedSections(memo: SectionMemo, sections: ReadonlyArray<{ result: SectionResult }>): PlacedSection[] {
  const carried = new Set(sections.map((section) => section.result));
  const replaced: PlacedSection[] = [];
  for (const { result } of memo.sections.values()) if (result.placed && !carried.has(result)) replaced.push(result.placed);
  return replaced;
}

/**
 * What the section's dates say about the document's date: kept from the previous text when the
 * edit left the stretch they were read from alone (moved with it when it lay after the edit),
 * read again otherwise.
 */
function sectionDateCues(placed: PlacedSection, text: TextLike, edit: TextEdit | undefined): DateCues {
  const kept = placed.dateCues;
  if (kept) {
    const { read } = kept;
    if (!edit || read.to <= edit.start) return kept.cues;
    if (read.from >= edit.oldEnd) {
      const shift = edit.newEnd - edit.oldEnd;
      read.from += shift;
      read.to += shift;
      return kept.cues;
    }
  }
  const read: ReadSpan = { from: Infinity, to: -Infinity };
  const cues = dateCues(text, placed.dates, read);
  placed.dateCues = { cues, read };
  return cues;
}

/** The named organisations lying wholly on a line, in text order, from the sections it crosses. */
function organisationsOn(line: Line, sections: ReadonlyArray<{ start: number; end: number; result: SectionResult }>): Entity[] {
  const found: Entity[] = [];
  for (const { start, end, result } of sections) {
    if (start >= line.end) break;
    if (end <= line.start) continue;
    for (const entity of result.placed!.authorCandidates) if (entity.start >= line.start && entity.end <= line.end) found.push(entity);
  }
  return found;
}

/** What a section's claims depend on beyond its own text: the document's date and author. */
function claimsKeyOf(documentDate: string | undefined, author: Entity | undefined, mastheadDate?: string): string {
  return JSON.stringify([documentDate ?? null, author?.canonical ?? null, author?.canonicalName ?? null, author?.text ?? null, author?.type ?? null, mastheadDate ?? null]);
}

/**
 * Fills an empty memo from an analysis of this very text made elsewhere (by an indexing worker,
 * which analysed it in sections with the same options and rules), taking it apart section by
 * section instead of analysing the text again. A large document opened in the editor then shows
 * its diagnostics at once, and its first keystroke re-analyses one section. False, with the memo
 * left as it was, when the analysis does not fall into this text's sections.
 */
export function seedSectionMemo(memo: SectionMemo, text: TextLike, analysis: DocumentAnalysis, options: AnalyseOptions | undefined, rules: ConflictRules): boolean {
  const overrides = options?.overrides ?? [];
  const starts = sectionStarts(text, overrides);
  const author = documentAuthor(text, analysis.entities.filter((e) => e.type === 'organisation' && e.canonical));
  const claimsKey = claimsKeyOf(analysis.documentDate, author, analysis.mastheadDate);
  const sections = new Map<number, { end: number; result: SectionResult }>();
  const { entities, claims } = analysis;
  let entityAt = 0;
  let claimAt = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    // Each section's entities and claims follow the previous section's (see analyseInSections).
    const placedEntities: Entity[] = [];
    for (; entityAt < entities.length && entities[entityAt].start < end; entityAt++) {
      if (entities[entityAt].start < start || entities[entityAt].end > end) return false;
      placedEntities.push(entities[entityAt]);
    }
    const placedClaims: Claim[] = [];
    for (; claimAt < claims.length && claims[claimAt].start < end; claimAt++) {
      if (claims[claimAt].start < start || claims[claimAt].end > end) return false;
      placedClaims.push(claims[claimAt]);
    }
    const local = overridesWithin(overrides, start, end);
    const result: SectionResult = {
      overridesKey: local.length === 0 ? '' : JSON.stringify(local),
      entities: placedEntities.map((entity) => shiftEntity(entity, -start)),
      claimsKey,
      claims: placedClaims.map((claim) => ({ ...claim, start: claim.start - start, end: claim.end - start })),
      placed: placedSection(start, placedEntities, claimsKey, placedClaims),
    };
    // Read now, while the document opens, rather than on its first keystroke.
    sectionDateCues(result.placed!, text, undefined);
    sections.set(start, { end, result });
  }
  if (entityAt !== entities.length || claimAt !== claims.length) return false;
  memo.sections = sections;
  memo.aliases = options?.aliases;
  memo.settingsKey = JSON.stringify(options?.aliases ?? []);
  memo.rules = rules;
  memo.text = text;
  memo.starts = starts;
  memo.overridesKey = JSON.stringify(overrides);
  memo.movedInPlace = undefined;
  return true;
}

function overridesWithin(overrides: readonly EntityOverride[], start: number, end: number): EntityOverride[] {
  const local: EntityOverride[] = [];
  for (const override of overrides) {
    if (override.start >= start && override.end <= end) local.push({ ...override, start: override.start - start, end: override.end - start });
  }
  return local;
}

function moveClaim(claim: Claim, by: number): void {
  claim.start += by;
  claim.end += by;
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
