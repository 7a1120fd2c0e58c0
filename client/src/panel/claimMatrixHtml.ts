// Renders the claim matrix as a self-contained HTML page for the webview: one row per
// subject+attribute, one column per source. Pure, so escaping and CSP can be tested directly.

import type { ClaimMatrixCell, ClaimMatrixResult, ClaimMatrixRow, Mention } from '../../../server/src/protocol';
import { distinctLabels } from '../shared/documentLabel';
import { escapeHtml } from '../shared/escapeHtml';

export interface MatrixPageResources {
  /** A fresh random value per render; only tags carrying it may load. */
  nonce: string;
  /** `webview.cspSource`: the origin the webview serves local resources from. */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
}

/** A row to scroll to and highlight when the page opens (Show Claim Matrix on a conflict). */
export interface MatrixFocus {
  subject: string;
  attribute?: string;
}

export function contentSecurityPolicy(resources: Pick<MatrixPageResources, 'nonce' | 'cspSource'>): string {
  return [
    "default-src 'none'",
    `style-src ${resources.cspSource} 'nonce-${resources.nonce}'`,
    `script-src 'nonce-${resources.nonce}'`,
  ].join('; ');
}

function shortQuote(text: string, limit = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}

/** A button that opens one claim; the page script reads its place from the data attributes. */
function claimButton(claim: Mention, label: string): string {
  const { start, end } = claim.range;
  return (
    `<button type="button" class="claim" title="${escapeHtml(`“${claim.text}” (line ${start.line + 1})`)}"` +
    ` data-uri="${escapeHtml(claim.uri)}" data-start-line="${start.line}" data-start-character="${start.character}"` +
    ` data-end-line="${end.line}" data-end-character="${end.character}">${escapeHtml(label)}</button>`
  );
}

function cellHtml(cell: ClaimMatrixCell | undefined): string {
  if (!cell) return '<td class="empty" aria-label="no claim">—</td>';
  const marker = cell.disagrees ? '<span class="marker" aria-label="disagrees with another source">≠</span>' : '';
  let content: string;
  if (cell.claims.length === 1) {
    content = claimButton(cell.claims[0], cell.valueLabel);
  } else {
    // A source that makes the claim several times: its value once, then each place with its words.
    const places = [...cell.claims]
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
      .map((claim) => `<li>${claimButton(claim, `line ${claim.range.start.line + 1}: “${shortQuote(claim.text)}”`)}</li>`)
      .join('');
    content = `<span class="value">${escapeHtml(cell.valueLabel)}</span>` + (places ? `<ul class="places">${places}</ul>` : '');
  }
  return `<td class="${cell.disagrees ? 'cell disagrees' : 'cell'}">${marker}${content}</td>`;
}

function rowHtml(row: ClaimMatrixRow, sourceUris: readonly string[]): string {
  const disagrees = Object.values(row.cells).some((cell) => cell.disagrees);
  return (
    `<tr class="${disagrees ? 'row disagrees' : 'row'}" data-subject="${escapeHtml(row.subject)}" data-attribute="${escapeHtml(row.attribute)}">` +
    `<th scope="row" class="subject">${escapeHtml(row.subjectName)}</th>` +
    `<td class="attribute" title="${escapeHtml(row.attribute)}">${escapeHtml(row.attributeLabel || row.attribute)}</td>` +
    sourceUris.map((uri) => cellHtml(row.cells[uri])).join('') +
    '</tr>'
  );
}

function tableHtml(result: ClaimMatrixResult): string {
  if (result.rows.length === 0) {
    return '<p class="empty-state">No claims in the corpus yet. Open a policy text or run <strong>Policy Lens: Check Claims</strong>.</p>';
  }
  const sourceUris = result.sources.map((source) => source.uri);
  const labels = distinctLabels(result.sources);
  const headers = result.sources
    .map((source, index) => `<th scope="col" title="${escapeHtml(source.uri)}">${escapeHtml(labels[index])}</th>`)
    .join('');
  const disagreeing = result.rows.filter((row) => Object.values(row.cells).some((cell) => cell.disagrees)).length;
  return (
    `<p class="summary">${result.rows.length} subjects and attributes across ${result.sources.length} sources; ` +
    `${disagreeing} with disagreeing sources.</p>` +
    omittedNote(result) +
    '<table><thead><tr><th scope="col">Subject</th><th scope="col">Attribute</th>' +
    headers +
    '</tr></thead><tbody>' +
    result.rows.map((row) => rowHtml(row, sourceUris)).join('') +
    '</tbody></table>'
  );
}

/** What a bounded matrix left out, so that a partial page never passes for the whole corpus. */
function omittedNote(result: ClaimMatrixResult): string {
  const omitted = result.omitted;
  if (!omitted || (omitted.rows === 0 && omitted.sources === 0)) return '';
  const parts: string[] = [];
  if (omitted.rows > 0) parts.push(`${omitted.rows.toLocaleString('en-GB')} more subjects and attributes`);
  if (omitted.sources > 0) parts.push(`${omitted.sources.toLocaleString('en-GB')} more sources`);
  return (
    `<p class="omitted">Not shown: ${parts.join(' and ')}. The page keeps first what you opened it on, ` +
    'the active document’s claims, and the sources that disagree.</p>'
  );
}

export function renderClaimMatrixPage(result: ClaimMatrixResult, resources: MatrixPageResources, focus?: MatrixFocus): string {
  const nonce = escapeHtml(resources.nonce);
  const focusAttributes = focus
    ? ` data-focus-subject="${escapeHtml(focus.subject)}"` + (focus.attribute ? ` data-focus-attribute="${escapeHtml(focus.attribute)}"` : '')
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(resources))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(resources.styleUri)}">
<title>Claim Matrix</title>
</head>
<body${focusAttributes}>
<header>
<h1>Claim Matrix</h1>
<label class="toggle"><input type="checkbox" id="only-disagreements"> Only rows where sources disagree</label>
</header>
${tableHtml(result)}
<script nonce="${nonce}" src="${escapeHtml(resources.scriptUri)}"></script>
</body>
</html>`;
}
