import { procedureScopeOn } from '../schema/index.js';
import { LockstepError } from '../core/errors.js';
import { computeStatus, planDown } from '../plan/index.js';
import { RecordingSession, afterMigration, asSessionUser, mayChangeItsUser, mayLeaveSessionChanged, readSessionBaseline, rollbackMigration, runLockKey, type RunContext } from '../runner/index.js';
import { stopBefore } from './stop-before.js';
import { asConnectionLost } from '../runner/index.js';
import { sideSessionOpener, withRunLock, withSession, type MigratorContext } from './context.js';
import { prepareDowns, type PreparedDown } from './prepare-steps.js';
import type { MigrationOutcome, RunResult } from './results.js';
import type { Session } from '../db/index.js';
import { refuseForeignHistory } from '../adopt/index.js';

export interface DownOptions {
  /** How many to roll back (default 1). */
  readonly step?: number | undefined;
  /** Roll back everything applied after this version (0 = everything). */
  readonly to?: string | undefined;
  readonly dryRun?: boolean | undefined;
  /** Aborting it stops the run as for UpOptions.signal; the migration being rolled back stays applied. */
  readonly signal?: AbortSignal | undefined;
}

async function selectDowns(ctx: MigratorContext, session: Session, opts: DownOptions): Promise<PreparedDown[]> {
  const files = await ctx.loadFiles();
  const rows = await ctx.history.rows(session);
  if (rows.length === 0) await refuseForeignHistory(session, ctx.history.schema, files, ctx.config.cwd, 'down');
  // a dry run imports no module
  return prepareDowns(planDown(computeStatus(files, rows), { step: opts.step, to: opts.to }), { dryRun: opts.dryRun, procedures: await procedureScopeOn(session, files) });
}

async function rollbackEach(rc: RunContext, prepared: readonly PreparedDown[]): Promise<Pick<RunResult, 'done' | 'failed' | 'notAttempted'>> {
  const done: MigrationOutcome[] = [];
  // As up does: a down that changes the session (a SET without LOCAL, a DO block …) leaves the next one the session as found.
  const baseline = prepared.some((p) => mayLeaveSessionChanged(p.down)) ? await readSessionBaseline(rc.session) : undefined;
  for (const [i, p] of prepared.entries()) {
    const { file } = p;
    if (p.fromHistory) rc.onEvent({ type: 'notice', message: `${file.id}: its file is gone; rolling back with the down SQL stored when it was applied` });
    rc.onEvent({ type: 'migration-start', direction: 'down', version: file.id, name: file.name, transactional: p.down.transactional, safetyNote: file.directives.safetyNote, lockFlag: file.directives.lockFlag, resumeFrom: 0 });
    try {
      const outcome = await rollbackMigration(rc, file, p.down);
      done.push({ version: file.id, name: file.name, ...outcome });
      rc.onEvent({ type: 'migration-done', direction: 'down', version: file.id, name: file.name, ...outcome });
    } catch (err) {
      const error = asConnectionLost(err, { what: `the rollback of ${file.id}`, state: 'unknown', said: p.down.transactional
        ? 'Its down ran in one transaction with its history update: the server rolled both back (or, if COMMIT was cut off, committed both); `lockstep status` shows which.'
        : 'Its down runs without a transaction: the statements before the lost one ran; the migration is still recorded as applied.', resume: 'Check `lockstep status`, then run `lockstep down` again when the database is reachable.' })
        ?? (err instanceof LockstepError ? err : new LockstepError('LOCKSTEP_E_MIGRATION_FAILED', `rollback of ${file.id} failed: ${(err as Error).message}`, { hint: 'See the error above.', cause: err }));
      rc.onEvent({ type: 'migration-failed', direction: 'down', version: file.id, name: file.name, error: error.message });
      await asSessionUser(rc.session, mayChangeItsUser(p.down), () => rc.history.event(rc.session, { kind: 'fail', version: file.id, name: file.name, error: error.message, details: { direction: 'down', code: error.code } })).catch(() => undefined);
      return { done, failed: { version: file.id, name: file.name, error }, notAttempted: prepared.slice(i + 1).map((x) => ({ version: x.file.id, name: x.file.name })) };
    }
    const next = prepared[i + 1];
    const stop = await stopBefore(rc, 'down', next, () => afterMigration(rc, baseline, { id: file.id, ran: p.down, next: next?.file.id }));
    if (stop) return { done, failed: stop, notAttempted: prepared.slice(i + 2).map((x) => ({ version: x.file.id, name: x.file.name })) };
  }
  return { done, notAttempted: [] };
}

/** Rolls back the newest applied migrations (one by default). */
export async function down(ctx: MigratorContext, opts: DownOptions = {}): Promise<RunResult> {
  if (opts.step !== undefined && opts.to !== undefined) {
    throw new LockstepError('LOCKSTEP_E_USAGE', 'give --step or --to, not both', {
      hint: '--step N rolls back the newest N migrations; --to V rolls back everything applied after V.',
    });
  }
  const base = { target: ctx.db.target, environment: ctx.config.envName };
  if (opts.dryRun) {
    return withSession(ctx, 'down --dry-run', async (session) => {
      const prepared = await selectDowns(ctx, session, opts);
      const recorder = new RecordingSession();
      const rc: RunContext = { session: recorder, history: ctx.history, policy: ctx.config.policy, onEvent: () => undefined, batch: 0, runLock: runLockKey(ctx.config.historySchema) };
      // The same loop as the run's, so the script shows what it sends between migrations too.
      await rollbackEach(rc, prepared);
      return { ...base, dryRun: true, script: recorder.script(), done: [], notAttempted: prepared.map((p) => ({ version: p.file.id, name: p.file.name })) };
    });
  }
  return withRunLock(ctx, 'down', async (session, lock) => {
    const prepared = await selectDowns(ctx, session, opts);
    const rc: RunContext = { session, history: ctx.history, policy: ctx.config.policy, onEvent: ctx.onEvent, batch: 0, signal: opts.signal, openSideSession: sideSessionOpener(ctx), runLock: lock.key };
    return { ...base, dryRun: false, ...(await rollbackEach(rc, prepared)) };
  }, opts.signal);
}
