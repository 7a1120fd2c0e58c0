// The language client's set-up, checked against minimal fakes of `vscode` and
// `vscode-languageclient/node`: what the server is told at start-up, which Markdown commands
// are trusted, and what happens when the server keeps crashing.

import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  isTrusted: false,
  errorMessages: [] as Array<{ message: string; actions: string[] }>,
  chooseAction: undefined as string | undefined,
  executed: [] as string[],
  shownOutput: 0,
  clientArgs: undefined as undefined | unknown[],
  settings: {} as Record<string, unknown>,
}));

vi.mock('vscode', () => ({
  Uri: { joinPath: (base: { fsPath: string }, ...parts: string[]) => ({ fsPath: [base.fsPath, ...parts].join('/') }) },
  workspace: {
    get isTrusted() {
      return fake.isTrusted;
    },
    getConfiguration: (section: string) => ({ get: (key: string) => fake.settings[`${section}.${key}`] }),
  },
  window: {
    showErrorMessage: (message: string, ...actions: string[]) => {
      fake.errorMessages.push({ message, actions });
      return Promise.resolve(fake.chooseAction);
    },
  },
  commands: {
    executeCommand: (id: string) => {
      fake.executed.push(id);
      return Promise.resolve();
    },
  },
}));

vi.mock('vscode-languageclient/node', () => ({
  TransportKind: { stdio: 0, ipc: 1 },
  ErrorAction: { Continue: 1, Shutdown: 2 },
  CloseAction: { DoNotRestart: 1, Restart: 2 },
  LanguageClient: class {
    constructor(...args: unknown[]) {
      fake.clientArgs = args;
    }
  },
}));

import { createLanguageClient } from '../../../client/src/server/createClient';
import { SERVER_V8_FLAGS } from '../../../server/src/serverLaunch';

const output = {
  error: vi.fn(),
  warn: vi.fn(),
  info: vi.fn(),
  show: () => {
    fake.shownOutput += 1;
  },
};
const context = { extensionUri: { fsPath: '/ext' } };

function start() {
  createLanguageClient(context as never, output as never);
  const [id, name, serverOptions, clientOptions] = fake.clientArgs as [string, string, any, any];
  return { id, name, serverOptions, clientOptions };
}

beforeEach(() => {
  fake.isTrusted = false;
  fake.errorMessages = [];
  fake.executed = [];
  fake.chooseAction = undefined;
  fake.shownOutput = 0;
  fake.settings = {};
});

describe('language client set-up', () => {
  it('starts dist/server.js over node IPC', () => {
    const { id, serverOptions } = start();
    expect(id).toBe('policyLens');
    expect(serverOptions.run).toMatchObject({ module: '/ext/dist/server.js', transport: 1 });
    expect(serverOptions.debug.module).toBe('/ext/dist/server.js');
  });

  it('caps the server\u2019s heap at 1 GB unless policyLens.server.maxMemoryMB says otherwise, read again at every start', () => {
    const { serverOptions } = start();
    expect(serverOptions.run.options.execArgv).toEqual(['--max-old-space-size=1024', ...SERVER_V8_FLAGS]);
    fake.settings['policyLens.server.maxMemoryMB'] = 3072;
    expect(serverOptions.run.options.execArgv).toEqual(['--max-old-space-size=3072', ...SERVER_V8_FLAGS]);
    expect(serverOptions.debug.options.execArgv).toContain('--max-old-space-size=3072');
    fake.settings['policyLens.server.maxMemoryMB'] = 16;
    expect(serverOptions.run.options.execArgv).toEqual(['--max-old-space-size=256', ...SERVER_V8_FLAGS]);
  });

  it('covers plain text, Markdown and policy-text, on disk and untitled', () => {
    const { clientOptions } = start();
    const selector = clientOptions.documentSelector as Array<{ scheme: string; language: string }>;
    expect(selector).toHaveLength(6);
    for (const scheme of ['file', 'untitled']) {
      for (const language of ['plaintext', 'markdown', 'policy-text']) expect(selector).toContainEqual({ scheme, language });
    }
  });

  it('tells the server where the shipped seeds are and whether the workspace is trusted, re-read at every start', () => {
    const { clientOptions } = start();
    expect(clientOptions.initializationOptions()).toEqual({ seedsPath: '/ext/seeds', trusted: false });
    fake.isTrusted = true;
    expect(clientOptions.initializationOptions()).toEqual({ seedsPath: '/ext/seeds', trusted: true });
  });

  it('trusts only the open-location command in hover Markdown, with HTML off', () => {
    const { clientOptions } = start();
    expect(clientOptions.markdown).toEqual({ isTrusted: { enabledCommands: ['policyLens.openLocation'] }, supportHtml: false });
  });

  it('sends Policy Lens settings changes to the server', () => {
    expect(start().clientOptions.synchronize).toEqual({ configurationSection: 'policyLens' });
  });
});

describe('crash handling', () => {
  it('restarts the server after each of four crashes without bothering the researcher', () => {
    const { clientOptions } = start();
    for (let i = 0; i < 4; i += 1) expect(clientOptions.errorHandler.closed()).toMatchObject({ action: 2, handled: true });
    expect(fake.errorMessages).toEqual([]);
  });

  it('stops after the fifth crash in three minutes with a clear message and an "Open Log" action', async () => {
    const { clientOptions } = start();
    for (let i = 0; i < 4; i += 1) clientOptions.errorHandler.closed();
    fake.chooseAction = 'Open Log';
    const verdict = clientOptions.errorHandler.closed();
    expect(verdict).toMatchObject({ action: 1, handled: true });
    expect(fake.errorMessages).toHaveLength(1);
    expect(fake.errorMessages[0].message).toContain('crashed 5 times in 3 minutes and will not be restarted');
    expect(fake.errorMessages[0].actions).toEqual(['Open Log', 'Restart Server']);
    await Promise.resolve();
    await Promise.resolve();
    expect(fake.shownOutput).toBe(1);
  });

  it('offers a restart from the same message', async () => {
    const { clientOptions } = start();
    fake.chooseAction = 'Restart Server';
    for (let i = 0; i < 5; i += 1) clientOptions.errorHandler.closed();
    await Promise.resolve();
    await Promise.resolve();
    expect(fake.executed).toEqual(['policyLens.restartServer']);
  });

  it('keeps the connection through a few transport errors, then shuts it down', () => {
    const { clientOptions } = start();
    const error = new Error('write EPIPE');
    expect(clientOptions.errorHandler.error(error, undefined, 1).action).toBe(1);
    expect(clientOptions.errorHandler.error(error, undefined, 4).action).toBe(2);
  });
});
