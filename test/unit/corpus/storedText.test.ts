import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  sameStoredText,
  sliceOf,
  storedEquals,
  storedEqualsUtf8,
  textOf,
  utf16LengthOf,
  Utf8Text,
  utf8Text,
  utf8TextOfBytes,
} from '../../../server/src/engine/corpus/storedText';

// A closed document's text is kept as UTF-8 and given back as a string: whole, or a slice by
// UTF-16 offsets (the engine's offsets), which must be exactly what the string would give.

const ASTRAL = '\ud835\udcb3'; // 𝒳, two UTF-16 code units, four UTF-8 bytes
const TEXTS: Record<string, string> = {
  'curly quotes and dashes': '\u201cThe King\u2019s Fund\u201d \u2013 an independent charity \u2014 said so.',
  'astral characters': `An emoji \ud83d\ude00 and a letter ${ASTRAL} among words${ASTRAL}`,
  'CRLF line breaks': 'First line\r\nSecond line\r\n\r\nFourth\rfifth\n',
  'no-break spaces': 'Published\u00a029 October\u00a02010, \u00a3120\u00a0million',
  'the empty text': '',
  'plain ASCII': 'Circle Health is an employee-owned co-operative.',
};

/** A text long enough to span several checkpoints, with astral characters landing across them. */
function longMixedText(): string {
  const pieces = ['a', '\u2019', ASTRAL, '\u00a0', '\r\n', 'é', '\ud83d\ude00', 'word '];
  let text = '';
  for (let i = 0; text.length < 1_000; i++) text += pieces[(i * 7 + (i >> 3)) % pieces.length];
  return text;
}

describe('a text kept as UTF-8', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`reads back exactly as it was put in: ${name}`, () => {
      const stored = utf8Text(text);
      expect(stored).toBeInstanceOf(Utf8Text);
      expect(textOf(stored)).toBe(text);
      expect(stored.length).toBe(text.length);
      expect(storedEquals(stored, text)).toBe(true);
    });
  }

  it('is told apart from another text of the same length and from a longer one', () => {
    const stored = utf8Text('Ed Mayo\u2019s role');
    expect(storedEquals(stored, 'Ed Mayo\u2019s rolf')).toBe(false);
    expect(storedEquals(stored, 'Ed Mayo\u2019s role!')).toBe(false);
  });

  it('gives every slice the string gives, also ones that cut a surrogate pair', () => {
    const text = longMixedText();
    const stored = utf8Text(text);
    for (let start = 0; start <= text.length; start += 3) {
      for (const width of [0, 1, 2, 3, 40, 127, 128, 129, 300]) {
        const end = Math.min(text.length, start + width);
        expect(sliceOf(stored, start, end), `${start}..${end}`).toBe(text.slice(start, end));
      }
    }
  });

  it('gives every slice the string gives, for any text and offsets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', ' ', '\u2019', '\u00a0', ASTRAL, '\ud83d\ude00', '\r\n', '\u4e2d', '\n'), { maxLength: 600 }).map((parts) => parts.join('')),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = a % (text.length + 1);
          const end = start + (b % (text.length - start + 1));
          expect(sliceOf(utf8Text(text), start, end)).toBe(text.slice(start, end));
        },
      ),
    );
  });

  it('clamps offsets outside the text', () => {
    const stored = utf8Text('Circle\u2019s staff');
    expect(sliceOf(stored, -5, 6)).toBe('Circle');
    expect(sliceOf(stored, 7, 1_000)).toBe('s staff');
    expect(sliceOf(stored, 9, 3)).toBe('');
  });
});

describe('a text UTF-8 cannot hold', () => {
  it('is told apart from a text that holds U+FFFD itself, which UTF-8 keeps', () => {
    const replacement = 'a replacement character \ufffd as the file had it';
    expect(utf8Text(replacement)).toBeInstanceOf(Utf8Text);
    expect(textOf(utf8Text(replacement))).toBe(replacement);
    const both = 'U+FFFD \ufffd and a lone surrogate \udcb3';
    expect(typeof utf8Text(both)).toBe('string');
  });

  it('stays a string when it has a lone surrogate, since UTF-8 would give U+FFFD back in its place', () => {
    for (const text of ['a lone high \ud835 surrogate', 'a lone low \udcb3 one', 'ends in a high one \ud83d']) {
      const stored = utf8Text(text);
      expect(typeof stored).toBe('string');
      expect(textOf(stored)).toBe(text);
      expect(sliceOf(stored, 2, 12)).toBe(text.slice(2, 12));
    }
  });
});

describe('a text given as its UTF-8 bytes (a file as indexing reads it)', () => {
  const bytesOf = (text: string): Buffer => Buffer.from(text, 'utf8');

  for (const [name, text] of Object.entries(TEXTS)) {
    it(`is the text made from the string, kept as those very bytes: ${name}`, () => {
      const fromBytes = utf8TextOfBytes(bytesOf(text));
      expect(fromBytes).toEqual(utf8Text(text));
      expect(textOf(fromBytes)).toBe(text);
      expect(sameStoredText(fromBytes, utf8Text(text))).toBe(true);
      expect(sameStoredText(fromBytes, text)).toBe(true);
      expect(sliceOf(fromBytes, 1, 9)).toBe(text.slice(1, 9));
    });
  }

  it('counts its length in UTF-16 code units from the bytes: one per code point, two for an astral one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(utf16LengthOf(bytesOf(text))).toBe(text.length);
      }),
    );
    expect(utf16LengthOf(bytesOf(`${ASTRAL}’a`))).toBe(4);
  });

  it('takes the length it is given (a worker that decoded the bytes knows it) without counting', () => {
    expect(utf8TextOfBytes(bytesOf('“quoted”'), 8).length).toBe(8);
  });

  it('is compared with a stored text as bytes, or, for one kept as a string, as text', () => {
    const text = 'The Fund’s 49% share';
    expect(storedEqualsUtf8(utf8Text(text), bytesOf(text))).toBe(true);
    expect(storedEqualsUtf8(utf8Text(text), bytesOf(`${text}.`))).toBe(false);
    expect(storedEqualsUtf8(text, bytesOf(text))).toBe(true);
    expect(storedEqualsUtf8(text, bytesOf('The Fund’s 48% share'))).toBe(false);
    expect(sameStoredText(utf8Text(text), utf8Text('The Fund’s 48% share'))).toBe(false);
  });

  it('is not the string with a lone surrogate whose encoding spells U+FFFD in its place', () => {
    const lone = 'a lone \ud835 surrogate';
    const replaced = bytesOf(lone);
    expect(replaced.toString('utf8')).toBe('a lone \ufffd surrogate');
    expect(storedEqualsUtf8(utf8Text(lone), replaced)).toBe(false);
    expect(sameStoredText(utf8Text(lone), utf8TextOfBytes(replaced))).toBe(false);
  });
});
