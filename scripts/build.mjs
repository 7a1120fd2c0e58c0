// Bundles the three faces of Policy Lens with esbuild: one file each, so the .vsix needs no node_modules.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Minified bundles keep the .vsix small; the source maps keep stack traces readable.
  minify: process.env.POLICY_LENS_NO_MINIFY !== '1',
  keepNames: true,
  logLevel: 'warning',
};

const targets = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // Indexing workers: the server starts them from the file beside dist/server.js.
  { ...common, entryPoints: ['server/src/lsp/workers/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  {
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
];

if (watch) {
  const { context } = await import('esbuild');
  for (const options of targets) await (await context(options)).watch();
} else {
  await Promise.all(targets.map((options) => build(options)));
}
