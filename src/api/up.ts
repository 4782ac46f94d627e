import { procedureScopeOn } from '../schema/index.js';
import { LockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import type { Session } from '../db/index.js';
import type { Project } from '../loader/index.js';
import { computeStatus, planUp } from '../plan/index.js';
import {
  RecordingSession, afterMigration, asSessionUser, mayChangeItsUser, applyBody, applyStepwise, applyTransactional, mayLeaveSessionChanged, policyFor, readSessionBaseline, relationsOfPrepared,
  runLockKey, withLockRetries, type ApplyOutcome, type RunContext,
} from '../runner/index.js';
import { stopBefore } from './stop-before.js';
import { sideSessionOpener, withRunLock, withSession, type MigratorContext } from './context.js';
import { prepareUps, type PreparedUp } from './prepare-steps.js';
import type { MigrationOutcome, RunResult } from './results.js';
import { lintBeforeUp, lintOnTarget, recordLintBypass } from './lint-gate.js';
import { withGroupCommit } from '../runner/index.js';
import { throwIfInterrupted } from '../runner/index.js';
import { preflightBeforeUp } from './preflight-gate.js';
import type { PreflightOptions } from './preflight-steps.js';
import { refuseForeignHistory } from '../adopt/index.js';
import { asConnectionLost, lostInTransaction } from '../runner/index.js';

export interface UpOptions {
  readonly to?: string | undefined;
  readonly step?: number | undefined;
  readonly dryRun?: boolean | undefined;
  readonly allowOutOfOrder?: boolean | undefined;
  /** Run the whole batch in one transaction: all or nothing. */
  readonly singleTransaction?: boolean | undefined;
  /** Skip the lint gate (recorded as a lint-bypass event). */
  readonly noLint?: boolean | undefined;
  /** Pre-flight decisions: --force, --wait-for-blockers, --cancel-blockers, --yes. */
  readonly preflight?: PreflightOptions | undefined;
  /**
   * Aborting it stops the run: the statement in flight is cancelled on the server, the migration rolls back
   * (a no-transaction one is left partial) and is recorded as failed with LOCKSTEP_E_INTERRUPTED, the run
   * lock is released. A signal aborted before anything ran makes up() throw that error.
   */
  readonly signal?: AbortSignal | undefined;
}

/** What `up` will run: the pending migrations prepared, up to (not including) the first one Lockstep cannot run. */
interface Selection {
  readonly prepared: readonly PreparedUp[];
  /** The migration `up` stops before, when one is in the way. */
  readonly unsupported?: { readonly version: string; readonly name: string; readonly error: LockstepError } | undefined;
}

async function selectSteps(ctx: MigratorContext, session: Session, opts: UpOptions, project: Project): Promise<Selection> {
  const rows = await ctx.history.rows(session);
  if (rows.length === 0) await refuseForeignHistory(session, ctx.history.schema, project.migrations, ctx.config.cwd, 'up');
  const planned = planUp(computeStatus(project.migrations, rows, { to: opts.to }), {
    to: opts.to,
    step: opts.step,
    allowOutOfOrder: opts.allowOutOfOrder ?? ctx.config.allowOutOfOrder,
    problems: project.problems,
  });
  const stop = planned.findIndex((s) => s.file.up.kind === 'unsupported');
  const steps = stop < 0 ? planned : planned.slice(0, stop);
  const blocked = stop < 0 ? undefined : planned[stop]?.file;
  // a dry run imports no module: that would run its code
  const prepared = await prepareUps(steps, { dryRun: opts.dryRun, procedures: await procedureScopeOn(session, project.migrations) });
  if (opts.singleTransaction) {
    const loose = prepared.find((p) => !p.up.transactional);
    if (loose) {
      throw new LockstepError('LOCKSTEP_E_USAGE', `--single-transaction: migration ${loose.file.id} cannot run in a transaction (${loose.up.noTransactionWhy})`, {
        hint: 'Apply up to the migration before it with --single-transaction, then the rest without it.',
        location: { file: loose.file.paths[0] ?? loose.file.id },
      });
    }
  }
  return { prepared, unsupported: blocked ? { version: blocked.id, name: blocked.name, error: unsupportedError(blocked) } : undefined };
}

function unsupportedError(file: MigrationFile): LockstepError {
  const reason = file.up.kind === 'unsupported' ? file.up.reason : 'it cannot be run by Lockstep';
  return new LockstepError('LOCKSTEP_E_UNSUPPORTED_MIGRATION', `stopped before migration ${file.id} (${file.paths[0] ?? ''}): ${reason}`, {
    hint: `Run it with the tool it was written for, then record it with \`lockstep adopt\` (or \`lockstep baseline ${file.id}\`), and run \`lockstep up\` again for the rest.`,
    location: { file: file.paths[0] ?? file.id },
  });
}

async function applyOne(rc: RunContext, p: PreparedUp): Promise<ApplyOutcome> {
  rc.onEvent({
    type: 'migration-start', direction: 'up', version: p.file.id, name: p.file.name, transactional: p.up.transactional,
    safetyNote: p.file.directives.safetyNote, lockFlag: p.file.directives.lockFlag, resumeFrom: p.resumeFrom,
  });
  return p.up.transactional
    ? applyTransactional(rc, p.file, p.up, p.down)
    : applyStepwise(rc, p.file, p.up, p.down, p.resumeFrom);
}

async function runEach(rc: RunContext, prepared: readonly PreparedUp[]): Promise<Pick<RunResult, 'done' | 'failed' | 'notAttempted'>> {
  const done: MigrationOutcome[] = [];
  // The session as the run found it, read only when some migration may change it (a SET without LOCAL, a DO block …).
  const baseline = prepared.some((p) => mayLeaveSessionChanged(p.up)) ? await readSessionBaseline(rc.session) : undefined;
  for (const [i, p] of prepared.entries()) {
    try {
      const outcome = await applyOne(rc, p);
      done.push({ version: p.file.id, name: p.file.name, ...outcome });
      rc.onEvent({ type: 'migration-done', direction: 'up', version: p.file.id, name: p.file.name, ...outcome });
    } catch (err) {
      const error = asConnectionLost(err, { what: `migration ${p.file.id}`, state: 'unknown', said: 'Its state is recorded in the history table: `lockstep status` shows it.', resume: 'Run `lockstep up` when the database is reachable again: it continues from what is recorded.' })
        ?? (err instanceof LockstepError ? err : new LockstepError('LOCKSTEP_E_MIGRATION_FAILED', `migration ${p.file.id} failed: ${(err as Error).message}`, { hint: 'See the error above; the migration was rolled back.', cause: err }));
      rc.onEvent({ type: 'migration-failed', direction: 'up', version: p.file.id, name: p.file.name, error: error.message });
      // As the session's own user: a no-transaction migration may stop after its SET ROLE.
      await asSessionUser(rc.session, mayChangeItsUser(p.up), () => rc.history.event(rc.session, { kind: 'fail', version: p.file.id, name: p.file.name, error: error.message, details: { code: error.code, location: error.location } })).catch(() => undefined);
      return { done, failed: { version: p.file.id, name: p.file.name, error }, notAttempted: prepared.slice(i + 1).map((x) => ({ version: x.file.id, name: x.file.name })) };
    }
    const next = prepared[i + 1];
    const stop = await stopBefore(rc, 'up', next, () => afterMigration(rc, baseline, { id: p.file.id, ran: p.up, next: next?.file.id }));
    if (stop) return { done, failed: stop, notAttempted: prepared.slice(i + 2).map((x) => ({ version: x.file.id, name: x.file.name })) };
  }
  return { done, notAttempted: [] };
}

/** All migrations in one transaction, retried whole on lock timeouts. */
async function runSingleTransaction(rc: RunContext, prepared: readonly PreparedUp[]): Promise<Pick<RunResult, 'done' | 'failed' | 'notAttempted' | 'rolledBackWithBatch'>> {
  let current: PreparedUp | undefined;
  // Each migration's own time within the batch (of the attempt that committed).
  const durations = new Map<PreparedUp, number>();
  try {
    // The batch's attempts grow up to the longest lock_timeout any of its files asks for; each file's is capped by the attempt's.
    const policy = { ...rc.policy, lockTimeoutMs: Math.max(rc.policy.lockTimeoutMs, ...prepared.map((p) => policyFor(p.file, rc.policy).lockTimeoutMs)) };
    const relations = [...new Set(prepared.flatMap((p) => relationsOfPrepared(p.up)))];
    const { retries } = await withLockRetries({ session: rc.session, policy, onEvent: rc.onEvent, version: 'batch', relations, signal: rc.signal }, async (lockTimeoutMs) => {
      await rc.session.exec('begin');
      try {
        for (const p of prepared) {
          current = p;
          rc.onEvent({ type: 'migration-start', direction: 'up', version: p.file.id, name: p.file.name, transactional: true, safetyNote: p.file.directives.safetyNote, lockFlag: p.file.directives.lockFlag, resumeFrom: 0 });
          const started = performance.now();
          await applyBody(rc, p.file, p.up, p.down, started, { begin: 'by-caller', lockTimeoutMs });
          durations.set(p, Math.round(performance.now() - started));
        }
        await rc.session.exec('commit');
      } catch (err) {
        await rc.session.exec('rollback').catch(() => undefined);
        throw err;
      }
    });
    return { done: prepared.map((p) => ({ version: p.file.id, name: p.file.name, durationMs: durations.get(p) ?? 0, retries })), notAttempted: [] };
  } catch (err) {
    const error = asConnectionLost(err, lostInTransaction(`migration ${current?.file.id ?? 'batch'}`))
      ?? (err instanceof LockstepError ? err : new LockstepError('LOCKSTEP_E_MIGRATION_FAILED', String((err as Error).message), { hint: 'The whole batch was rolled back.', cause: err }));
    const failed = current ?? prepared[0];
    const failedAt = failed ? prepared.indexOf(failed) : 0;
    await rc.history.event(rc.session, { kind: 'fail', version: failed?.file.id, name: failed?.file.name, error: error.message, details: { singleTransaction: true } }).catch(() => undefined);
    return {
      done: [],
      failed: failed ? { version: failed.file.id, name: failed.file.name, error } : undefined,
      // The ones before the failed one ran, and went back with the batch; the ones after it never started.
      rolledBackWithBatch: prepared.slice(0, failedAt).map((p) => ({ version: p.file.id, name: p.file.name })),
      notAttempted: prepared.slice(failedAt + 1).map((p) => ({ version: p.file.id, name: p.file.name })),
    };
  }
}

/** Applies pending migrations (or shows what would run with dryRun). Throws only when nothing was attempted. */
export async function up(ctx: MigratorContext, opts: UpOptions = {}): Promise<RunResult> {
  const base = { target: ctx.db.target, environment: ctx.config.envName };
  // The folders are read (and the parser loaded) while the session connects, probes for a pooler and takes the run
  // lock: the client's work beside the server's round trips. What runs is what was read, checksums included.
  const project = ctx.loadProject();
  project.catch(() => undefined); // its failure is thrown where it is awaited, after the session's own
  if (opts.dryRun) {
    return withSession(ctx, 'up --dry-run', async (session) => {
      const { prepared, unsupported } = await selectSteps(ctx, session, opts, await project);
      // A dry run shows the findings the gate would refuse, next to the script, instead of refusing.
      const lint = opts.noLint ? undefined : (await lintOnTarget(ctx, session, prepared)).flatMap((l) => l.findings);
      const recorder = new RecordingSession();
      const rc: RunContext = { session: recorder, history: ctx.history, policy: ctx.config.policy, onEvent: () => undefined, batch: 0, runLock: runLockKey(ctx.config.historySchema) };
      // The same loop as the run's, so the script shows what it sends between migrations too.
      if (opts.singleTransaction) await runSingleTransaction(rc, prepared);
      else await runEach(rc, prepared);
      const stopsBefore = unsupported ? { version: unsupported.version, name: unsupported.name, reason: unsupported.error.message } : undefined;
      return { ...base, dryRun: true, script: recorder.script(), lint, done: [], notAttempted: prepared.map((p) => ({ version: p.file.id, name: p.file.name })), ...(stopsBefore ? { stopsBefore } : {}) };
    });
  }
  return withRunLock(ctx, 'up', async (session, lock) => {
    const { prepared, unsupported } = await selectSteps(ctx, session, opts, await project);
    if (unsupported && prepared.length === 0) throw unsupported.error;
    if (opts.noLint) await recordLintBypass(ctx, session, prepared);
    else await lintBeforeUp(ctx, session, prepared);
    await preflightBeforeUp(ctx, session, prepared, opts.preflight ?? {});
    throwIfInterrupted(opts.signal, 'lockstep up', 'It was stopped before the first migration; nothing was applied.');
    const rc: RunContext = { session, history: ctx.history, policy: ctx.config.policy, onEvent: ctx.onEvent, batch: await ctx.history.nextBatch(session), signal: opts.signal, openSideSession: sideSessionOpener(ctx), batchStatements: ctx.db.capabilities.multipleSessions, runLock: lock.key };
    const outcome = opts.singleTransaction
      ? await runSingleTransaction(rc, prepared)
      : await withGroupCommit(session, () => runEach(rc, prepared), (r) => r.failed !== undefined);
    // Everything before the unsupported migration ran; it is where `up` stops, with the way forward.
    const stopped = unsupported && !outcome.failed ? { failed: { ...unsupported, notStarted: true as const } } : {};
    return { ...base, dryRun: false, ...outcome, ...stopped };
  }, opts.signal);
}
