/**
 * `lockstep test`: proves, in a shadow, that every migration's down section undoes its up section.
 * For each migration: snapshot (A), up, snapshot (B), down, snapshot (C = A?), up again, snapshot (D = B?).
 * The last snapshot of one migration is the first of the next, so each step costs three snapshots.
 *
 * A failure never stops the test half-way: when a migration leaves the shadow in another state than the one
 * after its first up (or before it, when the up itself failed), the shadow is restored to that state and the
 * test goes on, so every migration gets its own verdict. A restore goes back to the last checkpoint (a copy of
 * the shadow: a template database on a server, a dump of the data directory on PGlite; at first, an empty
 * shadow) and applies again the ups since then; a new checkpoint is taken when that replay cost more than a
 * checkpoint does, so the replays add up to about one pass over the migrations. `failFast` stops at the first
 * failure instead.
 */
import { performance } from 'node:perf_hooks';
import { findMigration } from '../core/version.js';
import type { MigrationFile } from '../core/types.js';
import { createSnapshotter, diffSchemas, type SchemaSnapshot } from '../schema/index.js';
import type { Rehearsal } from './open-rehearsal.js';
import { blankStep, loadFixture, roundTripOne, type RoundTripStep, type StepContext, type StepOutcome } from './round-trip-step.js';
import { throwIfInterrupted } from '../runner/index.js';
import { traceError } from './trace-migration.js';

export type { RoundTripPhase, RoundTripStep } from './round-trip-step.js';

export interface RoundTripTimings {
  readonly setupMs: number;
  readonly upMs: number;
  readonly downMs: number;
  readonly snapshotMs: number;
  readonly snapshots: number;
  /** Restores after failures: how many, and the time they took (checkpoints and replayed ups included). */
  readonly restores: number;
  readonly restoreMs: number;
  readonly checkpoints: number;
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
  readonly onStep?: ((step: RoundTripStep, done: number, total: number) => void) | undefined;
  /** Stop at the first failure; the rest are not run (the old behaviour). */
  readonly failFast?: boolean | undefined;
  /** Column-order-only differences pass (with a note) instead of being reported as their own kind. */
  readonly ignoreColumnOrder?: boolean | undefined;
  /** The shadow already holds a schema (test --from-target): it is checkpointed first, since it cannot be replayed. */
  readonly startsLoaded?: boolean | undefined;
  /** Check every incremental snapshot against a full one (tests and benchmarks; doubles the snapshot time). */
  readonly verifySnapshots?: boolean | undefined;
  readonly signal?: AbortSignal | undefined;
}

class Clock {
  snapshotMs = 0;
  snapshots = 0;
  upMs = 0;
  downMs = 0;
  restores = 0;
  restoreMs = 0;
  checkpoints = 0;
}

/** The state the test goes on from: the migrations applied since the start, and the last checkpoint. */
class Path {
  readonly applied: MigrationFile[] = [];
  checkpointAt = 0;
  checkpointMs: number | undefined;
}

interface Loop {
  readonly rehearsal: Rehearsal;
  readonly opts: RoundTripOptions;
  readonly clock: Clock;
  readonly path: Path;
  snapshotter: ReturnType<typeof createSnapshotter>;
}

async function snap(loop: Loop): Promise<SchemaSnapshot> {
  const t0 = performance.now();
  const s = await loop.snapshotter.snapshot();
  loop.clock.snapshotMs += performance.now() - t0;
  loop.clock.snapshots++;
  return s;
}

function stepContext(loop: Loop): StepContext {
  const runner = loop.rehearsal.runner;
  return {
    runner, fixturesDir: loop.opts.fixturesDir, ignoreColumnOrder: loop.opts.ignoreColumnOrder === true, snap: () => snap(loop),
    async timed(file, phase) {
      const { durationMs } = phase === 'up' ? await runner.up(file) : await runner.down(file);
      if (phase === 'up') loop.clock.upMs += durationMs;
      else loop.clock.downMs += durationMs;
      return durationMs;
    },
  };
}

function newSnapshotter(loop: Pick<Loop, 'rehearsal' | 'opts'>): ReturnType<typeof createSnapshotter> {
  return createSnapshotter(loop.rehearsal.runner.snapshotSession, { excludeSchemas: loop.opts.excludeSchemas, verify: loop.opts.verifySnapshots });
}

async function checkpoint(loop: Loop): Promise<void> {
  loop.path.checkpointMs = await loop.rehearsal.checkpoint();
  loop.path.checkpointAt = loop.path.applied.length;
  loop.clock.checkpoints++;
  loop.snapshotter = newSnapshotter(loop);
}

