// How many server crashes the client forgives: restart after each crash, but give up once the
// server has crashed `maxCrashes` times within `windowMs`, so a server that dies on start-up
// does not loop forever.

export type CrashVerdict = 'restart' | 'give-up';

export class RestartBudget {
  private crashes: number[] = [];

  constructor(
    private readonly maxCrashes = 5,
    private readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  recordCrash(): CrashVerdict {
    const time = this.now();
    this.crashes = this.crashes.filter((crash) => time - crash < this.windowMs);
    this.crashes.push(time);
    return this.crashes.length >= this.maxCrashes ? 'give-up' : 'restart';
  }

  /** A deliberate restart by the user starts a fresh budget. */
  reset(): void {
    this.crashes = [];
  }

  get recentCrashes(): number {
    return this.crashes.length;
  }
}
