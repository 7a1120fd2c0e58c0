import { describe, expect, it } from 'vitest';
import { RestartBudget } from '../../../client/src/server/restartBudget';

function clock(): { now: () => number; advance: (ms: number) => void } {
  let time = 1_000_000;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('server crash restart budget', () => {
  it('restarts after each of the first four crashes and gives up on the fifth within three minutes', () => {
    const time = clock();
    const budget = new RestartBudget(5, 180_000, time.now);
    const verdicts = Array.from({ length: 5 }, () => {
      time.advance(10_000);
      return budget.recordCrash();
    });
    expect(verdicts).toEqual(['restart', 'restart', 'restart', 'restart', 'give-up']);
  });

  it('forgets crashes older than the window, so an occasional crash never stops the server', () => {
    const time = clock();
    const budget = new RestartBudget(5, 180_000, time.now);
    for (let i = 0; i < 20; i += 1) {
      time.advance(60_000);
      expect(budget.recordCrash()).toBe('restart');
    }
    expect(budget.recentCrashes).toBe(3);
  });

  it('starts afresh after a deliberate restart', () => {
    const time = clock();
    const budget = new RestartBudget(5, 180_000, time.now);
    for (let i = 0; i < 4; i += 1) budget.recordCrash();
    budget.reset();
    expect(budget.recordCrash()).toBe('restart');
    expect(budget.recentCrashes).toBe(1);
  });
});
