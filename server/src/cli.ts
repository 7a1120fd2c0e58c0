import { join } from 'node:path';
import { runCli } from './cli/main';

// Entry point of the `policy-lens` command (bundled to dist/cli.js). All behaviour lives in
// cli/main.ts so tests can run it in-process; this file only connects it to the real process.

// `policy-lens extract … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  // dist/cli.js ships with ../seeds beside it (in the repository and in the .vsix).
  shippedSeedsDir: join(__dirname, '..', 'seeds'),
}).then((code) => {
  // exitCode rather than exit(): lets a large report finish flushing into a pipe.
  process.exitCode = code;
});
