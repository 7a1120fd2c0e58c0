import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

// Every regular-expression literal in the server's sources, found with the TypeScript parser
// (not a text search, which would trip over division and strings), and inputs crafted to make a
// backtracking pattern run away: long runs of each character the pattern mentions, of pairs of
// them and of the words it spells out, each ending in a character nothing expects.

export interface FoundPattern {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

export function regexLiterals(root: string, directories: readonly string[]): FoundPattern[] {
  const found: FoundPattern[] = [];
  for (const file of directories.flatMap((directory) => sourceFiles(join(root, directory)))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ where: `${relative(root, file)}:${line + 1}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The characters a pattern can match: its literal characters and a representative of each class it uses. */
export function alphabetOf(source: string): string[] {
  const chars = new Set<string>();
  const classes: Array<[RegExp, string[]]> = [
    [/\\d/, ['1', '0']],
    [/\\s/, [' ', '\n', '\u00A0']],
    [/\\w/, ['a', 'A', '_']],
    [/\\p\{/, ['é', 'Ж']],
    [/\\b|\\B/, ['a', ' ']],
  ];
  for (const [test, representatives] of classes) if (test.test(source)) representatives.forEach((c) => chars.add(c));
  const literal = source
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g, (_, u?: string, x?: string) => String.fromCharCode(parseInt((u ?? x)!, 16)))
    .replace(/\\p\{[^}]*\}|\\[dDsSwWbBnrtfv0]/g, '')
    .replace(/\\(.)/g, '$1');
  for (const char of literal) if (!'^$|?*+{}'.includes(char)) chars.add(char);
  chars.add(' ');
  return [...chars];
}

/** Words of three letters or more that the pattern spells out ("million", "per", "cent"). */
function wordsOf(source: string): string[] {
  return [...new Set(source.replace(/\\./g, ' ').match(/[A-Za-z]{3,}/g) ?? [])].slice(0, 12);
}

/** A small deterministic generator, so the inputs (and any failure) are the same on every run. */
function pick<T>(items: readonly T[], count: number, seed: number): T[] {
  let state = seed >>> 0 || 1;
  const out: T[] = [];
  for (let i = 0; i < count && items.length > 0; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(items[state % items.length]!);
  }
  return out;
}

const END = '\u0007';

/**
 * Runs of 1,500 characters: exponential backtracking never finishes on them and cubic takes
 * seconds, while a quadratic pattern (harmless on the short slices the engine gives it, and caught
 * in the whole analysis at 100 KB when it is not) takes a few milliseconds.
 */
export function pathologicalInputs(source: string, length = 1500): string[] {
  const alphabet = alphabetOf(source);
  const words = wordsOf(source);
  const run = (unit: string) => unit.repeat(Math.max(1, Math.floor(length / Math.max(1, unit.length)))) + END;
  const pairs = alphabet.flatMap((a) => alphabet.map((b) => a + b));
  return [
    ...alphabet.map(run),
    ...pick(pairs, 24, source.length * 31 + 7).map(run),
    ...words.flatMap((word) => [run(word), run(`${word} `), run(`${word[0]!.toUpperCase()}${word.slice(1)} `)]),
    run(alphabet.join('')),
    run(words.join(' ') + ' '),
  ];
}
