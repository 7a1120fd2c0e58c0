import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConflictKind } from '../../engine/types';
import { TOOL_HOME, TOOL_NAME, TOOL_VERSION } from '../toolInfo';
import { claimExcerpt, conflictMessage, documentNames, type CheckReport, type LocatedClaim } from './checkReport';
import { claimValueLabel } from '../../lsp/labels';
import { documentDates } from './checkText';

// `policy-lens check --format sarif`: SARIF 2.1.0 for code-scanning dashboards. One result per
// conflict, located at its first claim, with every other claim as a related location and the
// conflict id as a partial fingerprint (the same id the reviews file uses, so dashboards and
// reviews agree on what "the same conflict" is). Reviewed conflicts stay in the log as suppressed
// results rather than vanishing. Columns are UTF-16 code units, declared via columnKind.

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

const RULES: ReadonlyArray<{ kind: ConflictKind; name: string; description: string }> = [
  { kind: 'negation', name: 'NegatedClaim', description: 'One source asserts a claim that another source denies.' },
  { kind: 'categorical', name: 'ExclusiveCategories', description: 'Sources put the same subject in categories that exclude each other.' },
  { kind: 'numeric', name: 'DisagreeingFigures', description: 'Sources give figures for the same thing that differ beyond their stated precision and bounds.' },
  { kind: 'role', name: 'DifferentTitles', description: 'Sources give one person different titles at overlapping times.' },
  { kind: 'date', name: 'DifferentDates', description: 'Sources give different dates for the same event.' },
];

export function formatCheckSarif(report: CheckReport, cwd: string): string {
  const dateOf = documentDates(report);
  const nameOf = documentNames(report);
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.kind, index]));

  const results = report.conflicts.flatMap((reported) => {
    const [primary, ...others] = reported.claims;
    if (!primary) return [];
    const { conflict } = reported;
    return [
      {
        ruleId: `conflict.${conflict.kind}`,
        ruleIndex: ruleIndex.get(conflict.kind) ?? -1,
        level: 'warning',
        message: { text: conflictMessage(reported, dateOf, nameOf) },
        locations: [location(primary, cwd)],
        relatedLocations: others.map((other, index) => ({
          id: index + 1,
          ...location(other, cwd),
          message: { text: `${claimValueLabel(other.claim.value)}: "${claimExcerpt(other.claim.text)}"` },
        })),
        partialFingerprints: { 'policyLensConflict/v1': conflict.id },
        properties: { subject: conflict.subjectName, subjectId: conflict.subject, attribute: conflict.attribute },
        ...(reported.reviewed
          ? { suppressions: [{ kind: 'external', status: 'accepted', justification: 'Marked as reviewed in the Policy Lens reviews file.' }] }
          : {}),
      },
    ];
  });

  const driver = {
    name: TOOL_NAME,
    version: TOOL_VERSION,
    semanticVersion: TOOL_VERSION,
    ...(TOOL_HOME ? { informationUri: TOOL_HOME } : {}),
    rules: RULES.map((rule) => ({
      id: `conflict.${rule.kind}`,
      name: rule.name,
      shortDescription: { text: rule.description },
      fullDescription: {
        text: `${rule.description} Mark a conflict as reviewed in the editor to record that a researcher has looked at it.`,
      },
      defaultConfiguration: { level: 'warning' },
    })),
  };

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function location(claim: LocatedClaim, cwd: string) {
  return {
    physicalLocation: {
      artifactLocation: { uri: relativeUri(claim.doc, cwd), uriBaseId: SOURCE_ROOT },
      region: {
        startLine: claim.startPosition.line,
        startColumn: claim.startPosition.column,
        endLine: claim.endPosition.line,
        endColumn: claim.endPosition.column,
        snippet: { text: claim.claim.text },
      },
    },
  };
}

/** A relative URI reference from the working directory, each segment percent-encoded. */
function relativeUri(file: string, cwd: string): string {
  return relative(cwd, resolve(cwd, file)).split(sep).map(encodeURIComponent).join('/');
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}
