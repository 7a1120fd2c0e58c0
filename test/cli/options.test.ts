import { describe, expect, it } from 'vitest';
import { CliError } from '../../server/src/cli/io';
import { parseCommandLine } from '../../server/src/cli/options';

const usageError = (argv: string[]) => {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
    throw error;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
};

describe('command line', () => {
  it('reads extract with its format and paths, defaulting to JSON and a 2048 KB size limit', () => {
    expect(parseCommandLine(['extract', 'a.txt', 'dir'])).toEqual({
      command: 'extract',
      format: 'json',
      paths: ['a.txt', 'dir'],
      maxFileSizeKb: 2048,
      references: [],
    });
    expect(parseCommandLine(['extract', '--format', 'text', 'a.txt'])).toMatchObject({ format: 'text' });
  });

  it('reads check with its formats, reviews file, size limit and repeated reference files', () => {
    expect(
      parseCommandLine(['check', '--format=sarif', '--reviews', 'r.json', '--max-file-size-kb', '10', '--reference', 'a.json', '--reference', 'b.json']),
    ).toEqual({
      command: 'check',
      format: 'sarif',
      includeReviewed: false,
      reviewsFile: 'r.json',
      paths: [],
      maxFileSizeKb: 10,
      references: ['a.json', 'b.json'],
    });
  });

  it('answers --help and --version, for the tool and for a command', () => {
    expect(parseCommandLine(['--help'])).toEqual({ command: 'help' });
    expect(parseCommandLine(['check', '--help'])).toEqual({ command: 'help', topic: 'check' });
    expect(parseCommandLine(['--version'])).toEqual({ command: 'version' });
    expect(parseCommandLine(['check', '-v'])).toEqual({ command: 'version' });
  });

  it('rejects what it does not understand with a usage error (exit 2) that names the culprit', () => {
    expect(usageError([])).toEqual({ message: expect.stringContaining('missing command'), exitCode: 2 });
    expect(usageError(['frobnicate']).message).toContain("'frobnicate'");
    expect(usageError(['extract', '--format', 'xml', 'a.txt']).message).toContain("'xml'");
    expect(usageError(['extract', '--bogus', 'a.txt']).message).toContain('--bogus');
    expect(usageError(['extract', '--reviews', 'r.json', 'a.txt']).message).toContain('--reviews');
    expect(usageError(['check', '--max-file-size-kb', '-5']).message).toContain('--max-file-size-kb');
    expect(usageError(['check', '--max-file-size-kb', 'lots']).message).toContain("'lots'");
    expect(usageError(['export', 'a.txt']).message).toContain('--format');
  });
});
