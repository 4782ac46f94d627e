/**
 * `lockstep test`: every migration's round trip (up, down, up) in a shadow, with the schema compared after
 * each step; a failure is restored and the test goes on (docs/plan.md#lockstep-test). The shadow is of the
 * target's major version when a target is configured (or pgVersion is given); it starts empty, or with the
 * target's live schema (fromTarget: then only the migrations pending there are round-tripped).
 */
import { procedureScope } from '../execution/index.js';
import { migrationLabel } from '../core/migration-label.js';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import { checkMigrationRef, findMigration } from '../core/version.js';
import { computeStatus } from '../plan/index.js';
import {
  disposingAfter, extensionsUsed, loadSchema, openRehearsal, readRoles, rolesNamedBy, runRoundTrip, shadowUrlOf,
  type Rehearsal, type RoundTripStep, type RoundTripTimings,
} from '../rehearsal/index.js';
import { withSession, type MigratorContext } from './context.js';
import { lockFreeSnapshot } from './schema.js';

export interface TestOptions {
  /** First migration to round-trip; the ones before it are only applied. */
  readonly from?: string | undefined;
  /** Last migration to round-trip. */
  readonly to?: string | undefined;
  readonly shadowUrl?: string | undefined;
  readonly cacheDir?: string | undefined;
  /** Stop at the first failure (the rest are reported as not run) instead of restoring the shadow and going on. */
  readonly failFast?: boolean | undefined;
  /** Accept column-order-only differences (a down that drops and re-adds a column) as passed, with a note. */
  readonly ignoreColumnOrder?: boolean | undefined;
  /** Start from the target's live schema and round-trip only the migrations pending there. */
  readonly fromTarget?: boolean | undefined;
  /** The PostgreSQL major version to test on when no target is configured (e.g. 15). */
  readonly pgVersion?: number | undefined;
  /** Called after each migration's round trip (progress). */
  readonly onStep?: ((step: RoundTripStep) => void) | undefined;
  readonly signal?: AbortSignal | undefined;
}

