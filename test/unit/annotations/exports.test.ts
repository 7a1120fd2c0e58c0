import { describe, expect, it } from 'vitest';
import { anchorAll } from '../../../server/src/engine/annotations/anchoring';
import { exportAnnotations } from '../../../server/src/engine/annotations/export';
import { exportBrat } from '../../../server/src/engine/annotations/export/brat';
import { importBrat, newImports } from '../../../server/src/engine/annotations/export/bratImport';
import { exportConll } from '../../../server/src/engine/annotations/export/conll';
import { exportCsv } from '../../../server/src/engine/annotations/export/csv';
import { exportW3C } from '../../../server/src/engine/annotations/export/w3c';
import type { ExportDocument } from '../../../server/src/engine/annotations/export/document';
import type { AnnotationRecord } from '../../../server/src/engine/annotations/model';
import { parseCollection } from '../../../server/src/engine/annotations/w3c';
import type { Entity } from '../../../server/src/engine/types';
import { annotate, at, fixedId } from './helpers';

const PATH = 'seeds/circle.txt';
// Astral characters before the spans make code points and UTF-16 differ; a line break inside
// one span makes brat write it as two fragments.
const TEXT =
  '\u{1F4CA} Report \u{1D400}\n' +
  'The King\u2019s Fund said Circle Health\nPartnership turned all 770 staff into co-owners in 2012.\n\n' +
  'Ed Mayo, Secretary General of Co-operatives UK, disagreed.';

function document(records: AnnotationRecord[], entities: Entity[] = []): ExportDocument {
  return { path: PATH, text: TEXT, annotations: anchorAll(records, TEXT), entities };
}

function researcherAnnotations(): AnnotationRecord[] {
  return [
    annotate(TEXT, 'The King\u2019s Fund', [
      { kind: 'entity-tag', entityType: 'organisation' },
      { kind: 'canonical-link', canonical: 'org:kings-fund', label: 'The King\u2019s Fund' },
      { kind: 'note', text: 'Think tank.\nSecond line, with\ta tab and a back\\slash.' },
    ], { source: PATH }),
    annotate(TEXT, 'Circle Health\nPartnership', [{ kind: 'entity-tag', entityType: 'organisation' }], { source: PATH }),
    annotate(TEXT, 'Secretary General', [{ kind: 'not-an-entity' }], { source: PATH }),
    annotate(TEXT, 'turned all 770 staff into co-owners', [{ kind: 'assessment', value: 'disputed' }], { source: PATH }),
    annotate(TEXT, 'Ed Mayo', [{ kind: 'canonical-link', canonical: 'person:ed-mayo', label: 'Ed Mayo' }], { source: PATH }),
  ];
}

describe('brat standoff export', () => {
  it('writes T, N, # and A lines with offsets in code points', () => {
    const { ann, skipped } = exportBrat(document(researcherAnnotations()));
    expect(skipped).toEqual([]);
    const lines = ann.trimEnd().split('\n');
    const utf16 = TEXT.indexOf('The King');
    const codePoints = [...TEXT.slice(0, utf16)].length;
    expect(codePoints).toBe(utf16 - 2);
    expect(lines[0]).toBe(`T1\tOrganisation ${codePoints} ${codePoints + 15}\tThe King\u2019s Fund`);
    expect(lines[1]).toBe('N1\tReference T1 PolicyLens:org:kings-fund\tThe King\u2019s Fund');
    expect(lines[2]).toBe('#1\tAnnotatorNotes T1\tThink tank.\\nSecond line, with\\ta tab and a back\\\\slash.');
    expect(lines[3]).toMatch(/^T2\tOrganisation \d+ \d+;\d+ \d+\tCircle Health Partnership$/);
    expect(ann).toMatch(/\tNot_an_entity \d+ \d+\tSecretary General\n/);
    expect(ann).toMatch(/\nA1\tAssessment T\d Disputed|\nA1\tAssessment T\d disputed\n/);
    expect(ann).toMatch(/\tAnnotation \d+ \d+\tEd Mayo\nN2\tReference T\d PolicyLens:person:ed-mayo\tEd Mayo\n/);
  });

  it('slices to the same text in Python-style code point indexing', () => {
    const { ann } = exportBrat(document(researcherAnnotations()));
    const codePoints = [...TEXT];
    for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
      const [, spec, covered] = line.split('\t');
      const fragments = spec.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
      expect(fragments.map(([s, e]) => codePoints.slice(s, e).join('')).join(' ')).toBe(covered);
    }
  });

  it('lists orphans as skipped rather than writing a wrong place', () => {
    const orphan = annotate('A sentence that no longer exists about the Cabinet Office.', 'the Cabinet Office', undefined, { source: PATH });
    const { ann, skipped } = exportBrat(document([orphan]));
    expect(ann).toBe('');
    expect(skipped).toEqual([{ id: orphan.id, reason: expect.stringMatching(/^orphan/) }]);
  });

  it('marks engine entities, when included, so an import leaves them out', () => {
    const start = TEXT.indexOf('Co-operatives UK');
    const entity: Entity = { type: 'organisation', start, end: start + 16, text: 'Co-operatives UK', canonical: 'org:co-operatives-uk', canonicalName: 'Co-operatives UK', origin: 'engine' };
    const { ann } = exportBrat(document([], [entity]), { includeEngineEntities: true });
    expect(ann).toMatch(/^T1\tOrganisation \d+ \d+\tCo-operatives UK\nA1\tEngine T1\nN1\tReference T1 PolicyLens:org:co-operatives-uk\tCo-operatives UK\n$/);
    expect(importBrat({ source: PATH, text: TEXT, ann, creator: 'x' }).records).toEqual([]);
  });
});

