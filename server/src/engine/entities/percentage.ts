import type { Entity } from '../types';
import { NUMERAL, NUMBER_WORDS, hedgeBefore, normaliseQualifier, parseNumber, startsFreely } from './numbers';
import { numberEntity } from './numberEntity';

// Percentages: "49.9%", "over 60 per cent", "Around 80%", "ten percent".

// The scan looks for the per-cent sign or words, which are rare, and reads the number backwards
// from there: much cheaper than trying a number at every word boundary.
const PER_CENT = /%|\bper[ \u00a0-]?cent\b|\bpercent\b/gi;
const NUMBER_BEFORE = new RegExp(String.raw`\b(${NUMERAL}|${NUMBER_WORDS})[ \u00a0]?$`, 'i');
const NUMBER_WINDOW = 48;

export function recognisePercentages(text: string): Entity[] {
  const found: Entity[] = [];
  PER_CENT.lastIndex = 0;
  for (let m = PER_CENT.exec(text); m !== null; m = PER_CENT.exec(text)) {
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
