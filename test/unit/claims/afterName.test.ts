import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mayOpenApposition,
  mayOpenBracketedAside,
  mayOpenContractedCopula,
  mayOpenCopula,
  mayOpenLocative,
  mayOpenParenthetical,
} from '../../../server/src/engine/claims/extractors/afterName';
import { AFTER_NAME_PATTERNS } from '../../../server/src/engine/claims/extractors/classification';

const P = AFTER_NAME_PATTERNS;
/** Each cheap condition and the pattern it must never rule out where the pattern matches. */
const PAIRS: Array<[string, (text: string, from: number, limit: number) => boolean, RegExp]> = [
  ['bracketed aside', mayOpenBracketedAside, P.BRACKETED_ASIDE],
  ['locative', mayOpenLocative, P.LOCATIVE],
  ['locative before a name', mayOpenLocative, P.LOCATIVE_BEFORE],
  ['copula', mayOpenCopula, P.COPULA],
  ['contracted copula', mayOpenContractedCopula, P.CONTRACTED_COPULA],
  ['parenthetical', mayOpenParenthetical, P.PARENTHETICAL],
  ['apposition', mayOpenApposition, P.APPOSITION],
];

// Pieces of what follows names in policy texts, in both cases, with the white space and quotes the seeds hold.
const PIECES = [
  ' ', '  ', '\u00a0', '\n', ',', ', ', ' (CSS)', '(', ')', '-', ' – ', '—', "'s", '’s', ' own', ' not', ' never',
  ' is', ' IS', ' Is', ' was', ' are', " isn't", ' isn’t', ' remains', ' has become', ' will be', ' calls itself',
  ' describes itself as', ' itself', ' also', ' now', ' still', ' which is', ' that is', ' strictly', ' arguably',
  ' structured as', ' registered as', ' in', ' at', ' from', ' the', ' In', ' Calderbrook', ' Leeds', ' and', ' or',
  ' a', ' an', ' A', ' the', ' charity', ' social enterprise', ' so-called', ' so called', ' said', ' of', ' like every trust,',
  ' according to its accounts,', '.', 'x', 'é', 'ſ', 'K',
];
const following = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((pieces) => pieces.join(''));

describe('the conditions tried before the patterns that read what follows a name', () => {
  for (const [name, mayOpen, pattern] of PAIRS) {
    it(`never rule out a ${name} the pattern finds`, () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 4 }), following, fc.nat(8), (before, after, cut) => {
          const text = before + after;
          const from = before.length;
          const limit = Math.max(from, text.length - cut);
          if (pattern.test(text.slice(from, limit))) expect(mayOpen(text, from, limit)).toBe(true);
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('rule out what most names are followed by', () => {
    const text = 'Circle Health told the trust.';
    const from = 'Circle Health'.length;
    for (const [, mayOpen] of PAIRS) expect(mayOpen(text, from, text.length)).toBe(false);
  });

  it('let through the openings of a copula, an apposition and a place', () => {
    const cases: Array<[string, (text: string, from: number, limit: number) => boolean]> = [
      [' is a charity', mayOpenCopula],
      [' Is Not a charity', mayOpenCopula],
      ['’s own charity', mayOpenCopula],
      [', a charity', mayOpenApposition],
      [' – itself a charity', mayOpenApposition],
      [' (CSS)', mayOpenBracketedAside],
      [' in Calderbrook,', mayOpenLocative],
      [', like every trust, is', mayOpenParenthetical],
      ["'s not", mayOpenContractedCopula],
    ];
    for (const [after, mayOpen] of cases) expect(mayOpen(`X${after}`, 1, after.length + 1)).toBe(true);
  });
});
