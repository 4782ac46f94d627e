// Part of `npm run build`, after tsc: bundles the CLI with everything it imports from dist/ into dist/bundle/cli
// (packages stay in node_modules).
import { readFileSync, rmSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}dist/bundle`, { recursive: true, force: true });
// The CLI (dist/cli/main.js loads it from here when it is not older than dist/cli/run-cli.js): one entry and its
// chunks instead of some 300 modules for `lockstep up`, which Node would resolve, read and link one by one on
// every start. Two things keep it the same program as the compiled modules:
// - import.meta.url: each module's own address is put back (new URL('<its dist path>', import.meta.url)), so
//   what it finds relative to itself (package.json, the dashboard's files) is found.
// - one copy of what has identity: the error classes, the database error, the parser once loaded (and how its WASM is compiled) and the registry
//   of module migrations' runtimes stay the compiled files, imported from dist/ by the bundle and by the library
//   alike, so a migration module that imports 'lockstep' (backfill(), LockstepError) shares them with the runner.
const cliOutdir = `${root}dist/bundle/cli`;
const SHARED = new Set(['core/errors.js', 'db/port.js', 'runner/run-context.js', 'sql/parser.js', 'sql/wasm-tiering.js'].map((f) => `${root}dist/${f}`));
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      if (!SHARED.has(target)) return undefined;
      return { path: `./${relative(cliOutdir, target).split(sep).join('/')}`, external: true };
    });
    b.onLoad({ filter: /\/dist\/.*\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const own = `new URL(${JSON.stringify(relative(cliOutdir, args.path).split(sep).join('/'))}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', own), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};
await build({
  absWorkingDir: root,
  entryPoints: { 'run-cli': 'dist/cli/run-cli.js' },
  outdir: cliOutdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
  plugins: [ownUrl],
});
