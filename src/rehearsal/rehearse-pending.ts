/**
 * Traces every pending migration in order, in a shadow (each committed there, so the next one sees it)
 * or on the target inside one transaction that is always rolled back. After a migration fails, the
 * later ones are not rehearsed: `lockstep up` would stop at the failure too.
 */
import { LockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import type { Session } from '../db/index.js';
import { SQLSTATE } from '../db/index.js';
import { mayLeaveSessionChanged, prepareSection, readSessionBaseline, restoreSession, type Prepared, type PrepareOptions } from '../runner/index.js';
import { traceError, traceMigration, type TraceOptions } from './trace-migration.js';
import type { MigrationTrace, TraceError } from './types.js';

export interface PreparedPending {
  readonly file: MigrationFile;
  readonly up: Prepared | undefined;
  /** Set when the up section cannot be parsed or loaded. */
  readonly error: TraceError | null;
  /** A partial migration: the statements the target finished, which `up` resumes after (plan/plan-run.ts decides). */
  readonly resumeFrom: number;
}

/** Parses each pending migration's up section; a failure is recorded, not thrown. */
export async function preparePending(steps: ReadonlyArray<{ readonly file: MigrationFile; readonly resumeFrom: number }>, opts: Pick<PrepareOptions, 'procedures'> = {}): Promise<PreparedPending[]> {
  const out: PreparedPending[] = [];
  for (const { file, resumeFrom } of steps) {
    try {
      out.push({ file, up: await prepareSection(file, file.up, opts), error: null, resumeFrom });
    } catch (err) {
      if (!(err instanceof LockstepError)) throw err;
      out.push({ file, up: undefined, error: traceError(err), resumeFrom });
    }
  }
  return out;
}

export interface RehearsedPending {
  readonly file: MigrationFile;
  readonly trace: MigrationTrace | null;
  readonly loadError: TraceError | null;
  /** Why it was not rehearsed, and whether that blocks it (an earlier failure) or only leaves it unknown. */
  readonly skippedLevel: 'blocked' | 'attention' | null;
}

function skipped(file: MigrationFile, why: string): MigrationTrace {
  return { version: file.id, name: file.name, transactional: true, noTransactionWhy: null, statements: [], changes: [], durationMs: 0, error: null, skipped: why };
}

/** A lock or statement timeout on the target is contention or size, not a broken migration. */
export function isTimeout(e: TraceError | null): boolean {
  return e?.sqlState === SQLSTATE.lockNotAvailable || e?.sqlState === SQLSTATE.queryCanceled;
}

/** Called after each migration is rehearsed (progress; may throw to stop, e.g. on an interrupt). */
export type OnRehearsed = (done: number, total: number, r: RehearsedPending) => void;

export async function rehearsePending(session: Session, pending: readonly PreparedPending[], opts: TraceOptions, onRehearsed?: OnRehearsed): Promise<RehearsedPending[]> {
  const out: RehearsedPending[] = [];
  let stop: { version: string; level: 'blocked' | 'attention'; why: string } | undefined;
  // As up does: a migration that changes the session leaves the next one the session as found. On the target the
  // baseline is read inside rehearseOnTarget's transaction, after its SET LOCAL limits, which pg_settings then shows
  // with source 'session': the restore's RESET ALL drops them and its set_config(…, false) puts them back, until the
  // ROLLBACK undoes all of it (test/runner/session-restore.test.ts).
  const restores = pending.some((p) => p.up !== undefined && mayLeaveSessionChanged(p.up));
  const baseline = restores ? await readSessionBaseline(session) : undefined;
  for (const p of pending) {
    let r: RehearsedPending;
    if (stop) {
      r = { file: p.file, trace: skipped(p.file, `not rehearsed: migration ${stop.version} before it ${stop.why}`), loadError: p.error, skippedLevel: stop.level };
    } else if (!p.up) {
      r = { file: p.file, trace: null, loadError: p.error, skippedLevel: null };
      const unsupported = p.error?.code === 'LOCKSTEP_E_UNSUPPORTED_MIGRATION';
      stop = { version: p.file.id, level: 'blocked', why: unsupported ? 'is one only its own tool can run (`lockstep up` stops there)' : 'fails' };
    } else {
      const trace = await traceMigration(session, p.file, p.up, p.resumeFrom > 0 ? { ...opts, resumeFrom: p.resumeFrom } : opts);
      r = { file: p.file, trace, loadError: null, skippedLevel: null };
      if (trace.error) stop = { version: p.file.id, level: opts.mode === 'target' && isTimeout(trace.error) ? 'attention' : 'blocked', why: 'fails' };
      else if (baseline && mayLeaveSessionChanged(p.up)) await restoreSession(session, baseline);
    }
    out.push(r);
    onRehearsed?.(out.length, pending.length, r);
  }
  return out;
}

export interface TargetLimits {
  readonly lockTimeoutMs: number;
  readonly statementTimeoutMs: number;
}

/**
 * `plan --on-target`: BEGIN, every pending migration in a savepoint, ROLLBACK — always, whatever
 * happens — under short SET LOCAL lock_timeout and statement_timeout so the rehearsal can neither queue
 * writers behind it for long nor run away.
 */
export async function rehearseOnTarget(session: Session, pending: readonly PreparedPending[], opts: Omit<TraceOptions, 'mode'>, limits: TargetLimits): Promise<RehearsedPending[]> {
  await session.exec('begin');
  try {
    await session.exec(`set local lock_timeout = '${Math.round(limits.lockTimeoutMs)}ms'; set local statement_timeout = '${Math.round(limits.statementTimeoutMs)}ms'`);
    return await rehearsePending(session, pending, { ...opts, mode: 'target' });
  } finally {
    await session.exec('rollback').catch(() => undefined);
  }
}
