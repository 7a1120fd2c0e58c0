// Fake LSP responses shaped like the server's, for testing the client's tree shaping without
// VS Code or a server. The values echo the seeds, but nothing here is read from them.

import type { ClaimMatrixResult, ConflictsResult, EntitiesResult, LspRange } from '../../../server/src/protocol';

export const DOC_A = 'file:///corpus/000_circle.txt';
export const DOC_B = 'file:///corpus/001_co-ops%20uk.txt';

export function range(line: number, start: number, end: number): LspRange {
  return { start: { line, character: start }, end: { line, character: end } };
}

export const entitiesResponse: EntitiesResult = {
  entities: [
    {
      canonical: 'date:2010',
      name: '2010',
      type: 'date',
      aliases: ['2010'],
      mentionCount: 1,
      documentCount: 1,
      documents: [DOC_A],
      mentions: [{ uri: DOC_A, range: range(9, 0, 4), text: '2010' }],
      value: '2010',
    },
    {
      canonical: 'org:co-operatives-uk',
      name: 'Co-operatives UK',
      type: 'organisation',
      aliases: ['Co-operatives UK', 'Co-ops UK'],
      mentionCount: 2,
      documentCount: 1,
      documents: [DOC_B],
      mentions: [
        { uri: DOC_B, range: range(4, 10, 19), text: 'Co-ops UK' },
        { uri: DOC_B, range: range(1, 0, 16), text: 'Co-operatives UK' },
      ],
    },
    {
      canonical: 'org:circle',
      name: 'Circle',
      type: 'organisation',
      aliases: ['Circle', 'Circle Health Partnership'],
      mentionCount: 3,
      documentCount: 2,
      documents: [DOC_A, DOC_B],
      mentions: [
        { uri: DOC_B, range: range(2, 5, 11), text: 'Circle' },
        { uri: DOC_A, range: range(7, 0, 25), text: 'Circle Health Partnership' },
        { uri: DOC_A, range: range(0, 4, 10), text: 'Circle' },
      ],
    },
    {
      canonical: 'person:ed-mayo',
      name: 'Ed Mayo',
      type: 'person',
      aliases: ['Ed Mayo', 'Mayo'],
      mentionCount: 2,
      documentCount: 1,
      documents: [DOC_B],
      mentions: [
        { uri: DOC_B, range: range(3, 0, 7), text: 'Ed Mayo' },
        { uri: DOC_B, range: range(5, 0, 4), text: 'Mayo' },
      ],
    },
  ],
};

export const conflictsResponse: ConflictsResult = {
  conflicts: [
    {
      id: 'c-category',
      kind: 'negation',
      subject: 'org:circle',
      subjectName: 'Circle',
      attribute: 'category',
      attributeLabel: 'what it is',
      reviewed: false,
      claims: [
        { uri: DOC_B, range: range(2, 0, 60), text: 'Circle is not a co-operative', valueLabel: 'NOT employee-owned co-operative', documentLabel: '001_co-ops uk.txt' },
        { uri: DOC_A, range: range(3, 0, 50), text: 'Circle, an employee-owned co-operative', valueLabel: 'employee-owned co-operative', documentLabel: '000_circle.txt' },
      ],
      claimCount: 2,
      sourceCount: 2,
      valueCount: 2,
    },
    {
      id: 'c-share',
      kind: 'numeric',
      subject: 'org:circle',
      subjectName: 'Circle',
      attribute: 'owned-share:employees',
      attributeLabel: 'share owned by employees',
      reviewed: true,
      claims: [
        { uri: DOC_A, range: range(5, 0, 10), text: '49.9%', valueLabel: '49.9%', documentLabel: '000_circle.txt' },
        { uri: DOC_B, range: range(6, 0, 10), text: 'a third', valueLabel: 'about 33%', documentLabel: '001_co-ops uk.txt' },
      ],
      claimCount: 2,
      sourceCount: 2,
      valueCount: 2,
    },
    {
      id: 'c-role',
      kind: 'role',
      subject: 'person:andrew-lansley',
      subjectName: 'Andrew Lansley',
      attribute: 'role',
      attributeLabel: 'role',
      reviewed: false,
      claims: [
        { uri: DOC_A, range: range(8, 0, 30), text: 'Health Secretary Andrew Lansley', valueLabel: 'Health Secretary', documentLabel: '000_circle.txt' },
        { uri: DOC_B, range: range(9, 0, 30), text: 'Shadow Health Secretary Andrew Lansley', valueLabel: 'Shadow Health Secretary', documentLabel: '001_co-ops uk.txt' },
      ],
      claimCount: 2,
      sourceCount: 2,
      valueCount: 2,
    },
  ],
};

export const matrixResponse: ClaimMatrixResult = {
  sources: [
    { uri: DOC_A, label: '000_circle.txt' },
    { uri: DOC_B, label: '001_co-ops uk.txt' },
  ],
  rows: [
    {
      subject: 'org:circle',
      subjectName: 'Circle',
      attribute: 'category',
      attributeLabel: 'what it is',
      cells: {
        [DOC_A]: { valueLabel: 'employee-owned co-operative', claims: [{ uri: DOC_A, range: range(3, 0, 50), text: 'an employee-owned co-operative' }], disagrees: true },
        [DOC_B]: { valueLabel: 'NOT employee-owned co-operative', claims: [{ uri: DOC_B, range: range(2, 0, 60), text: 'not a co-operative' }], disagrees: true },
      },
    },
    {
      subject: 'org:circle',
      subjectName: 'Circle',
      attribute: 'count:staff',
      attributeLabel: 'number of staff',
      cells: {
        [DOC_A]: { valueLabel: '770', claims: [{ uri: DOC_A, range: range(4, 0, 9), text: '770 staff' }], disagrees: false },
      },
    },
  ],
};
