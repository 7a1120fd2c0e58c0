import { parseArgs } from 'node:util';
import { CliError } from './io';

// The command line grammar: a command, its options and paths. Parsing is strict so a typo in an
// option is an error rather than a path that does not exist.

export type CommandName = 'extract' | 'check' | 'export';
export const EXTRACT_FORMATS = ['json', 'text'] as const;
export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export const EXPORT_FORMATS = ['w3c', 'brat', 'csv', 'conll'] as const;

export interface CommonOptions {
  paths: string[];
  maxFileSizeKb: number;
  /** Reference-data and rule files, as given. */
  references: string[];
}

export type ParsedCommand =
  | { command: 'help'; topic?: CommandName }
  | { command: 'version' }
  | ({ command: 'extract'; format: (typeof EXTRACT_FORMATS)[number] } & CommonOptions)
  | ({
      command: 'check';
      format: (typeof CHECK_FORMATS)[number];
      includeReviewed: boolean;
      reviewsFile?: string;
    } & CommonOptions)
  | ({ command: 'export'; format: (typeof EXPORT_FORMATS)[number]; outDir?: string } & CommonOptions);

const DEFAULT_MAX_FILE_SIZE_KB = 2048;

const OPTION_SPEC = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  reference: { type: 'string', multiple: true },
  reviews: { type: 'string' },
  'include-reviewed': { type: 'boolean' },
  'max-file-size-kb': { type: 'string' },
} as const;

/** Options each command accepts beyond --help; anything else is a usage error naming the option. */
const ALLOWED: Record<CommandName, ReadonlySet<string>> = {
  extract: new Set(['format', 'reference', 'max-file-size-kb']),
  check: new Set(['format', 'reference', 'max-file-size-kb', 'reviews', 'include-reviewed']),
  export: new Set(['format', 'out', 'reference', 'max-file-size-kb']),
};

export function parseCommandLine(argv: readonly string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTION_SPEC, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(firstLine((error as Error).message));
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;

  if (values.version && !values.help) return { command: 'version' };
  if (first === undefined) {
    if (values.help) return { command: 'help' };
    throw new CliError('missing command: expected extract, check or export (see --help)');
  }
  if (first === 'help') return { command: 'help', topic: isCommand(rest[0]) ? rest[0] : undefined };
  if (!isCommand(first)) throw new CliError(`unknown command '${first}': expected extract, check or export`);
  if (values.help) return { command: 'help', topic: first };

  for (const name of Object.keys(values)) {
    if (!ALLOWED[first].has(name)) throw new CliError(`option --${name} does not apply to '${first}'`);
  }
  const common: CommonOptions = {
    paths: rest,
    maxFileSizeKb: parseSizeLimit(values['max-file-size-kb']),
    references: values.reference ?? [],
  };

  switch (first) {
    case 'extract':
      return { command: 'extract', format: oneOf('extract', values.format ?? 'json', EXTRACT_FORMATS), ...common };
    case 'check':
      return {
        command: 'check',
        format: oneOf('check', values.format ?? 'text', CHECK_FORMATS),
        includeReviewed: values['include-reviewed'] ?? false,
        reviewsFile: values.reviews,
        ...common,
      };
    case 'export':
      if (values.format === undefined) throw new CliError(`export needs --format ${EXPORT_FORMATS.join('|')}`);
      return { command: 'export', format: oneOf('export', values.format, EXPORT_FORMATS), outDir: values.out, ...common };
  }
}

function isCommand(word: string | undefined): word is CommandName {
  return word === 'extract' || word === 'check' || word === 'export';
}

function oneOf<T extends string>(command: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${command}: unknown format '${value}': expected ${allowed.join(', ')}`);
}

function parseSizeLimit(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_MAX_FILE_SIZE_KB;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value <= 0) {
    throw new CliError(`--max-file-size-kb expects a positive whole number of kilobytes, got '${raw}'`);
  }
  return value;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/^TypeError \[[A-Z_]+\]: /, '');
}
