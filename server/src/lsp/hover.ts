import type { Hover, Position } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import { claimValueSignature } from '../engine/corpus/claimValues';
import type { Claim, Entity, SourcedClaim } from '../engine/types';
import type { CorpusState, Snapshot } from './corpusState';
import { claimValueLabel, entityValueDetail, entityValueLabel, attributeLabel } from './labels';
import { locationOf } from './locations';
import { corpusNames } from './names';
import { escapeMarkdown, excerpt, locationLink } from './markdown';
import { byOffset, firstMentionOf } from './navigation';
import { fileNameOf, shortFileName } from './uris';

// Hover cards. On an entity: what it is, its canonical name, the other names it goes by, a
// person's roles with their sources, a number's or date's normalised value, how many documents
// mention it, links to other mentions and the claims sources make about it. On a claim: every
// source's value for that subject and attribute, side by side. On an annotated span: the
// researchers' annotations there (the section comes from the caller, see annotationsHover.ts).
//
// A hover must come back at once however large the corpus: an organisation may be mentioned tens of
// thousands of times across an archive. So a card never lists every mention: it counts them from
// the corpus's index (per document), and picks the few it shows from the first documents in corpus
// order, without ordering the rest. Long lists (a claim's sources, a role's sources) are capped,
// saying how many more there are.

const OTHER_MENTIONS = 5;
/** Characters of context each side of another mention's excerpt (markdown.ts's excerpt default). */
const EXCERPT_CONTEXT = 40;
const CLAIMS_ABOUT = 8;
const ALIASES = 12;
/** Titles listed for a person, and sources listed for each title. */
const ROLES = 12;
const ROLE_SOURCES = 8;
/** Rows of a claim's side-by-side comparison: enough to show every distinct value in most keys. */
const COMPARISON_ROWS = 20;

type Mention = { doc: string; entity: Entity };

/** The annotations section at an offset, with the span it covers; undefined where there is none. */
export type AnnotationSection = (offset: number) => { markdown: string; start: number; end: number } | undefined;

export function hover(state: CorpusState, doc: string, position: Position, annotationSection?: AnnotationSection): Hover | null {
  const snapshot = state.snapshot(doc);
  if (!snapshot) return null;
  const offset = snapshot.lines.offsetAt(position);
  const entity = state.engine.entityAt(doc, offset);
  const claim = state.engine.claimAt(doc, offset);
  const annotated = annotationSection?.(offset);
  if (!entity && !claim && !annotated) return null;

  const sections: string[] = [];
  if (entity) sections.push(entityCard(state, snapshot, entity));
  if (claim) sections.push(claimComparison(state, doc, claim));
  if (annotated) sections.push(annotated.markdown);
  const span: { start: number; end: number } = entity ?? claim ?? (annotated as { start: number; end: number });
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: snapshot.lines.range(span.start, span.end),
  };
}

function entityCard(state: CorpusState, snapshot: Snapshot, entity: Entity): string {
  const name = entity.canonicalName ?? entity.text;
  const lines = [`**${escapeMarkdown(name)}** · ${entity.type}`];

  if (entity.value) {
    lines.push(`Value: **${escapeMarkdown(entityValueLabel(entity.value))}** (\`${escapeCode(entityValueDetail(entity.value))}\`)`);
  }
  if (entity.type === 'role') lines.push(...roleDetails(state, entity));
  if (!entity.canonical) return lines.join('\n\n');

  const byDoc = state.engine.mentionsByDocument(entity.canonical);
  const texts = state.engine.mentionTexts(entity.canonical);
  const aliases = firstAliases(state, byDoc, texts, name);
  if (aliases.length > 0) lines.push(`Also written: ${aliases.map((alias) => `“${escapeMarkdown(alias)}”`).join(', ')}`);
  if (entity.type === 'person') lines.push(...personRoles(state, entity.canonical, byDoc));

  let mentionCount = 0;
  for (const count of texts.values()) mentionCount += count;
  const documentCount = byDoc.size;
  lines.push(
    `Mentioned ${mentionCount} ${mentionCount === 1 ? 'time' : 'times'} in ${documentCount} ${documentCount === 1 ? 'document' : 'documents'}`,
  );

  const others = otherMentions(state, byDoc, snapshot.doc, entity);
  if (others.length > 0) {
    const items = others.map(({ doc, entity: mention }) => {
      const location = locationOf(state, doc, mention.start, mention.end);
      // Only the excerpt's part of the document is decoded (a closed document's text is UTF-8).
      const around = state.textAround(doc, mention.start, mention.end, EXCERPT_CONTEXT);
      if (!location || !around) return '';
      const label = `${shortFileName(doc, 24)}:${location.range.start.line + 1}`;
      return `- ${locationLink(label, location)} ${escapeMarkdown(excerpt(around.text, around.start, around.end, EXCERPT_CONTEXT))}`;
    });
    lines.push(`Other mentions:\n${items.filter(Boolean).join('\n')}`);
  }

  const { shown, total } = claimsAbout(state, entity.canonical, byDoc);
  if (total > 0) {
    const nameOf = corpusNames(state);
    const items = shown.map(({ doc, claim }) => {
      const location = locationOf(state, doc, claim.start, claim.end);
      const value = `${attributeLabel(claim.attribute, nameOf)}: ${claimValueLabel(claim.value)}`;
      return location ? `- ${escapeMarkdown(value)} (${locationLink(shortFileName(doc, 24), location)})` : '';
    });
    const more = total > CLAIMS_ABOUT ? `\n- and ${total - CLAIMS_ABOUT} more` : '';
    lines.push(`What sources claim:\n${items.filter(Boolean).join('\n')}${more}`);
  }
  return lines.join('\n\n');
}

