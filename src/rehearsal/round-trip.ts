/**
 * `lockstep test`: proves, in a shadow, that every migration's down section undoes its up section.
 * For each migration: snapshot (A), up, snapshot (B), down, snapshot (C = A?), up again, snapshot (D = B?).
 * The last snapshot of one migration is the first of the next, so each step costs three snapshots.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findMigration } from '../core/version.js';
import type { MigrationFile } from '../core/types.js';
import { createSnapshotter, diffSchemas, type SchemaDifference, type SchemaSnapshot } from '../schema/index.js';
import type { ShadowRunner } from './shadow-runner.js';
import { traceError } from './trace-migration.js';
import type { TraceError } from './types.js';

export type RoundTripPhase = 'fixture' | 'up' | 'down' | 'up again';

export interface RoundTripStep {
  readonly version: string;
  readonly name: string;
  readonly files: readonly string[];
  /** passed; failed (error or differences); skipped (irreversible); not-run (an earlier failure stopped the test). */
  readonly status: 'passed' | 'failed' | 'skipped' | 'not-run';
  readonly upMs: number | null;
  readonly downMs: number | null;
  readonly reUpMs: number | null;
  /** The fixture file loaded before the migration, if any. */
  readonly fixture: string | null;
  readonly note: string | null;
  readonly error: (TraceError & { readonly phase: RoundTripPhase }) | null;
  /** From the schema before up to the schema after down: should be empty. */
  readonly downDifferences: readonly SchemaDifference[];
  /** From the schema after up to the schema after up again: should be empty. */
  readonly reUpDifferences: readonly SchemaDifference[];
}

export interface RoundTripTimings {
  readonly setupMs: number;
  readonly upMs: number;
  readonly downMs: number;
  readonly snapshotMs: number;
  readonly snapshots: number;
}

export interface RoundTripRun {
  /** Migrations applied without checks before --from. */
  readonly setup: readonly string[];
  readonly steps: readonly RoundTripStep[];
  readonly timings: RoundTripTimings;
}

export interface RoundTripOptions {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** Directory holding <version>.sql data fixtures. */
  readonly fixturesDir: string;
  readonly excludeSchemas: readonly string[];
  readonly onStep?: ((step: RoundTripStep) => void) | undefined;
  /** Check every incremental snapshot against a full one (tests and benchmarks; doubles the snapshot time). */
  readonly verifySnapshots?: boolean | undefined;
}

class Clock {
  snapshotMs = 0;
  snapshots = 0;
  upMs = 0;
  downMs = 0;
}

async function readFixture(dir: string, version: string): Promise<{ path: string; sql: string } | undefined> {
  const path = join(dir, `${version}.sql`);
  const sql = await readFile(path, 'utf8').catch(() => undefined);
  return sql === undefined ? undefined : { path, sql };
}

export async function runRoundTrip(runner: ShadowRunner, files: readonly MigrationFile[], opts: RoundTripOptions): Promise<RoundTripRun> {
  // The files come in their tool's order (the loader's); --from and --to name migrations by id or version.
  const sorted = [...files];
  const from = opts.from === undefined ? 0 : Math.max(0, findMigration(sorted, opts.from, '--from'));
  const to = opts.to === undefined ? sorted.length - 1 : findMigration(sorted, opts.to, '--to');
  const inRange = (f: MigrationFile): boolean => {
    const i = sorted.indexOf(f);
    return i >= from && i <= to;
  };
  const setupStarted = performance.now();
  const setup = sorted.slice(0, from);
  for (const f of setup) await runner.up(f);
  const setupMs = performance.now() - setupStarted;
  const clock = new Clock();
  // Each snapshot reads again only what the last step changed (see src/schema/schema-snapshotter.ts).
  const snapshotter = createSnapshotter(runner.snapshotSession, { excludeSchemas: opts.excludeSchemas, verify: opts.verifySnapshots });
  const snap = async (): Promise<SchemaSnapshot> => {
    const t0 = performance.now();
    const s = await snapshotter.snapshot();
    clock.snapshotMs += performance.now() - t0;
    clock.snapshots++;
    return s;
  };
  const steps: RoundTripStep[] = [];
  let current: SchemaSnapshot | undefined = await snap();
  for (const file of sorted.filter(inRange)) {
    const step: RoundTripStep = current
      ? await roundTripOne(runner, file, current, opts, snap, clock)
      : { ...blank(file), status: 'not-run', note: 'not run: an earlier migration failed' };
    if (current) current = (step as StepWithState).state;
    steps.push(strip(step));
    opts.onStep?.(strip(step));
  }
  return { setup: setup.map((f) => f.version), steps, timings: { setupMs, upMs: clock.upMs, downMs: clock.downMs, snapshotMs: clock.snapshotMs, snapshots: clock.snapshots } };
}

