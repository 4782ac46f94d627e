/**
 * How V8 compiles the parser's WASM. libpg-query is one large module, and by default V8 compiles it with its
 * baseline compiler (Liftoff) and then recompiles the hot functions with TurboFan in the background. For a CLI
 * run that recompilation costs far more CPU than it saves: parsing 1,000 migrations took ~0.45 s of CPU with
 * tier-up and ~0.2 s with Liftoff only, while steady-state parsing is only ~20% slower without TurboFan.
 *
 * V8 reads the flag when a module starts compiling, and libpg-query starts compiling as soon as it is
 * evaluated, so the flag is set around the import itself. Afterwards the default is put back for WASM compiled
 * later (PGlite). A `--liftoff…` flag given to node itself is left alone.
 *
 * A library leaves V8's flags alone unless its host asks: the CLI asks for every command but `serve`
 * (cli/program.ts), whose long life makes the tier-up worth its cost.
 */
import { setFlagsFromString } from 'node:v8';

let baseline = false;

/**
 * For a short run (a CLI command): compile the parser's WASM with V8's baseline compiler only. Without this call,
 * V8's default tiering stays, under which the parser's hot code is recompiled with TurboFan once and parses faster
 * for the rest of a long process's life. Call before the parser loads.
 */
export function preferBaselineWasm(): void {
  baseline = true;
}

/** Runs `load` (which compiles the parser's WASM) with Liftoff only, if preferBaselineWasm() was called. */
export async function withBaselineWasm<T>(load: () => Promise<T>, setFlags: (flags: string) => void = setFlagsFromString): Promise<T> {
  if (!baseline) return load();
  const ownFlag = process.execArgv.some((arg) => arg.includes('liftoff'));
  if (!ownFlag) setFlags('--liftoff-only');
  try {
    return await load();
  } finally {
    if (!ownFlag) setFlags('--no-liftoff-only');
  }
}