/**
 * The first other names the entity goes by, in corpus order. Reads mentions document by document
 * in that order, and stops as soon as it has found as many as there are (the corpus counts them).
 */
function firstAliases(state: CorpusState, byDoc: ReadonlyMap<string, readonly Entity[]>, texts: ReadonlyMap<string, number>, name: string): string[] {
  const wanted = Math.min(ALIASES, texts.size - (texts.has(name) ? 1 : 0));
  const seen = new Set<string>([name]);
  const aliases: string[] = [];
  if (wanted <= 0) return aliases;
  for (const doc of state.engine.walkInCorpusOrder(byDoc)) {
    for (const mention of byOffset(byDoc.get(doc) ?? [])) {
      if (seen.has(mention.text)) continue;
      seen.add(mention.text);
      aliases.push(mention.text);
      if (aliases.length === wanted) return aliases;
    }
  }
  return aliases;
}

/** Up to five other mentions, spread over other documents first (one each, in corpus order), then this one. */
function otherMentions(state: CorpusState, byDoc: ReadonlyMap<string, readonly Entity[]>, doc: string, hovered: Entity): Mention[] {
  const firstDocs: string[] = [];
  for (const other of state.engine.walkInCorpusOrder(byDoc)) {
    if (firstDocs.length === OTHER_MENTIONS) break;
    if (other !== doc) firstDocs.push(other);
  }
  const picked: Mention[] = firstDocs.map((other) => ({ doc: other, entity: byOffset(byDoc.get(other)!)[0] }));
  // Fewer other documents than places to fill (so firstDocs holds them all): their later mentions, then this document's.
  for (const other of firstDocs) {
    for (const mention of byOffset(byDoc.get(other)!).slice(1)) {
      if (picked.length === OTHER_MENTIONS) return picked;
      picked.push({ doc: other, entity: mention });
    }
  }
  for (const mention of byOffset(byDoc.get(doc) ?? [])) {
    if (picked.length === OTHER_MENTIONS) return picked;
    if (mention.start !== hovered.start) picked.push({ doc, entity: mention });
  }
  return picked;
}

/**
 * The titles sources give a person, in the order the corpus first gives them, each with the
 * sources that give it: the first few titles and sources, and how many more (from the corpus's
 * index of titles, so a person quoted across an archive costs a look-up per title, not a read of
 * every mention).
 */
function personRoles(state: CorpusState, canonical: string, byDoc: ReadonlyMap<string, readonly Entity[]>): string[] {
  const roles = state.engine.rolesOf(canonical);
  if (roles.size === 0) return [];
  const titled = [...roles].map(([role, docs]) => {
    const [first] = state.engine.firstInCorpusOrder(docs.keys(), 1);
    // Where that first source first gives the title, among its mentions of the person.
    const at = byOffset(byDoc.get(first) ?? []).findIndex((mention) => mention.role === role);
    return { role, docs, first, at };
  });
  titled.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.at - b.at));
  const items = titled.slice(0, ROLES).map(({ role, docs }) => {
    const listed = state.engine.firstInCorpusOrder(docs.keys(), ROLE_SOURCES);
    const names = [...new Set(listed.map((doc) => shortFileName(doc, 24)))].join(', ');
    const more = docs.size > listed.length ? ` and ${docs.size - listed.length} more` : '';
    return `- ${escapeMarkdown(role)} (${escapeMarkdown(names + more)})`;
  });
  if (titled.length > ROLES) items.push(`- and ${titled.length - ROLES} more titles`);
  return [`Roles:\n${items.join('\n')}`];
}

function roleDetails(state: CorpusState, role: Entity): string[] {
  const lines: string[] = [];
  if (role.person) {
    const holder = firstMentionOf(state, role.person)?.entity;
    lines.push(`Held by: **${escapeMarkdown(holder?.canonicalName ?? holder?.text ?? role.person)}**`);
  }
  if (role.role) lines.push(`Office: ${escapeMarkdown(role.role)}`);
  return lines;
}

/**
 * Claims whose subject is this entity, from the documents that mention it: the first few in corpus
 * order (documents in order, each document's claims in its own order) and how many there are.
 */
