import { defineConfig } from 'vitest/config';

// Unit and protocol tests run first and fast; the end-to-end suite has its own config (test/e2e).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/lsp/**/*.test.ts', 'test/cli/**/*.test.ts'],
    testTimeout: 20000,
    // Stopping a server that sits at its heap ceiling took over vitest's 10 s default on a loaded 2-core host.
    hookTimeout: 60000,
    // Builds dist/ for the protocol tests (test/lsp), and only when a source is newer than the bundle.
    globalSetup: ['test/lsp/globalSetup.ts'],
  },
});
