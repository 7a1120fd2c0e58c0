import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A large document made of the seeds' paragraphs in a seeded random order, with a heading, a
 * publication date and an author line, up to `length` characters.
 */
export function largeDocument(seed: number, length: number): string {
  const seeds = join(__dirname, '..', '..', '..', 'seeds');
  const paragraphs = readdirSync(seeds)
    .sort()
    .flatMap((name) => readFileSync(join(seeds, name), 'utf8').split(/\r?\n\s*\r?\n/))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 40);
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const parts = ['Annual review of employee ownership\n\nPublished 3 March 2014\n\nCo-operatives UK'];
  let size = parts[0].length;
  while (size < length) {
    const paragraph = paragraphs[Math.floor(random() * paragraphs.length)];
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  return parts.join('\n\n');
}
