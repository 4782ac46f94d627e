#!/usr/bin/env node
/**
 * The `lockstep` executable. It runs the CLI from dist/bundle/cli/ (scripts/bundle.mjs: the CLI and the modules it
 * imports in a few files, where Node would otherwise resolve, read and link some 300 modules on every start) when
 * the build made it and it is not older than the compiled run-cli.js (a bare `tsc` after editing would otherwise
 * run stale code), and LOCKSTEP_NO_BUNDLE is not `1`; else the compiled modules.
 */
import { statSync } from 'node:fs';

function modified(url: URL): number | undefined {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return undefined;
  }
}

async function cliModule(): Promise<typeof import('./run-cli.js')> {
  const bundle = new URL('../bundle/cli/run-cli.js', import.meta.url);
  const bundled = modified(bundle);
  const compiled = modified(new URL('./run-cli.js', import.meta.url));
  if (bundled !== undefined && process.env.LOCKSTEP_NO_BUNDLE !== '1' && (compiled === undefined || bundled >= compiled)) {
    return (await import(bundle.href)) as typeof import('./run-cli.js');
  }
  return import('./run-cli.js');
}

// A reader that stops early (`lockstep lint --format json | head`) closes the pipe: the rest of the output has nowhere
// to go. As other Unix tools do when SIGPIPE ends them, exit quietly with 128 + 13 instead of a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(141);
});

process.exitCode = await (await cliModule()).runCli(process.argv);
