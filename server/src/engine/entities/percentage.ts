import { anchorFormTest, matchesNearAnchors, type AnchoredPattern } from '../text/anchoredMatches';
import type { Token } from '../text/tokens';
import type { Entity } from '../types';
import { NUMBER_ANCHORS, NUMERAL, NUMBER_WORDS, hedgeBefore, normaliseQualifier, parseNumber, startsFreely } from './numbers';
import { numberEntity } from './numberEntity';

// Percentages: "49.9%", "over 60 per cent", "Around 80%", "ten percent".

// The scan looks for the per-cent sign or words, which are rare, and reads the number backwards
// from there: much cheaper than trying a number at every word boundary.
const PER_CENT = /%|\bper[ \u00a0-]?cent\b|\bpercent\b/gi;
/**
 * PER_CENT read near its anchors, when the tokens are known: a "%" (a token of its own) starts its
 * match, and "cent" in any case ends "per cent", "per-cent" or "percent", which start at most four
 * characters before it, at a "p" on a word boundary.
 */
const PER_CENT_ANCHORS = /%|cent/gi;
const PER_CENT_NEAR_ANCHORS = NUMBER_ANCHORS.add<AnchoredPattern>({
  sticky: new RegExp(PER_CENT.source, 'iy'),
  anchorForms: anchorFormTest(PER_CENT_ANCHORS),
  anchors: PER_CENT_ANCHORS,
  punctuationAnchors: true,
  earliestStart: (_text, anchor) => anchor - 4,
  mayStartAt: (text, at) => {
    const code = text.charCodeAt(at);
    if (code === 37) return true;
    if (code !== 112 && code !== 80) return false;
    if (at === 0) return true;
    const before = text.charCodeAt(at - 1);
    return !((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95);
  },
});

/** The matches of PER_CENT in the text, in order. */
function perCentMatches(text: string, tokens: readonly Token[] | undefined): RegExpExecArray[] {
  if (tokens) return matchesNearAnchors(text, PER_CENT_NEAR_ANCHORS, NUMBER_ANCHORS.positions(tokens, PER_CENT_NEAR_ANCHORS));
  const matches: RegExpExecArray[] = [];
  PER_CENT.lastIndex = 0;
  for (let m = PER_CENT.exec(text); m !== null; m = PER_CENT.exec(text)) matches.push(m);
  return matches;
}

const NUMBER_BEFORE = new RegExp(String.raw`\b(${NUMERAL}|${NUMBER_WORDS})[ \u00a0]?$`, 'i');
const NUMBER_WINDOW = 48;

/** `tokens`: tokenize(text), when known, to find the per-cent signs and words near their anchors. */
export function recognisePercentages(text: string, tokens?: readonly Token[]): Entity[] {
  const found: Entity[] = [];
  for (const m of perCentMatches(text, tokens)) {
    const windowStart = Math.max(0, m.index - NUMBER_WINDOW);
    const number = NUMBER_BEFORE.exec(text.slice(windowStart, m.index));
    if (!number) continue;
    const coreStart = windowStart + number.index;
    if (!startsFreely(text, coreStart, '.£$€')) continue;
    const value = parseNumber(number[1]!);
    if (Number.isNaN(value)) continue;
    const hedge = hedgeBefore(text, coreStart);
    const qualifier = normaliseQualifier(hedge?.raw);
    found.push(
      numberEntity(text, 'percentage', hedge?.start ?? coreStart, coreStart, m.index + m[0].length, {
        kind: 'percentage',
        value,
        ...(qualifier ? { qualifier } : {}),
      }),
    );
  }
  return found;
}
