import { describe, expect, it } from 'vitest';
import type { Hover, Position } from 'vscode-languageserver';
import { Corpus } from '../../server/src/engine/corpus';
import { CorpusState } from '../../server/src/lsp/corpusState';
import { hover } from '../../server/src/lsp/hover';
import { definition, references } from '../../server/src/lsp/navigation';

// Hover and references over a corpus where one organisation, one claim key and one figure recur in
// every document, as in an archive of press releases. References stay complete; a hover stays a
// card: its claim comparison is capped but keeps the hovered claim and every distinct value, even
// one that only a late document gives, and says how many sources it leaves out.

const DOCUMENTS = 30;
/** The one document (late in corpus order) that denies what the others affirm. */
const DISSENTER = 27;

function corpusOfRepeats(): CorpusState {
  const state = new CorpusState(new Corpus(), (error) => {
    throw error;
  });
  for (let i = 0; i < DOCUMENTS; i++) {
    const says = i === DISSENTER ? 'is not an employee-owned co-operative' : 'is an employee-owned co-operative';
    state.putDiskText(docName(i), `Published 4 March 2011\n\nCircle Health ${says}, said 40% of staff.\n`, 'index');
  }
  return state;
}

function docName(i: number): string {
  return `file:///archive/release-${String(i).padStart(2, '0')}.txt`;
}

function positionIn(state: CorpusState, doc: string, words: string): Position {
  const snapshot = state.snapshot(doc)!;
  return snapshot.lines.positionAt(snapshot.text.indexOf(words) + 1);
}

function markdownOf(answer: Hover | null): string {
  return (answer?.contents as { value: string }).value;
}

describe('references and definition over a corpus of repeats', () => {
  it('lists every mention of a figure, one in each document, in corpus order', () => {
    const state = corpusOfRepeats();
    const found = references(state, docName(12), positionIn(state, docName(12), '40%'), true);
    expect(found.map((location) => location.uri)).toEqual(Array.from({ length: DOCUMENTS }, (_, i) => docName(i)));
    expect(found.every((location) => location.range.start.line === 2)).toBe(true);
  });

  it('lists every mention of the organisation, and goes to the first', () => {
    const state = corpusOfRepeats();
    const at = positionIn(state, docName(12), 'Circle Health');
    const found = references(state, docName(12), at, true);
    expect(found).toHaveLength(DOCUMENTS);
    expect(definition(state, docName(12), at)).toEqual(found[0]);
    expect(references(state, docName(12), at, false)).toEqual(found.slice(1));
  });
});

describe('hover over a corpus of repeats', () => {
  it('counts every mention but shows only a few of them', () => {
    const state = corpusOfRepeats();
    const markdown = markdownOf(hover(state, docName(12), positionIn(state, docName(12), 'Circle Health')));
    expect(markdown).toContain(`Mentioned ${DOCUMENTS} times in ${DOCUMENTS} documents`);
    const otherMentions = markdown.split('Other mentions:\n')[1].split('\n\n')[0].split('\n');
    expect(otherMentions).toHaveLength(5);
    expect(markdown).toMatch(/and \d+ more/);
  });

  it('caps the claim comparison, keeping the hovered claim and the one late dissenting source, and says how many it leaves out', () => {
    const state = corpusOfRepeats();
    const markdown = markdownOf(hover(state, docName(15), positionIn(state, docName(15), 'is an employee')));
    const rows = markdown.split('\n').filter((line) => line.startsWith('| [') || line.startsWith('| release'));
    expect(rows).toHaveLength(20);
    expect(rows.some((row) => row.includes('release\\-15\\.txt') && row.includes('(here)'))).toBe(true);
    expect(rows.filter((row) => row.includes('release\\-27\\.txt')).map((row) => row.split(' | ')[1])).toEqual(['NOT employee\\-owned', 'NOT co\\-operative']);
    expect(markdown).toContain(`and ${2 * DOCUMENTS - 20} more sources`);
    expect(markdown).toContain('sources disagree');
  });
});