describe('brat import', () => {
  it('round-trips every field brat holds, astral characters and line breaks included', () => {
    const original = researcherAnnotations();
    const { ann } = exportBrat(document(original));
    const { records, problems } = importBrat({ source: PATH, text: TEXT, ann, creator: 'Importer' }, { newId: fixedId, now: at('2024-07-01T00:00:00Z') });
    expect(problems).toEqual([]);
    const essentials = (r: AnnotationRecord) => ({ source: r.source, quote: r.quote, position: r.position, bodies: r.bodies });
    const byStart = (a: AnnotationRecord, b: AnnotationRecord) => a.position.start - b.position.start;
    expect(records.sort(byStart).map(essentials)).toEqual(original.sort(byStart).map(essentials));
    expect(records.every((r) => r.creator === 'Importer' && r.created === '2024-07-01T00:00:00.000Z')).toBe(true);
  });

  it('adds nothing when the same file is imported again', () => {
    const original = researcherAnnotations();
    const { ann } = exportBrat(document(original));
    const { records } = importBrat({ source: PATH, text: TEXT, ann, creator: 'Importer' });
    expect(newImports(original, records)).toEqual([]);
  });

  it('reports, rather than drops, the lines it cannot use', () => {
    const ann = [
      'T1\tOrganisation 0 3\tXYZ',
      'T2\tLocation 2 8\tReport',
      'R1\tWorks_for Arg1:T1 Arg2:T2',
      'T3\tOrganisation 2 4;30 35\tRe Fund',
      'A1\tNegated T9',
    ].join('\n');
    const { records, problems } = importBrat({ source: PATH, text: TEXT, ann, creator: 'x' });
    expect(records).toEqual([]);
    expect(problems).toEqual([
      expect.stringMatching(/^line 1: T1 says "XYZ" but the text there is/),
      'line 2: T2 has type Location, which Policy Lens does not annotate',
      expect.stringMatching(/^line 4: T3 (says|is discontinuous)/),
      'line 3: R1: relations and events are not imported',
      'line 5: A1 refers to an unknown annotation',
    ]);
  });
});

describe('W3C corpus export', () => {
  it('is one AnnotationCollection with every annotation of every document, positions current', () => {
    const records = researcherAnnotations();
    const edited = 'New first line.\n' + TEXT;
    const documents: ExportDocument[] = [
      { path: PATH, text: edited, annotations: anchorAll(records, edited) },
      { path: 'seeds/other.txt', text: 'Ed Mayo spoke.', annotations: anchorAll([annotate('Ed Mayo spoke.', 'Ed Mayo', undefined, { source: 'seeds/other.txt' })], 'Ed Mayo spoke.') },
    ];
    const json = JSON.parse(exportW3C(documents));
    expect(json).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 6 });
    expect(json.first.items).toHaveLength(6);
    const kingsFund = json.first.items.find((i: any) => i.target.selector[0].exact === 'The King\u2019s Fund');
    expect(kingsFund.target.selector[1].start).toBe([...edited.slice(0, edited.indexOf('The King'))].length);
    expect(parseCollection(exportW3C(documents)).records).toHaveLength(6);
  });
});

