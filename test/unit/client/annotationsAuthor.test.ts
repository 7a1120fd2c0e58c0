import { describe, expect, it } from 'vitest';
import { AuthorResolver, gitUserName, pickAuthor, type ProgramRunner } from '../../../client/src/annotations/author';

describe('the author recorded on annotations', () => {
  it('prefers the setting, then git’s user.name, then the OS user', () => {
    expect(pickAuthor('  Ana  ', 'Ben', 'carl')).toBe('Ana');
    expect(pickAuthor('', 'Ben', 'carl')).toBe('Ben');
    expect(pickAuthor(undefined, undefined, 'carl')).toBe('carl');
    expect(pickAuthor(undefined, undefined, undefined)).toBe('unknown');
  });

  it('asks git for user.name without a shell and with a timeout', async () => {
    const calls: Array<{ program: string; args: string[]; timeoutMs: number }> = [];
    const run: ProgramRunner = async (program, args, options) => {
      calls.push({ program, args, timeoutMs: options.timeoutMs });
      return 'Ben Researcher\n';
    };
    expect(await gitUserName('/w', run)).toBe('Ben Researcher');
    expect(calls).toEqual([{ program: 'git', args: ['config', 'user.name'], timeoutMs: expect.any(Number) }]);
    expect(calls[0].timeoutMs).toBeLessThanOrEqual(5000);
    expect(await gitUserName('/w', async () => undefined)).toBeUndefined();
    expect(await gitUserName('/w', async () => '  \n')).toBeUndefined();
  });

  it('runs git once per session, and not at all while the setting names someone', async () => {
    let runs = 0;
    let setting = 'Ana';
    const resolver = new AuthorResolver(
      () => setting,
      () => '/w',
      async () => {
        runs++;
        return 'Ben';
      },
    );
    expect(await resolver.resolve()).toBe('Ana');
    expect(runs).toBe(0);
    setting = '';
    expect(await resolver.resolve()).toBe('Ben');
    expect(await resolver.resolve()).toBe('Ben');
    expect(runs).toBe(1);
  });
});
