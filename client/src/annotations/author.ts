// Who made an annotation: the policyLens.annotations.author setting, else `git config user.name`
// (asked once per session, with a timeout, without a shell), else the operating-system user.

import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';

const GIT_TIMEOUT_MS = 3000;

/** Runs a program with arguments and resolves with its standard output, or undefined if it failed. */
export type ProgramRunner = (program: string, args: string[], options: { cwd?: string; timeoutMs: number }) => Promise<string | undefined>;

export const runProgram: ProgramRunner = (program, args, options) =>
  new Promise((resolve) => {
    try {
      execFile(program, args, { cwd: options.cwd, timeout: options.timeoutMs, shell: false, windowsHide: true, maxBuffer: 64 * 1024 }, (error, stdout) =>
        resolve(error ? undefined : String(stdout)),
      );
    } catch {
      resolve(undefined);
    }
  });

export async function gitUserName(cwd: string | undefined, run: ProgramRunner = runProgram): Promise<string | undefined> {
  const output = await run('git', ['config', 'user.name'], { cwd, timeoutMs: GIT_TIMEOUT_MS });
  const name = output?.split(/\r?\n/)[0]?.trim();
  return name ? name : undefined;
}

export function osUserName(): string | undefined {
  try {
    const name = userInfo().username.trim();
    return name ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The first name available, in the order of preference. */
export function pickAuthor(setting: string | undefined, git: string | undefined, os: string | undefined): string {
  for (const candidate of [setting, git, os]) {
    const name = candidate?.trim();
    if (name) return name;
  }
  return 'unknown';
}

export class AuthorResolver {
  private git: Promise<string | undefined> | undefined;

  constructor(
    private readonly setting: () => string | undefined,
    private readonly folder: () => string | undefined,
    private readonly run: ProgramRunner = runProgram,
  ) {}

  async resolve(): Promise<string> {
    const configured = this.setting()?.trim();
    if (configured) return configured;
    this.git ??= gitUserName(this.folder(), this.run);
    return pickAuthor(undefined, await this.git, osUserName());
  }
}
