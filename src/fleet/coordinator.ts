import { join } from 'node:path';
import { LockstepError } from '../core/errors.js';
import { openDatabase, type Database, type Session } from '../db/index.js';
import * as q from './coordinator-sql.js';

/** A claimed target: this runner migrates it, holding the lease by heartbeats. */
export interface Claim {
  readonly target: string;
  readonly attempt: number;
  readonly wave: number;
}

export interface Progress {
  readonly state: RolloutState;
  readonly pending: number;
  readonly running: number;
  readonly expired: number;
  readonly failed: number;
}

export type RolloutState = 'running' | 'done' | 'failed' | 'stopped' | 'abandoned';
export type TargetState = 'pending' | 'running' | 'done' | 'failed';

export interface RolloutRow {
  readonly id: string;
  readonly goal: string;
  readonly latest: string | null;
  readonly state: RolloutState;
  readonly stopReason: string | null;
  readonly canary: number;
  readonly maxFailures: number | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
}

export interface TargetRow {
  readonly target: string;
  readonly rolloutId: string | null;
  readonly wave: number;
  readonly state: TargetState;
  readonly version: string | null;
  readonly applied: number;
  readonly runner: string | null;
  readonly attempts: number;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
}

export interface Outcome {
  readonly ok: boolean;
  readonly version: string | null;
  readonly applied: number;
  readonly errorCode?: string | undefined;
  readonly errorMessage?: string | undefined;
}

/** Where the coordinator of a fleet without --coordinator lives: an embedded database in the project. */
export function embeddedCoordinatorUrl(cwd: string, fleet: string): string {
  return `pglite://${join(cwd, '.lockstep', `fleet-${fleet}`)}`;
}

/**
 * One runner's view of the coordinator database: one session, used by one statement at a time (the heartbeat
 * and the workers take turns), so it also runs on the embedded PGlite, which has a single session.
 */
