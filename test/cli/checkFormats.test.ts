import { describe, expect, it } from 'vitest';
import { buildCheckReport, type CheckedDocument } from '../../server/src/cli/format/checkReport';
import { formatCheckJson } from '../../server/src/cli/format/checkJson';
import { formatCheckSarif } from '../../server/src/cli/format/checkSarif';
import { formatCheckText } from '../../server/src/cli/format/checkText';
import type { Conflict, Entity } from '../../server/src/engine/types';

// The three faces of a check report, on a conflict built by hand so the formats are tested apart
// from what the engine happens to find.

const articleText = 'Report.\r\nAcme Care is an employee-owned co-operative.\r\n';
const commentText = 'Comment.\nIn fact Acme Care is NOT a co-operative at all.\n';
const articleClaim = 'Acme Care is an employee-owned co-operative';
const commentClaim = 'Acme Care is NOT a co-operative';

const org = (text: string, whole: string): Entity => {
  const start = whole.indexOf(text);
  return { type: 'organisation', text, start, end: start + text.length, canonical: 'org:acme-care', canonicalName: 'Acme Care' };
};

const documents: CheckedDocument[] = [
  { file: 'corpus/article.txt', text: articleText, entities: [org('Acme Care', articleText)] },
  { file: 'corpus/comment.txt', text: commentText, entities: [org('Acme Care', commentText)], documentDate: '2010-10-29' },
];

const conflict: Conflict = {
  id: 'c0ffee',
  kind: 'negation',
  subject: 'org:acme-care',
  subjectName: 'Acme Care',
  attribute: 'category',
  // Deliberately out of reading order: the report sorts claims by document, then offset.
  claims: [
    {
      doc: 'corpus/comment.txt',
      claim: {
        text: commentClaim,
        start: commentText.indexOf(commentClaim),
        end: commentText.indexOf(commentClaim) + commentClaim.length,
        subject: 'org:acme-care',
        subjectName: 'Acme Care',
        attribute: 'category',
        value: { kind: 'category', category: 'co-operative', polarity: 'deny' },
      },
    },
    {
      doc: 'corpus/article.txt',
      claim: {
        text: articleClaim,
        start: articleText.indexOf(articleClaim),
        end: articleText.indexOf(articleClaim) + articleClaim.length,
        subject: 'org:acme-care',
        subjectName: 'Acme Care',
        attribute: 'category',
        value: { kind: 'category', category: 'co-operative', polarity: 'affirm' },
      },
    },
  ],
};

describe('check report', () => {
  it('reports a conflict at its first claim in reading order, with line and column counted over CRLF', () => {
    const report = buildCheckReport(documents, [conflict], new Set());
    const [primary, related] = report.conflicts[0].claims;
    expect(primary.doc).toBe('corpus/article.txt');
    expect(primary.startPosition).toEqual({ line: 2, column: 1 });
    expect(primary.endPosition).toEqual({ line: 2, column: articleClaim.length + 1 });
    expect(related.startPosition).toEqual({ line: 2, column: 9 });
  });

  it('marks a conflict reviewed when its id is among the reviewed fingerprints', () => {
    expect(buildCheckReport(documents, [conflict], new Set(['c0ffee'])).conflicts[0].reviewed).toBe(true);
    expect(buildCheckReport(documents, [conflict], new Set(['other'])).conflicts[0].reviewed).toBe(false);
  });
});

