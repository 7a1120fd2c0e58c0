// Properties of anchoring over generated texts and edits (fast-check). The seed is fixed so a
// failure reproduces; set POLICY_LENS_SEED to explore others.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorAnnotation, isAnchored } from '../../../server/src/engine/annotations/anchoring';
import { createAnnotation } from '../../../server/src/engine/annotations/create';
import { applyTextChanges } from '../../../server/src/engine/annotations/incremental';
import { numbersIn } from '../../../server/src/engine/annotations/numbers';
import { createOffsetConverter } from '../../../server/src/engine/annotations/offsets';

const seed = Number(process.env.POLICY_LENS_SEED ?? 20240501);
const runs = { seed, numRuns: 400 };

// Text built from words, numbers, punctuation and awkward characters (astral, combining, NBSP, RTL, CR).
const piece = fc.constantFrom(
  'the', 'Fund', 'Circle', 'Health', 'staff', '770', '49.9%', '£1.5 billion', 'twelve', 'percent', 'NHS',
  '.', ',', ' ', ' ', '\u00a0', '\n', '\r\n', '\u{1F600}', 'e\u0301', '\u05e9\u05dc\u05d5\u05dd', '\u200b', '\u{1D400}',
);
const text = fc.array(piece, { minLength: 5, maxLength: 80 }).map((parts) => parts.join(' '));

const spanIn = (t: string) =>
  fc.tuple(fc.nat(t.length - 1), fc.integer({ min: 1, max: 30 })).map(([start, length]) => ({ start, end: Math.min(t.length, start + length) }));

const edit = (t: string) =>
  fc.record({
    start: fc.nat(t.length),
    length: fc.nat(20),
    insert: fc.array(piece, { maxLength: 4 }).map((p) => p.join(' ')),
  }).map(({ start, length, insert }) => ({ start, end: Math.min(t.length, start + length), text: insert }));

function make(t: string, span: { start: number; end: number }) {
  return createAnnotation({ source: 'x.txt', text: t, start: span.start, end: span.end, bodies: [{ kind: 'note', text: 'n' }], creator: 'p' });
}

describe('anchoring properties', () => {
  it('converts between UTF-16 offsets and code points and back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (t) => {
        const converter = createOffsetConverter(t);
        const codePoints = [...t];
        for (let cp = 0; cp <= codePoints.length; cp++) {
          const utf16 = converter.toUtf16(cp);
          expect(utf16).toBe(codePoints.slice(0, cp).join('').length);
          expect(converter.toCodePoint(utf16)).toBe(cp);
        }
      }),
      runs,
    );
  });

  it('anchors an annotation on an unchanged text exactly where it was made', () => {
    fc.assert(
      fc.property(text.chain((t) => fc.tuple(fc.constant(t), spanIn(t))), ([t, span]) => {
        const record = make(t, span);
        const anchor = anchorAnnotation(record, t);
        expect(anchor.status).not.toBe('orphan');
        if (isAnchored(anchor)) expect(t.slice(anchor.start, anchor.end)).toBe(record.quote.exact);
      }),
      runs,
    );
  });

  it('after any edit, an anchor lies inside the text, on code point boundaries, and never changes the numbers', () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), spanIn(t), edit(t))),
        ([t, span, change]) => {
          const record = make(t, span);
          const edited = t.slice(0, change.start) + change.text + t.slice(change.end);
          for (const anchor of [
            anchorAnnotation(record, edited),
            applyTextChanges([{ record, anchor: anchorAnnotation(record, t) }], [change], edited).annotations[0].anchor,
          ]) {
            if (!isAnchored(anchor)) continue;
            expect(0 <= anchor.start && anchor.start < anchor.end && anchor.end <= edited.length).toBe(true);
            const lowSurrogate = (i: number) => i > 0 && i < edited.length && /[\udc00-\udfff]/.test(edited[i]) && /[\ud800-\udbff]/.test(edited[i - 1]);
            expect(lowSurrogate(anchor.start) || lowSurrogate(anchor.end)).toBe(false);
            const found = edited.slice(anchor.start, anchor.end);
            if (anchor.status !== 'fuzzy') expect(found).toBe(record.quote.exact);
            else expect(numbersIn(found)).toEqual(numbersIn(record.quote.exact));
          }
        },
      ),
      runs,
    );
  });

  it('keeps annotations away from an edit exactly where they were, shifted by the edit', () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), spanIn(t), edit(t))),
        ([t, span, change]) => {
          const record = make(t, span);
          const anchor = anchorAnnotation(record, t);
          if (!isAnchored(anchor)) return;
          const edited = t.slice(0, change.start) + change.text + t.slice(change.end);
          const [result] = applyTextChanges([{ record, anchor }], [change], edited).annotations;
          const untouched = anchor.end <= change.start || anchor.start >= change.end;
          if (!untouched) return;
          expect(isAnchored(result.anchor)).toBe(true);
          if (isAnchored(result.anchor)) expect(edited.slice(result.anchor.start, result.anchor.end)).toBe(record.quote.exact);
        },
      ),
      runs,
    );
  });
});