export class Coordinator {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Database, private readonly session: Session, readonly where: string) {}

  static async open(url: string): Promise<Coordinator> {
    const db = openDatabase(url);
    try {
      const session = await db.connect('lockstep fleet coordinator');
      const c = new Coordinator(db, session, db.target);
      await c.transaction(async (s) => {
        await s.query('select pg_advisory_xact_lock($1)', [q.SETUP_LOCK_KEY]);
        await s.exec(q.SETUP_SQL);
      });
      return c;
    } catch (err) {
      await db.close();
      throw err;
    }
  }

  /** Runs `fn` alone on the session (statements of other callers wait). */
  private serial<T>(fn: (s: Session) => Promise<T>): Promise<T> {
    const run = this.queue.then(() => fn(this.session));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private transaction<T>(fn: (s: Session) => Promise<T>): Promise<T> {
    return this.serial(async (s) => {
      await s.exec('begin');
      try {
        const out = await fn(s);
        await s.exec('commit');
        return out;
      } catch (err) {
        await s.exec('rollback').catch(() => undefined);
        throw err;
      }
    });
  }

  /**
   * Joins the fleet's running rollout, or starts one (the previous one's runners all gone quiet for a lease is
   * abandoned). Returns its id and whether this runner started it.
   */
  join(fleet: string, targets: readonly string[], goal: { readonly hash: string; readonly latest: string | null }, opts: { canary: number; maxFailures: number | undefined; leaseMs: number }): Promise<{ id: string; started: boolean }> {
    return this.transaction(async (s) => {
      await s.query('select pg_advisory_xact_lock($1, hashtext($2))', [q.SETUP_LOCK_KEY, fleet]);
      const current = (await s.query<{ id: string; goal: string; latest: string | null; live: boolean }>(q.CURRENT_ROLLOUT_SQL, [fleet, opts.leaseMs])).rows[0];
      if (current?.live) {
        if (current.goal !== goal.hash) throw goalMismatch(fleet, current.latest, goal.latest);
        await s.query(q.ENROL_TARGETS_SQL, [fleet, current.id, targets, goal.hash]);
        return { id: current.id, started: false };
      }
      if (current) await s.query(q.ABANDON_ROLLOUT_SQL, [current.id]);
      const id = (await s.query<{ id: string }>(q.CREATE_ROLLOUT_SQL, [fleet, goal.hash, goal.latest, opts.canary, opts.maxFailures ?? null])).rows[0]?.id ?? '';
      await s.query(q.ENROL_TARGETS_SQL, [fleet, id, targets, goal.hash]);
      if (opts.canary > 0) await s.query(q.MARK_CANARY_SQL, [fleet, id, opts.canary]);
      return { id, started: true };
    });
  }

  async claim(fleet: string, rolloutId: string, runner: string, leaseMs: number): Promise<Claim | undefined> {
    const { rows } = await this.serial((s) => s.query<{ target: string; attempts: number; wave: number }>(q.CLAIM_SQL, [fleet, rolloutId, runner, leaseMs]));
    const row = rows[0];
    return row ? { target: row.target, attempt: row.attempts, wave: row.wave } : undefined;
  }

  async heartbeat(fleet: string, rolloutId: string, runner: string, leaseMs: number): Promise<void> {
    await this.serial((s) => s.query(q.HEARTBEAT_SQL, [fleet, rolloutId, runner, leaseMs]));
  }

  /**
   * Records a target's outcome; a failure may stop the rollout (a canary, or the M-th failure). Returns the reason
   * when this outcome stopped it; false when this runner no longer held the claim.
   */
  finish(fleet: string, rolloutId: string, runner: string, target: string, goal: string, outcome: Outcome): Promise<{ recorded: boolean; stopped?: string | undefined }> {
    return this.transaction(async (s) => {
      const { rows } = await s.query<{ wave: number }>(q.FINISH_SQL, [
        fleet, target, rolloutId, runner, outcome.ok ? 'done' : 'failed', goal, outcome.version, outcome.applied,
        outcome.errorCode ?? null, outcome.errorMessage ?? null,
      ]);
      const wave = rows[0]?.wave;
      if (wave === undefined) return { recorded: false };
      if (outcome.ok) return { recorded: true };
      const canary = wave === 0;
      const reason = canary ? `canary target ${target} failed (${outcome.errorCode ?? 'error'})` : 'too many targets failed (--max-failures)';
      const stopped = await s.query<{ max_failures: number | null }>(q.STOP_IF_SQL, [fleet, rolloutId, reason, canary]);
      const row = stopped.rows[0];
      if (!row) return { recorded: true };
      return { recorded: true, stopped: canary ? reason : `${row.max_failures ?? ''} targets failed (--max-failures ${row.max_failures ?? ''})` };
    });
  }

  async release(fleet: string, rolloutId: string, runner: string, target: string): Promise<void> {
    await this.serial((s) => s.query(q.RELEASE_SQL, [fleet, target, rolloutId, runner]));
  }

  /** Targets rolled back by `fleet down`: not done at any goal any more (the next `fleet up` migrates them again). */
  async forgetDone(fleet: string, targets: readonly string[]): Promise<void> {
    if (targets.length > 0) await this.serial((s) => s.query(q.FORGET_DONE_SQL, [fleet, targets]));
  }

  async progress(rolloutId: string): Promise<Progress> {
    const { rows } = await this.serial((s) => s.query<Progress>(q.PROGRESS_SQL, [rolloutId]));
    const row = rows[0];
    if (!row) throw new LockstepError('LOCKSTEP_E_INTERNAL', `rollout ${rolloutId} is gone from the coordinator`, { hint: 'Was the lockstep_fleet schema dropped while runners were working?' });
    return row;
  }

  /** Ends the rollout when nothing is left; true when this call ended it. */
  async finishRollout(rolloutId: string): Promise<boolean> {
    return (await this.serial((s) => s.query(q.FINISH_ROLLOUT_SQL, [rolloutId]))).rowCount > 0;
  }

  async lastRollout(fleet: string): Promise<RolloutRow | undefined> {
    const { rows } = await this.serial((s) => s.query<Record<string, unknown>>(q.LAST_ROLLOUT_SQL, [fleet]));
    const r = rows[0];
    if (!r) return undefined;
    return {
      id: String(r.id), goal: String(r.goal), latest: (r.latest as string | null) ?? null, state: r.state as RolloutState,
      stopReason: (r.stop_reason as string | null) ?? null, canary: Number(r.canary), maxFailures: r.max_failures === null ? null : Number(r.max_failures),
      startedAt: new Date(r.started_at as string).toISOString(), finishedAt: r.finished_at ? new Date(r.finished_at as string).toISOString() : null,
    };
  }

  async targets(fleet: string): Promise<TargetRow[]> {
    const { rows } = await this.serial((s) => s.query<Record<string, unknown>>(q.TARGET_ROWS_SQL, [fleet]));
    return rows.map((r) => ({
      target: String(r.target), rolloutId: (r.rollout_id as string | null) ?? null, wave: Number(r.wave), state: r.state as TargetState,
      version: (r.version as string | null) ?? null, applied: Number(r.applied), runner: (r.runner as string | null) ?? null,
      attempts: Number(r.attempts), errorCode: (r.error_code as string | null) ?? null, errorMessage: (r.error_message as string | null) ?? null,
    }));
  }

  async fleets(): Promise<string[]> {
    const { rows } = await this.serial((s) => s.query<{ fleet: string }>(q.FLEETS_SQL));
    return rows.map((r) => r.fleet);
  }

  async close(): Promise<void> {
    await this.queue;
    await this.session.release().catch(() => undefined);
    await this.db.close();
  }
}

function goalMismatch(fleet: string, running: string | null, mine: string | null): LockstepError {
  return new LockstepError('LOCKSTEP_E_FLEET_GOAL', `fleet "${fleet}" has a rollout running to other migrations (its newest: ${running ?? 'none'}; this runner's: ${mine ?? 'none'})`, {
    hint: 'Every runner of one rollout must deploy the same migrations. Wait for the running rollout to end (lockstep fleet status), then start this one.',
    details: { fleet, running, mine },
  });
}
