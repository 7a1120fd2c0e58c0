import type { Entity } from '../types';
import { NUMERAL, NUMBER_WORDS, QUALIFIER, normaliseQualifier, parseNumber } from './numbers';
import { afterHedge, numberEntity } from './numberEntity';

// Percentages: "49.9%", "over 60 per cent", "Around 80%", "ten percent". One global scan.

const PERCENTAGE = new RegExp(
  String.raw`(?<![\w.£$€])(?:(${QUALIFIER})[ \u00a0]+)?(${NUMERAL}|${NUMBER_WORDS})[ \u00a0]?(?:%|per[ \u00a0-]?cent\b|percent\b)`,
  'giu',
);

export function recognisePercentages(text: string): Entity[] {
  const found: Entity[] = [];
  PERCENTAGE.lastIndex = 0;
  for (let m = PERCENTAGE.exec(text); m !== null; m = PERCENTAGE.exec(text)) {
    const qualifierText = m[1];
    const value = parseNumber(m[2]!);
    if (Number.isNaN(value)) continue;
    const start = m.index;
    const coreStart = afterHedge(text, start, qualifierText);
    const qualifier = normaliseQualifier(qualifierText);
    found.push(
      numberEntity(text, 'percentage', start, coreStart, start + m[0].length, {
        kind: 'percentage',
        value,
        ...(qualifier ? { qualifier } : {}),
      }),
    );
  }
  return found;
}