/**
 * Back to the state after `path.applied`: the last checkpoint, then the ups since (with their fixtures). Returns
 * the schema, or throws when a replayed up fails (the shadow is then in no known state).
 */
async function restore(loop: Loop): Promise<SchemaSnapshot> {
  const t0 = performance.now();
  await loop.rehearsal.restore();
  const replay = loop.path.applied.slice(loop.path.checkpointAt);
  const r0 = performance.now();
  for (const file of replay) {
    await loadFixture(loop.rehearsal.runner, loop.opts.fixturesDir, file);
    await loop.rehearsal.runner.up(file);
  }
  const replayMs = performance.now() - r0;
  loop.snapshotter = newSnapshotter(loop);
  if (loop.path.checkpointMs === undefined || replayMs > loop.path.checkpointMs) await checkpoint(loop);
  loop.clock.restores++;
  loop.clock.restoreMs += performance.now() - t0;
  return snap(loop);
}

/** Goes on from the state after the step: as it is when it is the expected one, else restored. */
async function settle(loop: Loop, outcome: StepOutcome, file: MigrationFile): Promise<{ step: RoundTripStep; state: SchemaSnapshot | undefined }> {
  if (outcome.upApplied) loop.path.applied.push(file);
  const same = outcome.after !== undefined && (outcome.after === outcome.expected || diffSchemas(outcome.expected, outcome.after).length === 0);
  if (loop.opts.failFast && (outcome.step.status === 'failed' || outcome.step.status === 'column-order')) return { step: outcome.step, state: undefined };
  if (same) return { step: outcome.step, state: outcome.after };
  try {
    const state = await restore(loop);
    const drift = diffSchemas(outcome.expected, state);
    const note = drift.length ? `after the restore the schema differs from the state after its up in ${drift.length} object(s) (a migration that does not give the same schema twice?)` : null;
    return { step: { ...outcome.step, restored: true, note: outcome.step.note ?? note }, state };
  } catch (err) {
    return { step: { ...outcome.step, note: `the shadow could not be restored after it: ${traceError(err).message}` }, state: undefined };
  }
}

export async function runRoundTrip(rehearsal: Rehearsal, files: readonly MigrationFile[], opts: RoundTripOptions): Promise<RoundTripRun> {
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
  const loop: Loop = { rehearsal, opts, clock: new Clock(), path: new Path(), snapshotter: newSnapshotter({ rehearsal, opts }) };
  for (const f of setup) {
    await rehearsal.runner.up(f);
    loop.path.applied.push(f);
  }
  if (opts.startsLoaded) await checkpoint(loop);
  const setupMs = performance.now() - setupStarted;
  const steps: RoundTripStep[] = [];
  const range = sorted.filter(inRange);
  let current: SchemaSnapshot | undefined = await snap(loop);
  // A migration only its own tool can run (goose .go, Flyway Java): `lockstep up` stops before it, so the round trips
  // stop there too, and say why rather than count it failed.
  let stoppedAt: MigrationFile | undefined;
  for (const file of range) {
    throwIfInterrupted(opts.signal, 'lockstep test', 'Nothing was changed outside the shadow, which is removed; run `lockstep test` again (--from V starts later).');
    let step: RoundTripStep;
    if (!stoppedAt && file.up.kind === 'unsupported') stoppedAt = file;
    if (stoppedAt === file && file.up.kind === 'unsupported') step = { ...blankStep(file), status: 'not-run', note: `not run: ${file.up.reason}; \`lockstep up\` stops before it, so the round trips stop here` };
    else if (stoppedAt) step = { ...blankStep(file), status: 'not-run', note: `not run: \`lockstep up\` stops before ${stoppedAt.id}, which only its own tool can run` };
    else if (current) ({ step, state: current } = await settle(loop, await roundTripOne(stepContext(loop), file, current), file));
    else step = { ...blankStep(file), status: 'not-run', note: opts.failFast ? 'not run: an earlier migration failed (--fail-fast)' : 'not run: the shadow could not be restored after an earlier failure' };
    steps.push(step);
    opts.onStep?.(step, steps.length, range.length);
  }
  const c = loop.clock;
  return {
    setup: setup.map((f) => f.version), steps,
    timings: { setupMs, upMs: c.upMs, downMs: c.downMs, snapshotMs: c.snapshotMs, snapshots: c.snapshots, restores: c.restores, restoreMs: c.restoreMs, checkpoints: c.checkpoints },
  };
}