export interface RoundTripReport {
  readonly dir: string;
  readonly shadow: {
    readonly kind: 'pglite' | 'server' | 'local';
    readonly name: string;
    readonly serverVersion: number;
    readonly binaries: string | null;
    readonly startMs: number;
    /** empty, or the target's live schema (fromTarget). */
    readonly source: 'empty' | 'live-schema';
  };
  /** Applied before --from (or, with fromTarget, already applied on the target), without checks. */
  readonly setup: readonly string[];
  readonly steps: readonly RoundTripStep[];
  readonly summary: { readonly passed: number; readonly failed: number; readonly columnOrder: number; readonly skipped: number; readonly notRun: number };
  readonly notes: readonly string[];
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

/** The major version to test on: the target's (a server URL), else --pg-version, else none (PGlite). */
async function targetVersion(ctx: MigratorContext, opts: TestOptions): Promise<number | undefined> {
  const given = opts.pgVersion ? opts.pgVersion * 10000 : undefined;
  if (ctx.config.url === undefined || !/^postgres(ql)?:\/\//i.test(ctx.config.url)) return given;
  try {
    return await withSession(ctx, 'test', async (s) => Number((await s.query<{ v: string }>(`select pg_catalog.current_setting('server_version_num') as v`)).rows[0]?.v ?? 0));
  } catch (err) {
    // test changes nothing on the target: without it, it still runs, on --pg-version or PGlite (fromTarget needs it, and fails later).
    if (opts.fromTarget || !(err instanceof LockstepError) || !err.code.startsWith('LOCKSTEP_E_DB_')) throw err;
    ctx.onEvent({ type: 'notice', message: `warning: cannot read the target's version (${err.message}); testing on ${given ? `PostgreSQL ${opts.pgVersion}` : 'PGlite'}` });
    return given;
  }
}

interface Start {
  readonly files: readonly MigrationFile[];
  readonly from: string | undefined;
  readonly notes: readonly string[];
}

/** With fromTarget: the target's live schema loaded into the shadow; the migrations applied there are left out. */
async function loadTarget(ctx: MigratorContext, rehearsal: Rehearsal, files: readonly MigrationFile[]): Promise<Start> {
  return withSession(ctx, 'test', async (session) => {
    const rows = await ctx.history.rows(session);
    // Applied, or ignored (a Flyway baseline migration this target does not run, or a migration the one it ran stands for).
    const applied = new Set(computeStatus(files, rows).filter((e) => e.state !== 'pending').map((e) => e.id));
    const live = await lockFreeSnapshot(session, ctx.config.historySchema);
    const roles = rehearsal.shadow.kind === 'server' ? [] : await readRoles(session);
    const loaded = await loadSchema(rehearsal.runner.session, live.snapshot, { roles });
    return { files: files.filter((f) => !applied.has(f.id)), from: undefined, notes: [...live.notes, ...loaded.notes] };
  });
}

export async function testMigrations(ctx: MigratorContext, opts: TestOptions = {}): Promise<RoundTripReport> {
  const started = performance.now();
  const all = await ctx.loadFiles();
  checkVersion(all, opts.from, '--from');
  checkVersion(all, opts.to, '--to');
  const rehearsal = await openRehearsal(ctx.config, { shadowUrl: shadowUrlOf(ctx.config, opts.shadowUrl), cacheDir: opts.cacheDir, targetVersion: await targetVersion(ctx, opts), onEvent: ctx.onEvent, rolesNamed: rolesNamedBy(all), procedures: procedureScope(all) }, extensionsUsed(all));
  return disposingAfter(rehearsal, async () => {
    // The shadow starts empty: it runs what `up` runs on an empty database (a Flyway baseline migration in place of
    // the versioned migrations it stands for: plan/baseline-choice.ts).
    const fresh = computeStatus(all, [], { to: opts.to }).filter((e) => e.state !== 'ignored' && e.file).map((e) => e.file as MigrationFile);
    const start = opts.fromTarget ? await loadTarget(ctx, rehearsal, all) : { files: fresh, from: opts.from, notes: [] };
    let failed = 0;
    let notRun = 0;
    const run = await runRoundTrip(rehearsal, start.files, {
      from: start.from, to: opts.to, fixturesDir: join(ctx.config.dir, 'fixtures'), excludeSchemas: [ctx.config.historySchema],
      failFast: opts.failFast, ignoreColumnOrder: opts.ignoreColumnOrder, startsLoaded: opts.fromTarget, signal: opts.signal,
      onStep: (step, done, total) => {
        if (step.status === 'failed' || step.status === 'column-order') failed++;
        // Not run (after a migration only its own tool can run) is not round-tripped: the line says how many.
        if (step.status === 'not-run') notRun++;
        ctx.onEvent({ type: 'progress', task: 'test', done, total, failed, notRun, label: migrationLabel(step.version, step.name) });
        opts.onStep?.(step);
      },
    });
    const s = rehearsal.shadow;
    const steps = s.kind === 'pglite' ? run.steps.map(extensionHint) : run.steps;
    const count = (st: RoundTripStep['status']): number => steps.filter((x) => x.status === st).length;
    const summary = { passed: count('passed'), failed: count('failed'), columnOrder: count('column-order'), skipped: count('skipped'), notRun: count('not-run') };
    return {
      dir: ctx.config.dir,
      shadow: { kind: s.kind, name: s.name, serverVersion: rehearsal.serverVersion, binaries: s.binaries, startMs: s.startMs, source: opts.fromTarget ? 'live-schema' : 'empty' },
      setup: run.setup, steps, summary, notes: [...s.notes, ...start.notes, ...rehearsal.runner.serverWide.notes],
      ok: summary.failed === 0 && summary.notRun === 0 && summary.columnOrder === 0,
      timings: { ...run.timings, totalMs: performance.now() - started },
    };
  });
}
