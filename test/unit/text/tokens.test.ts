import { describe, expect, it } from 'vitest';
import { Gap, KeyList, Shape, tokenize } from '../../../server/src/engine/text/tokens';

describe('tokenize', () => {
  it('gives every token offsets that slice back to its text, across CRLF, NBSP and emoji', () => {
    const text = '😀 The King’s Fund\r\nsaid\u00a0“hello” — 49.9% of G4S.';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps an emoji’s variation selector with the emoji, not with the word glued after it', () => {
    const tokens = tokenize('the \u{1F3DB}\uFE0FCity Museum ✔\uFE0F Done');
    expect(tokens.map((t) => t.text)).toEqual(['the', '\u{1F3DB}\uFE0F', 'City', 'Museum', '✔\uFE0F', 'Done']);
    expect(tokens.map((t) => t.shape)).toEqual([Shape.Lower, Shape.Punct, Shape.Capitalised, Shape.Capitalised, Shape.Punct, Shape.Capitalised]);
  });

  it('keeps apostrophes and hyphens inside words but not dashes', () => {
    const words = tokenize('Co-operatives UK – the King’s Fund').map((t) => t.text);
    expect(words).toEqual(['Co-operatives', 'UK', '–', 'the', 'King’s', 'Fund']);
  });

  it('splits a name from a modifier glued to it by a hyphen', () => {
    const words = tokenize('a John Lewis-style scheme').map((t) => t.text);
    expect(words).toEqual(['a', 'John', 'Lewis', '-', 'style', 'scheme']);
  });

  it('cuts at the last hyphen only, every time the word recurs, and never a word in lower case or one whose last part is no modifier', () => {
    const text = 'Serco-run and Serco-run, Tri-County-led, serco-run, Co-operatives‑style and Co-operatives';
    const words = [...tokenize(text), ...tokenize(text)].map((t) => t.text);
    const once = ['Serco', '-', 'run', 'and', 'Serco', '-', 'run', ',', 'Tri-County', '-', 'led', ',', 'serco-run', ',', 'Co-operatives', '‑', 'style', 'and', 'Co-operatives'];
    expect(words).toEqual([...once, ...once]);
  });

  it('classifies capitalisation shapes, including acronym plurals', () => {
    const shapes = Object.fromEntries(tokenize('Circle NHS GPs 3SC QoF staff').map((t) => [t.text, t.shape]));
    expect(shapes).toEqual({
      Circle: Shape.Capitalised,
      NHS: Shape.AllCaps,
      GPs: Shape.AcronymPlural,
      '3SC': Shape.AllCaps,
      QoF: Shape.Mixed,
      staff: Shape.Lower,
    });
  });

  it('records line breaks and wide gaps before a token, counting CRLF once', () => {
    const tokens = tokenize('one\r\ntwo  three\r\n\r\nfour');
    expect(tokens.map((t) => t.gapBefore)).toEqual([Gap.LineBreak, Gap.LineBreak, Gap.WideSpace, Gap.Paragraph]);
  });

  it('marks sentence starts after full stops, colons and line breaks, through opening quotes', () => {
    const tokens = tokenize('It ended. “New things: Begin\nHere');
    const starts = tokens.filter((t) => t.sentenceStart).map((t) => t.text);
    expect(starts).toEqual(['It', 'New', 'Begin', 'Here']);
  });

  it('notes a possessive ending without cutting the word', () => {
    const [labour] = tokenize('Labour’s time');
    expect(labour!.text).toBe('Labour’s');
    expect(labour!.bareEnd - labour!.start).toBe('Labour'.length);
    expect(labour!.key).toBe("labour's");
  });
});

describe('key lists', () => {
  it('hold a token whose key (lower case, straight apostrophe) is listed, whatever its case', () => {
    const list = new KeyList(new Set(['trust', "king's"]));
    const held = tokenize('The Trust, TRUST and trusts; King’s.').filter((t) => list.holds(t)).map((t) => t.text);
    expect(held).toEqual(['Trust', 'TRUST', 'King’s']);
  });

  it('answer for each list on its own when one word form is tested against several', () => {
    const lists = Array.from({ length: 40 }, (_, n) => new KeyList(new Set(n % 2 === 0 ? ['fund'] : ['council'])));
    const [fund, council] = tokenize('fund council');
    expect(lists.map((list) => list.holds(fund!))).toEqual(lists.map((_, n) => n % 2 === 0));
    expect(lists.map((list) => list.holds(council!))).toEqual(lists.map((_, n) => n % 2 === 1));
    // asked again, from what the forms remember
    expect(lists.map((list) => list.holds(fund!))).toEqual(lists.map((_, n) => n % 2 === 0));
  });

  it('hold punctuation by its text', () => {
    const list = new KeyList(new Set([',']));
    expect(tokenize('a, b').map((t) => list.holds(t))).toEqual([false, true, false]);
  });
});