function claimsAbout(state: CorpusState, canonical: string, mentionedIn: ReadonlyMap<string, unknown>) {
  const { total, firstDocs } = state.engine.claimsAboutWithin(canonical, mentionedIn, CLAIMS_ABOUT);
  const shown: Array<{ doc: string; claim: Claim }> = [];
  for (const doc of firstDocs) {
    for (const claim of state.engine.get(doc)?.analysis.claims ?? []) {
      if (shown.length === CLAIMS_ABOUT) return { shown, total };
      if (claim.subject === canonical) shown.push({ doc, claim });
    }
  }
  return { shown, total };
}

function claimComparison(state: CorpusState, doc: string, claim: Claim): string {
  const { sourced, total } = keyClaimsToShow(state, claim, doc);
  const disputed = state.engine.conflictsOfKey(claim.subject, claim.attribute).some((conflict) => conflict.claims.some((s) => s.doc === doc));
  const heading = `**${escapeMarkdown(claim.subjectName)}**: ${escapeMarkdown(attributeLabel(claim.attribute, corpusNames(state)))}${disputed ? ' · sources disagree' : ''}`;
  const isHere = (source: string, other: Claim) => source === doc && other.start === claim.start;
  const rows = comparisonRows(sourced, isHere).map(({ doc: source, claim: other }) => {
    const location = locationOf(state, source, other.start, other.end);
    const marker = isHere(source, other) ? ' (here)' : '';
    const sourceCell = location ? locationLink(`${fileNameOf(source)}:${location.range.start.line + 1}`, location) : escapeMarkdown(fileNameOf(source));
    return `| ${sourceCell}${marker} | ${escapeMarkdown(claimValueLabel(other.value))} | ${escapeMarkdown(truncate(other.text, 80))} |`;
  });
  const more = total > rows.length ? ['', `and ${total - rows.length} more sources`] : [];
  return [heading, '', '| Source | Value | Says |', '| --- | --- | --- |', ...rows, ...more].join('\n');
}

/**
 * The claims under the hovered claim's key that comparisonRows may pick from, in corpus order
 * (documents in order, each document's claims by place), and how many there are in all. A key can
 * hold thousands of claims; reading stops once the earliest rows and every distinct value (as many
 * as the corpus counts, or as many as fit) have been met. The hovered claim comes last when reading
 * stopped before it, which is its place in corpus order relative to what was read.
 */
function keyClaimsToShow(state: CorpusState, hovered: Claim, doc: string): { sourced: SourcedClaim[]; total: number } {
  const byDoc = state.engine.claimsByDocument(hovered.subject, hovered.attribute);
  let total = 0;
  for (const claims of byDoc.values()) total += claims.length;
  const distinct = state.engine.distinctValuesOf(hovered.subject, hovered.attribute);
  const sourced: SourcedClaim[] = [];
  const values = new Set<string>();
  const enough = () => total > COMPARISON_ROWS && sourced.length >= COMPARISON_ROWS && (values.size >= distinct || values.size >= COMPARISON_ROWS);
  reading: for (const source of state.engine.walkInCorpusOrder(byDoc)) {
    for (const claim of byPlace(byDoc.get(source)!)) {
      if (enough()) break reading;
      sourced.push({ doc: source, claim });
      values.add(claimValueSignature(claim.value));
    }
  }
  if (sourced.length < total) {
    const here = byPlace(byDoc.get(doc) ?? []).find((claim) => claim.start === hovered.start);
    if (here && !sourced.some((row) => row.doc === doc && row.claim === here)) sourced.push({ doc, claim: here });
  }
  return { sourced, total };
}

function byPlace(claims: readonly Claim[]): readonly Claim[] {
  const order = (a: Claim, b: Claim) => a.start - b.start || a.end - b.end;
  for (let i = 1; i < claims.length; i++) if (order(claims[i - 1], claims[i]) > 0) return [...claims].sort(order);
  return claims;
}

/**
 * The rows of the comparison, in corpus order. All of them when there are few; otherwise the claim
 * hovered, the first source of each distinct value (the disagreement is the point), then the
 * earliest sources, up to the cap.
 */
function comparisonRows(sourced: readonly SourcedClaim[], isHere: (doc: string, claim: Claim) => boolean): readonly SourcedClaim[] {
  if (sourced.length <= COMPARISON_ROWS) return sourced;
  const chosen = new Set<number>();
  const here = sourced.findIndex(({ doc, claim }) => isHere(doc, claim));
  if (here >= 0) chosen.add(here);
  const values = new Set<string>();
  for (let i = 0; i < sourced.length && chosen.size < COMPARISON_ROWS; i++) {
    const value = claimValueSignature(sourced[i].claim.value);
    if (values.has(value)) continue;
    values.add(value);
    chosen.add(i);
  }
  for (let i = 0; i < sourced.length && chosen.size < COMPARISON_ROWS; i++) chosen.add(i);
  return [...chosen].sort((a, b) => a - b).map((i) => sourced[i]);
}

function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

function escapeCode(text: string): string {
  return text.replace(/`/g, "'");
}