/** A step plus the schema the shadow is left in (undefined: unknown, stop). */
type StepWithState = RoundTripStep & { readonly state?: SchemaSnapshot | undefined };

function strip(step: StepWithState): RoundTripStep {
  const { state: _state, ...rest } = step;
  return rest;
}

function blank(file: MigrationFile): RoundTripStep {
  return {
    version: file.id, name: file.name, files: file.paths, status: 'passed', upMs: null, downMs: null, reUpMs: null,
    fixture: null, note: null, error: null, downDifferences: [], reUpDifferences: [],
  };
}

interface StepContext {
  readonly runner: ShadowRunner;
  readonly opts: RoundTripOptions;
  readonly snap: () => Promise<SchemaSnapshot>;
  readonly clock: Clock;
}

/** Runs the fixture of `file`, if there is one, in a transaction. */
async function loadFixture(ctx: StepContext, file: MigrationFile): Promise<{ path: string; error?: unknown } | undefined> {
  const fixture = await readFixture(ctx.opts.fixturesDir, file.id);
  if (!fixture) return undefined;
  try {
    await ctx.runner.session.exec(`begin;\n${fixture.sql}\n;commit`);
    return { path: fixture.path };
  } catch (error) {
    await ctx.runner.session.exec('rollback').catch(() => undefined);
    return { path: fixture.path, error };
  }
}

async function timed(ctx: StepContext, file: MigrationFile, phase: 'up' | 'down'): Promise<number> {
  const { durationMs } = phase === 'up' ? await ctx.runner.up(file) : await ctx.runner.down(file);
  if (phase === 'up') ctx.clock.upMs += durationMs;
  else ctx.clock.downMs += durationMs;
  return durationMs;
}

async function roundTripOne(
  runner: ShadowRunner, file: MigrationFile, current: SchemaSnapshot, opts: RoundTripOptions,
  snap: () => Promise<SchemaSnapshot>, clock: Clock,
): Promise<StepWithState> {
  const ctx: StepContext = { runner, opts, snap, clock };
  let step: StepWithState = blank(file);
  const fail = (phase: RoundTripPhase, err: unknown, state?: SchemaSnapshot): StepWithState => ({ ...step, status: 'failed', error: { ...traceError(err), phase }, state });
  const fixture = await loadFixture(ctx, file);
  if (fixture) step = { ...step, fixture: fixture.path };
  if (fixture?.error !== undefined) return fail('fixture', fixture.error);
  const a = fixture ? await snap() : current;
  try {
    step = { ...step, upMs: await timed(ctx, file, 'up') };
  } catch (err) {
    return fail('up', err);
  }
  const b = await snap();
  const down = await runner.prepareDown(file);
  if (!down) return { ...step, status: 'skipped', note: 'irreversible: no down section, so only up was run', state: b };
  try {
    step = { ...step, downMs: await timed(ctx, file, 'down') };
  } catch (err) {
    // A transactional down that fails is rolled back: the migration is still applied, the shadow is at B.
    return fail('down', err, down.transactional ? b : undefined);
  }
  step = { ...step, downDifferences: diffSchemas(a, await snap()) };
  try {
    step = { ...step, reUpMs: await timed(ctx, file, 'up') };
  } catch (err) {
    return fail('up again', err);
  }
  const d = await snap();
  step = { ...step, reUpDifferences: diffSchemas(b, d) };
  const differs = step.downDifferences.length > 0 || step.reUpDifferences.length > 0;
  return { ...step, status: differs ? 'failed' : 'passed', state: d };
}
