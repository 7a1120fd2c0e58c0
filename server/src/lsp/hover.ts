import type { Hover, Position } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Claim, Entity } from '../engine/types';
import type { CorpusState, Snapshot } from './corpusState';
import { claimValueLabel, entityValueDetail, entityValueLabel, attributeLabel } from './labels';
import { byDocumentThenOffset, locationOf } from './locations';
import { escapeMarkdown, excerpt, locationLink } from './markdown';
import { corpusNames } from './names';
import { fileNameOf, shortFileName } from './uris';

// Hover cards. On an entity: what it is, its canonical name, the other names it goes by, a
// person's roles with their sources, a number's or date's normalised value, how many documents
// mention it, links to other mentions and the claims sources make about it. On a claim: every
// source's value for that subject and attribute, side by side. On an annotated span: the
// researchers' annotations there (the section comes from the caller, see annotationsHover.ts).

const OTHER_MENTIONS = 5;
const CLAIMS_ABOUT = 8;

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

  const mentions = state.engine.mentionsOf(entity.canonical).slice().sort((a, b) =>
    byDocumentThenOffset({ doc: a.doc, start: a.entity.start }, { doc: b.doc, start: b.entity.start }),
  );
  const aliases = [...new Set(mentions.map((mention) => mention.entity.text))].filter((text) => text !== name);
  if (aliases.length > 0) lines.push(`Also written: ${aliases.slice(0, 12).map((alias) => `“${escapeMarkdown(alias)}”`).join(', ')}`);
  if (entity.type === 'person') lines.push(...personRoles(mentions));

  const documents = new Set(mentions.map((mention) => mention.doc));
  lines.push(
    `Mentioned ${mentions.length} ${mentions.length === 1 ? 'time' : 'times'} in ${documents.size} ${documents.size === 1 ? 'document' : 'documents'}`,
  );

  const others = otherMentions(mentions, snapshot.doc, entity);
  if (others.length > 0) {
    const items = others.map(({ doc, entity: mention }) => {
      const location = locationOf(state, doc, mention.start, mention.end);
      const text = state.engine.get(doc)?.text ?? '';
      if (!location) return '';
      const label = `${shortFileName(doc, 24)}:${location.range.start.line + 1}`;
      return `- ${locationLink(label, location)} ${escapeMarkdown(excerpt(text, mention.start, mention.end))}`;
    });
    lines.push(`Other mentions:\n${items.filter(Boolean).join('\n')}`);
  }

  const claims = claimsAbout(state, entity.canonical, documents);
  if (claims.length > 0) {
    const nameOf = corpusNames(state);
    const items = claims.slice(0, CLAIMS_ABOUT).map(({ doc, claim }) => {
      const location = locationOf(state, doc, claim.start, claim.end);
      const value = `${attributeLabel(claim.attribute, nameOf)}: ${claimValueLabel(claim.value)}`;
      return location ? `- ${escapeMarkdown(value)} (${locationLink(shortFileName(doc, 24), location)})` : '';
    });
    const more = claims.length > CLAIMS_ABOUT ? `\n- and ${claims.length - CLAIMS_ABOUT} more` : '';
    lines.push(`What sources claim:\n${items.filter(Boolean).join('\n')}${more}`);
  }
  return lines.join('\n\n');
}

/** Up to five other mentions, spread over other documents first, then this one. */
function otherMentions(mentions: Array<{ doc: string; entity: Entity }>, doc: string, hovered: Entity) {
  const elsewhere = mentions.filter((mention) => mention.doc !== doc);
  const firstPerDocument = elsewhere.filter((mention, index) => index === 0 || elsewhere[index - 1].doc !== mention.doc);
  const first = new Set(firstPerDocument);
  const rest = elsewhere.filter((mention) => !first.has(mention));
  const here = mentions.filter((mention) => mention.doc === doc && mention.entity.start !== hovered.start);
  return [...firstPerDocument, ...rest, ...here].slice(0, OTHER_MENTIONS);
}

/** The titles sources give a person, each with the sources that give it. */
function personRoles(mentions: Array<{ doc: string; entity: Entity }>): string[] {
  const sourcesByRole = new Map<string, Set<string>>();
  for (const { doc, entity } of mentions) {
    if (!entity.role) continue;
    const sources = sourcesByRole.get(entity.role) ?? new Set<string>();
    sources.add(shortFileName(doc, 24));
    sourcesByRole.set(entity.role, sources);
  }
  if (sourcesByRole.size === 0) return [];
  const items = [...sourcesByRole].map(([role, sources]) => `- ${escapeMarkdown(role)} (${escapeMarkdown([...sources].join(', '))})`);
  return [`Roles:\n${items.join('\n')}`];
}

function roleDetails(state: CorpusState, role: Entity): string[] {
  const lines: string[] = [];
  if (role.person) {
    const holder = state.engine.mentionsOf(role.person)[0]?.entity;
    lines.push(`Held by: **${escapeMarkdown(holder?.canonicalName ?? holder?.text ?? role.person)}**`);
  }
  if (role.role) lines.push(`Office: ${escapeMarkdown(role.role)}`);
  return lines;
}

/** Claims whose subject is this entity, from the documents that mention it. */
function claimsAbout(state: CorpusState, canonical: string, documents: Set<string>) {
  const claims: Array<{ doc: string; claim: Claim }> = [];
  for (const doc of [...documents].sort()) {
    for (const claim of state.engine.get(doc)?.analysis.claims ?? []) {
      if (claim.subject === canonical) claims.push({ doc, claim });
    }
  }
  return claims;
}

function claimComparison(state: CorpusState, doc: string, claim: Claim): string {
  const sourced = state.engine
    .claimsFor(claim.subject, claim.attribute)
    .slice()
    .sort((a, b) => byDocumentThenOffset({ doc: a.doc, start: a.claim.start }, { doc: b.doc, start: b.claim.start }));
  const disputed = state.engine
    .conflictsForDoc(doc)
    .some((conflict) => conflict.subject === claim.subject && conflict.attribute === claim.attribute);
  const heading = `**${escapeMarkdown(claim.subjectName)}**: ${escapeMarkdown(attributeLabel(claim.attribute, corpusNames(state)))}${disputed ? ' · sources disagree' : ''}`;
  const rows = sourced.map(({ doc: source, claim: other }) => {
    const location = locationOf(state, source, other.start, other.end);
    const marker = source === doc && other.start === claim.start ? ' (here)' : '';
    const sourceCell = location ? locationLink(`${fileNameOf(source)}:${location.range.start.line + 1}`, location) : escapeMarkdown(fileNameOf(source));
    return `| ${sourceCell}${marker} | ${escapeMarkdown(claimValueLabel(other.value))} | ${escapeMarkdown(truncate(other.text, 80))} |`;
  });
  return [heading, '', '| Source | Value | Says |', '| --- | --- | --- |', ...rows].join('\n');
}

function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

function escapeCode(text: string): string {
  return text.replace(/`/g, "'");
}
