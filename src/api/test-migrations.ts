/**
 * `lockstep test`: every migration's round trip (up, down, up) in a shadow, with the schema compared
 * after each step. Needs no target database: the shadow starts empty and the migrations build it.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LockstepError } from '../core/errors.js';
import { checkMigrationRef, findMigration } from '../core/version.js';
import type { MigrationFile } from '../core/types.js';
import { extensionsUsed, openRehearsal, runRoundTrip, shadowUrlOf, type RoundTripStep, type RoundTripTimings } from '../rehearsal/index.js';
import type { MigratorContext } from './context.js';

export interface TestOptions {
  /** First migration to round-trip; the ones before it are only applied. */
  readonly from?: string | undefined;
  /** Last migration to round-trip. */
  readonly to?: string | undefined;
  readonly shadowUrl?: string | undefined;
  readonly cacheDir?: string | undefined;
  /** Called after each migration's round trip (progress). */
  readonly onStep?: ((step: RoundTripStep) => void) | undefined;
}

export interface RoundTripReport {
  readonly dir: string;
  readonly shadow: { readonly kind: 'pglite' | 'server'; readonly name: string; readonly serverVersion: number; readonly startMs: number };
  /** Applied before --from, without checks. */
  readonly setup: readonly string[];
  readonly steps: readonly RoundTripStep[];
  readonly summary: { readonly passed: number; readonly failed: number; readonly skipped: number; readonly notRun: number };
  readonly ok: boolean;
  readonly timings: RoundTripTimings & { readonly totalMs: number };
}

function checkVersion(files: readonly MigrationFile[], v: string | undefined, flag: string): void {
  if (v !== undefined && findMigration(files, checkMigrationRef(v, flag), flag) < 0) {
    throw new LockstepError('LOCKSTEP_E_UNKNOWN_VERSION', `${flag} ${v}: no migration has this id or version`, {
      hint: 'Run `lockstep status` to list the versions.',
    });
  }
}

/** PGlite ships only some contrib extensions: say where to go when one is missing. */
function extensionHint(step: RoundTripStep): RoundTripStep {
  if (!step.error || !/extension/i.test(step.error.message)) return step;
  return { ...step, note: 'the PGlite shadow may not ship this extension: run `lockstep test --shadow-url postgres://…` on a server that has it' };
}

export async function testMigrations(ctx: MigratorContext, opts: TestOptions = {}): Promise<RoundTripReport> {
  const started = performance.now();
  const files = await ctx.loadFiles();
  checkVersion(files, opts.from, '--from');
  checkVersion(files, opts.to, '--to');
  const rehearsal = await openRehearsal(ctx.config, { shadowUrl: shadowUrlOf(ctx.config, opts.shadowUrl), cacheDir: opts.cacheDir }, extensionsUsed(files));
  try {
    const run = await runRoundTrip(rehearsal.runner, files, {
      from: opts.from, to: opts.to, fixturesDir: join(ctx.config.dir, 'fixtures'),
      excludeSchemas: [ctx.config.historySchema], onStep: opts.onStep,
    });
    const steps = rehearsal.shadow.kind === 'pglite' ? run.steps.map(extensionHint) : run.steps;
    const count = (s: RoundTripStep['status']): number => steps.filter((x) => x.status === s).length;
    const summary = { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), notRun: count('not-run') };
    const s = rehearsal.shadow;
    return {
      dir: ctx.config.dir,
      shadow: { kind: s.kind, name: s.name, serverVersion: rehearsal.serverVersion, startMs: s.startMs },
      setup: run.setup, steps, summary, ok: summary.failed === 0 && summary.notRun === 0,
      timings: { ...run.timings, totalMs: performance.now() - started },
    };
  } finally {
    await rehearsal.dispose();
  }
}