describe('check --format text', () => {
  const output = formatCheckText(buildCheckReport(documents, [conflict], new Set()), false);

  it('prints an entity summary per document before the conflicts', () => {
    const lines = output.split('\n');
    expect(lines[0]).toBe('corpus/article.txt: 1 entity (1 organisation)');
    expect(lines[1]).toBe('corpus/comment.txt: 1 entity (1 organisation)');
  });

  it('prints the conflict like a compiler, naming what the other source says, with the related location indented below', () => {
    expect(output).toContain(
      'corpus/article.txt:2:1  warning  Acme Care is a co-operative, but another source says Acme Care is NOT a co-operative (corpus/comment.txt:2:9, dated 29 October 2010)  [conflict.negation]\n' +
        `    corpus/comment.txt:2:9  related: "${commentClaim}" (NOT co-operative)\n`,
    );
  });

  it('gives places in the same document by line, and lists claims that say the same thing together', () => {
    const sameDocText = 'Acme Care is a co-operative.\nAcme Care is NOT a co-operative.\nAgain: Acme Care is NOT a co-operative.\n';
    const claimAt = (line: number, polarity: 'affirm' | 'deny') => {
      const start = sameDocText.split('\n').slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
      return {
        doc: 'one.txt',
        claim: { ...conflict.claims[0].claim, start, end: start + 9, value: { kind: 'category' as const, category: 'co-operative', polarity } },
      };
    };
    const sameDoc: Conflict = { ...conflict, claims: [claimAt(2, 'deny'), claimAt(0, 'affirm'), claimAt(1, 'deny')] };
    const report = buildCheckReport([{ file: 'one.txt', text: sameDocText, entities: [] }], [sameDoc], new Set());
    expect(formatCheckText(report, false)).toContain(
      'one.txt:1:1  warning  Acme Care is a co-operative, but this document also says Acme Care is NOT a co-operative (line 2; line 3)  [conflict.negation]',
    );
  });

  it('leaves reviewed conflicts out unless asked, and counts them in the summary', () => {
    const report = buildCheckReport(documents, [conflict], new Set(['c0ffee']));
    expect(formatCheckText(report, false)).not.toContain('[conflict.negation]');
    expect(formatCheckText(report, false)).toContain('1 conflict: 0 unreviewed, 1 reviewed');
    expect(formatCheckText(report, true)).toMatch(/note {5}Acme Care.*\(reviewed\) {2}\[conflict\.negation\]/);
  });
});

describe('check --format json', () => {
  it('has exactly the documented shape, with the subject by name and typed claim values', () => {
    const parsed = JSON.parse(formatCheckJson(buildCheckReport(documents, [conflict], new Set()), false));
    expect(parsed).toEqual({
      conflicts: [
        {
          id: 'c0ffee',
          kind: 'negation',
          subject: 'Acme Care',
          attribute: 'category',
          claims: [
            { file: 'corpus/article.txt', start: 9, end: 9 + articleClaim.length, text: articleClaim, value: { kind: 'category', category: 'co-operative', polarity: 'affirm' } },
            { file: 'corpus/comment.txt', start: 17, end: 17 + commentClaim.length, text: commentClaim, value: { kind: 'category', category: 'co-operative', polarity: 'deny' } },
          ],
        },
      ],
    });
  });

  it('omits reviewed conflicts, or flags them when they are included', () => {
    const report = buildCheckReport(documents, [conflict], new Set(['c0ffee']));
    expect(JSON.parse(formatCheckJson(report, false)).conflicts).toEqual([]);
    expect(JSON.parse(formatCheckJson(report, true)).conflicts[0].reviewed).toBe(true);
  });
});

describe('check --format sarif', () => {
  const sarif = (reviewed: Set<string>) => JSON.parse(formatCheckSarif(buildCheckReport(documents, [conflict], reviewed), '/home/researcher/project'));

  it('is a SARIF 2.1.0 log with a driver that has a rule for every conflict kind', () => {
    const log = sarif(new Set());
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('policy-lens');
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      'conflict.negation',
      'conflict.categorical',
      'conflict.numeric',
      'conflict.role',
      'conflict.date',
    ]);
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///home/researcher/project/');
  });

  it('gives each conflict one result with a 1-based region, related locations and the conflict id as fingerprint', () => {
    const [result] = sarif(new Set()).runs[0].results;
    expect(result.ruleId).toBe('conflict.negation');
    expect(result.ruleIndex).toBe(0);
    expect(result.level).toBe('warning');
    expect(result.message.text).toBe(
      'Acme Care is a co-operative, but another source says Acme Care is NOT a co-operative (corpus/comment.txt:2:9, dated 29 October 2010)',
    );
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'corpus/article.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: articleClaim.length + 1, snippet: { text: articleClaim } },
    });
    expect(result.relatedLocations).toHaveLength(1);
    expect(result.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('corpus/comment.txt');
    expect(result.relatedLocations[0].physicalLocation.region.startColumn).toBe(9);
    expect(result.partialFingerprints).toEqual({ 'policyLensConflict/v1': 'c0ffee' });
    expect(result.suppressions).toBeUndefined();
  });

  it('keeps a reviewed conflict as a suppressed result', () => {
    const [result] = sarif(new Set(['c0ffee'])).runs[0].results;
    expect(result.suppressions).toEqual([expect.objectContaining({ kind: 'external', status: 'accepted' })]);
  });
});
