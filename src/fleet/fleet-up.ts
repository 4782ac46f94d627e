import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { ResolvedConfig } from '../config/index.js';
import { LockstepError } from '../core/errors.js';
import { createMigrator, type RunEventSink, type RunResult, type UpOptions } from '../api/index.js';
import { Coordinator, embeddedCoordinatorUrl, type Outcome, type RolloutRow, type TargetRow } from './coordinator.js';
import { goalOf, type Goal } from './goal.js';
import { TargetDatabases } from './target-databases.js';
import type { FleetSpec } from './targets.js';
import type { FleetTarget } from './target.js';

/** What a runner reports as it goes (the CLI prints them on stderr, the HTTP service could stream them). */
export type FleetEvent =
  | { readonly type: 'rollout'; readonly fleet: string; readonly rolloutId: string; readonly started: boolean; readonly runner: string; readonly targets: number; readonly toMigrate: number }
  | { readonly type: 'target-start'; readonly target: string; readonly attempt: number; readonly wave: number }
  | { readonly type: 'target-done'; readonly target: string; readonly applied: number; readonly durationMs: number }
  | { readonly type: 'target-failed'; readonly target: string; readonly code: string; readonly message: string }
  | { readonly type: 'rollout-stopped'; readonly reason: string };

export interface FleetUpOptions {
  /** Passed to every target's `up` (lint gate, pre-flight decisions, --to). */
  readonly up?: Omit<UpOptions, 'signal' | 'dryRun'> | undefined;
  readonly runnerId?: string | undefined;
  readonly onEvent?: ((e: FleetEvent) => void) | undefined;
  /** Progress of each target's migrations (verbose). */
  readonly onRunEvent?: RunEventSink | undefined;
  /** Aborting stops claiming; the targets in flight are interrupted and handed back. */
  readonly signal?: AbortSignal | undefined;
}

export interface FleetUpResult {
  readonly fleet: string;
  readonly runner: string;
  readonly goal: Goal;
  readonly rollout: RolloutRow;
  /** Every target of the fleet as the coordinator has it after this runner finished. */
  readonly targets: readonly TargetRow[];
  /** The targets this runner migrated (or tried to). */
  readonly mine: readonly string[];
  /** Set when the rollout ended with failures or stopped: the error the CLI exits with. */
  readonly error?: LockstepError | undefined;
  /** This runner ended the rollout (the last target, or the failure that stopped it): the one to raise the alert. */
  readonly endedHere: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function newRunnerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/**
 * One runner of a rollout: joins (or starts) the fleet's rollout in the coordinator, then claims targets one at a
 * time with `concurrency` workers and migrates each through the Migrator API, exactly as `lockstep up` on it would.
 * Any number of runners may do this at once; the coordinator shares the work (docs/fleets.md#rollout-model).
 */
export async function fleetUp(config: ResolvedConfig, spec: FleetSpec, opts: FleetUpOptions = {}): Promise<FleetUpResult> {
  const goal = goalOf(await projectMigrations(config), opts.up?.to);
  const runner = opts.runnerId ?? newRunnerId();
  const emit = opts.onEvent ?? (() => undefined);
  const coordinator = await Coordinator.open(spec.coordinatorUrl ?? embeddedCoordinatorUrl(config.cwd, spec.name));
  const databases = new TargetDatabases(config);
  try {
    const byKey = new Map(spec.targets.map((t) => [t.key, t]));
    const { id, started } = await coordinator.join(spec.name, spec.targets.map((t) => t.key), goal, spec);
    // A new rollout keeps the targets already done at this goal: say how many are left, not only the fleet's size.
    const p = await coordinator.progress(id);
    emit({ type: 'rollout', fleet: spec.name, rolloutId: id, started, runner, targets: spec.targets.length, toMigrate: p.pending + p.running + p.expired });
    const work = new RolloutWork(coordinator, databases, spec, id, runner, goal, byKey, opts);
    await work.run();
    const rollout = await coordinator.lastRollout(spec.name);
    const targets = await coordinator.targets(spec.name);
    if (!rollout) throw new LockstepError('LOCKSTEP_E_INTERNAL', 'the rollout vanished from the coordinator', { hint: 'Check the coordinator database.' });
    const error = rolloutError(spec.name, rollout, targets.filter((t) => byKey.has(t.target)));
    return { fleet: spec.name, runner, goal, rollout, targets, mine: work.mine, error, endedHere: work.ended };
  } finally {
    await databases.close();
    await coordinator.close();
  }
}

async function projectMigrations(config: ResolvedConfig): Promise<import('../core/types.js').MigrationFile[]> {
  const m = await createMigrator({ resolved: config });
  try {
    return await m.context.loadFiles();
  } finally {
    await m.close();
  }
}

function rolloutError(fleet: string, rollout: RolloutRow, targets: readonly TargetRow[]): LockstepError | undefined {
  const failed = targets.filter((t) => t.state === 'failed' && t.rolloutId === rollout.id);
  if (rollout.state === 'done' || (rollout.state === 'running' && failed.length === 0)) return undefined;
  const left = targets.filter((t) => t.rolloutId === rollout.id && (t.state === 'pending' || t.state === 'running')).length;
  const why = rollout.state === 'stopped' ? `stopped: ${rollout.stopReason ?? 'stopped'}` : rollout.state;
  return new LockstepError('LOCKSTEP_E_FLEET_FAILED', `fleet "${fleet}" rollout ${rollout.id} ${why}: ${failed.length} target(s) failed, ${left} not migrated`, {
    hint: 'Each failed target is listed with its error; fix the cause and run `lockstep fleet up` again: it retries only the targets not done.',
    details: { rollout: rollout.id, failed: failed.map((t) => ({ target: t.target, code: t.errorCode, message: t.errorMessage })) },
  });
}

/** The claim loop of one runner: `concurrency` workers, and a heartbeat that keeps their leases. */
class RolloutWork {
  readonly mine: string[] = [];
  /** This runner's statement ended the rollout. */
  ended = false;
  private stopped = false;

