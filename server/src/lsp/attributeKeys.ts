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

/**
 * A verb's base form from the engine's stem (claims/extractors/actsDone.ts keys an act by it: "clos",
 * "rais", "recommend", "hand-back"), for what the user reads: "close", "raise", "recommend", "hand
 * back". The stem drops a final "e"; it comes back after the endings that English spells with one
 * (a single vowel and s, v, c, z; -ate, -ute, -ire, -ure, -ide, -ine, -ake, a consonant and l).
 */
const STEM_EXCEPTIONS: Record<string, string> = {
  writ: 'write', invit: 'invite', unit: 'unite', cit: 'cite', excit: 'excite', vot: 'vote', promot: 'promote', not: 'note',
  occur: 'occur', incur: 'incur', recur: 'recur', monitor: 'monitor', scrap: 'scrap', escap: 'escape', shap: 'shape', fin: 'fine',
  creat: 'create', acquir: 'acquire', requir: 'require', inquir: 'inquire', sel: 'sell', kil: 'kill', fil: 'fill', cal: 'call', pul: 'pull',
  agr: 'agree', guarant: 'guarantee', fre: 'free',
};
export function verbBase(stem: string): string {
  const dash = stem.indexOf('-');
  if (dash > 0) return `${verbBase(stem.slice(0, dash))} ${words(stem.slice(dash + 1))}`;
  const known = STEM_EXCEPTIONS[stem];
  if (known) return known;
  if (stem.length < 3) return stem;
  const vowel = (c: string | undefined): boolean => c !== undefined && /[aeiou]/.test(c);
  const last = stem[stem.length - 1]!;
  const before = stem[stem.length - 2];
  const singleVowel = vowel(before) && !vowel(stem[stem.length - 3]);
  const takesE =
    /[vcz]$/.test(stem) && !/ck$/.test(stem) ||
    (last === 's' && before !== 's') ||
    /(?:[^aeiou]ang|rg|dg|ag)$/.test(stem) ||
    (stem.length > 4 && singleVowel && /[aiu]t$/.test(stem) && !/it$/.test(stem)) ||
    (singleVowel && /(?:ir|ur|ar|or|ud|id|od|in|ak|ik|ok|uk|um|am|om|ul)$/.test(stem)) ||
    /[^aeiou]l$/.test(stem) && !/ll$/.test(stem);
  return takesE ? `${stem}e` : stem;
}
