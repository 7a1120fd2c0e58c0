import type { Range } from 'vscode-languageserver';

// Building hover Markdown safely. Document text is untrusted: every piece of it is escaped so that
// a policy text cannot inject links, images, HTML or table breaks into a hover. Links point only at
// our own command, policyLens.openLocation, with its argument encoded as JSON in the URI, which is
// the form VS Code's command links take.

export const OPEN_LOCATION_COMMAND = 'policyLens.openLocation';

/** Escapes Markdown punctuation and HTML, and flattens line breaks, so text shows literally. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r\n|\r|\n/g, ' ');
}

export interface OpenLocationArgs {
  uri: string;
  range: Range;
}

/** A `command:` URI that opens a place in the corpus. */
export function openLocationUri(location: OpenLocationArgs): string {
  return `command:${OPEN_LOCATION_COMMAND}?${encodeURIComponent(JSON.stringify([location]))}`;
}

/** A Markdown link whose label is escaped document text and whose target opens a location. */
export function locationLink(label: string, location: OpenLocationArgs): string {
  return `[${escapeMarkdown(label)}](${openLocationUri(location)})`;
}

/** A short excerpt of the text around a span, for showing a mention in context. */
export function excerpt(text: string, start: number, end: number, context = 40): string {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const before = (from > 0 ? '…' : '') + text.slice(from, start);
  const after = text.slice(end, to) + (to < text.length ? '…' : '');
  return `${before}${text.slice(start, end)}${after}`.replace(/\s+/g, ' ').trim();
}