  constructor(
    private readonly coordinator: Coordinator,
    private readonly databases: TargetDatabases,
    private readonly spec: FleetSpec,
    private readonly rolloutId: string,
    private readonly runner: string,
    private readonly goal: Goal,
    private readonly byKey: ReadonlyMap<string, FleetTarget>,
    private readonly opts: FleetUpOptions,
  ) {}

  async run(): Promise<void> {
    const beat = setInterval(() => {
      void this.coordinator.heartbeat(this.spec.name, this.rolloutId, this.runner, this.spec.leaseMs).catch(() => undefined);
    }, Math.max(100, Math.floor(this.spec.leaseMs / 3)));
    try {
      await Promise.all(Array.from({ length: Math.max(1, this.spec.concurrency) }, () => this.worker()));
    } finally {
      clearInterval(beat);
    }
  }

  private async worker(): Promise<void> {
    while (!this.stopped && !this.opts.signal?.aborted) {
      const claim = await this.coordinator.claim(this.spec.name, this.rolloutId, this.runner, this.spec.leaseMs);
      if (!claim) {
        if (await this.nothingLeft()) return;
        await sleep(Math.min(250, this.spec.leaseMs / 4));
        continue;
      }
      const target = this.byKey.get(claim.target);
      if (!target) {
        // Another runner's list has a target this one does not know (a different targets file): leave it to them.
        await this.coordinator.release(this.spec.name, this.rolloutId, this.runner, claim.target);
        await sleep(100);
        continue;
      }
      this.mine.push(target.key);
      this.opts.onEvent?.({ type: 'target-start', target: target.key, attempt: claim.attempt, wave: claim.wave });
      await this.migrate(target);
    }
  }

  /** True when this worker should end: the rollout stopped or ended, or only other runners' live claims are left. */
  private async nothingLeft(): Promise<boolean> {
    const p = await this.coordinator.progress(this.rolloutId);
    if (p.state !== 'running') return true;
    if (p.pending === 0 && p.running === 0 && p.expired === 0) {
      if (await this.coordinator.finishRollout(this.rolloutId)) this.ended = true;
      return true;
    }
    return false;
  }

  private async migrate(target: FleetTarget): Promise<void> {
    const started = performance.now();
    let outcome: Outcome;
    try {
      const result = await this.databases.with(target, (m) => m.up({ ...this.opts.up, signal: this.opts.signal }), this.opts.onRunEvent);
      outcome = outcomeOf(result, this.goal.latest);
    } catch (err) {
      const e = err instanceof LockstepError ? err : new LockstepError('LOCKSTEP_E_INTERNAL', (err as Error).message, { hint: 'See the message.', cause: err });
      if (e.code === 'LOCKSTEP_E_INTERRUPTED') {
        await this.coordinator.release(this.spec.name, this.rolloutId, this.runner, target.key).catch(() => undefined);
        return;
      }
      outcome = { ok: false, version: null, applied: 0, errorCode: e.code, errorMessage: e.message };
    }
    if (!outcome.ok && outcome.errorCode === 'LOCKSTEP_E_INTERRUPTED') {
      await this.coordinator.release(this.spec.name, this.rolloutId, this.runner, target.key).catch(() => undefined);
      return;
    }
    const finished = await this.coordinator.finish(this.spec.name, this.rolloutId, this.runner, target.key, this.goal.hash, outcome);
    if (outcome.ok) this.opts.onEvent?.({ type: 'target-done', target: target.key, applied: outcome.applied, durationMs: Math.round(performance.now() - started) });
    else this.opts.onEvent?.({ type: 'target-failed', target: target.key, code: outcome.errorCode ?? '', message: outcome.errorMessage ?? '' });
    if (finished.stopped) {
      this.stopped = true;
      this.ended = true;
      this.opts.onEvent?.({ type: 'rollout-stopped', reason: finished.stopped });
    }
  }
}

/** `latest`: the version a target that succeeded is at (the goal's newest migration: the project's, or --to's). */
function outcomeOf(result: RunResult, latest: string | null): Outcome {
  const version = result.done.at(-1)?.version ?? null;
  if (!result.failed) return { ok: true, version: latest ?? version, applied: result.done.length };
  return { ok: false, version, applied: result.done.length, errorCode: result.failed.error.code, errorMessage: result.failed.error.message };
}
