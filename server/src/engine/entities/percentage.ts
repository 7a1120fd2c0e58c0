import type { Entity } from '../types';
import { NUMERAL, NUMBER_WORDS, hedgeBefore, normaliseQualifier, parseNumber, startsFreely } from './numbers';
import { numberEntity } from './numberEntity';

// Percentages: "49.9%", "over 60 per cent", "Around 80%", "ten percent". One global scan. A number
// may only start at a word boundary, so a failed attempt inside a long run of digits is never
// retried from every digit of it (which would be quadratic).

const PERCENTAGE = new RegExp(String.raw`\b(${NUMERAL}|${NUMBER_WORDS})[ \u00a0]?(?:%|per[ \u00a0-]?cent\b|percent\b)`, 'gi');

export function recognisePercentages(text: string): Entity[] {
  const found: Entity[] = [];
  PERCENTAGE.lastIndex = 0;
  for (let m = PERCENTAGE.exec(text); m !== null; m = PERCENTAGE.exec(text)) {
    const coreStart = m.index;
    if (!startsFreely(text, coreStart, '.£$€')) continue;
    const value = parseNumber(m[1]!);
    if (Number.isNaN(value)) continue;
    const hedge = hedgeBefore(text, coreStart);
    const qualifier = normaliseQualifier(hedge?.raw);
    found.push(
      numberEntity(text, 'percentage', hedge?.start ?? coreStart, coreStart, coreStart + m[0].length, {
        kind: 'percentage',
        value,
        ...(qualifier ? { qualifier } : {}),
      }),
    );
  }
  return found;
}
