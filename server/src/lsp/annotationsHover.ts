import { isAnchored, type LiveAnnotation } from '../engine/annotations/index';
import { bodiesToInfo, describeBody } from './annotationsBodies';
import type { AnnotationsService } from './annotationsService';
import type { AnnotationSection } from './hover';
import { escapeMarkdown } from './markdown';

// The hover section on an annotated span: every annotation there, what it says, who made it and
// when. Everything the researcher typed (notes, labels, names) is escaped: a note cannot inject
// links or markup into the hover.

export function annotationsHoverSection(annotations: readonly LiveAnnotation[]): string | undefined {
  if (annotations.length === 0) return undefined;
  const heading = annotations.length === 1 ? '**Your annotation**' : `**Your annotations** (${annotations.length})`;
  const items = annotations.map(({ record }) => {
    const { bodies, other } = bodiesToInfo(record.bodies);
    const said = bodies.map((body) => escapeMarkdown(describeBody(body)));
    if (other > 0) said.push(`${other} ${other === 1 ? 'body' : 'bodies'} from another tool`);
    const when = record.modified !== record.created ? `edited ${dateOf(record.modified)}` : dateOf(record.created);
    return `- ${said.join(' · ') || 'No content'} — ${escapeMarkdown(record.creator)}, ${escapeMarkdown(when)}`;
  });
  return [heading, '', ...items].join('\n');
}

/** "2024-05-01 10:00" from an ISO timestamp; the raw text when it does not parse. */
function dateOf(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** The hover's annotation section for a document, and the span the annotations there cover. */
export function annotationSectionFor(annotations: AnnotationsService, key: string): AnnotationSection {
  return (offset) => {
    const here = annotations.at(key, offset);
    const markdown = annotationsHoverSection(here);
    if (!markdown) return undefined;
    let start = Infinity;
    let end = -Infinity;
    for (const { anchor } of here) {
      if (!isAnchored(anchor)) continue;
      start = Math.min(start, anchor.start);
      end = Math.max(end, anchor.end);
    }
    return { markdown, start, end };
  };
}
