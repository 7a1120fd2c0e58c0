import { runCheck } from './commands/check';
import { runExtract } from './commands/extract';
import { runExport } from './commands/export';
import { helpText } from './help';
import { CliError, EXIT, type CliIO } from './io';
import { parseCommandLine } from './options';
import { TOOL_VERSION } from './toolInfo';

// The CLI as a function of its arguments and surroundings, returning the exit code. Every expected
// failure arrives as a CliError and becomes one line on stderr; anything else is reported the same
// way (a stack trace only with POLICY_LENS_DEBUG set), because a researcher's terminal is not a
// debugger.

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    switch (command.command) {
      case 'help':
        io.out(helpText(command.topic));
        return EXIT.ok;
      case 'version':
        io.out(`${TOOL_VERSION}\n`);
        return EXIT.ok;
      case 'extract':
        return runExtract(command, io);
      case 'check':
        return runCheck(command, io);
      case 'export':
        return await runExport(command, io);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`policy-lens: error: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = process.env.POLICY_LENS_DEBUG ? `\n${(error as Error).stack}` : '';
    io.err(`policy-lens: internal error: ${(error as Error).message ?? String(error)}${detail}\n`);
    return EXIT.usage;
  }
}