describe('CSV export', () => {
  const tricky = () => [
    annotate(TEXT, 'Ed Mayo', [
      { kind: 'entity-tag', entityType: 'person' },
      { kind: 'note', text: '=HYPERLINK("http://evil.example","click"), then "quotes"\nand a line break' },
    ], { source: PATH, creator: '@admin' }),
    annotate(TEXT, '770 staff', [{ kind: 'note', text: '-2+3' }], { source: PATH, creator: '+Plus' }),
  ];

  it('has the documented columns and one row per annotation', () => {
    const csv = exportCsv([document(tricky())]);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('document,start,end,text,type,canonical,author,created,note,assessment,status,id');
    expect(rows[rows.length - 1]).toBe('');
    expect(csv.match(/urn:uuid:/g)).toHaveLength(2);
  });

  it('quotes fields as RFC 4180 says and defuses formulas with a leading apostrophe', () => {
    const csv = exportCsv([document(tricky())]);
    const staffStart = TEXT.indexOf('770 staff');
    expect(csv).toContain(`${PATH},${staffStart},${staffStart + 9},770 staff,note,,'+Plus,2024-05-01T10:00:00.000Z,'-2+3,,exact,`);
    expect(csv).toContain(`,Ed Mayo,person,,'@admin,2024-05-01T10:00:00.000Z,"'=HYPERLINK(""http://evil.example"",""click""), then ""quotes""\nand a line break",,exact,`);
  });

  it('gives an orphan empty offsets and its remembered quote', () => {
    const orphan = annotate('Gone: the Cabinet Office said so.', 'the Cabinet Office', undefined, { source: PATH });
    const csv = exportCsv([document([orphan])]);
    expect(csv.split('\r\n')[1]).toMatch(/^seeds\/circle\.txt,,,the Cabinet Office,organisation,.*,orphan,urn:uuid:/);
  });
});

describe('CoNLL export', () => {
  const engine = (): Entity[] => {
    const e = (type: Entity['type'], text: string): Entity => {
      const start = TEXT.indexOf(text);
      return { type, text, start, end: start + text.length, origin: 'engine' };
    };
    return [e('organisation', 'Circle Health'), e('role', 'Secretary General of Co-operatives UK'), e('person', 'Ed Mayo'), e('date', '2012'), e('quantity', '770 staff')];
  };

  it('writes -DOCSTART-, one token per line with BIO labels, and blank lines between sentences', () => {
    const conll = exportConll([document([], engine())]);
    const lines = conll.split('\n');
    expect(lines.slice(0, 2)).toEqual(['-DOCSTART-\tO', '']);
    for (const line of lines.filter((l) => l !== '')) expect(line).toMatch(/^\S+\t(O|[BI]-[A-Z]+)$/);
    expect(conll).toContain('770\tB-QUANTITY\nstaff\tI-QUANTITY\n');
    expect(conll).toContain('2012\tB-DATE\n.\tO\n\nEd\tB-PER\nMayo\tI-PER\n');
    expect(conll.endsWith('\n\n')).toBe(true);
  });

  it('lets manual annotations win: a tag replaces the engine span, "not an entity" removes it', () => {
    const conll = exportConll([document(researcherAnnotations(), engine())]);
    expect(conll).toContain('The\tB-ORG\nKing\u2019s\tI-ORG\nFund\tI-ORG\n');
    expect(conll).toContain('Circle\tB-ORG\nHealth\tI-ORG\nPartnership\tI-ORG\n');
    expect(conll).toContain('Secretary\tO\nGeneral\tO\nof\tO\nCo-operatives\tO\nUK\tO\n');
    // A link to a person without a tag still says "person".
    expect(conll).toContain('Ed\tB-PER\nMayo\tI-PER\n');
  });

  it('splits a token where an entity boundary falls inside it', () => {
    const text = 'A John Lewis-style partnership.';
    const start = text.indexOf('John Lewis');
    const entities: Entity[] = [{ type: 'organisation', text: 'John Lewis', start, end: start + 10 }];
    const conll = exportConll([{ path: 'x.txt', text, annotations: [], entities }]);
    expect(conll).toContain('John\tB-ORG\nLewis\tI-ORG\n-style\tO\n');
  });
});

describe('choosing a format', () => {
  it('names the files each format produces', () => {
    const docs = [document(researcherAnnotations()), { path: 'notes/memo.md', text: 'Memo', annotations: [] }];
    expect(exportAnnotations('w3c', docs).files.map((f) => f.path)).toEqual(['annotations.jsonld']);
    expect(exportAnnotations('csv', docs).files.map((f) => f.path)).toEqual(['annotations.csv']);
    expect(exportAnnotations('conll', docs).files.map((f) => f.path)).toEqual(['annotations.conll']);
    expect(exportAnnotations('brat', docs).files.map((f) => f.path)).toEqual(['seeds/circle.ann', 'notes/memo.md.ann', 'notes/memo.md.txt']);
  });
});
