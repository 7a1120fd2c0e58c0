import { describe, expect, it } from 'vitest';
import { anchorAnnotation, refreshSelectors } from '../../../server/src/engine/annotations/anchoring';
import { annotate } from './helpers';

const ORIGINAL = [
  'Circle Health Partnership runs Hinchingbrooke hospital under a ten-year franchise.',
  'The King\u2019s Fund said that 49.9% of the company is owned by its staff.',
  'Ministers expected the model to spread to 770 staff across the region by 2013.',
  'Critics replied that the arrangement left twelve percent of beds unfunded.',
].join(' ');

function sliceOf(text: string, anchor: ReturnType<typeof anchorAnnotation>): string | undefined {
  return anchor.status === 'orphan' ? undefined : text.slice(anchor.start, anchor.end);
}

describe('re-anchoring an annotation after the text changed', () => {
  it('keeps an annotation in place when the text is unchanged', () => {
    const record = annotate(ORIGINAL, 'Hinchingbrooke hospital');
    const anchor = anchorAnnotation(record, ORIGINAL);
    expect(anchor.status).toBe('exact');
    expect(sliceOf(ORIGINAL, anchor)).toBe('Hinchingbrooke hospital');
  });

  it('follows its span when text is inserted before it', () => {
    const record = annotate(ORIGINAL, 'The King\u2019s Fund');
    const edited = 'A new opening sentence pushes everything along. ' + ORIGINAL;
    const anchor = anchorAnnotation(record, edited);
    expect(anchor.status).toBe('moved');
    expect(anchor).toMatchObject({ start: ORIGINAL.indexOf('The King') + 48 });
    expect(sliceOf(edited, anchor)).toBe('The King\u2019s Fund');
  });

  it('anchors approximately when the span itself was edited, and covers the edited span', () => {
    const record = annotate(ORIGINAL, 'Circle Health Partnership');
    const edited = ORIGINAL.replace('Circle Health Partnership', 'Circle Healthcare Partnership');
    const anchor = anchorAnnotation(record, edited);
    expect(anchor.status).toBe('fuzzy');
    expect(sliceOf(edited, anchor)).toBe('Circle Healthcare Partnership');
  });

  it('follows a sentence moved elsewhere in the document', () => {
    const record = annotate(ORIGINAL, 'left twelve percent of beds');
    const sentences = ORIGINAL.split(/(?<=\.) /);
    const moved = [sentences[3], sentences[0], sentences[1], sentences[2]].join(' ');
    const anchor = anchorAnnotation(record, moved);
    expect(anchor.status).toBe('moved');
    expect(sliceOf(moved, anchor)).toBe('left twelve percent of beds');
    expect(anchor).toMatchObject({ start: moved.indexOf('left twelve') });
  });

  it('lets the context decide between two copies of the quote', () => {
    const record = annotate(ORIGINAL, 'twelve percent');
    // A new sentence, earlier in the text, has the same words about something else.
    const edited = ORIGINAL.replace(
      'Ministers expected',
      'Turnover fell by twelve percent in the first year of the contract. Ministers expected',
    );
    const anchor = anchorAnnotation(record, edited);
    expect(anchor.status).toBe('moved');
    expect(anchor).toMatchObject({ start: edited.indexOf('twelve percent of beds') });
  });

  it('orphans the annotation when its quote was deleted', () => {
    const record = annotate(ORIGINAL, 'Hinchingbrooke hospital');
    const edited = ORIGINAL.replace('runs Hinchingbrooke hospital under', 'operates under');
    const anchor = anchorAnnotation(record, edited);
    expect(anchor).toEqual({ status: 'orphan', reason: 'quote-not-found' });
  });

  it('orphans an annotation on a figure when the figure changed, rather than moving it', () => {
    const record = annotate(ORIGINAL, 'spread to 770 staff across the region');
    const edited = ORIGINAL.replace('770 staff', '650 staff');
    const anchor = anchorAnnotation(record, edited);
    expect(anchor).toEqual({ status: 'orphan', reason: 'number-changed' });
  });

  it('does not move a deleted figure onto the same words about something else', () => {
    const record = annotate(ORIGINAL, 'twelve percent');
    const edited = ORIGINAL.replace('left twelve percent of beds unfunded', 'left some beds unfunded').concat(
      ' Separately, pay rose by twelve percent over three years.',
    );
    const anchor = anchorAnnotation(record, edited);
    expect(anchor.status).toBe('orphan');
  });

  it('does not find a number inside a longer number', () => {
    const text = 'The trust employs 770 staff. It hopes to reach 1770 staff soon.';
    const record = annotate(text, '770 staff');
    const edited = text.replace('employs 770 staff', 'employs many staff');
    expect(anchorAnnotation(record, edited).status).toBe('orphan');
  });

  it('reports two equally plausible places as ambiguous instead of guessing', () => {
    const sentence = ' The board of Circle Health approved the plan on Monday.';
    const original = 'Earlier items covered budgets, staffing and the estate in some detail.' + sentence + ' Later items.';
    const record = annotate(original, 'Circle Health');
    const intro = 'Minutes of the meeting follow.';
    const middle = ' A middle section about something else entirely, long enough to matter.';
    const doubled = intro + sentence + middle + intro + sentence;
    expect(anchorAnnotation(record, doubled)).toEqual({ status: 'orphan', reason: 'ambiguous' });
  });

  it('picks the copy of a repeated passage nearest where the span was, when one is clearly nearest', () => {
    const paragraph = 'The board of Circle Health approved the plan on Monday. ';
    const original = paragraph.repeat(3);
    const record = annotate(original, 'Circle Health', undefined, { occurrence: 1 });
    const edited = 'A short preface. ' + original;
    const anchor = anchorAnnotation(record, edited);
    expect(anchor).toMatchObject({ status: 'moved', start: 17 + paragraph.length + 13 });
  });

  it('keeps an unchanged span at its position when its surroundings were rewritten', () => {
    const text = 'Old words all around. The Nuffield Trust. More old words after it.';
    const record = annotate(text, 'The Nuffield Trust');
    const start = text.indexOf('The Nuffield Trust');
    const rewritten =
      'x'.repeat(start - 2) + '. ' + 'The Nuffield Trust' + '. Totally different closing words.';
    const anchor = anchorAnnotation(record, rewritten);
    expect(anchor.status).toBe('exact');
    expect(sliceOf(rewritten, anchor)).toBe('The Nuffield Trust');
  });

  it('counts positions in code points in the store and UTF-16 in the engine (astral characters)', () => {
    const text = 'Emoji \u{1F600}\u{1F600} before the Cabinet Office, and \u{1D400} after it.';
    const record = annotate(text, 'Cabinet Office');
    const utf16Start = text.indexOf('Cabinet Office');
    expect(record.position.start).toBe(utf16Start - 2); // two astral characters before it
    const anchor = anchorAnnotation(record, text);
    expect(anchor).toEqual({ status: 'exact', start: utf16Start, end: utf16Start + 14 });
    const edited = '\u{1F4A1} ' + text;
    const moved = anchorAnnotation(record, edited);
    expect(sliceOf(edited, moved)).toBe('Cabinet Office');
  });

  it('never splits a surrogate pair when the quote itself is astral', () => {
    const text = 'Rating: \u{1F600} good, \u{1F641} bad.';
    const record = annotate(text, '\u{1F641} bad');
    const edited = text.replace('\u{1F641} bad', '\u{1F641} bad!');
    const anchor = anchorAnnotation(record, edited);
    expect(sliceOf(edited, anchor)).toBe('\u{1F641} bad');
  });

  it('refreshes the selectors to describe the new place without touching "modified"', () => {
    const record = annotate(ORIGINAL, 'The King\u2019s Fund');
    const edited = 'Preface. ' + ORIGINAL;
    const anchor = anchorAnnotation(record, edited);
    const refreshed = refreshSelectors(record, edited, anchor);
    expect(refreshed.position.start).toBe(record.position.start + 9);
    expect(refreshed.quote.exact).toBe('The King\u2019s Fund');
    expect(refreshed.modified).toBe(record.modified);
    expect(anchorAnnotation(refreshed, edited).status).toBe('exact');
  });

  it('anchors quickly in a long document with many near-misses', () => {
    const filler = 'The trust said the plan would help patients and staff. '.repeat(20000); // ~1.1 MB
    const text = filler + 'Circle Health Partnership took over in 2012. ' + filler;
    const record = annotate(text, 'Circle Health Partnership took over');
    const edited = text.replace('Circle Health Partnership took over', 'Circle Health Partners took over');
    const started = performance.now();
    const anchor = anchorAnnotation(record, edited);
    const elapsed = performance.now() - started;
    expect(sliceOf(edited, anchor)).toBe('Circle Health Partners took over');
    expect(elapsed).toBeLessThan(2000);
  });
});
