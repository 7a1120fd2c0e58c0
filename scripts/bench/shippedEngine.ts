import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { analyse } from '../../server/src/engine/analyse';
import type { Corpus } from '../../server/src/engine/corpus';

// The engine as it ships: bundled by esbuild with the options of scripts/build.mjs, the form the
// server and its workers run. The benchmark runs under tsx, which compiles each file on its own;
// there the engine's shared const enums (token shapes, character classes) become property reads in
// every hot loop, and the same code measured about 1.5× slower than the bundle.

export interface ShippedEngine {
  analyse: typeof analyse;
  Corpus: typeof Corpus;
}

export function shippedEngine(repoRoot: string): ShippedEngine {
  const outfile = join(repoRoot, '.cache', 'bench', 'engine.js');
  mkdirSync(join(repoRoot, '.cache', 'bench'), { recursive: true });
  buildSync({
    stdin: {
      contents: "export { analyse } from './server/src/engine/analyse'; export { Corpus } from './server/src/engine/corpus';",
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: process.env.POLICY_LENS_NO_MINIFY !== '1',
    keepNames: true,
    outfile,
    logLevel: 'warning',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as ShippedEngine;
}
