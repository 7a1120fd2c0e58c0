import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEWSPAPER_WORDS, ORGANISATION_HEADS, ORGANISATION_OPENERS, VENUE_WORDS } from '../../../server/src/engine/entities/lexicons/organisationWords';
import { isVenueWord, mayAnchorName } from '../../../server/src/engine/entities/organisation';
import { tokenize, type Token } from '../../../server/src/engine/text/tokens';

// findOrganisationsByForm passes over a word of a capitalised run at once when the word can be
// neither a head ("Trust", "Council’s") nor an opener ("Department") nor a newspaper word ("Echo"),
// and blockVenues when it is no venue word ("Infirmary", "Hospital’s"). Both answers are kept on
// the word form; they must be what the plain look-ups say for every token.

function bare(key: string): string {
  return key.endsWith("'s") ? key.slice(0, -2) : key;
}

/** The look-ups findOrganisationsByForm made of every word before the form kept the answer. */
function plainlyMayAnchor(token: Token): boolean {
  return ORGANISATION_HEADS.has(bare(token.key)) || ORGANISATION_OPENERS.has(bare(token.key)) || NEWSPAPER_WORDS.has(token.key);
}

function variants(word: string): string[] {
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  return [word, capitalised, word.toUpperCase(), `${capitalised}’s`, `${capitalised}'s`, `${word}’s`, `${capitalised}s`, `${capitalised}’S`];
}

const LISTED = [...ORGANISATION_HEADS, ...ORGANISATION_OPENERS, ...NEWSPAPER_WORDS];

describe('the quick test for a word that may anchor an organisation name', () => {
  it('agrees with the plain look-ups on every listed word, in every case and with possessives', () => {
    const text = LISTED.flatMap(variants).join(' ');
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(LISTED.length);
    let anchors = 0;
    for (const token of tokens) {
      expect(mayAnchorName(token), token.text).toBe(plainlyMayAnchor(token));
      if (plainlyMayAnchor(token)) anchors++;
    }
    expect(anchors).toBeGreaterThan(LISTED.length);
  });

  it('agrees with the plain look-ups on any word, asked again and again', () => {
    const piece = fc.oneof(fc.constantFrom(...LISTED, 'of', 'Wessex', 'the', 'Post', 'daily'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.constantFrom('', 's', '’s', "'s")), { maxLength: 12 }), (words) => {
        const text = words.map(([word, ending]) => word.charAt(0).toUpperCase() + word.slice(1) + ending).join(' ');
        for (const token of [...tokenize(text), ...tokenize(text)]) expect(mayAnchorName(token)).toBe(plainlyMayAnchor(token));
      }),
    );
  });
});

describe('the quick test for a venue word', () => {
  it('agrees with the plain look-up on every venue word, in every case and with possessives, and on any word', () => {
    const words = [...VENUE_WORDS, ...LISTED.slice(0, 40)];
    for (const token of tokenize(words.flatMap(variants).join(' '))) expect(isVenueWord(token), token.text).toBe(VENUE_WORDS.has(bare(token.key)));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...VENUE_WORDS), fc.string({ maxLength: 6 })), { maxLength: 10 }), (pieces) => {
        for (const token of tokenize(pieces.map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}’s`).join(' '))) {
          expect(isVenueWord(token)).toBe(VENUE_WORDS.has(bare(token.key)));
        }
      }),
    );
  });
});
