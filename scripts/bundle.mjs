// Part of `npm run build`, after tsc: bundles the lint command and the lint worker, each with everything it
// imports from dist/, into dist/bundle/ (packages stay in node_modules). A lint run then loads a few files
// instead of ~150 modules, on the main thread and in each worker (see src/cli/lint-command.ts).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { 'lint-command': 'dist/cli/lint-command.js', 'lint-worker': 'dist/lint/lint-worker.js' },
  outdir,
  bundle: true,
  // Code the two entries share, and what they load on demand (fixes, database drivers), goes to chunks.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
});
