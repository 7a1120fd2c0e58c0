import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SERVER_V8_FLAGS, serverNodeArgs, serverProcessArgs } from '../../server/src/serverLaunch';

// The server's process arguments: the heap ceiling from the setting, then the V8 flags. A flag this
// Node does not know stops the process before the server starts ("bad option"), so each is tried.

describe('server process arguments', () => {
  it('put the heap ceiling from the setting first, then the V8 flags', () => {
    expect(serverProcessArgs(undefined)).toEqual(['--max-old-space-size=1024', ...SERVER_V8_FLAGS]);
    expect(serverProcessArgs(3072)).toEqual([...serverNodeArgs(3072), ...SERVER_V8_FLAGS]);
    expect(serverProcessArgs(16)[0]).toBe('--max-old-space-size=256');
  });

  it('name only flags that this Node accepts', () => {
    const run = spawnSync(process.execPath, [...serverProcessArgs(undefined), '-e', 'process.stdout.write("started")'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('started');
  });
});
