import { defineConfig } from 'vitest/config';

// The end-to-end suite drives a real VS Code (code-server) in Chromium. One editor per test file, files one
// after another: two editors and two browsers at once would only fight over the two cores CI has.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    fileParallelism: false,
    // Timeouts sized for a 2-core machine: a workbench load takes a few seconds, a whole-corpus check more.
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // A flaky UI step gets one more chance; a real failure fails twice and is reported.
    retry: process.env.CI ? 1 : 0,
    reporters: ['default'],
  },
});
