import { claimValueLabel } from '../../lsp/labels';
import { countSummary } from './extractText';
import { claimExcerpt, conflictMessage, documentNames, formatLocation, type CheckReport } from './checkReport';

// `policy-lens check` for a terminal: the entity summary per document, then each conflict the way
// a compiler reports an error (file:line:col  severity  message  [code]) with its related
// locations indented below, so editors and terminals make the locations clickable.

export function formatCheckText(report: CheckReport, includeReviewed: boolean): string {
  const dateOf = documentDates(report);
  const nameOf = documentNames(report);
  const lines: string[] = report.documents.map((doc) => `${doc.file}: ${countSummary(doc.entities)}`);

  const listed = report.conflicts.filter((c) => includeReviewed || !c.reviewed);
  if (listed.length > 0) lines.push('');
  for (const reported of listed) {
    const [primary, ...others] = reported.claims;
    if (!primary) continue;
    const severity = reported.reviewed ? 'note   ' : 'warning';
    const reviewedMark = reported.reviewed ? ' (reviewed)' : '';
    lines.push(
      `${formatLocation(primary)}  ${severity}  ${conflictMessage(reported, dateOf, nameOf)}${reviewedMark}  [conflict.${reported.conflict.kind}]`,
    );
    for (const other of others) {
      lines.push(`    ${formatLocation(other)}  related: "${claimExcerpt(other.claim.text)}" (${claimValueLabel(other.claim.value)})`);
    }
  }

  lines.push('', summaryLine(report));
  return `${lines.join('\n')}\n`;
}

function summaryLine(report: CheckReport): string {
  const total = report.conflicts.length;
  const reviewed = report.conflicts.filter((c) => c.reviewed).length;
  const entities = report.documents.reduce((sum, doc) => sum + doc.entities.length, 0);
  const scope = `${report.documents.length} document${report.documents.length === 1 ? '' : 's'}, ${entities} entities`;
  if (total === 0) return `No conflicts (${scope}).`;
  const unreviewed = total - reviewed;
  return `${total} conflict${total === 1 ? '' : 's'}: ${unreviewed} unreviewed, ${reviewed} reviewed (${scope}).`;
}

export function documentDates(report: CheckReport): (file: string) => string | undefined {
  const dates = new Map(report.documents.map((doc) => [doc.file, doc.documentDate]));
  return (file) => dates.get(file);
}
