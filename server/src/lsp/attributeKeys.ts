import type { NameOf } from './labels';

// The parts of an engine attribute key ("contract-value:from:org:x:in:north-east") and their words,
// shared by the attribute's label (labels.ts) and the claim's sentence (claimSentences.ts).

export function words(key: string): string {
  return key.replace(/[-_]+/g, ' ').trim();
}

/** The parts of a key after its head, with canonical ids ("org:x") read as one part. */
export function keyParts(attribute: string): string[] {
  const parts: string[] = [];
  const rest = attribute.split(':').slice(1);
  for (let i = 0; i < rest.length; i++) {
    if ((rest[i] === 'org' || rest[i] === 'person') && i + 1 < rest.length) parts.push(`${rest[i]}:${rest[++i]}`);
    else parts.push(rest[i]!);
  }
  return parts;
}

/** A part of a key in words: a canonical id by its name, the engine's "local-authority" as the council. */
export function partName(part: string, nameOf?: NameOf): string {
  if (part === 'local-authority') return 'the local council';
  if (part.startsWith('org:') || part.startsWith('person:')) return nameOf?.(part) ?? words(part.slice(part.indexOf(':') + 1));
  return words(part);
}

/** Areas written without "the": London and the nations (contractAreas.ts has the rest, the English regions). */
const AREAS_WITHOUT_ARTICLE = new Set(['london', 'wales', 'scotland', 'northern-ireland']);

/** "north-east" → "the North East", "yorkshire-and-the-humber" → "Yorkshire and the Humber", "wales" → "Wales". */
export function areaName(id: string): string {
  const name = id
    .split('-')
    .map((word, i) => (i > 0 && (word === 'and' || word === 'the' || word === 'of') ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
  return AREAS_WITHOUT_ARTICLE.has(id) || id.startsWith('yorkshire') ? name : `the ${name}`;
}

/** "the contract from the Ministry of Justice in the North East", for a contract key's parts. */
export function contractPhrase(attribute: string, nameOf?: NameOf): string {
  const parts = keyParts(attribute);
  const from = parts.indexOf('from');
  const area = parts.indexOf('in');
  const awarder = from >= 0 && parts[from + 1] ? ` from ${partName(parts[from + 1]!, nameOf)}` : '';
  const where = area >= 0 && parts[area + 1] ? ` in ${areaName(parts[area + 1]!)}` : '';
  return `contract${awarder}${where}`;
}
