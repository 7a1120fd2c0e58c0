// What the CLI needs from its surroundings, injected so tests can run it in-process and read what
// it printed without spawning a child.

export interface CliIO {
  /** Directory that relative paths, the default `seeds/` and `.policy-lens/reviews.json` are found from. */
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** The seeds shipped with the tool, used by `check` when the cwd has no `seeds/` folder. */
  shippedSeedsDir?: string;
}

/** An expected failure: a one-line message for stderr and the exit code, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}

export const EXIT = {
  ok: 0,
  /** `check` found at least one conflict nobody has reviewed: what CI gates on. */
  conflicts: 1,
  /** Bad arguments, unreadable input, or nothing left to analyse. */
  usage: 2,
} as const;

export function warn(io: CliIO, message: string): void {
  io.err(`policy-lens: warning: ${message}\n`);
}
